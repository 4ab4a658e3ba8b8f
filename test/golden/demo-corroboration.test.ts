import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoEvents } from '../../bench/lib/demo-events.js';
import { corroborate } from '../../src/corroborate/corroborate.js';
import type { Corroboration } from '../../src/model/corroboration.js';

/**
 * Corroboration of the demo corpus against demo/expected-claims.json: every contradiction and figure update the
 * golden set lists, and nothing else. Articles are read and extracted as ingest does, grouped by their event, with
 * families from expected.json's copy and sibling chains (bench/lib/demo-events.ts). A new finding, right or wrong,
 * fails this test: add it to the file with its why, or fix what found it.
 */
interface ExpectedFinding {
  readonly event: string;
  readonly kind: string;
  readonly values: readonly [string, string];
  readonly why: string;
}

const expected = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'demo', 'expected-claims.json'), 'utf8')) as ExpectedFinding[];
const results = new Map<string, Corroboration>();

beforeAll(async () => {
  for (const [event, articles] of await demoEvents()) results.set(event, corroborate(articles));
}, 60_000);

function contradictionsOf(event: string): string[] {
  return results.get(event)!.contradictions.map((c) => `${c.kind}: ${[...c.sides.map((s) => s.value)].sort().join(' | ')}`).sort();
}

function updatesOf(event: string): string[] {
  return results.get(event)!.updates.map((u) => `update: ${u.from.value} -> ${u.to.value}`).sort();
}

describe('demo corpus corroboration', () => {
  it('finds exactly the golden contradictions', () => {
    for (const event of results.keys()) {
      const want = expected.filter((e) => e.event === event && e.kind !== 'update').map((e) => `${e.kind}: ${[...e.values].sort().join(' | ')}`).sort();
      expect(contradictionsOf(event), event).toEqual(want);
    }
  });

  it('reads the golden revisions as updates, never as contradictions', () => {
    for (const event of results.keys()) {
      const want = expected.filter((e) => e.event === event && e.kind === 'update');
      expect(updatesOf(event), event).toEqual(want.map((e) => `update: ${e.values[0]} -> ${e.values[1]}`).sort());
      for (const update of want) expect(contradictionsOf(event), event).not.toContain(`number: ${[...update.values].sort().join(' | ')}`);
    }
  });

  it('quotes both sides of every contradiction, each side from other families than the other', () => {
    for (const [event, r] of results) {
      for (const c of r.contradictions) {
        const [a, b] = c.sides;
        expect(a.familyIds.filter((f) => b.familyIds.includes(f)), `${event} ${c.id}`).toEqual([]);
        expect(a.quotes.length).toBeGreaterThan(0);
        expect(b.quotes.length).toBeGreaterThan(0);
        expect(r.groups.some((g) => g.id === c.groupId && g.status === 'disputed'), c.id).toBe(true);
      }
    }
  });

  it('counts the summit wire and its copies as one source', () => {
    const summit = results.get('veloria-summit')!;
    const ships = summit.groups.find((g) => g.text.includes('each country will commit three patrol ships'))!;
    expect(ships.articleIds.length).toBeGreaterThan(ships.independentSources);
    expect(summit.groups[0]!.status).toBe('corroborated');
  });
});
