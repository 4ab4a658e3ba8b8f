import type { PendingPostings } from './story-pending-postings.js';

/**
 * The newest postings of keys in `story_keys`, as last read (story-index-memory.ts). The table changes only when a
 * batch is written, and the batch's postings are put in front of the cached tails then (`advance`), so a cached
 * tail is always the table's. A lookup reads up to 200 postings for each of ~16 keys, and building those rows from
 * SQLite cost ~200 µs an article on the synthetic stream (bench/lib/synthetic-news.ts), where the same keys come
 * back article after article. Until session 6 a batch emptied the cache, so every 20,000 documents each key was
 * read again.
 */

/**
 * Postings cached, counted one per story id (~50 bytes each, ~50 MB in all). Evicted least recently used first.
 * With 100k synthetic articles stored, 200,000 left a process that had stored 5,000 more reading 28,256 tails from
 * the table; with no bound it read 23,142 (the rest are first reads; one run each, the ingest thread's CPU 3.70 and
 * 3.24 ms an article, within run-to-run noise). A million holds the tails of ~50,000 keys of a few dozen postings.
 */
const TAIL_CACHE_POSTINGS = 1_000_000;
/**
 * Keys cached at most, whatever their postings: a dated lookup reads each key's lists in the buckets of its window
 * (src/stories/posting-buckets.ts), and most of those lists are short or empty (a future bucket, the undated one),
 * so a bound on postings alone would let empty entries (~150 bytes each) pile up.
 */
export const TAIL_CACHE_KEYS = 300_000;
/** Postings a tail keeps when a batch is put in front of it: what a lookup reads of one key (postingsPerKey). */
const TAIL_KEEP = 200;

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
    this.#evict();
  }

  #evict(): void {
    for (const [oldest, dropped] of this.#tails) {
      if (this.#postings <= TAIL_CACHE_POSTINGS && this.#tails.size <= TAIL_CACHE_KEYS) break;
      this.#tails.delete(oldest);
      this.#postings -= dropped.stories.length;
    }
  }

  /**
   * The table after a batch of `pending` postings is written: each cached key's batch postings, newest first, go
   * in front of its tail. A tail cut to TAIL_KEEP is no longer complete; a key not cached stays uncached.
   */
  advance(pending: PendingPostings): void {
    for (const [key, tail] of this.#tails) {
      const added = pending.count(key);
      if (added === 0) continue;
      // More than a tail keeps: the batch's newest alone are the tail now.
      const merged = added >= TAIL_KEEP ? pending.newest(key, TAIL_KEEP) : [...pending.newest(key, added), ...tail.stories];
      const keep = Math.min(merged.length, Math.max(TAIL_KEEP, tail.stories.length));
      const stories = merged.length > keep ? merged.slice(0, keep) : merged;
      this.#postings += stories.length - tail.stories.length;
      // Same key, same place in the use order: only its postings change.
      this.#tails.set(key, { stories, complete: added < TAIL_KEEP && tail.complete && stories.length === merged.length });
    }
    this.#evict();
  }

  clear(): void {
    this.#tails.clear();
    this.#postings = 0;
  }
}
