import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as IngestModule from '../../src/app/ingest.js';
import type * as StoreModule from '../../src/store/sqlite/open-sqlite-store.js';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { relinkPending } from '../../src/app/relink-pending.js';
import { storeArticle } from '../../src/app/store-article.js';
import { DeferredLinks } from '../../src/app/deferred-links.js';
import { runLinkJob } from '../../src/app/link-job.js';
import { prepareArticle } from '../../src/app/prepare-article.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { Store } from '../../src/ports/store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

/**
 * Copy edges worked out on a worker (src/app/deferred-links.ts) must be the edges linking in input order gives,
 * and a run that stops with articles waiting for their edges must end, run again, where an uninterrupted run ends.
 * The worker loads the built code, so the first test drives dist/ (built by `npm test` before the tests run).
 */

const dist = join(import.meta.dirname, '..', '..', 'dist');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const clock = fixedClock('2025-06-01T12:00:00.000Z');
const read = { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 22 };

/** Every edge and family of a store, as comparable values. */
async function graph(store: Store): Promise<{ edges: unknown[]; families: [string, string][] }> {
  const ids: string[] = [];
  for await (const a of store.iterateArticles()) ids.push(a.id);
  const edges = (await store.copyEdges(ids)).map((e) => ({ from: e.from, to: e.to, relation: e.relation, score: e.score }))
    .sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
  return { edges, families: [...(await store.familiesOf(ids))] };
}

/** Wire stories and their copies: each fourth record an edited copy of one of the three before it. */
function wireLines(count: number): string[] {
  const lines: string[] = [];
  const texts: string[] = [];
  const places = ['Port Avel', 'Kesh', 'Lisgar', 'Morvessa', 'Brannock', 'Caldria', 'Halden', 'Tarsany'];
  for (let i = 0; i < count; i++) {
    let text: string;
    if (i % 4 === 3) {
      const source = texts[i - 1 - (i % 3)]!;
      text = source.replace(/ferries/g, 'boats').replace(/ on Tuesday/, '').concat(` Officials in ${places[i % 8]} added that crews were ready.`);
    } else {
      const place = `${places[i % 8]} ${i}`;
      text = [
        `Officials in ${place} said on Tuesday that ferries would resume service after repairs to pier ${i}.`,
        `The harbour master of ${place} told reporters that ${i % 7 + 2} vessels had been inspected since March.`,
        `Passengers in ${place} waited for hours while engineers from company ${i * 13} checked the moorings.`,
        `A spokesperson for ${place} council said the repairs to berth ${i * 3} cost ${i * 1000 + 500} euros.`,
      ].join(' ');
    }
    texts.push(text);
    lines.push(JSON.stringify({ title: `Ferries ${i}`, text, url: `https://wire.example/${i}`, date: `2024-03-${String(1 + (i % 27)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z` }));
  }
  return lines;
}

describe('copy edges linked on a worker', () => {
  it('are the edges and families of the same deferred linking on the ingest thread, for the demo corpus and for many copies', async () => {
    expect(existsSync(join(dist, 'app', 'ingest.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
    const { ingest } = (await import(pathToFileURL(join(dist, 'app', 'ingest.js')).href)) as typeof IngestModule;
    const built = (await import(pathToFileURL(join(dist, 'store', 'sqlite', 'open-sqlite-store.js')).href)) as typeof StoreModule;
    writeFileSync(join(dir, 'wire.jsonl'), `${wireLines(400).join('\n')}\n`);
    const run = async (workers: number) => {
      const store = await built.openSqliteStore(join(dir, `links-w${workers}.db`));
      await ingest([demoCorpusDir(), join(dir, 'wire.jsonl')], read, { store, clock, workers, linkWorker: true });
      const result = { ...(await graph(store)), waiting: await store.pendingLinks() };
      await store.close();
      return result;
    };
    const inline = await run(0);
    const deferred = await run(1);
    expect(inline.edges.length).toBeGreaterThan(100);
    expect(deferred).toEqual(inline);
    expect(deferred.waiting).toEqual([]);
  }, 120_000);

  it('a stopped run leaves articles waiting, and the next run links them as an uninterrupted run would', async () => {
    const lines = wireLines(40).map((line) => JSON.parse(line) as { title: string; text: string; url: string; date: string });
    // A second copy of the story the first copy (record 4) took, stored last: relinking record 4 must not see it.
    lines.push({ ...lines[2]!, title: 'Ferries again', url: 'https://wire.example/late', text: `${lines[2]!.text} A later bulletin repeated it.` });
    const documents = lines.map((l, i) => ({ origin: { input: 'wire.jsonl', locator: `wire.jsonl#line=${i + 1}` }, hints: { title: l.title, url: l.url, published: l.date }, body: { kind: 'record' as const, text: l.text } }));
    const prepared = documents.map((d) => prepareArticle(d, clock.now().toISOString())).map((p) => {
      if (p.kind !== 'article') throw new Error('expected an article');
      return p;
    });
    // The uninterrupted run links on the side as well (each article's story placed by its words before its edges
    // exist), here on this thread: every result stored as soon as its job is sent.
    const uninterrupted = await openSqliteStore(join(dir, 'uninterrupted.db'));
    const onTheSide = new DeferredLinks(uninterrupted, async (job) => runLinkJob(job));
    for (const p of prepared) {
      const stored = await uninterrupted.atomically((tx) => storeArticle(tx, p, { deferLinks: true }));
      if (stored.pending) await onTheSide.add(stored.pending);
    }
    await onTheSide.finish();
    // The stopped run: every copy stored and marked as waiting, no edge stored.
    const stopped = await openSqliteStore(join(dir, 'stopped.db'));
    for (const p of prepared) await stopped.atomically((tx) => storeArticle(tx, p, { deferLinks: true }));
    const waiting = await stopped.pendingLinks();
    expect(waiting.length).toBeGreaterThanOrEqual(10);
    expect((await graph(stopped)).edges).toEqual([]);
    // The next run links them first, each against what was stored before it.
    expect(await relinkPending(stopped)).toBe(waiting.length);
    expect(await stopped.pendingLinks()).toEqual([]);
    const expected = await graph(uninterrupted);
    expect(expected.edges.length).toBeGreaterThanOrEqual(10);
    expect(await graph(stopped)).toEqual(expected);
    await uninterrupted.close();
    await stopped.close();
  });
});
