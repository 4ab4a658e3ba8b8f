import { describe, expect, it } from 'vitest';
import { PendingPostings } from '../../src/store/sql/story-pending-postings.js';
import { TAIL_CACHE_KEYS, TableTails } from '../../src/store/sql/story-table-tails.js';

/**
 * Cached tails of story_keys (src/store/sql/story-table-tails.ts) stay the table's across batches: after each batch
 * every cached tail must be a prefix (newest first) of the key's whole list, and complete only when it is all of it.
 */

describe('table tails across batches', () => {
  it('puts each batch in front of the cached tails, cutting long ones and keeping completeness honest', () => {
    const table = new Map<string, string[]>(); // each key's postings in the table, oldest first
    const tails = new TableTails();
    let state = 11;
    const next = (n: number) => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n;
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const read = (key: string, limit: number) => {
      const list = table.get(key) ?? [];
      const stories = list.slice(Math.max(0, list.length - limit)).reverse();
      tails.set(key, { stories, complete: stories.length === list.length });
    };
    let document = 0;
    for (let batch = 0; batch < 12; batch++) {
      // Lookups read some keys' tails from the table, a few postings or many.
      for (const key of keys) if (next(3) === 0) read(key, next(2) === 0 ? 4 : 250);
      if (batch >= 5) read('k7', 250);
      const pending = new PendingPostings();
      // One key gets more postings in a batch than a tail keeps.
      for (let i = 0; i < (batch === 5 ? 260 : 30); i++) {
        const key = batch === 5 ? 'k7' : keys[next(keys.length)]!;
        const story = `story:${next(50)}`;
        if ((pending.last(key) ?? table.get(key)?.at(-1)) === story) continue;
        pending.push(key, ++document, story);
      }
      for (const run of pending.runs(256)) table.set(run.key, [...(table.get(run.key) ?? []), ...run.stories]);
      tails.advance(pending);
      for (const key of keys) {
        const tail = tails.get(key);
        if (tail === undefined) continue;
        const list = table.get(key) ?? [];
        const newestFirst = [...list].reverse();
        expect(tail.stories).toEqual(newestFirst.slice(0, tail.stories.length));
        if (tail.complete) expect(tail.stories.length).toBe(list.length);
      }
    }
    // The key that outgrew a tail in one batch holds at least its newest 200 and says it is not complete.
    const k7 = tails.get('k7')!;
    expect(k7.stories.length).toBeGreaterThanOrEqual(200);
    expect(k7.complete).toBe(false);
  });

  it('bounds the keys it holds, empty tails included, dropping the least recently used', () => {
    const tails = new TableTails();
    for (let i = 0; i <= TAIL_CACHE_KEYS; i++) {
      tails.set(`k${i}`, { stories: [], complete: true });
      if (i === 0) tails.set('kept', { stories: ['story:1'], complete: true });
      if (i % 1000 === 0) tails.get('kept');
    }
    expect(tails.get('k0')).toBeUndefined();
    expect(tails.get('k1')).toBeUndefined();
    expect(tails.get(`k${TAIL_CACHE_KEYS}`)).toEqual({ stories: [], complete: true });
    expect(tails.get('kept')?.stories).toEqual(['story:1']);
  });
});
