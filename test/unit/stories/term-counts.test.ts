import { describe, expect, it } from 'vitest';
import { TermCounts } from '../../../src/stories/term-counts.js';

/**
 * Document frequencies in slots (src/stories/term-counts.ts): `add` of an array `frequencies` just looked up reuses
 * the slots it found, so the counts must come out as a plain map's whether or not the array was looked up first,
 * whether its terms were new then, and after other arrays made slots for some of them in between.
 */
describe('term counts', () => {
  it('counts a looked-up array as it counts one never looked up', () => {
    const counts = new TermCounts();
    const reference = new Map<string, number>();
    let state = 11;
    const next = (n: number) => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n;
    const count = (terms: readonly string[], by: 1 | -1) => {
      counts.add(terms, by);
      for (const t of terms) reference.set(t, (reference.get(t) ?? 0) + by);
    };
    for (let doc = 0; doc < 400; doc++) {
      const terms = [...new Set(Array.from({ length: 30 }, () => `t${next(6_000)}`))];
      const mode = doc % 3;
      if (mode === 0) {
        // Looked up, then another document makes slots for some of the same terms, then counted.
        const looked = counts.frequencies(terms);
        for (const [t, df] of looked) expect(df).toBe(reference.get(t));
        expect(looked.size).toBe(terms.filter((t) => (reference.get(t) ?? 0) > 0).length);
        count([...terms.slice(0, 5), `other${doc}`], 1);
        count(terms, 1);
      } else if (mode === 1) {
        counts.frequencies(terms);
        count(terms, 1);
      } else {
        count(terms, 1);
      }
    }
    // Taken back with the memo of its own lookup: a term it alone had reads as absent again.
    const last = ['t1', 'only-here'];
    counts.frequencies(last);
    count(last, 1);
    count(last, -1);
    for (const [t, df] of reference) expect(counts.get(t)).toBe(df === 0 ? undefined : df);
    expect(counts.get('only-here')).toBeUndefined();
    expect(counts.frequencies(['only-here', 't1']).has('only-here')).toBe(false);
  });
});
