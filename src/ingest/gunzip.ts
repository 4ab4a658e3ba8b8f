import { createGunzip, gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { CrosscheckError } from '../model/crosscheck-error.js';

/**
 * .gz inputs. A whole-buffer gunzip is capped at the document size limit (a 1 MB gzip bomb inflates to gigabytes);
 * a streamed one is for containers read record by record. Node's gunzip reads concatenated gzip members, which is
 * how .warc.gz files are written (one member per record).
 */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    throw gzipError(error, maxBytes);
  }
}

export function gunzipStream(source: Readable): Readable {
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  return source.pipe(gunzip);
}

export function gzipError(error: unknown, maxBytes?: number): CrosscheckError {
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
    return new CrosscheckError('CC_TOO_LARGE', `decompresses to more than ${maxBytes ?? 'the limit of'} bytes`);
  }
  if (err.code === 'Z_BUF_ERROR') return new CrosscheckError('CC_GZIP_CORRUPT', 'the gzip data is truncated (unexpected end of file)');
  return new CrosscheckError('CC_GZIP_CORRUPT', `the gzip data is corrupt: ${err.message}`);
}
