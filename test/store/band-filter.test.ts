import { describe, expect, it } from 'vitest';
import { BandFilter } from '../../src/store/sql/band-filter.js';

/** The Bloom filter in front of the LSH band table (src/store/sql/band-filter.ts). */

const KEY_SPAN = 0x1_0000_0000;

/** Tagged band keys as lsh-keys.ts makes them: band * 2^32 + a 32-bit hash, here from a seeded generator. */
function keys(count: number, seed: number): number[] {
  let state = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out.push((i % 26) * KEY_SPAN + state);
  }
  return out;
}

describe('band filter', () => {
  it('never answers "absent" for a key it holds, across layers', () => {
    const filter = new BandFilter([], 1_000);
    const held = keys(20_000, 1);
    filter.add(held);
    // Capacities 1k, 1k, 2k, 4k, 8k, 16k: each new layer as large as all before it.
    expect(filter.layers.map((l) => l.capacity)).toEqual([1_000, 1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(held.every((key) => filter.mayContain(key))).toBe(true);
  });

  it('answers "maybe" for under 1% of absent keys at capacity', () => {
    const filter = new BandFilter([], 200_000);
    filter.add(keys(200_000, 2));
    const absent = keys(100_000, 3);
    const maybe = absent.filter((key) => filter.mayContain(key)).length / absent.length;
    expect(maybe).toBeLessThan(0.01);
    expect(filter.layers).toHaveLength(1);
  });

  it('tells the same hash in different bands apart', () => {
    const filter = new BandFilter([], 1_000);
    filter.add(Array.from({ length: 500 }, (_, i) => 3 * KEY_SPAN + i * 7919));
    const otherBand = Array.from({ length: 500 }, (_, i) => 4 * KEY_SPAN + i * 7919);
    expect(otherBand.filter((key) => filter.mayContain(key)).length).toBeLessThan(25);
  });

  it('reports the layers an addition changed', () => {
    const filter = new BandFilter([], 10);
    expect([...filter.add(keys(10, 4))]).toEqual([0]);
    expect([...filter.add(keys(15, 5))].sort()).toEqual([1, 2]);
  });
});
