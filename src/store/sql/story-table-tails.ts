/**
 * The newest postings of keys in `story_keys`, as last read (story-index-memory.ts). The table changes only when a
 * batch is written, and the index clears this cache then, so a cached tail is the table's until the next batch.
 * A lookup reads up to 200 postings for each of ~16 keys, and building those rows from SQLite cost ~200 µs an
 * article on the synthetic stream (bench/lib/synthetic-news.ts), where the same keys come back article after article.
 */

/**
 * Postings cached, counted one per story id (~50 bytes each, ~10 MB in all): the keys of the last few thousand
 * articles. Evicted least recently used first.
 */
const TAIL_CACHE_POSTINGS = 200_000;

/** A key's newest postings in the table, newest first; `complete` when they are all it has. */
export interface TableTail {
  readonly stories: readonly string[];
  readonly complete: boolean;
}

export class TableTails {
  readonly #tails = new Map<string, TableTail>();
  #postings = 0;

  /** The key's newest postings in the table as last read, if they are still cached. */
  get(key: string): TableTail | undefined {
    const tail = this.#tails.get(key);
    if (tail !== undefined) {
      this.#tails.delete(key);
      this.#tails.set(key, tail);
    }
    return tail;
  }

  set(key: string, tail: TableTail): void {
    this.#postings += tail.stories.length - (this.#tails.get(key)?.stories.length ?? 0);
    this.#tails.delete(key);
    this.#tails.set(key, tail);
    for (const [oldest, dropped] of this.#tails) {
      if (this.#postings <= TAIL_CACHE_POSTINGS) break;
      this.#tails.delete(oldest);
      this.#postings -= dropped.stories.length;
    }
  }

  clear(): void {
    this.#tails.clear();
    this.#postings = 0;
  }
}
