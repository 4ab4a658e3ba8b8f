/**
 * Term ids (id-vector.ts) to dense indices 0, 1, 2, ... in the order they were first added: a small open-addressing
 * table over typed arrays, sized for the few hundred terms of one article or one centroid, so it stays in the
 * first-level cache and a probe costs a few nanoseconds where a string-keyed Map lookup cost tens.
 */
export class IdTable {
  /** Per position: id + 1, or 0 when empty. */
  readonly #keys: Int32Array;
  readonly #indices: Int32Array;
  readonly #shift: number;
  readonly #mask: number;
  #size = 0;

  /** A table for at most `capacity` distinct ids (kept at most half full). */
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < 2 * capacity) bits++;
    this.#keys = new Int32Array(1 << bits);
    this.#indices = new Int32Array(1 << bits);
    this.#shift = 32 - bits;
    this.#mask = (1 << bits) - 1;
  }

  /** The id's index, or -1 when it was never added. */
  find(id: number): number {
    const key = id + 1;
    for (let p = this.#position(id); ; p = (p + 1) & this.#mask) {
      const at = this.#keys[p]!;
      if (at === key) return this.#indices[p]!;
      if (at === 0) return -1;
    }
  }

  /** The id's index, given the next one when it is new. */
  add(id: number): number {
    const key = id + 1;
    let p = this.#position(id);
    for (; ; p = (p + 1) & this.#mask) {
      const at = this.#keys[p]!;
      if (at === key) return this.#indices[p]!;
      if (at === 0) break;
    }
    this.#keys[p] = key;
    this.#indices[p] = this.#size;
    return this.#size++;
  }

  /** Fibonacci hashing: the top bits of id times 2^32 / phi spread consecutive ids across the table. */
  #position(id: number): number {
    return Math.imul(id, 0x9e3779b1) >>> this.#shift;
  }
}
