import type { PostingRun } from './story-statements.js';

/**
 * The posting lists of the documents past the high-water mark, held in memory until they are written to
 * `story_keys` in one sorted batch (story-index-memory.ts). Keys are words and entity names, which land at random
 * places in the table's B-tree: written an article at a time, each of an article's ~16 postings would dirty a page
 * of its own in every group commit, as band rows did (band-index.ts). Per key, documents ascend.
 */
export class PendingPostings {
  readonly #byKey = new Map<string, { documents: number[]; stories: string[] }>();
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The story of the key's newest held posting, or undefined when none is held. */
  last(key: string): string | undefined {
    const list = this.#byKey.get(key);
    return list?.stories[list.stories.length - 1];
  }

  /** How many postings of the key are held. */
  count(key: string): number {
    return this.#byKey.get(key)?.documents.length ?? 0;
  }

  /** The key's held postings, newest first, at most `limit`. */
  newest(key: string, limit: number): string[] {
    const list = this.#byKey.get(key);
    if (list === undefined) return [];
    const out: string[] = [];
    for (let i = list.stories.length - 1; i >= 0 && out.length < limit; i--) out.push(list.stories[i]!);
    return out;
  }

  /** Appends a posting; `document` is newer than every held one. */
  push(key: string, document: number, storyId: string): void {
    const list = this.#byKey.get(key);
    if (list === undefined) this.#byKey.set(key, { documents: [document], stories: [storyId] });
    else {
      list.documents.push(document);
      list.stories.push(storyId);
    }
    this.#size++;
  }

  /** Takes back the key's newest posting if it belongs to `document` (a unit of work that rolled back). */
  pop(key: string, document: number): void {
    const list = this.#byKey.get(key);
    if (list === undefined || list.documents[list.documents.length - 1] !== document) return;
    list.documents.pop();
    list.stories.pop();
    if (list.documents.length === 0) this.#byKey.delete(key);
    this.#size--;
  }

  /**
   * Every held posting as runs of at most `perRun`, in (key, document) order: the table's primary key order. A key's
   * runs are cut from its newest posting back, so its newest run is full and a lookup usually reads one row a key.
   */
  runs(perRun: number): PostingRun[] {
    const keys = [...this.#byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out: PostingRun[] = [];
    for (const key of keys) {
      const list = this.#byKey.get(key)!;
      const first = out.length;
      for (let end = list.documents.length; end > 0; end -= perRun) {
        const start = Math.max(0, end - perRun);
        out.push({ key, document: list.documents[end - 1]!, stories: list.stories.slice(start, end) });
      }
      // Cut newest first, written oldest first.
      const cut = out.splice(first).reverse();
      for (const run of cut) out.push(run);
    }
    return out;
  }

  clear(): void {
    this.#byKey.clear();
    this.#size = 0;
  }
}
