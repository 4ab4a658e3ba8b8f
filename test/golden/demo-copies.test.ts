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
 * not, and are found among the members of their story (src/app/story-candidates.ts). Whatever the relation an edge
 * is given, it must join two articles the golden set puts in one family: the independent sources counted later
 * depend on families, and a verbatim copy of a wire story is as much a relative of the wire's rewrites as the wire.
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

/** Article id -> a label shared by the articles the golden set relates, directly or through others. */
function goldenFamilies(): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const e of expected) {
    const other = e.copyOf ?? e.siblingOf;
    if (other) parent.set(find(e.locator), find(other));
  }
  return new Map(expected.map((e) => [idOf.get(e.locator)!, find(e.locator)]));
}

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

  it('invents no edge: every edge joins two articles of one golden family', () => {
    const family = goldenFamilies();
    for (const edge of edges) expect(family.get(edge.from), `${edge.from} -> ${edge.to}`).toBe(family.get(edge.to));
  });

  it('puts every heavy rewrite in its source\'s family and siblings in one family, as the golden set does', () => {
    const related = expected.filter((e) => e.relation === 'heavy-rewrite' || e.relation === 'sibling');
    expect(related.length).toBeGreaterThanOrEqual(6);
    for (const e of related) {
      const other = (e.copyOf ?? e.siblingOf)!;
      expect(families.get(idOf.get(e.locator)!), `${e.locator} with ${other}`).toBe(families.get(idOf.get(other)!));
    }
    // And the corpus has exactly as many families as the golden set: none split, none joined.
    expect(new Set(families.values()).size).toBe(new Set(goldenFamilies().values()).size);
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
