/**
 * Small, fast, seeded non-cryptographic hashing over 32-bit integers, shared by shingling, MinHash and LSH keys.
 * Everything is Math.imul and shifts on int32, so V8 keeps it in registers: no strings, no allocation.
 *
 * The mixing constants are MurmurHash3's (Austin Appleby, public domain, smhasher), chosen there for avalanche
 * (every input bit flips each output bit with probability ~1/2); the string hash is FNV-1a (Fowler-Noll-Vo, the
 * 32-bit prime 16777619 and offset basis 2166136261) finished with Murmur's fmix32, because FNV-1a alone has weak
 * high bits on short keys, and MinHash compares whole 32-bit values.
 */

/** FNV-1a 32-bit offset basis and prime (draft-eastlake-fnv). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

// MurmurHash3 x86_32 block constants.
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3's finaliser: a bijection on 32 bits with full avalanche. Returns an unsigned 32-bit value. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One step of FNV-1a over a UTF-16 code unit: the caller keeps the running state (start at `FNV_OFFSET ^ seed`). */
export function fnvStep(state: number, codeUnit: number): number {
  return Math.imul(state ^ codeUnit, FNV_PRIME);
}

/** Seeded hash of a string's UTF-16 code units (no encoding step, no allocation). Unsigned 32-bit. */
export function hashString(value: string, seed = 0): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = 0; i < value.length; i++) h = fnvStep(h, value.charCodeAt(i));
  return fmix32(h ^ value.length);
}

/** Murmur3's per-block mixing of one 32-bit word into the running state `h`. */
export function mixWord(h: number, word: number): number {
  let k = Math.imul(word, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  let s = h ^ k;
  s = (s << 13) | (s >>> 19);
  return (Math.imul(s, 5) + 0xe6546b64) | 0;
}

/** Seeded, order-sensitive hash of a run of 32-bit words: MurmurHash3 x86_32 over words instead of bytes. */
export function hashWords(words: ArrayLike<number>, start: number, end: number, seed = 0): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = mixWord(h, words[i]!);
  return fmix32(h ^ ((end - start) * 4));
}

/**
 * splitmix32: a seeded stream of well-mixed 32-bit values (the 32-bit variant of Steele, Lea & Flood's SplitMix,
 * OOPSLA 2014, with Murmur's finaliser). Used to draw MinHash permutation coefficients from one seed, so a
 * signature's seed is all it takes to rebuild its hash family.
 */
export function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    return fmix32(state);
  };
}
