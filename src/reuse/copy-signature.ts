import { shingleHashes } from '../text/shingles.js';
import type { LshKeys } from './lsh-keys.js';
import { lshKeys } from './lsh-keys.js';
import { DEFAULT_LSH_THRESHOLD, deriveLshParams } from './lsh-params.js';
import type { Signature } from './minhash.js';
import { DEFAULT_SIGNATURE_SIZE, createMinHasher, isEmptySignature } from './minhash.js';

/**
 * The signature every stored article gets for copy candidates: MinHash of its text's word 3-shingles, with one
 * seed and size for the whole store (signatures of different settings cannot be compared), and its LSH band keys.
 * The title is left out: rewrites change headlines first, and a copy with a new headline is still a copy.
 */

/** The store's MinHash seed. Changing it (or the size) means re-signing every article: `crosscheck rebuild`. */
export const COPY_SIGNATURE_SEED = 0x63636b31;

/**
 * Bands and rows for Jaccard 0.5 with false negatives weighted 0.75 (lsh-params.ts: 26 x 4): an edited copy
 * (J >= 0.5) becomes a candidate with probability >= 0.81, a light edit at J = 0.3 with 0.31. Heavier rewrites
 * share too few shingles for any LSH; they are found inside their story (issue 4).
 */
const LAYOUT = deriveLshParams({ threshold: DEFAULT_LSH_THRESHOLD, size: DEFAULT_SIGNATURE_SIZE });
const hasher = createMinHasher({ seed: COPY_SIGNATURE_SEED, size: DEFAULT_SIGNATURE_SIZE });

export interface CopySignature {
  readonly signature: Signature;
  readonly keys: LshKeys;
}

/** The band keys of a stored copy signature (to find its candidates again). */
export function copyKeys(signature: Signature): LshKeys {
  return lshKeys(signature, LAYOUT);
}

/** The signature and band keys of a text, or null when it has no words to sign (it would match every empty text). */
export function copySignature(text: string): CopySignature | null {
  const signature = hasher.sign(shingleHashes(text));
  if (isEmptySignature(signature)) return null;
  return { signature, keys: lshKeys(signature, LAYOUT) };
}
