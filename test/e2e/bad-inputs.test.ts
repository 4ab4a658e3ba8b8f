import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness.js';

/**
 * Every kind of bad input in one batch: each fails alone with its own line and code, and the good inputs around
 * them are stored (ISSUE 2, "Bad input").
 */
const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BODY = 'The harbour authority said on Monday that the breakwater repairs would take six weeks and cost four million crowns.';
const html = (title: string, url: string) => `<html><head><title>${title}</title><link rel="canonical" href="${url}"></head><body><article><h1>${title}</h1><p>${BODY}</p><p>${BODY}</p></article></body></html>`;

function warcRecord(uri: string, payload: string): string {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${payload}`;
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Record-ID: <urn:uuid:${uri.length}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n${http}\r\n\r\n`;
}

describe('bad inputs fail alone', () => {
  const dir = join(root, 'batch');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.txt'), `Good story\n\n${BODY}`);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '   \n\n  ');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, 'truncated.txt.gz'), gzipSync(`Truncated\n\n${BODY}`).subarray(0, 30));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from(`Undeclared Latin-1\n\nJos\xe9 M\xfcller said ${BODY}`, 'latin1'));
  writeFileSync(join(dir, 'wrong-charset.html'), Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"><title>x</title></head><body><p>Jos'), Buffer.from([0xe9]), Buffer.from(` ${BODY}</p></body></html>`)]));
  writeFileSync(join(dir, 'broken-feed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>Unclosed</channel></rss>');
  writeFileSync(join(dir, 'crawl.warc'), warcRecord('https://a.example/1', html('First WARC page', 'https://a.example/1')) +
    'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: not-a-number\r\n\r\ngarbage\r\n\r\n' +
    warcRecord('https://a.example/3', html('Third WARC page', 'https://a.example/3')));
  writeFileSync(join(dir, 'records.jsonl'), [
    JSON.stringify({ title: 'Good record', text: BODY, url: 'https://b.example/1' }),
    JSON.stringify(['an', 'array']),
    '{"title": "broken", "text": ',
    JSON.stringify({ title: 'No text here' }),
    JSON.stringify({ title: 'Last good record', text: BODY, url: 'https://b.example/5' }),
  ].join('\n'));
  writeFileSync(join(dir, 'huge.html'), `<html><body><p>${'x'.repeat(5000)}</p></body></html>`);
  writeFileSync(join(dir, 'nav-only.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');

  it('reports each bad input with its own code and stores the rest', async () => {
    const db = join(root, 'batch.db');
    const run = await cli(['ingest', dir, join(root, 'missing.txt'), '--db', db, '--json', '--max-bytes', '4096'], { cwd: root });
    expect(run.code).toBe(2);
    const report = run.json<{ ingested: number; failed: { input: string; code: string; message: string }[] }>();
    const codes = Object.fromEntries(report.failed.map((f) => [f.input.replace(`${root}/`, '').replace('batch/', ''), f.code]));
    expect(codes).toEqual({
      'empty.txt': 'CC_EMPTY_INPUT',
      'blank.md': 'CC_EMPTY_INPUT',
      'binary.html': 'CC_BINARY_INPUT',
      'truncated.txt.gz': 'CC_GZIP_CORRUPT',
      'latin1.txt': 'CC_INVALID_UTF8',
      'wrong-charset.html': 'CC_CHARSET_MISMATCH',
      'broken-feed.xml': 'CC_FEED_INVALID',
      'crawl.warc#record=2': 'CC_WARC_RECORD',
      'records.jsonl#line=2': 'CC_RECORD_INVALID',
      'records.jsonl#line=3': 'CC_JSON_INVALID',
      'records.jsonl#line=4': 'CC_RECORD_INVALID',
      'huge.html': 'CC_TOO_LARGE',
      'nav-only.html': 'CC_NO_ARTICLE',
      'missing.txt': 'CC_NOT_FOUND',
    });
    // good.txt, two WARC pages, two JSON records.
    expect(report.ingested).toBe(5);
    // One line per failure on stderr: input, code, reason.
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(14);
    for (const line of lines) expect(line).toMatch(/^\S.*: CC_[A-Z_0-9]+ \S/);
    const titles = (await cli(['articles', '--db', db, '--json'], { cwd: root })).json<{ title: string }[]>().map((a) => a.title).sort();
    expect(titles).toEqual(['First WARC page', 'Good record', 'Good story', 'Last good record', 'Third WARC page']);
  });

  it('decodes the undeclared file when --encoding names its charset', async () => {
    const run = await cli(['ingest', join(dir, 'latin1.txt'), '--db', join(root, 'latin1.db'), '--json', '--encoding', 'iso-8859-1'], { cwd: root });
    expect(run.json()).toMatchObject({ ingested: 1, failed: [] });
    const [article] = (await cli(['articles', '--db', join(root, 'latin1.db'), '--json'], { cwd: root })).json<{ id: string }[]>();
    const text = (await cli(['article', article!.id, '--db', join(root, 'latin1.db'), '--json'], { cwd: root })).json<{ text: string }>().text;
    expect(text).toContain('José Müller');
  });

  it('refuses a URL on a private address unless --allow-private, and never connects', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'text/html' }).end(html('Served locally', 'http://127.0.0.1/served'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
    try {
      const refused = await cli(['ingest', url, '--db', join(root, 'url.db'), '--json'], { cwd: root });
      expect(refused.code).toBe(2);
      expect(refused.json()).toMatchObject({ ingested: 0, failed: [{ input: url, code: 'CC_PRIVATE_ADDRESS' }] });
      expect(requests).toBe(0);
      const allowed = await cli(['ingest', url, '--db', join(root, 'url.db'), '--json', '--allow-private'], { cwd: root });
      expect(allowed.json()).toMatchObject({ ingested: 1, failed: [] });
      expect(requests).toBe(1);
    } finally {
      server.close();
    }
  });

  it('fails CC_UNSUPPORTED_FORMAT for a named file of an unknown type', async () => {
    const file = join(root, 'photo.jpg');
    writeFileSync(file, 'JFIF pretend');
    const run = await cli(['ingest', file, '--db', join(root, 'x.db'), '--json'], { cwd: root });
    expect(run.json()).toMatchObject({ failed: [{ code: 'CC_UNSUPPORTED_FORMAT' }] });
  });
});
