import { INITIAL_SLOTS, TermCounts } from '../../stories/term-counts.js';

/**
 * Every document frequency the story index knows, held by StoryIndexMemory between units of work: the slotted
 * counts of src/stories/term-counts.ts, and the terms changed since the last batch as a list of slots.
 *
 * Why not a Map<string, number> with a Set of changed terms (as before session 6): counting an article's ~250 terms
 * took a get, a set and a Set insert each, three string-hash lookups in tables of ~100k entries: 680 ms of the ingest
 * thread's 10.9 s for 3,000 articles into 10k synthetic ones stored (CPU profile). With slots it is one lookup a
 * term, none when the same terms were just looked up for the article's statistics; the count and the changed flag
 * are array writes (docs/stories.md has the A/B, within noise).
 *
 * A count that falls to 0 (a rolled-back document was the term's only one) keeps its slot: such a term was never in
 * `story_terms` (rollbacks only take back documents past the mark), so it is not written and reads as absent.
 */
export class StoryTermCounts extends TermCounts {
  #changed = new Uint8Array(INITIAL_SLOTS);
  #changedSlots: number[] = [];

  /** The changed terms that have a frequency, with it, sorted by term (neighbouring rows share B-tree pages). */
  changed(): [string, number][] {
    const out: [string, number][] = [];
    for (const slot of this.#changedSlots) {
      const count = this.countOf(slot);
      if (count > 0) out.push([this.termOf(slot), count]);
    }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** After a batch wrote the changed terms: none is changed any more. */
  clearChanged(): void {
    for (const slot of this.#changedSlots) this.#changed[slot] = 0;
    this.#changedSlots = [];
  }

  protected override counted(slot: number): void {
    if (this.#changed[slot] !== 0) return;
    this.#changed[slot] = 1;
    this.#changedSlots.push(slot);
  }

  protected override grown(capacity: number): void {
    const changed = new Uint8Array(capacity);
    changed.set(this.#changed);
    this.#changed = changed;
  }
}
