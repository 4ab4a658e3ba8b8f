import type { IncomingMessage } from 'node:http';
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib';
import type { ZlibOptions } from 'node:zlib';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import { truncatedBody } from './fetch-errors.js';

/**
 * Reading a response body without trusting the server about its size. Two caps, both `maxBytes`:
 *  - the bytes on the wire: reading stops (the socket is destroyed) as soon as more than maxBytes have arrived, or
 *    before reading at all when Content-Length announces more;
 *  - the bytes after Content-Encoding is undone: zlib's maxOutputLength aborts inflation the moment the output
 *    passes the cap, so a kilobyte of gzip that inflates to gigabytes (a "zip bomb") costs at most maxBytes of memory.
 * The body is buffered whole before decoding: that is bounded by the first cap, lets `deflate` look at its header
 * before choosing an inflater, and keeps the mapping of zlib errors in one callback instead of a chain of streams.
 */

/** Reads the raw (still encoded) body, failing with CC_TOO_LARGE past maxBytes and CC_FETCH_FAILED when cut short. */
export function readCappedBody(res: IncomingMessage, url: URL, maxBytes: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const announced = Number(res.headers['content-length']);
    if (Number.isFinite(announced) && announced > maxBytes) {
      res.destroy();
      reject(tooLarge(`Content-Length ${announced} exceeds the ${maxBytes}-byte cap`));
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    res.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        res.destroy();
        reject(tooLarge(`response body exceeds the ${maxBytes}-byte cap`));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks, received)));
    res.on('error', (error) => reject(truncatedBody(url, error)));
    // 'close' without 'end': the peer hung up mid-body. After 'end' or a rejection this reject is a no-op.
    res.on('close', () => {
      if (!res.complete) reject(truncatedBody(url));
    });
  });
}

/**
 * Undoes the Content-Encoding header, last-applied coding first (RFC 9110 §8.4 lists them in the order applied).
 * Unknown codings fail rather than pass through: handing compressed bytes to the text decoder would only produce a
 * confusing CC_INVALID_UTF8 further down.
 */
export async function decodeBody(raw: Buffer, contentEncoding: string | undefined, url: URL, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  let body = raw;
  for (const coding of codings.reverse()) {
    // An empty body with a coding (a 204 through some proxies) has nothing to inflate; zlib would call it truncated.
    if (body.length === 0) break;
    body = await decodeOne(body, coding, url, maxBytes);
  }
  return body;
}

type Inflater = (buf: Buffer, options: ZlibOptions, callback: (error: Error | null, result: Buffer) => void) => void;

function decodeOne(body: Buffer, coding: string, url: URL, maxBytes: number): Promise<Buffer> {
  const inflater = inflaterFor(coding, body);
  if (!inflater) {
    return Promise.reject(new CrosscheckError('CC_FETCH_FAILED', `cannot fetch from ${url.host}: unsupported Content-Encoding "${coding}"`));
  }
  return new Promise<Buffer>((resolve, reject) => {
    inflater(body, { maxOutputLength: maxBytes }, (error, result) => {
      if (!error) resolve(result);
      else if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        reject(tooLarge(`decompressed body exceeds the ${maxBytes}-byte cap`, error));
      } else {
        const code = (error as NodeJS.ErrnoException).code ?? error.message;
        reject(new CrosscheckError('CC_FETCH_FAILED', `cannot fetch from ${url.host}: corrupt ${coding} body (${code})`, { cause: error }));
      }
    });
  });
}

function inflaterFor(coding: string, body: Buffer): Inflater | undefined {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzip;
    case 'deflate':
      // "deflate" means zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send raw deflate; the zlib header tells.
      return hasZlibHeader(body) ? inflate : inflateRaw;
    case 'br':
      return brotliDecompress;
    default:
      return undefined;
  }
}

/** RFC 1950 §2.2: compression method 8 in the low nibble of CMF, and CMF*256+FLG a multiple of 31. */
function hasZlibHeader(body: Buffer): boolean {
  const cmf = body[0];
  const flg = body[1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

function tooLarge(message: string, cause?: unknown): CrosscheckError {
  return new CrosscheckError('CC_TOO_LARGE', message, cause === undefined ? {} : { cause });
}
