import type { Fetcher } from '../ports/fetcher.js';
import type { FieldMap } from './field-map.js';

/** What every reader of inputs needs to know. */
export interface ReadOptions {
  readonly fieldMap: FieldMap;
  /** A charset to decode undeclared text with (`--encoding`); declared charsets and BOMs still win. */
  readonly encoding?: string;
  /** Largest single document or whole-parsed file, in bytes, after decompression. */
  readonly maxBytes: number;
  /** Fetches URLs and feed entries that are only links; absent when fetching is turned off. */
  readonly fetcher?: Fetcher;
}

/**
 * 32 MiB: the largest news page in the extraction benchmark is under 2 MiB, and a JSON or feed file parsed whole
 * needs several times its size in memory; anything bigger is a dump to stream as JSONL, CSV or WARC (not capped).
 */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
