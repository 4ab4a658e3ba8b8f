import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { concatBytes, latin1 } from './byte-reader.js';

/**
 * The HTTP response stored in a WARC `response` record: status line, headers, and the body bytes as the server
 * sent them, which may still be chunked and compressed. Crawlers store exactly what came over the wire (WARC
 * 1.1 §6.3.1), so both codings are undone here before the page is decoded to text.
 */

export type HttpPayload =
  | { readonly kind: 'html'; readonly bytes: Uint8Array; readonly contentType: string | undefined }
  /** Not a page we read: a redirect or error status, or an image, script, JSON... Counted, not reported. */
  | { readonly kind: 'skip'; readonly reason: 'status' | 'not-html' }
  | { readonly kind: 'damaged'; readonly reason: string };

/** Response headers beyond this are not HTTP but a misframed block (servers cap headers at 8-64 KiB). */
const MAX_HEADER_BYTES = 64 * 1024;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function htmlFromHttpResponse(block: Uint8Array): HttpPayload {
  const end = headerEnd(block);
  if (end === null) return { kind: 'damaged', reason: 'the HTTP response headers never end (no blank line)' };
  const lines = latin1(block.subarray(0, end.headers)).split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(lines[0] ?? '');
  if (!status) return { kind: 'damaged', reason: `the HTTP status line is malformed: ${JSON.stringify((lines[0] ?? '').slice(0, 60))}` };
  const code = Number(status[1]);
  if (code < 200 || code > 299) return { kind: 'skip', reason: 'status' };

  const headers = parseHeaders(lines.slice(1));
  const contentType = headers.get('content-type');
  if (contentType !== undefined && !isHtmlType(contentType)) return { kind: 'skip', reason: 'not-html' };

  let body = block.subarray(end.body);
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const decoded = undoContentEncoding(body, headers.get('content-encoding'));
  if (typeof decoded === 'string') return { kind: 'damaged', reason: decoded };
  if (contentType === undefined && !sniffsAsHtml(decoded)) return { kind: 'skip', reason: 'not-html' };
  return { kind: 'html', bytes: decoded, contentType };
}

/** The media type's essence (before `;`) is text/html or XHTML. */
export function isHtmlType(contentType: string): boolean {
  return HTML_TYPES.has((contentType.split(';')[0] ?? '').trim().toLowerCase());
}

/** Where the headers end and the body starts: the first CRLF CRLF (or the LF LF some recorders write). */
function headerEnd(block: Uint8Array): { headers: number; body: number } | null {
  const limit = Math.min(block.length, MAX_HEADER_BYTES);
  for (let i = 0; i < limit; i++) {
    if (block[i] !== 0x0a) continue;
    const headers = block[i - 1] === 0x0d ? i - 1 : i;
    if (block[i + 1] === 0x0a) return { headers, body: i + 2 };
    if (block[i + 1] === 0x0d && block[i + 2] === 0x0a) return { headers, body: i + 3 };
  }
  return null;
}

/** Header names lower-cased; a repeated header keeps its last value, as browsers do for Content-Type. */
function parseHeaders(lines: readonly string[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * Chunked transfer coding (RFC 9112 §7.1) undone. Null when the body does not start with a chunk size: some
 * crawlers de-chunk the body but keep the header, and their bytes are already the payload. A body that ends
 * inside a chunk keeps what arrived (a truncated capture is still a page).
 */
export function dechunk(body: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    const lf = body.indexOf(0x0a, at);
    if (lf === -1) return parts.length > 0 ? concatBytes(parts) : null;
    const sizeText = latin1(body.subarray(at, lf)).split(';')[0]!.trim();
    if (!/^[0-9a-f]{1,8}$/i.test(sizeText)) return parts.length > 0 ? concatBytes(parts) : null;
    const size = parseInt(sizeText, 16);
    at = lf + 1;
    if (size === 0) return concatBytes(parts);
    parts.push(body.subarray(at, Math.min(body.length, at + size)));
    at += size;
    if (at >= body.length) return concatBytes(parts);
    if (body[at] === 0x0d) at++;
    if (body[at] === 0x0a) at++;
  }
}

/** Undoes Content-Encoding (listed in the order applied, so undone last first); a string is the reason it failed. */
function undoContentEncoding(body: Uint8Array, header: string | undefined): Uint8Array | string {
  const codings = (header ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  let bytes = body;
  for (const coding of codings.reverse()) {
    const result = inflate(bytes, coding);
    if (typeof result === 'string') return result;
    // The lenient flush turns a body cut inside the gzip header into nothing at all; that is a failure, not a page.
    if (result.length === 0 && bytes.length > 0) return `the HTTP body says Content-Encoding ${coding} but holds no data`;
    bytes = result;
  }
  return bytes;
}

function inflate(bytes: Uint8Array, coding: string): Uint8Array | string {
  // A sync flush returns whatever decompresses from a truncated capture instead of failing on the missing tail.
  const lenient = { finishFlush: constants.Z_SYNC_FLUSH };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') {
      // Recorders that store the decompressed body but keep the header: no gzip magic means nothing to undo.
      return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, lenient) : bytes;
    }
    if (coding === 'deflate') {
      // "deflate" is zlib-wrapped by the standard and raw by some servers (RFC 9110 §8.4.1.2 notes both).
      try {
        return inflateSync(bytes, lenient);
      } catch {
        return inflateRawSync(bytes, lenient);
      }
    }
    if (coding === 'br') return brotliDecompressSync(bytes, { finishFlush: constants.BROTLI_OPERATION_FLUSH });
  } catch (error) {
    return `the HTTP body says Content-Encoding ${coding} but does not decompress (${(error as Error).message})`;
  }
  return `the HTTP body has Content-Encoding "${coding}", which crosscheck cannot decode`;
}

/** No Content-Type: an HTML doctype or <html> tag near the start (after a BOM or white space) makes it a page. */
function sniffsAsHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 1024)).replace(/^(?:\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<!--') && head.includes('<html'));
}
