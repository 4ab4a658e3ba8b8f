import { describe, expect, it } from 'vitest';
import { assertComparable, createMinHasher, DEFAULT_SIGNATURE_SIZE, estimateJaccard, isEmptySignature, minhash } from '../../../src/reuse/minhash.js';
import { shingleHashes } from '../../../src/text/shingles.js';

function exactJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const sa = new Set(Array.from(a));
  const sb = new Set(Array.from(b));
  let both = 0;
  for (const x of sa) if (sb.has(x)) both++;
  return both / (sa.size + sb.size - both);
}

const BASE = `The coast guard said on Tuesday that two fishing boats had been damaged in the storm off Port Avel, and that
the crews of both had been brought ashore without injury. The harbour master ordered the port closed until Thursday,
when divers will inspect the breakwater. Fishermen's unions warned that a week without landings would cost the town's
cooperative more than 40,000 euros, and asked the regional council for emergency help. The council's spokesperson
said a decision would be taken at Friday's session, after the damage had been assessed by engineers from the ministry.`;

/** The same story with a sentence rewritten and one added: an edited copy. */
const EDITED = BASE.replace('warned that a week without landings would cost', 'said a week with no landings could cost')
  + ' Ferry services to the islands were not affected, the operator said.';

const UNRELATED = `Voters in Brennmark elected a new mayor on Sunday after a campaign dominated by housing costs and the future
of the old tram depot. Turnout was 61 percent, the electoral office said, up from 54 percent four years ago. The winner,
a former schoolteacher, promised to publish the city's rental contracts and to hold monthly open meetings.`;

describe('MinHash signatures', () => {
  const hasher = createMinHasher({ seed: 7 });

  it('estimates Jaccard similarity within three standard errors on hand-made texts', () => {
    for (const [a, b] of [[BASE, EDITED], [BASE, UNRELATED], [EDITED, UNRELATED], [BASE, BASE]] as const) {
      const sa = shingleHashes(a);
      const sb = shingleHashes(b);
      const exact = exactJaccard(sa, sb);
      const standardError = Math.sqrt((exact * (1 - exact)) / DEFAULT_SIGNATURE_SIZE);
      const estimate = estimateJaccard(hasher.sign(sa), hasher.sign(sb));
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(3 * standardError + 1 / DEFAULT_SIGNATURE_SIZE);
    }
    expect(estimateJaccard(hasher.sign(shingleHashes(BASE)), hasher.sign(shingleHashes(BASE)))).toBe(1);
  });

  it('is unbiased over many seeds, for large sets and for sets smaller than the signature', () => {
    // Two sets with a known Jaccard similarity: |A n B| = 300, |A u B| = 600 -> 0.5 (and 30 / 60 for small sets).
    for (const [shared, own] of [[300, 150], [30, 15]] as const) {
      const a = Uint32Array.from({ length: shared + own }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);
      const b = Uint32Array.from({ length: shared + own }, (_, i) => Math.imul(i < shared ? i + 1 : i + 100_000, 0x9e3779b1) >>> 0);
      expect(exactJaccard(a, b)).toBe(0.5);
      let sum = 0;
      const seeds = 200;
      for (let seed = 0; seed < seeds; seed++) {
        const h = createMinHasher({ seed });
        sum += estimateJaccard(h.sign(a), h.sign(b));
      }
      // The mean of 200 estimates has a standard error of 0.044 / sqrt(200) = 0.003.
      expect(Math.abs(sum / seeds - 0.5)).toBeLessThan(0.012);
    }
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    const shingles = shingleHashes(BASE);
    const a = createMinHasher({ seed: 11 }).sign(shingles);
    const b = createMinHasher({ seed: 11 }).sign(shingles);
    const c = createMinHasher({ seed: 12 }).sign(shingles);
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.values)).not.toEqual(Array.from(c.values));
    expect(a).toMatchObject({ seed: 11, size: 128 });
    expect(minhash(shingles, { seed: 11 }).values).toEqual(a.values);
    // Order and repeats of elements do not matter: a signature describes a set.
    const shuffled = Uint32Array.from([...shingles].reverse().concat([...shingles].slice(0, 10)));
    expect(hasher.sign(shuffled).values).toEqual(hasher.sign(shingles).values);
  });

  it('refuses to compare signatures of different seeds or sizes', () => {
    const shingles = shingleHashes(BASE);
    const small = createMinHasher({ seed: 7, size: 64 }).sign(shingles);
    const otherSeed = createMinHasher({ seed: 8 }).sign(shingles);
    const mine = hasher.sign(shingles);
    expect(() => estimateJaccard(mine, small)).toThrow(expect.objectContaining({ code: 'CC_SIGNATURE_MISMATCH' }));
    expect(() => estimateJaccard(mine, otherSeed)).toThrow(expect.objectContaining({ code: 'CC_SIGNATURE_MISMATCH' }));
    expect(() => assertComparable(mine, { ...mine, values: mine.values.subarray(0, 10) })).toThrow(expect.objectContaining({ code: 'CC_SIGNATURE_MISMATCH' }));
    expect(() => createMinHasher({ seed: 1, size: 0 })).toThrow(expect.objectContaining({ code: 'CC_LSH_OPTIONS' }));
  });

  it('gives an empty set the all-ones signature', () => {
    const empty = hasher.sign(new Uint32Array(0));
    expect(isEmptySignature(empty)).toBe(true);
    expect(isEmptySignature(hasher.sign(shingleHashes('one word')))).toBe(false);
    expect(estimateJaccard(empty, hasher.sign(shingleHashes(BASE)))).toBe(0);
  });

  it('fills every position of a short text (densification) and keeps them comparable', () => {
    const short = hasher.sign(shingleHashes('Port closed until Thursday'));
    expect(short.values.every((v) => v !== 0xffffffff)).toBe(true);
    expect(estimateJaccard(short, hasher.sign(shingleHashes('port closed until thursday!')))).toBe(1);
  });
});
