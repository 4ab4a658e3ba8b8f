import { describe, expect, it } from 'vitest';
import { TermTable } from '../../../src/stories/term-table.js';

/** The open-addressing term table (src/stories/term-table.ts) against a Map doing the same, through many doublings. */
describe('term table', () => {
  it('gives each term one slot, in order of arrival, and finds it again after the table grows', () => {
    const table = new TermTable();
    const reference = new Map<string, number>();
    let state = 3;
    const next = (n: number) => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n;
    // Short, long, accented and empty terms; many repeats, so slot() is also a lookup.
    const term = (i: number) => (i % 7 === 0 ? `é${i}` : i % 11 === 0 ? `${'x'.repeat(40)}${i}` : i === 5 ? '' : `t${i}`);
    for (let k = 0; k < 60_000; k++) {
      const t = term(next(30_000));
      const expected = reference.get(t) ?? reference.size;
      if (!reference.has(t)) reference.set(t, expected);
      expect(table.slot(t)).toBe(expected);
    }
    expect(table.size).toBe(reference.size);
    for (const [t, slot] of reference) {
      expect(table.find(t)).toBe(slot);
      expect(table.term(slot)).toBe(t);
    }
    for (let i = 30_000; i < 31_000; i++) expect(table.find(term(i))).toBe(-1);
  });
});
