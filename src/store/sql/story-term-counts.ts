/**
 * Every document frequency the story index knows, held by StoryIndexMemory between units of work: each term gets a
 * slot once, its count lives in a typed array, and the terms changed since the last batch are a list of slots.
 *
 * Why not a Map<string, number> with a Set of changed terms (as before session 6): counting an article's ~250 terms
 * took a get, a set and a Set insert each, three string-hash lookups in tables of ~100k entries: 680 ms of the ingest
 * thread's 10.9 s for 3,000 articles into 10k synthetic ones stored (CPU profile). With slots it is one lookup a
 * term; the count and the changed flag are array writes (docs/stories.md has the A/B, within noise).
 *
 * A count that falls to 0 (a rolled-back document was the term's only one) keeps its slot: such a term was never in
 * `story_terms` (rollbacks only take back documents past the mark), so it is not written and reads as absent.
 */
export class StoryTermCounts {
  readonly #slots = new Map<string, number>();
  readonly #terms: string[] = [];
  #counts = new Int32Array(4096);
  #changed = new Uint8Array(4096);
  #changedSlots: number[] = [];

  /** Terms with a slot (including any whose count fell back to 0). */
  get size(): number {
    return this.#terms.length;
  }

  /** The term's document frequency, or undefined when it has none. */
  get(term: string): number | undefined {
    const slot = this.#slots.get(term);
    if (slot === undefined) return undefined;
    const count = this.#counts[slot]!;
    return count === 0 ? undefined : count;
  }

  /** Sets a frequency read from the table: not a change to write back. */
  load(term: string, count: number): void {
    // The slot first: making it may replace the array.
    const slot = this.#slot(term);
    this.#counts[slot] = count;
  }

  /** Adds `by` to each term's frequency (terms distinct, as an article's are) and marks them changed. */
  add(terms: readonly string[], by: 1 | -1): void {
    for (const term of terms) {
      const slot = this.#slot(term);
      this.#counts[slot]! += by;
      if (this.#changed[slot] === 0) {
        this.#changed[slot] = 1;
        this.#changedSlots.push(slot);
      }
    }
  }

  /** The changed terms that have a frequency, with it, sorted by term (neighbouring rows share B-tree pages). */
  changed(): [string, number][] {
    const out: [string, number][] = [];
    for (const slot of this.#changedSlots) {
      const count = this.#counts[slot]!;
      if (count > 0) out.push([this.#terms[slot]!, count]);
    }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** After a batch wrote the changed terms: none is changed any more. */
  clearChanged(): void {
    for (const slot of this.#changedSlots) this.#changed[slot] = 0;
    this.#changedSlots = [];
  }

  #slot(term: string): number {
    let slot = this.#slots.get(term);
    if (slot !== undefined) return slot;
    slot = this.#terms.length;
    this.#terms.push(term);
    this.#slots.set(term, slot);
    if (slot === this.#counts.length) {
      const counts = new Int32Array(slot * 2);
      counts.set(this.#counts);
      this.#counts = counts;
      const changed = new Uint8Array(slot * 2);
      changed.set(this.#changed);
      this.#changed = changed;
    }
    return slot;
  }
}
