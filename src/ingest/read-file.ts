import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CrosscheckError } from '../model/crosscheck-error.js';
import { readCsv } from './formats/csv-records.js';
import { readJsonLines } from './formats/json-records.js';
import { readWarc } from './formats/warc.js';
import { gunzipStream, gzipError } from './gunzip.js';
import type { IngestItem } from './ingest-item.js';
import { formatFromName, isGzipName } from './input-format.js';
import { failureOf, readBytes } from './read-bytes.js';
import type { ReadOptions } from './read-options.js';

/**
 * Files up to this size are read synchronously. A promise-based stat and read of a 3 KB file cost 165-195 µs of
 * the ingest thread (thread-pool round trips, file handles), the synchronous calls 26 µs (4,000 files, this
 * machine); a megabyte blocks the event loop for about a millisecond, which nothing in an ingest notices.
 */
const SYNC_READ_MAX_BYTES = 1 << 20;

/**
 * One file. Containers of many records (JSON Lines, CSV, WARC) are streamed record by record, so a dump of any size
 * is read in constant memory; everything else is read whole, up to the size cap.
 */
export async function* readFileInput(path: string, options: ReadOptions): AsyncGenerator<IngestItem> {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new CrosscheckError('CC_UNREADABLE', 'not a regular file');
    size = info.size;
  } catch (error) {
    yield failureOf(path, fileError(error));
    return;
  }
  const format = formatFromName(path);
  if (format === 'jsonl' || format === 'csv' || format === 'tsv' || format === 'warc') {
    if (size === 0) {
      yield failureOf(path, new CrosscheckError('CC_EMPTY_INPUT', 'the file is empty'));
      return;
    }
    yield* streamed(path, format, options);
    return;
  }
  // A compressed file may inflate to many times its size; gunzipCapped enforces the cap after decompression.
  if (!isGzipName(path) && size > options.maxBytes) {
    yield failureOf(path, new CrosscheckError('CC_TOO_LARGE', `${size} bytes is more than the limit of ${options.maxBytes} (--max-bytes)`));
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = size <= SYNC_READ_MAX_BYTES && !isGzipName(path) ? readFileSync(path) : await readFile(path);
  } catch (error) {
    yield failureOf(path, fileError(error));
    return;
  }
  yield* readBytes({ input: path, name: path, bytes }, options);
}

async function* streamed(path: string, format: 'jsonl' | 'csv' | 'tsv' | 'warc', options: ReadOptions): AsyncGenerator<IngestItem> {
  const ctx = { input: path, fieldMap: options.fieldMap };
  let stream: Readable = createReadStream(path);
  if (isGzipName(path)) stream = gunzipStream(stream);
  try {
    if (format === 'warc') yield* readWarc(stream, ctx);
    else if (format === 'jsonl') yield* readJsonLines(createInterface({ input: stream, crlfDelay: Infinity }), ctx);
    else yield* readCsv(stream, ctx);
  } catch (error) {
    // The records read before a truncated .gz or a read error are kept; the failure names what broke.
    const err = error as NodeJS.ErrnoException;
    yield failureOf(path, err.code?.startsWith('Z_') || err.code === 'ERR_BUFFER_TOO_LARGE' ? gzipError(error) : fileError(error));
  } finally {
    stream.destroy();
  }
}

export function fileError(error: unknown): CrosscheckError {
  if (error instanceof CrosscheckError) return error;
  const err = error as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return new CrosscheckError('CC_NOT_FOUND', 'no such file or directory');
    case 'EACCES':
    case 'EPERM':
      return new CrosscheckError('CC_UNREADABLE', 'permission denied');
    case 'EISDIR':
      return new CrosscheckError('CC_UNREADABLE', 'is a directory');
    case 'ELOOP':
      return new CrosscheckError('CC_UNREADABLE', 'too many symbolic links (a link loop)');
    default:
      return new CrosscheckError('CC_UNREADABLE', err.message);
  }
}
