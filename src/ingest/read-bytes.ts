import { CrosscheckError, isCrosscheckError } from '../model/crosscheck-error.js';
import { charsetFromContentType, decodeText, looksBinary } from '../text/decode.js';
import { readCsv } from './formats/csv-records.js';
import { readFeed } from './formats/feed.js';
import { readJsonDocument, readJsonLines } from './formats/json-records.js';
import { readWarc } from './formats/warc.js';
import { gunzipCapped } from './gunzip.js';
import type { IngestFailure, IngestItem } from './ingest-item.js';
import type { InputFormat } from './input-format.js';
import { formatFromContent, formatFromName, isGzipBytes } from './input-format.js';
import type { ReadOptions } from './read-options.js';

/** A whole input held in memory: a single-document file, stdin, or a fetched URL. */
export interface ByteSource {
  /** The input as the user named it (path, URL, '-'). */
  readonly input: string;
  /** A name to guess the format from (the path, the URL's path); may say nothing. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The HTTP Content-Type, for fetched URLs. */
  readonly contentType?: string | null;
  /** The URL the bytes came from, for fetched URLs and their relative links. */
  readonly url?: string;
}

/** Reads one in-memory input into documents or failures; never throws. */
export async function* readBytes(source: ByteSource, options: ReadOptions): AsyncGenerator<IngestItem> {
  try {
    yield* readOrThrow(source, options);
  } catch (error) {
    yield failureOf(source.input, error);
  }
}

async function* readOrThrow(source: ByteSource, options: ReadOptions): AsyncGenerator<IngestItem> {
  let bytes = source.bytes;
  if (isGzipBytes(bytes)) bytes = gunzipCapped(bytes, options.maxBytes);
  if (bytes.length > options.maxBytes) {
    throw new CrosscheckError('CC_TOO_LARGE', `${bytes.length} bytes is more than the limit of ${options.maxBytes} (--max-bytes)`);
  }
  if (isBlank(bytes)) throw new CrosscheckError('CC_EMPTY_INPUT', 'the input is empty');
  if (looksBinary(bytes)) throw new CrosscheckError('CC_BINARY_INPUT', 'the input is binary data, not text or markup');

  const declared = charsetFromContentType(source.contentType);
  const format = chooseFormat(source, bytes);
  const ctx = { input: source.input, fieldMap: options.fieldMap };
  if (format === 'warc') {
    yield* readWarc(oneChunk(bytes), ctx);
    return;
  }
  const text = decodeText(bytes, { declared, sniffMarkup: format === 'html' || format === 'feed', fallback: options.encoding });
  const origin = { input: source.input, locator: source.input };
  const hints = source.url ? { url: source.url } : {};
  switch (format) {
    case 'text':
      yield { kind: 'document', document: { origin, body: { kind: 'text', text }, hints } };
      return;
    case 'html':
      yield { kind: 'document', document: { origin, body: { kind: 'html', html: text }, hints } };
      return;
    case 'json':
      yield* readJsonDocument(text, ctx);
      return;
    case 'jsonl':
      yield* readJsonLines(linesOf(text), ctx);
      return;
    case 'csv':
    case 'tsv':
      yield* readCsv(text, ctx);
      return;
    case 'feed':
      yield* readFeed(text, ctx);
      return;
  }
}

function chooseFormat(source: ByteSource, bytes: Uint8Array): InputFormat {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const byType = formatFromContentType(source.contentType);
  const byName = formatFromName(source.name);
  if (byName !== null && byName !== 'unknown') return byName;
  const sniffed = formatFromContent(head);
  if (byType) return byType === 'html' && sniffed === 'feed' ? 'feed' : byType;
  if (sniffed) return sniffed;
  if (byName === 'unknown') {
    throw new CrosscheckError('CC_UNSUPPORTED_FORMAT', `"${source.name}" is not a type crosscheck reads (.txt .md .html .json .jsonl .csv .tsv .xml .rss .atom .warc, optionally .gz)`);
  }
  return 'text';
}

function formatFromContentType(contentType: string | null | undefined): InputFormat | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type) return null;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type) || type === 'application/xml' || type === 'text/xml') return 'feed';
  if (type === 'application/json') return 'json';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  if (type === 'text/csv') return 'csv';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  return null;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function* linesOf(text: string): AsyncGenerator<string> {
  for (const line of text.split(/\r?\n/)) yield line;
}

export function failureOf(input: string, error: unknown): IngestItem {
  return { kind: 'failure', failure: toFailure(input, error) };
}

export function toFailure(input: string, error: unknown): IngestFailure {
  if (isCrosscheckError(error)) return { input: error.input ?? input, code: error.code, message: error.message };
  // An unexpected bug in a reader must not stop the batch either; it is reported with the input that caused it.
  return { input, code: 'CC_INTERNAL', message: `internal error while reading: ${(error as Error).message}` };
}
