import { describe, expect, it } from 'vitest';
import {
  candidateProbability, DEFAULT_FALSE_NEGATIVE_WEIGHT, DEFAULT_FALSE_POSITIVE_WEIGHT, DEFAULT_LSH_THRESHOLD,
  deriveLshParams, falseNegativeArea, falsePositiveArea,
} from '../../../src/reuse/lsh-params.js';

/**
 * Expected values come from datasketch's own `_optimal_param` (datasketch/lsh.py), run with scipy 1.17's `quad`
 * exactly as datasketch runs it. Three of them are also printed in published documentation: datasketch's
 * MinHashLSH docstring gives (5, 25) for threshold 0.9 and 128 permutations, and text-dedup's `optimal_param`
 * docstring gives (21, 12) for 0.75 / 256 and (28, 9) for 0.75 / 256 with weights 0.1 / 0.9.
 */
const DATASKETCH: readonly [threshold: number, size: number, fp: number, fn: number, bands: number, rows: number][] = [
  [0.9, 128, 0.5, 0.5, 5, 25],
  [0.75, 256, 0.5, 0.5, 21, 12],
  [0.75, 256, 0.1, 0.9, 28, 9],
  [0.5, 128, 0.5, 0.5, 25, 5],
  [0.8, 128, 0.5, 0.5, 9, 13],
  [0.7, 128, 0.5, 0.5, 14, 9],
  [0.6, 128, 0.5, 0.5, 18, 7],
  [0.5, 128, 0.3, 0.7, 25, 5],
  [0.5, 128, 0.2, 0.8, 30, 4],
  [0.6, 128, 0.3, 0.7, 21, 6],
  [0.7, 128, 0.3, 0.7, 16, 8],
  [0.8, 128, 0.3, 0.7, 11, 11],
  [0.5, 64, 0.5, 0.5, 14, 4],
  [0.5, 256, 0.5, 0.5, 42, 6],
  [0.3, 128, 0.5, 0.5, 37, 3],
  [0.4, 128, 0.3, 0.7, 32, 4],
  [0.5, 128, 0.1, 0.9, 32, 4],
  [0.5, 128, 0.25, 0.75, 26, 4],
  [0.5, 128, 0.28, 0.72, 24, 4],
];

describe('deriveLshParams', () => {
  it.each(DATASKETCH)('threshold %s, size %s, weights %s/%s -> %s bands x %s rows, as datasketch', (threshold, size, fp, fn, bands, rows) => {
    const params = deriveLshParams({ threshold, size, falsePositiveWeight: fp, falseNegativeWeight: fn });
    expect([params.bands, params.rows]).toEqual([bands, rows]);
    expect(params.bands * params.rows).toBeLessThanOrEqual(size);
  });

  it('derives 26 x 4 from the copy-candidate defaults', () => {
    expect(DEFAULT_FALSE_POSITIVE_WEIGHT + DEFAULT_FALSE_NEGATIVE_WEIGHT).toBe(1);
    expect(deriveLshParams({ threshold: DEFAULT_LSH_THRESHOLD, size: 128 })).toMatchObject({ bands: 26, rows: 4 });
    // One weight given: the other is its complement.
    expect(deriveLshParams({ threshold: 0.5, size: 128, falseNegativeWeight: 0.8 })).toMatchObject({ bands: 30, rows: 4 });
  });

  it('moves the S-curve: more weight on false negatives gives more, shorter bands', () => {
    const balanced = deriveLshParams({ threshold: 0.75, size: 256, falsePositiveWeight: 0.5 });
    const recall = deriveLshParams({ threshold: 0.75, size: 256, falsePositiveWeight: 0.1 });
    expect(recall.bands).toBeGreaterThan(balanced.bands);
    expect(recall.falseNegativeArea).toBeLessThan(balanced.falseNegativeArea);
  });

  it('refuses options out of range with CC_LSH_OPTIONS', () => {
    for (const bad of [
      { threshold: 1.5, size: 128 }, { threshold: Number.NaN, size: 128 }, { threshold: 0.5, size: 1 },
      { threshold: 0.5, size: 12.5 }, { threshold: 0.5, size: 128, falsePositiveWeight: 0.6, falseNegativeWeight: 0.6 },
      { threshold: 0.5, size: 128, falsePositiveWeight: -0.1 },
    ]) {
      expect(() => deriveLshParams(bad)).toThrow(expect.objectContaining({ code: 'CC_LSH_OPTIONS' }));
    }
    // 0.1 + 0.2 is not exactly 0.3 in binary: rounding is forgiven.
    expect(() => deriveLshParams({ threshold: 0.5, size: 128, falsePositiveWeight: 0.1 + 0.2, falseNegativeWeight: 0.7 })).not.toThrow();
  });
});

describe('the S-curve areas', () => {
  // scipy.integrate.quad with epsabs = epsrel = 1e-14.
  const SCIPY: readonly [threshold: number, bands: number, rows: number, fp: number, fn: number][] = [
    [0.5, 25, 5, 0.053721591197239044, 0.03375250944883253],
    [0.9, 5, 25, 0.01155831235427767, 0.025318546609254904],
    [0.75, 21, 12, 0.03282784476062227, 0.024795827467359876],
    [0.3, 37, 3, 0.05799978777299303, 0.024390238734771395],
    [0.5, 1, 1, 0.125, 0.125],
    [0.75, 28, 9, 0.10057318404923767, 0.0030848059794053094],
  ];

  it.each(SCIPY)('threshold %s, %s x %s agrees with scipy quad', (threshold, bands, rows, fp, fn) => {
    expect(Math.abs(falsePositiveArea(threshold, bands, rows) - fp)).toBeLessThan(1e-12);
    expect(Math.abs(falseNegativeArea(threshold, bands, rows) - fn)).toBeLessThan(1e-12);
  });

  it('gives the candidate probability 1 - (1 - s^r)^b', () => {
    expect(candidateProbability(0.5, 25, 5)).toBeCloseTo(1 - (1 - 1 / 32) ** 25, 12);
    expect(candidateProbability(0, 25, 5)).toBe(0);
    expect(candidateProbability(1, 25, 5)).toBe(1);
  });
});
