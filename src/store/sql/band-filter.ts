import { fmix32 } from '../../text/seeded-hash.js';

/**
 * Which tagged band keys `lsh_bands` may hold: a Bloom filter (Bloom, CACM 1970) the band index asks before it
 * looks keys up in the table. A new article's ~26 band keys are almost all absent from the table (most articles
 * have no copy), yet each absent key cost a B-tree descent: 36 µs a query of 26 keys at 10k stored articles, 56 µs
 * at 100k, growing with the tree (CPU time, better-sqlite3 alone, this machine). Asked first, the filter answers
 * "absent" for nearly all of them in a few hundred nanoseconds, so the table is read only for keys that may be
 * there, and the cost stays flat as the store grows.
 *
 * A filter never answers "absent" for a key it holds; it answers "maybe" for an absent key with a small probability
 * (a wasted lookup, nothing worse). Removing a key is not possible: rows deleted from the table (a replaced
 * signature) leave their bits, which only adds to those wasted lookups.
 *
 * Blocked (Putze, Sanders & Singler, "Cache-, hash- and space-efficient Bloom filters", 2007): each key sets
 * BITS_PER_KEY bits inside one 512-bit block, so a lookup touches one cache line. Scalable (Almeida et al.,
 * "Scalable Bloom filters", 2007): when the newest layer holds its capacity, a new layer as large as all the
 * others together is added, and a lookup asks every layer; a store of a million articles has ~6 layers.
 */

/** 512 bits: one 64-byte cache line. */
const BLOCK_WORDS = 16;
const BLOCK_BITS = BLOCK_WORDS * 32;
/**
 * Bits set per key. With BITS_PER_CAPACITY_KEY bits of filter per key at capacity, this blocked filter answers
 * "maybe" for 0.6 % of absent keys when its layer is full (measured on 2^20 random keys; test/store/band-filter.test.ts
 * bounds it under 1 %), less while it fills: at most one wasted lookup in six articles of 26 keys, ~20 µs.
 */
const BITS_PER_KEY = 8;
const BITS_PER_CAPACITY_KEY = 12;
/** The first layer's capacity: 2^20 keys, ~40k articles of 26 bands, 1.5 MB. */
export const FIRST_LAYER_KEYS = 1 << 20;
/** 2^32: the band number sits above the 32-bit key hash (lsh-keys.ts). */
const KEY_SPAN = 0x1_0000_0000;

export interface FilterLayer {
  /** Keys this layer takes before a new layer starts. */
  readonly capacity: number;
  /** Keys added so far (a key added twice counts twice). */
  keys: number;
  readonly bits: Uint32Array;
}

export class BandFilter {
  readonly #layers: FilterLayer[];
  readonly #firstLayerKeys: number;

  constructor(layers: FilterLayer[] = [], firstLayerKeys = FIRST_LAYER_KEYS) {
    this.#layers = layers;
    this.#firstLayerKeys = firstLayerKeys;
  }

  get layers(): readonly FilterLayer[] {
    return this.#layers;
  }

  /** Bytes of filter held in memory. */
  get bytes(): number {
    return this.#layers.reduce((sum, layer) => sum + layer.bits.byteLength, 0);
  }

  /** False when the key is certainly not in the table; true when it may be. */
  mayContain(taggedKey: number): boolean {
    const a = blockHash(taggedKey);
    const b = bitsHash(a);
    for (const layer of this.#layers) if (testBits(layer.bits, a, b)) return true;
    return false;
  }

  /** Adds keys; returns the indexes of the layers that changed (to be written back). */
  add(taggedKeys: Iterable<number>): Set<number> {
    const changed = new Set<number>();
    for (const key of taggedKeys) {
      let index = this.#layers.length - 1;
      const active = this.#layers[index];
      if (!active || active.keys >= active.capacity) {
        const capacity = active ? this.#layers.reduce((sum, layer) => sum + layer.capacity, 0) : this.#firstLayerKeys;
        this.#layers.push(newLayer(capacity));
        index++;
      }
      const layer = this.#layers[index]!;
      const a = blockHash(key);
      setBits(layer.bits, a, bitsHash(a));
      layer.keys++;
      changed.add(index);
    }
    return changed;
  }
}

function newLayer(capacity: number): FilterLayer {
  const blocks = Math.max(1, Math.ceil((capacity * BITS_PER_CAPACITY_KEY) / BLOCK_BITS));
  return { capacity, keys: 0, bits: new Uint32Array(blocks * BLOCK_WORDS) };
}

/**
 * The hash that picks a key's block. The key's low 32 bits are already a hash (of the band's MinHash values) but
 * the same value recurs across bands, so the band is mixed in.
 */
function blockHash(taggedKey: number): number {
  const low = taggedKey % KEY_SPAN;
  const band = (taggedKey - low) / KEY_SPAN;
  return fmix32((low ^ Math.imul(band + 1, 0x9e3779b9)) >>> 0);
}

/** The hash that picks the bits inside the block, independent of the block's. */
function bitsHash(blockHash: number): number {
  return fmix32((blockHash ^ 0x5bd1e995) >>> 0);
}

function blockOf(bits: Uint32Array, a: number): number {
  const blocks = bits.length / BLOCK_WORDS;
  // Multiply-shift maps the hash onto [0, blocks) without the bias of a modulo by a non-power of two.
  return Math.floor((a / KEY_SPAN) * blocks) * BLOCK_WORDS;
}

function setBits(bits: Uint32Array, a: number, b: number): void {
  const base = blockOf(bits, a);
  // Double hashing (Kirsch & Mitzenmacher, 2006): bit i at (b + i * step) mod 512, with an odd step.
  const step = (b >>> 9) | 1;
  for (let i = 0; i < BITS_PER_KEY; i++) {
    const bit = (b + i * step) & (BLOCK_BITS - 1);
    bits[base + (bit >>> 5)]! |= 1 << (bit & 31);
  }
}

function testBits(bits: Uint32Array, a: number, b: number): boolean {
  const base = blockOf(bits, a);
  const step = (b >>> 9) | 1;
  for (let i = 0; i < BITS_PER_KEY; i++) {
    const bit = (b + i * step) & (BLOCK_BITS - 1);
    if ((bits[base + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}
