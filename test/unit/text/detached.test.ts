import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detached } from '../../../src/text/detached.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap growth, in bytes, from keeping `keep(cut)` of each of 20 texts of 1 MB once the texts are dropped. */
function retained(keep: (cut: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let k = 0; k < 20; k++) {
    const text = `Galtre Treneost of the Nehel Authority said ${k}. `.repeat(20_000);
    kept.push(keep(text.slice(7, 40)));
  }
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  expect(kept.every((cut) => cut === 'Treneost of the Nehel Authority s')).toBe(true);
  return grown;
}

describe('detached', () => {
  it('keeps the characters and not the text they were cut from', () => {
    // The control shows what the measurement sees: a plain cut keeps its 1 MB text alive.
    expect(retained((cut) => cut)).toBeGreaterThan(10_000_000);
    expect(retained(detached)).toBeLessThan(1_000_000);
  });

  it('returns equal strings, short ones as they are', () => {
    for (const text of ['', 'a', 'twelve chars', 'thirteen char', 'a much longer string than that']) expect(detached(text)).toBe(text);
  });
});
