/**
 * Document frequencies of one article's terms, read as a map but held as an array beside the terms: `counts[i]` is
 * the frequency of `terms[i]`, 0 for a term never seen (absent from the map, as TermStatistics has it).
 *
 * Why not a Map: preparing an article looked its ~280 terms up into three maps, the index's frequencies, the same
 * with the article counted (countingArticle) and each term's id (termIds), each with its growth ~30 kB, a sixth of
 * what an assignment allocated (heap sampling, 30k stored, 200 a day); allocation sets how often the young
 * generation is collected, and each collection costs more as the heap grows. Here the term-to-position map is
 * built once and shared: the counted frequencies and the ids are arrays aligned with the same terms.
 */
export class AlignedFrequencies implements ReadonlyMap<string, number> {
  readonly #positions: ReadonlyMap<string, number>;
  readonly #counts: Int32Array;
  readonly #terms: readonly string[];
  readonly #size: number;

  /** `positions`: each term's index in `terms` (terms distinct); `counts`: aligned with `terms`. */
  constructor(terms: readonly string[], positions: ReadonlyMap<string, number>, counts: Int32Array) {
    this.#terms = terms;
    this.#positions = positions;
    this.#counts = counts;
    let size = 0;
    for (const at of positions.values()) if (counts[at] !== 0) size++;
    this.#size = size;
  }

  /** Each term's index in its terms, built once per article and shared by the views over them. */
  static positionsOf(terms: readonly string[]): Map<string, number> {
    const positions = new Map<string, number>();
    for (let i = 0; i < terms.length; i++) positions.set(terms[i]!, i);
    return positions;
  }

  /** The same terms with every count one higher: the frequencies once the article itself is counted. */
  counted(): AlignedFrequencies {
    const counts = new Int32Array(this.#counts.length);
    for (let i = 0; i < counts.length; i++) counts[i] = this.#counts[i]! + 1;
    return new AlignedFrequencies(this.#terms, this.#positions, counts);
  }

  /** Whether these are the frequencies of exactly this array of terms. */
  alignedWith(terms: readonly string[]): boolean {
    return this.#terms === terms;
  }

  /** The index of a term among the terms, or undefined. */
  positionOf(term: string): number | undefined {
    return this.#positions.get(term);
  }

  get size(): number {
    return this.#size;
  }

  get(term: string): number | undefined {
    const at = this.#positions.get(term);
    if (at === undefined) return undefined;
    const count = this.#counts[at]!;
    return count === 0 ? undefined : count;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    // The map's order (each term where it first came), as a Map of the same terms would iterate.
    for (const [term, at] of this.#positions) if (this.#counts[at] !== 0) yield [term, this.#counts[at]!];
  }

  *keys(): MapIterator<string> {
    for (const [term] of this.entries()) yield term;
  }

  *values(): MapIterator<number> {
    for (const [, count] of this.entries()) yield count;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [term, count] of this.entries()) callback.call(thisArg, count, term, this);
  }
}
