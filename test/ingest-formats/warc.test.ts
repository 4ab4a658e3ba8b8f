import { Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../src/ingest/formats/byte-reader.js';
import { newWarcCounts, readWarc } from '../../src/ingest/formats/warc.js';
import { chunked, collect, documents, failures, outline, utf8 } from './helpers.js';
import {
  chunkedBody, htmlResponse, httpResponse, page, warcinfo, warcRecord, windows1251,
} from './warc-fixtures.js';

const read = (bytes: Uint8Array, chunkSize = 64 * 1024, input = 'crawl.warc') =>
  collect(readWarc(chunked(bytes, chunkSize), { input }));
const htmlOf = (doc: { body: { kind: string } } | undefined) => (doc?.body as { html?: string } | undefined)?.html ?? '';

const APP_HTTP = 'application/http; msgtype=response';

describe('readWarc: records', () => {
  const warc = concatBytes([
    warcinfo(),
    warcRecord('request', 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n', { uri: 'https://news.example/a', contentType: 'application/http; msgtype=request' }),
    htmlResponse('https://news.example/a', page('Article A', 'Alpha.')),
    warcRecord('response', httpResponse(200, ['Content-Type: image/png'], new Uint8Array([0x89, 0x50, 0x4e, 0x47])), { uri: 'https://news.example/logo.png', contentType: APP_HTTP }),
    warcRecord('response', httpResponse(404, ['Content-Type: text/html'], page('Missing')), { uri: 'https://news.example/gone', contentType: APP_HTTP }),
    warcRecord('response', httpResponse(301, ['Location: https://news.example/a'], ''), { uri: 'http://news.example/a', contentType: APP_HTTP }),
    warcRecord('resource', page('Resource B', 'Beta.'), { uri: 'https://news.example/b', contentType: 'text/html; charset=utf-8' }),
    warcRecord('metadata', 'via: https://news.example/\r\n', { uri: 'https://news.example/a', contentType: 'application/warc-fields' }),
    warcRecord('response', '1.2.3.4\tnews.example\n', { uri: 'dns:news.example', contentType: 'text/dns' }),
    warcRecord('response', httpResponse(200, [], page('No content type', 'Sniffed.')), { uri: '<https://news.example/c>', contentType: APP_HTTP, version: 'WARC/1.0' }),
  ]);

  it('yields HTML responses and resources with the target URI, skipping and counting the rest', async () => {
    const counts = newWarcCounts();
    const items = await collect(readWarc(chunked(warc, 4096), { input: 'crawl.warc', counts }));
    expect(outline(items)).toEqual(['document crawl.warc#record=3', 'document crawl.warc#record=7', 'document crawl.warc#record=10']);
    const [a, b, c] = documents(items);
    expect(a?.origin).toEqual({ input: 'crawl.warc', locator: 'crawl.warc#record=3' });
    expect(a?.hints).toEqual({ url: 'https://news.example/a' });
    expect(htmlOf(a)).toBe(page('Article A', 'Alpha.'));
    expect(b).toMatchObject({ body: { kind: 'html', html: page('Resource B', 'Beta.') }, hints: { url: 'https://news.example/b' } });
    expect(c?.hints).toEqual({ url: 'https://news.example/c' });
    expect(counts).toEqual({
      records: 10, documents: 3, failures: 0, skippedRecordTypes: 3, skippedStatus: 2, skippedNotHtml: 2, skippedTooLarge: 0,
    });
  });

  it('reads the same records from a stream of 1-byte chunks', async () => {
    expect(outline(await read(warc, 1))).toEqual(['document crawl.warc#record=3', 'document crawl.warc#record=7', 'document crawl.warc#record=10']);
  });

  it('returns the counts as the generator result too', async () => {
    const iterator = readWarc(chunked(warc, 999), { input: 'x.warc' });
    let next = await iterator.next();
    while (!next.done) next = await iterator.next();
    expect(next.value).toMatchObject({ records: 10, documents: 3 });
  });
});

describe('readWarc: damaged records', () => {
  const before = htmlResponse('https://e.com/before', page('Before'));
  const after = htmlResponse('https://e.com/after', page('After'));
  const block = httpResponse(200, ['Content-Type: text/html'], page('Middle'));

  it.each([
    ['Content-Length too small', warcRecord('response', block, { uri: 'https://e.com/m', contentType: APP_HTTP, contentLength: block.length - 20 }),
      /^record 2: the \d+-byte block is followed by ".*", not the CRLF CRLF that ends a record \(wrong Content-Length\?\)$/],
    ['Content-Length too large (swallowing the next record start)', warcRecord('response', block, { uri: 'https://e.com/m', contentType: APP_HTTP, contentLength: block.length + 40 }),
      /^record 2: the \d+-byte block is followed by/],
    ['no Content-Length', warcRecord('response', block, { uri: 'https://e.com/m', contentType: APP_HTTP, contentLength: null }),
      /^record 2: the record has no Content-Length header$/],
    ['a bad header line', warcRecord('response', block, { uri: 'https://e.com/m', contentType: APP_HTTP, extraHeaders: 'this is not a header' }),
      /^record 2: header line 7 is not "Name: value": "this is not a header"$/],
    ['a non-numeric Content-Length', warcRecord('response', block, { contentType: APP_HTTP, contentLength: -1 }),
      /^record 2: Content-Length "-1" is not a number$/],
    ['missing trailing CRLFs', warcRecord('response', block, { contentType: APP_HTTP, trailer: '' }),
      /^record 2: the \d+-byte block is followed by "WARC\/1\.1 WARC-T", not the CRLF CRLF/],
    ['a broken version line', concatBytes([utf8('WARX/1.1\r\n'), warcRecord('response', block).subarray(10)]),
      /^record 2: expected a WARC\/1.x version line, found "WARX\/1.1"$/],
  ])('fails one record with %s and reads the records before and after it', async (_name, middle, message) => {
    const items = await read(concatBytes([before, middle, after]), 100);
    expect(outline(items)).toEqual(['document crawl.warc#record=1', 'failure crawl.warc#record=2 CC_WARC_RECORD', 'document crawl.warc#record=3']);
    expect(failures(items)[0]?.message).toMatch(message);
    expect(documents([items[0]!, items[2]!]).map((d) => d.hints.url)).toEqual(['https://e.com/before', 'https://e.com/after']);
  });

  it('fails a record truncated by the end of the file, keeping the records before it', async () => {
    const last = htmlResponse('https://e.com/last', page('Last', 'x'.repeat(5000)));
    const items = await read(concatBytes([warcinfo(), before, last.subarray(0, 600)]), 256);
    expect(outline(items)).toEqual(['document crawl.warc#record=2', 'failure crawl.warc#record=3 CC_WARC_RECORD']);
    expect(failures(items)[0]?.message).toMatch(/^record 3: Content-Length says \d+ bytes but the file ends after \d+$/);
    const [, says, after] = /says (\d+) bytes but the file ends after (\d+)/.exec(failures(items)[0]!.message)!;
    expect(Number(says)).toBe(httpResponse(200, ['Content-Type: text/html; charset=utf-8'], page('Last', 'x'.repeat(5000))).length);
    expect(Number(after)).toBe(600 - headerLength(last));
  });

  it('fails a record that ends right after its block, without the closing CRLFs', async () => {
    const items = await read(concatBytes([before, htmlResponse('https://e.com/x', page('X')).slice(0, -4)]));
    expect(failures(items)[0]?.message).toMatch(/^record 2: the \d+-byte block is followed by the end of the file/);
  });

  it('fails a whole input that is not a WARC, and an empty one', async () => {
    expect(failures(await read(utf8('<html>not a warc</html>')))).toEqual([{
      input: 'crawl.warc', code: 'CC_WARC_INVALID', message: 'not a WARC file: it starts with "<html>not a warc</html>", not WARC/1.x',
    }]);
    expect(failures(await read(new Uint8Array(0)))[0]?.code).toBe('CC_EMPTY_INPUT');
  });
});

describe('readWarc: payloads', () => {
  it('reads a .warc.gz of one gzip member per record through createGunzip', async () => {
    const members = [warcinfo(), htmlResponse('https://e.com/1', page('One')), htmlResponse('https://e.com/2', page('Two'))].map((r) => gzipSync(r));
    const stream = Readable.from([Buffer.concat(members)]).pipe(createGunzip());
    const items = await collect(readWarc(stream, { input: 'crawl.warc.gz' }));
    expect(outline(items)).toEqual(['document crawl.warc.gz#record=2', 'document crawl.warc.gz#record=3']);
    expect(documents(items).map((d) => d.hints.url)).toEqual(['https://e.com/1', 'https://e.com/2']);
  });

  it('decodes a windows-1251 page by the charset in its HTTP Content-Type', async () => {
    const html = '<html><head><title>Новости</title></head><body><p>Привет мир</p></body></html>';
    const items = await read(htmlResponse('https://ru.example/', windows1251(html), ['Content-Type: text/html; charset=windows-1251']));
    expect(htmlOf(documents(items)[0])).toBe(html);
  });

  it('undoes chunked transfer coding, alone and over gzip content coding', async () => {
    const html = page('Chunked', 'y'.repeat(300));
    const items = await read(concatBytes([
      htmlResponse('https://e.com/c', chunkedBody(html, 64), ['Content-Type: text/html', 'Transfer-Encoding: chunked']),
      htmlResponse('https://e.com/g', chunkedBody(gzipSync(utf8(html)), 50), ['Content-Type: text/html', 'Content-Encoding: gzip', 'Transfer-Encoding: chunked']),
      htmlResponse('https://e.com/raw', html, ['Content-Type: text/html', 'Transfer-Encoding: chunked', 'Content-Encoding: gzip']),
    ]));
    expect(documents(items).map(htmlOf)).toEqual([html, html, html]);
  });

  it('fails a page whose bytes break its declared charset, and reads the next', async () => {
    const bad = htmlResponse('https://e.com/bad', new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c]), ['Content-Type: text/html; charset=utf-8']);
    const items = await read(concatBytes([bad, htmlResponse('https://e.com/ok', page('OK'))]));
    expect(outline(items)).toEqual(['failure crawl.warc#record=1 CC_CHARSET_MISMATCH', 'document crawl.warc#record=2']);
    expect(failures(items)[0]?.message).toBe('record 1: the bytes are not valid utf-8 as declared');
  });

  it('fails a corrupt gzip body and an unknown content coding as damaged records', async () => {
    // A valid gzip header, then a deflate block of the reserved type 3: zlib reports "invalid block type".
    const corrupt = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0xff, 0xff, 0xff]);
    const cutInHeader = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x01]);
    const items = await read(concatBytes([
      htmlResponse('https://e.com/z', corrupt, ['Content-Type: text/html', 'Content-Encoding: gzip']),
      htmlResponse('https://e.com/s', 'xx', ['Content-Type: text/html', 'Content-Encoding: zstd']),
      htmlResponse('https://e.com/h', cutInHeader, ['Content-Type: text/html', 'Content-Encoding: gzip']),
      htmlResponse('https://e.com/ok', gzipSync(utf8(page('Fine'))), ['Content-Type: text/html', 'Content-Encoding: gzip']),
    ]));
    expect(outline(items)).toEqual([
      'failure crawl.warc#record=1 CC_WARC_RECORD', 'failure crawl.warc#record=2 CC_WARC_RECORD',
      'failure crawl.warc#record=3 CC_WARC_RECORD', 'document crawl.warc#record=4',
    ]);
    expect(failures(items).map((f) => f.message)).toEqual([
      'record 1: the HTTP body says Content-Encoding gzip but does not decompress (invalid block type)',
      'record 2: the HTTP body has Content-Encoding "zstd", which crosscheck cannot decode',
      'record 3: the HTTP body says Content-Encoding gzip but holds no data',
    ]);
  });

  it('skips blocks over maxRecordBytes unread, and counts them', async () => {
    const counts = newWarcCounts();
    const big = htmlResponse('https://e.com/big', page('Big', 'z'.repeat(10_000)));
    const items = await collect(readWarc(chunked(concatBytes([big, htmlResponse('https://e.com/s', page('Small'))]), 1000),
      { input: 'w.warc', counts, maxRecordBytes: 5000 }));
    expect(outline(items)).toEqual(['document w.warc#record=2']);
    expect(counts.skippedTooLarge).toBe(1);
  });
});

/** Bytes of a record before its block: version line and fields up to the blank line. */
function headerLength(record: Uint8Array): number {
  for (let i = 0; i + 3 < record.length; i++) {
    if (record[i] === 13 && record[i + 1] === 10 && record[i + 2] === 13 && record[i + 3] === 10) return i + 4;
  }
  return -1;
}
