import { describe, expect, it } from 'vitest';
import { fmix32, hashString, hashWords, splitmix32 } from '../../../src/text/seeded-hash.js';

describe('seeded hashing', () => {
  it('finishes with MurmurHash3 fmix32 (reference values from smhasher)', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
    expect(fmix32(0xffffffff)).toBe(0x81f16f39);
  });

  it('hashes strings by seed, and spreads short strings over the whole 32 bits', () => {
    expect(hashString('storm', 1)).toBe(hashString('storm', 1));
    expect(hashString('storm', 1)).not.toBe(hashString('storm', 2));
    expect(hashString('storm')).not.toBe(hashString('storms'));
    const high = Array.from({ length: 1000 }, (_, i) => hashString(`w${i}`) >>> 31);
    const ones = high.reduce((a, b) => a + b, 0);
    expect(ones).toBeGreaterThan(440);
    expect(ones).toBeLessThan(560);
  });

  it('hashes runs of words in order', () => {
    const words = [1, 2, 3, 4];
    expect(hashWords(words, 0, 4)).toBe(hashWords([1, 2, 3, 4], 0, 4));
    expect(hashWords(words, 0, 4)).not.toBe(hashWords([4, 3, 2, 1], 0, 4));
    expect(hashWords(words, 1, 3)).toBe(hashWords([2, 3], 0, 2));
    expect(hashWords(words, 0, 4, 9)).not.toBe(hashWords(words, 0, 4, 10));
  });

  it('draws a reproducible stream from a seed', () => {
    const a = splitmix32(42);
    const b = splitmix32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(splitmix32(43)()).not.toBe(first[0]);
  });
});
