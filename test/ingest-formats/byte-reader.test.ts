import { describe, expect, it } from 'vitest';
import { ByteReader, latin1 } from '../../src/ingest/formats/byte-reader.js';
import { dechunk, htmlFromHttpResponse } from '../../src/ingest/formats/http-payload.js';
import { chunked, utf8 } from './helpers.js';

const text = (bytes: Uint8Array | undefined) => (bytes ? latin1(bytes) : '');

describe('ByteReader', () => {
  it('reads CRLF and LF lines across chunk boundaries, and an unterminated last line', async () => {
    const reader = new ByteReader(chunked(utf8('one\r\ntwo\nthree'), 2));
    const lines = [];
    for (let line = await reader.readLine(100); line; line = await reader.readLine(100)) lines.push([text(line.bytes), line.terminated]);
    expect(lines).toEqual([['one', true], ['two', true], ['three', false]]);
    expect(reader.offset).toBe(14);
  });

  it('discards an over-long line to its end and keeps its head for messages', async () => {
    const reader = new ByteReader(chunked(utf8(`${'x'.repeat(50)}\nnext\n`), 7));
    const long = await reader.readLine(10);
    expect(long).toMatchObject({ tooLong: true, terminated: true });
    expect(text(long?.bytes)).toBe('x'.repeat(10));
    expect(text((await reader.readLine(10))?.bytes)).toBe('next');
  });

  it('reads exact byte counts over chunks, skips, pushes back, and reports short reads at the end', async () => {
    const reader = new ByteReader(chunked(utf8('abcdefghijklmnop'), 3));
    expect(text(await reader.readExact(5))).toBe('abcde');
    expect(await reader.skip(4)).toBe(4);
    const block = await reader.readExact(3);
    expect(text(block)).toBe('jkl');
    reader.unread(block);
    expect(reader.offset).toBe(9);
    expect(text(await reader.peek(5))).toBe('jklmn');
    expect(text(await reader.readExact(100))).toBe('jklmnop');
    expect(await reader.skip(10)).toBe(0);
    expect(await reader.readLine(10)).toBeNull();
  });
});

describe('HTTP payloads', () => {
  it('dechunks, keeps a body cut inside a chunk, and leaves a body that is not chunked alone', () => {
    expect(text(dechunk(utf8('4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n')) ?? undefined)).toBe('Wikipedia');
    expect(text(dechunk(utf8('4\r\nWiki\r\n5\r\nped')) ?? undefined)).toBe('Wikiped');
    expect(dechunk(utf8('<html>already de-chunked</html>'))).toBeNull();
  });

  it('skips redirects and non-HTML types, and fails a response whose headers never end', () => {
    expect(htmlFromHttpResponse(utf8('HTTP/1.1 302 Found\r\nLocation: /x\r\n\r\n'))).toEqual({ kind: 'skip', reason: 'status' });
    expect(htmlFromHttpResponse(utf8('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}'))).toEqual({ kind: 'skip', reason: 'not-html' });
    expect(htmlFromHttpResponse(utf8('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello'))).toEqual({ kind: 'skip', reason: 'not-html' });
    expect(htmlFromHttpResponse(utf8('HTTP/1.1 200 OK\r\nContent-Type: text/html'))).toEqual({
      kind: 'damaged', reason: 'the HTTP response headers never end (no blank line)',
    });
    expect(htmlFromHttpResponse(utf8('HTTP/1.1 OK\r\n\r\n'))).toEqual({ kind: 'damaged', reason: 'the HTTP status line is malformed: "HTTP/1.1 OK"' });
  });

  it('sniffs HTML when there is no Content-Type, and reads XHTML and HTTP/2 status lines', () => {
    expect(htmlFromHttpResponse(utf8('HTTP/1.0 200 OK\n\n  <!doctype html><p>x'))).toMatchObject({ kind: 'html', contentType: undefined });
    expect(htmlFromHttpResponse(utf8('HTTP/1.0 200 OK\n\n{"json":true}'))).toEqual({ kind: 'skip', reason: 'not-html' });
    expect(htmlFromHttpResponse(utf8('HTTP/2 200\r\ncontent-type: application/xhtml+xml\r\n\r\n<html/>')))
      .toMatchObject({ kind: 'html', contentType: 'application/xhtml+xml' });
  });
});
