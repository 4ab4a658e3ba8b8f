import { describe, expect, it } from 'vitest';
import { lcsLength, longestCommonRun } from '../../../src/reuse/align-lcs.js';

/** The textbook dynamic programmes, cell by cell: the reference the fast versions must equal exactly. */
function lcsReference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const rows = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) rows[i]![j] = a[i - 1] === b[j - 1] ? rows[i - 1]![j - 1]! + 1 : Math.max(rows[i - 1]![j]!, rows[i]![j - 1]!);
  }
  return rows[a.length]![b.length]!;
}

function runReference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let run = 0;
      while (i + run < a.length && j + run < b.length && a[i + run] === b[j + run]) run++;
      best = Math.max(best, run);
    }
  }
  return best;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('longest common subsequence and run', () => {
  it('gives the textbook answers on small cases', () => {
    expect(lcsLength([1, 2, 3, 4, 5], [2, 4, 5, 9])).toBe(3);
    expect(lcsLength('ABCBDAB', 'BDCABA')).toBe(4);
    expect(lcsLength([], [1])).toBe(0);
    expect(longestCommonRun([1, 2, 3, 4, 5], [9, 2, 3, 4, 8])).toBe(3);
    expect(longestCommonRun([1, 1, 1], [1, 1])).toBe(2);
    expect(longestCommonRun([1], [2])).toBe(0);
  });

  it('equals the cell-by-cell programmes on random sequences across word boundaries (31-33, 64-65, 400 tokens)', () => {
    const next = random(42);
    const lengths = [1, 2, 31, 32, 33, 63, 64, 65, 97, 400];
    for (const la of lengths) {
      for (const lb of lengths) {
        for (const alphabet of [2, 5, 60]) {
          const a = Int32Array.from({ length: la }, () => Math.floor(next() * alphabet));
          const b = Int32Array.from({ length: lb }, () => Math.floor(next() * alphabet));
          expect(lcsLength(a, b), `lcs ${la}x${lb} over ${alphabet}`).toBe(lcsReference(a, b));
          expect(longestCommonRun(a, b), `run ${la}x${lb} over ${alphabet}`).toBe(runReference(a, b));
        }
      }
    }
  });

  it('equals them on edited copies, where long runs and long subsequences exist', () => {
    const next = random(7);
    for (let k = 0; k < 40; k++) {
      const a = Int32Array.from({ length: 50 + Math.floor(next() * 300) }, () => Math.floor(next() * 200));
      const b = Array.from(a).flatMap((t) => (next() < 0.05 ? [] : next() < 0.05 ? [t, 999] : [t]));
      expect(lcsLength(a, b)).toBe(lcsReference(a, b));
      expect(longestCommonRun(a, b)).toBe(runReference(a, b));
    }
  });
});
