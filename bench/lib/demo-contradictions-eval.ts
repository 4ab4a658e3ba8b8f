/**
 * Contradiction typing on the golden corpus: the demo's events (demo-events.ts, families from its copy chains)
 * through corroborate(), against demo/expected-claims.json, per kind: precision = expected found / found,
 * recall = expected found / expected. The demo is the set the contradiction rules were read on
 * (docs/corroboration.md): a check that they still hold, not a held-out score. The generated set
 * (contradiction-generator.ts) is the held-out one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corroborate } from '../../src/corroborate/corroborate.js';
import { demoEvents } from './demo-events.js';

interface ExpectedFinding {
  readonly event: string;
  readonly kind: string;
  readonly values: readonly [string, string];
}

export interface KindScores {
  readonly expected: number;
  readonly found: number;
  readonly correct: number;
}

export async function evaluateDemoContradictions(): Promise<Record<string, KindScores>> {
  const path = join(import.meta.dirname, '..', '..', 'demo', 'expected-claims.json');
  const expected = (JSON.parse(readFileSync(path, 'utf8')) as ExpectedFinding[]).filter((e) => e.kind !== 'update');
  const key = (event: string, kind: string, values: readonly string[]) => `${event}\u0000${kind}\u0000${[...values].sort().join('|')}`;
  const want = new Set(expected.map((e) => key(e.event, e.kind, e.values)));
  const out: Record<string, { expected: number; found: number; correct: number }> = {};
  const entry = (kind: string) => (out[kind] ??= { expected: 0, found: 0, correct: 0 });
  for (const e of expected) entry(e.kind).expected++;
  for (const [event, articles] of await demoEvents()) {
    for (const c of corroborate(articles).contradictions) {
      const k = entry(c.kind);
      k.found++;
      if (want.has(key(event, c.kind, c.sides.map((s) => s.value)))) k.correct++;
    }
  }
  return out;
}
