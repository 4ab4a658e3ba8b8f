import { describe, expect, it } from 'vitest';
import { AlignedFrequencies } from '../../../src/stories/aligned-frequencies.js';
import { countingArticle, termIds } from '../../../src/stories/article-vectors.js';

/**
 * Frequencies held as an array beside the article's terms (src/stories/aligned-frequencies.ts) must read exactly as
 * the map they replace: the same answers, size and order, zero counts absent; and counting the article or reading
 * its ids through them must give what the map-building path gives.
 */
function randomLookup(seed: number): { terms: string[]; counts: Int32Array; reference: Map<string, number> } {
  let state = seed;
  const next = (n: number) => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n;
  const terms = [...new Set(Array.from({ length: 60 }, () => `t${next(200)}`))];
  const counts = Int32Array.from(terms, () => (next(3) === 0 ? 0 : 1 + next(50)));
  const reference = new Map<string, number>();
  terms.forEach((term, i) => {
    if (counts[i] !== 0) reference.set(term, counts[i]!);
  });
  return { terms, counts, reference };
}

describe('aligned frequencies', () => {
  it('read as the map of the same terms', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { terms, counts, reference } = randomLookup(seed);
      const aligned = new AlignedFrequencies(terms, AlignedFrequencies.positionsOf(terms), counts);
      expect(aligned.size).toBe(reference.size);
      expect([...aligned]).toEqual([...reference]);
      expect([...aligned.keys()]).toEqual([...reference.keys()]);
      expect([...aligned.values()]).toEqual([...reference.values()]);
      for (const term of [...terms, 'never-seen']) {
        expect(aligned.get(term)).toBe(reference.get(term));
        expect(aligned.has(term)).toBe(reference.has(term));
      }
      const visited: [string, number][] = [];
      aligned.forEach((count, term) => visited.push([term, count]));
      expect(visited).toEqual([...reference]);
    }
  });

  it('count the article and give its ids as the map path does', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { terms, counts, reference } = randomLookup(seed);
      const slots = Int32Array.from(terms, (_, i) => 1000 + 7 * i);
      const aligned = { documents: 500, frequencies: new AlignedFrequencies(terms, AlignedFrequencies.positionsOf(terms), counts), slots };
      const mapped = { documents: 500, frequencies: reference, slots };
      const fast = countingArticle(aligned, terms);
      const slow = countingArticle(mapped, terms);
      expect(fast.frequencies).toBeInstanceOf(AlignedFrequencies);
      expect(slow.frequencies).toBeInstanceOf(Map);
      expect(fast.documents).toBe(slow.documents);
      expect([...fast.frequencies]).toEqual([...slow.frequencies]);
      for (const term of [...terms, 'never-seen']) expect(fast.frequencies.get(term)).toBe(slow.frequencies.get(term));
      const fastIds = termIds(terms, fast)!;
      const slowIds = termIds(terms, slow)!;
      for (const term of [...terms, 'never-seen']) expect(fastIds.get(term)).toBe(slowIds.get(term));
    }
  });

  it('are not taken for the lookup of another array of terms', () => {
    const { terms, counts } = randomLookup(7);
    const aligned = { documents: 10, frequencies: new AlignedFrequencies(terms, AlignedFrequencies.positionsOf(terms), counts) };
    const other = [...terms, 'extra'];
    const counted = countingArticle(aligned, other);
    expect(counted.frequencies).toBeInstanceOf(Map);
    expect(counted.frequencies.get('extra')).toBe(1);
  });
});
