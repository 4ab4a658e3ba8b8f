import { describe, expect, it } from 'vitest';
import { PendingBands } from '../../src/store/sql/pending-bands.js';

/** The in-memory band rows of src/store/sql/pending-bands.ts, written to the table sorted by (band key, doc). */

const KEY_SPAN = 0x1_0000_0000;

describe('pending band rows', () => {
  it('sorts rows by band key, then doc, whatever order the docs arrived in', () => {
    const pending = new PendingBands();
    const held = new Map<number, number[]>();
    const hold = (doc: number, keys: number[]) => {
      pending.add(doc, `article-${doc}`, keys);
      held.set(doc, keys);
    };
    let state = 42;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    // Docs out of order, keys shared by several docs (copies share bands), a doc replaced and one removed.
    const shared = 7 * KEY_SPAN + 123_456;
    for (const doc of [9, 3, 700, 12, 5, 70_000, 4]) {
      hold(doc, Array.from({ length: 26 }, (_, band) => (band === 7 && doc % 2 === 1 ? shared : band * KEY_SPAN + next())));
    }
    hold(12, Array.from({ length: 26 }, (_, band) => band * KEY_SPAN + 65_536 + band));
    pending.remove(4);
    held.delete(4);
    const rows = [...held].flatMap(([doc, keys]) => keys.map((key) => [key, doc] as const)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const sorted = pending.sortedRows();
    expect(Array.from(sorted.keys)).toEqual(rows.map((r) => r[0]));
    expect(Array.from(sorted.docs)).toEqual(rows.map((r) => r[1]));
    expect(rows.filter((r) => r[0] === shared).map((r) => r[1])).toEqual([3, 5, 9]);
  });
});
