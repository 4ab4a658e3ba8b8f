import { CrosscheckError } from '../model/crosscheck-error.js';
import { hashWords, mixWord } from '../text/seeded-hash.js';
import type { Signature } from './minhash.js';

/**
 * Band keys: the signature cut into `bands` runs of `rows` values, each run hashed to one 32-bit key. Two documents
 * are LSH candidates when they share a key in the same band, so a store indexes (band, key) -> document and a new
 * document finds its candidates with `bands` point lookups, never a corpus scan.
 *
 * The key hash is seeded with the signature's seed, size and the band layout, so keys made under other settings
 * never match (a store that still holds them after a settings change returns nothing for them, instead of noise).
 * 32 bits per band: two different bands' contents collide with probability 2^-32, so a query over b = 26 bands in
 * a million documents meets a spurious collision with probability ~26e6 / 2^32 = 0.6 %, far fewer than the
 * dissimilar candidates the S-curve itself admits: the saving (6-byte instead of 8-byte stored keys) costs nothing.
 */
export interface LshKeys {
  readonly bands: number;
  readonly rows: number;
  /** One unsigned 32-bit key per band, band 0 first. */
  readonly keys: Uint32Array;
}

export interface BandLayout {
  readonly bands: number;
  readonly rows: number;
}

export function lshKeys(signature: Signature, layout: BandLayout): LshKeys {
  const { bands, rows } = layout;
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1 || bands * rows > signature.size) {
    throw new CrosscheckError('CC_LSH_OPTIONS', `${bands} bands of ${rows} rows do not fit a signature of size ${signature.size}`);
  }
  if (bands > MAX_BANDS) throw new CrosscheckError('CC_LSH_OPTIONS', `at most ${MAX_BANDS} bands, got ${bands}`);
  const layoutSeed = mixWord(mixWord(mixWord(0, signature.seed), signature.size), rows);
  const keys = new Uint32Array(bands);
  const values = signature.values;
  for (let band = 0; band < bands; band++) keys[band] = hashWords(values, band * rows, (band + 1) * rows, mixWord(layoutSeed, band));
  return { bands, rows, keys };
}

/**
 * At most 2^15 - 1 bands, so a tagged key stays below 2^47 and SQLite stores it in 6 bytes (its integer sizes are
 * 1, 2, 3, 4, 6 and 8 bytes, signed). Derived band counts are tens; this is a guard, not a limit anyone meets.
 */
export const MAX_BANDS = 0x7fff;

/** 2^32: the band number sits above the 32-bit key. */
const KEY_SPAN = 0x1_0000_0000;

/**
 * One integer per (band, key): band * 2^32 + key, below 2^47, so it is a safe JavaScript integer and SQLite stores
 * it in 6 bytes. What a store indexes.
 */
export function taggedKeys(keys: LshKeys): number[] {
  return Array.from(keys.keys, (key, band) => band * KEY_SPAN + key);
}

/** The band a tagged key belongs to (for reports and tests). */
export function bandOfTaggedKey(tagged: number): number {
  return Math.floor(tagged / KEY_SPAN);
}

/** True when two documents' keys agree in at least one band: they are LSH candidates of each other. */
export function sharesBand(a: LshKeys, b: LshKeys): boolean {
  if (a.bands !== b.bands || a.rows !== b.rows) return false;
  for (let band = 0; band < a.bands; band++) if (a.keys[band] === b.keys[band]) return true;
  return false;
}
