import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/app/ingest.js';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import type { CopyEdge } from '../../src/model/copy-edge.js';
import { fixedClock } from '../../src/ports/clock.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { tempDir } from '../e2e/cli-harness.js';

/**
 * The copy graph of the demo corpus against demo/expected.json (`copyOf`, `siblingOf`, `relation`). Copies and
 * light edits share enough word triples for the LSH index to find them at ingest; heavy rewrites and siblings do
 * not, and are linked once stories supply their candidates (issue 4): for those, this test asserts only that no
 * wrong edge is invented.
 */
interface Expected {
  locator: string;
  copyOf: string | null;
  siblingOf: string | null;
  relation: string;
}

const corpus = demoCorpusDir();
const expected = JSON.parse(readFileSync(join(corpus, '..', 'expected.json'), 'utf8')) as Expected[];
const dir = tempDir('crosscheck-golden-copies-');
const idOf = new Map<string, string>();
let edges: CopyEdge[] = [];
let families = new Map<string, string>();

beforeAll(async () => {
  const store = await openSqliteStore(join(dir, 'demo.db'));
  await ingest([corpus], { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 24 }, { store, clock: fixedClock('2025-06-01T00:00:00.000Z') });
  for await (const article of store.iterateArticles()) idOf.set(relative(corpus, article.origin.locator), article.id);
  edges = await store.copyEdges([...idOf.values()]);
  families = await store.familiesOf([...idOf.values()]);
  await store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pairKey = (a: string, b: string) => [a, b].sort().join(' ');

describe('demo corpus copy graph', () => {
  it('links every verbatim copy and light edit to its source, source first', () => {
    const copies = expected.filter((e) => e.copyOf && (e.relation === 'copy' || e.relation === 'light-edit'));
    expect(copies.length).toBeGreaterThanOrEqual(8);
    for (const copy of copies) {
      const edge = edges.find((e) => e.to === idOf.get(copy.locator));
      expect(edge, copy.locator).toBeDefined();
      expect(edge!.from, `${copy.locator} derives from ${copy.copyOf}`).toBe(idOf.get(copy.copyOf!));
      expect(['copy', 'light-edit']).toContain(edge!.relation);
      expect(edge!.evidence.length, copy.locator).toBeGreaterThan(0);
    }
  });

  it('invents no edge: every edge joins a pair the golden set relates', () => {
    const related = new Set(expected.filter((e) => e.copyOf || e.siblingOf).map((e) => pairKey(idOf.get(e.locator)!, idOf.get((e.copyOf ?? e.siblingOf)!)!)));
    for (const edge of edges) expect(related.has(pairKey(edge.from, edge.to)), `${edge.from} -> ${edge.to}`).toBe(true);
  });

  it('puts a wire story and its copies in one family, apart from independent reports', () => {
    const wire = idOf.get('wire.jsonl#line=1')!;
    const copiesOfWire = expected.filter((e) => e.copyOf === 'wire.jsonl#line=1' && e.relation !== 'heavy-rewrite').map((e) => idOf.get(e.locator)!);
    expect(copiesOfWire.length).toBeGreaterThanOrEqual(3);
    for (const id of copiesOfWire) expect(families.get(id)).toBe(families.get(wire));
    const independent = expected.filter((e) => !e.copyOf && !e.siblingOf && !expected.some((o) => o.copyOf === e.locator || o.siblingOf === e.locator));
    for (const e of independent) expect(families.get(idOf.get(e.locator)!), e.locator).toBe(idOf.get(e.locator));
  });
});
