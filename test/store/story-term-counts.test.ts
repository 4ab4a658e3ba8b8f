import { describe, expect, it } from 'vitest';
import { StoryTermCounts } from '../../src/store/sql/story-term-counts.js';

/** The story index's document frequencies (src/store/sql/story-term-counts.ts) against a plain Map doing the same. */

describe('story term counts', () => {
  it('answers as a map of counts across loads, additions, rollbacks and the arrays growing', () => {
    const counts = new StoryTermCounts();
    const reference = new Map<string, number>();
    let state = 7;
    const next = (n: number) => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n;
    // Loaded past the first arrays' size, so a slot made while loading replaces the arrays.
    for (let i = 0; i < 10_000; i++) {
      const term = `t${i}`;
      const df = 1 + next(50);
      counts.load(term, df);
      reference.set(term, df);
    }
    const added: string[][] = [];
    for (let doc = 0; doc < 300; doc++) {
      const terms = [...new Set(Array.from({ length: 40 }, () => `t${next(20_000)}`))];
      counts.add(terms, 1);
      for (const t of terms) reference.set(t, (reference.get(t) ?? 0) + 1);
      added.push(terms);
    }
    // The last document rolls back: terms it alone had read as absent again.
    const last = added.pop()!;
    counts.add(last, -1);
    for (const t of last) {
      const df = reference.get(t)! - 1;
      if (df === 0) reference.delete(t);
      else reference.set(t, df);
    }
    for (let i = 0; i < 20_000; i++) expect(counts.get(`t${i}`)).toBe(reference.get(`t${i}`));
    expect(counts.get('never')).toBeUndefined();

    // Changed: every term a document touched that still has a count (rewriting an unchanged count is harmless),
    // sorted, with its count; not the terms only loaded, nor those the rollback took back to nothing.
    const touched = [...new Set([...added.flat(), ...last])].filter((t) => reference.has(t)).sort();
    expect(counts.changed()).toEqual(touched.map((t) => [t, reference.get(t)!]));
    expect(last.some((t) => !reference.has(t))).toBe(true);
    counts.clearChanged();
    expect(counts.changed()).toEqual([]);
    counts.add(['t1', 'fresh'], 1);
    expect(counts.changed()).toEqual([['fresh', 1], ['t1', reference.get('t1')! + 1]]);
  });

});
