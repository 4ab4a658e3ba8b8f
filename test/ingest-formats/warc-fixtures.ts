import { concatBytes } from '../../src/ingest/formats/byte-reader.js';
import { utf8 } from './helpers.js';

/**
 * Builders for WARC test inputs, written byte by byte so each test shows exactly which framing it breaks.
 * Records follow ISO 28500: version line, fields, blank line, Content-Length bytes of block, CRLF CRLF.
 */

type Bytes = Uint8Array | string;
const bytesOf = (value: Bytes): Uint8Array => (typeof value === 'string' ? utf8(value) : value);

export interface RecordOptions {
  readonly uri?: string;
  readonly contentType?: string;
  /** Overrides the true block length, to build a record whose Content-Length lies. */
  readonly contentLength?: number | null;
  /** What follows the block; the spec's CRLF CRLF by default. */
  readonly trailer?: string;
  readonly version?: string;
  readonly extraHeaders?: string;
}

let nextId = 1;

export function warcRecord(type: string, block: Bytes, options: RecordOptions = {}): Uint8Array {
  const body = bytesOf(block);
  const lines = [
    options.version ?? 'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(nextId++).padStart(12, '0')}>`,
    'WARC-Date: 2024-03-05T10:00:00Z',
    ...(options.uri ? [`WARC-Target-URI: ${options.uri}`] : []),
    ...(options.contentType ? [`Content-Type: ${options.contentType}`] : []),
    ...(options.contentLength === null ? [] : [`Content-Length: ${options.contentLength ?? body.length}`]),
    ...(options.extraHeaders ? [options.extraHeaders] : []),
  ];
  return concatBytes([utf8(`${lines.join('\r\n')}\r\n\r\n`), body, utf8(options.trailer ?? '\r\n\r\n')]);
}

export function httpResponse(status: number, headers: readonly string[], body: Bytes): Uint8Array {
  const reason = status === 200 ? 'OK' : status === 404 ? 'Not Found' : status === 301 ? 'Moved Permanently' : 'Status';
  return concatBytes([utf8(`HTTP/1.1 ${status} ${reason}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`), bytesOf(body)]);
}

/** A response record for an HTML page at `uri`. */
export function htmlResponse(uri: string, html: Bytes, headers: readonly string[] = ['Content-Type: text/html; charset=utf-8']): Uint8Array {
  return warcRecord('response', httpResponse(200, headers, html), { uri, contentType: 'application/http; msgtype=response' });
}

export function page(title: string, paragraph = 'Body text.'): string {
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><p>${paragraph}</p></body></html>`;
}

export function warcinfo(): Uint8Array {
  return warcRecord('warcinfo', 'software: crosscheck-tests\r\nformat: WARC File Format 1.1\r\n', { contentType: 'application/warc-fields' });
}

/** HTTP chunked transfer coding of `body` in pieces of `size` bytes, with a chunk extension on the first. */
export function chunkedBody(body: Bytes, size: number): Uint8Array {
  const bytes = bytesOf(body);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    const piece = bytes.subarray(i, i + size);
    parts.push(utf8(`${piece.length.toString(16)}${i === 0 ? ';name=value' : ''}\r\n`), piece, utf8('\r\n'));
  }
  parts.push(utf8('0\r\n\r\n'));
  return concatBytes(parts);
}

/**
 * windows-1251 bytes for ASCII and the basic Cyrillic alphabet, which the code page lays out in order:
 * А..я (U+0410..U+044F) are 0xC0..0xFF. Enough for test pages; there is no iconv package to do it properly.
 */
export function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return 0xc0 + (code - 0x410);
    throw new Error(`no windows-1251 byte for ${char} in this table`);
  }));
}
