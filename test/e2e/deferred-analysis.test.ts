import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as AnalyzeModule from '../../src/app/analyze-pending.js';
import type * as PoolModule from '../../src/app/extraction-pool.js';
import type * as StoreModule from '../../src/store/sqlite/open-sqlite-store.js';
import { analyzePending } from '../../src/app/analyze-pending.js';
import { ingest } from '../../src/app/ingest.js';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { Store } from '../../src/ports/store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { cli } from './cli-harness.js';

/**
 * `ingest --defer-analysis` stores articles without their signatures, copy edges and stories, and
 * src/app/analyze-pending.ts analyses them later in the order they were stored: the store must then be the one an
 * ingest that analysed each article on arrival leaves, however the analysis is run (here, on workers, stopped and
 * resumed, or by the next ingest).
 */

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-deferred-analysis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const clock = fixedClock('2025-06-01T12:00:00.000Z');
const read = { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 22 };
const wire = join(dir, 'wire.jsonl');
const wireLate = join(dir, 'wire-late.jsonl');

/** Wire stories and their copies: each third record an edited copy of the record before it. */
function wireLines(from: number, count: number): string[] {
  const lines: string[] = [];
  const places = ['Port Avel', 'Kesh', 'Lisgar', 'Morvessa', 'Brannock', 'Caldria'];
  for (let i = from; i < from + count; i++) {
    const n = i % 3 === 2 ? i - 1 : i;
    const place = `${places[n % 6]} ${n}`;
    let text = [
      `Officials in ${place} said on Tuesday that ferries would resume service after repairs to pier ${n}.`,
      `The harbour master of ${place} told reporters that ${n % 7 + 2} vessels had been inspected since March.`,
      `Passengers in ${place} waited for hours while engineers from company ${n * 13} checked the moorings.`,
      `A spokesperson for ${place} council said the repairs to berth ${n * 3} cost ${n * 1000 + 500} euros.`,
    ].join(' ');
    if (i !== n) text = text.replace(/ferries/g, 'boats').concat(' Crews were said to be ready.');
    lines.push(JSON.stringify({ title: `Ferries ${i}`, text, url: `https://wire.example/${i}`, date: `2024-03-${String(1 + (i % 27)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z` }));
  }
  return lines;
}

/** Everything analysis decides, as comparable values: edges, families, stories with their members and titles. */
async function analysed(store: Store): Promise<{ edges: unknown[]; families: [string, string][]; stories: unknown[] }> {
  const ids: string[] = [];
  for await (const a of store.iterateArticles()) ids.push(a.id);
  const edges = (await store.copyEdges(ids)).map((e) => ({ from: e.from, to: e.to, relation: e.relation, score: e.score }))
    .sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
  const stories: unknown[] = [];
  for await (const s of store.iterateStories()) stories.push({ id: s.story.id, title: s.story.title, articleIds: [...s.articleIds].sort() });
  return { edges, families: [...(await store.familiesOf(ids))].sort(), stories };
}

async function withFresh<T>(name: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(join(dir, `${name}.db`));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

let expected: Awaited<ReturnType<typeof analysed>>;
const inputs = () => [demoCorpusDir(), wire, wireLate];

beforeAll(async () => {
  writeFileSync(wire, `${wireLines(0, 90).join('\n')}\n`);
  writeFileSync(wireLate, `${wireLines(90, 30).join('\n')}\n`);
  expected = await withFresh('inline', async (store) => {
    const report = await ingest(inputs(), read, { store, clock });
    expect(report.awaitingAnalysis).toBe(0);
    return analysed(store);
  });
  expect(expected.edges.length).toBeGreaterThan(40);
  expect(expected.stories.length).toBeGreaterThan(4);
}, 120_000);

describe('ingest --defer-analysis, then analysis', () => {
  it('stores and indexes every article at once, with no edge or story until analysis, which gives the inline result', async () => {
    await withFresh('deferred', async (store) => {
      const report = await ingest(inputs(), read, { store, clock, deferAnalysis: true });
      const count = await store.countArticles();
      expect(report.ingested).toBe(count);
      expect(report.awaitingAnalysis).toBe(count);
      expect(await store.countPendingAnalysis()).toBe(count);
      expect(await store.countStories()).toBe(0);
      const before = await analysed(store);
      expect(before.edges).toEqual([]);
      expect((await store.search('ferries harbour')).length).toBeGreaterThan(0);

      const progress: number[] = [];
      expect(await analyzePending(store, { onProgress: ({ done }) => progress.push(done) })).toBe(count);
      expect(progress.at(-1)).toBe(count);
      expect(await store.countPendingAnalysis()).toBe(0);
      expect(await analysed(store)).toEqual(expected);
      // Nothing left to do: a second analysis, or re-ingesting the same inputs, changes nothing.
      expect(await analyzePending(store)).toBe(0);
      const again = await ingest(inputs(), read, { store, clock, deferAnalysis: true });
      expect(again.ingested + again.updated).toBe(0);
      expect(again.awaitingAnalysis).toBe(0);
      expect(await analysed(store)).toEqual(expected);
    });
  }, 120_000);

  it('stopped part-way, ends where an uninterrupted analysis ends when run again', async () => {
    await withFresh('stopped', async (store) => {
      await ingest(inputs(), read, { store, clock, deferAnalysis: true });
      const total = await store.countPendingAnalysis();
      // A store whose units of work start failing after 60: the analysis stops with an error, as a crash would.
      let units = 0;
      const failing: Store = { ...store, atomically: (work) => (++units > 60 ? Promise.reject(new Error('disk full')) : store.atomically(work)) };
      await expect(analyzePending(failing)).rejects.toThrow('disk full');
      const left = await store.countPendingAnalysis();
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThan(total);
      expect(await analyzePending(store)).toBe(left);
      expect(await analysed(store)).toEqual(expected);
    });
  }, 120_000);

  it('is done first by the next ingest that analyses, so articles stored after the queue come after it', async () => {
    await withFresh('mixed', async (store) => {
      await ingest([demoCorpusDir(), wire], read, { store, clock, deferAnalysis: true });
      const report = await ingest([wireLate], read, { store, clock });
      expect(report.awaitingAnalysis).toBe(0);
      expect(await analysed(store)).toEqual(expected);
    });
  }, 120_000);

  it('gives the same result with its text work on worker threads (built code)', async () => {
    const dist = join(import.meta.dirname, '..', '..', 'dist');
    expect(existsSync(join(dist, 'app', 'analyze-pending.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
    const built = (await import(pathToFileURL(join(dist, 'store', 'sqlite', 'open-sqlite-store.js')).href)) as typeof StoreModule;
    const { analyzePending: analyzeBuilt } = (await import(pathToFileURL(join(dist, 'app', 'analyze-pending.js')).href)) as typeof AnalyzeModule;
    const { ExtractionPool } = (await import(pathToFileURL(join(dist, 'app', 'extraction-pool.js')).href)) as typeof PoolModule;
    const store = await built.openSqliteStore(join(dir, 'workers.db'));
    // A pool already loaded, so every analysis is computed on its worker (a run's own pool joins once it loads).
    const pool = new ExtractionPool(1);
    try {
      await pool.whenReady();
      await ingest(inputs(), read, { store, clock, deferAnalysis: true });
      expect(await analyzeBuilt(store, { pool })).toBe(await store.countArticles());
      expect(await analysed(store)).toEqual(expected);
    } finally {
      await pool.close();
      await store.close();
    }
  }, 120_000);
});

describe('crosscheck ingest --defer-analysis and crosscheck analyze', () => {
  it('report what waits, warn readers of stories, and analyse it', async () => {
    const db = join(dir, 'cli.db');
    const run = (argv: string[]) => cli([...argv, '--db', db], { cwd: dir });
    const stored = await run(['ingest', demoCorpusDir(), '--defer-analysis', '--json']);
    expect(stored.code).toBe(0);
    const report = stored.json<{ ingested: number; awaitingAnalysis: number }>();
    expect(report.awaitingAnalysis).toBe(report.ingested);
    expect((await run(['ingest', demoCorpusDir(), '--defer-analysis'])).stdout).toContain(`${report.ingested} articles wait for analysis`);
    const early = await run(['stories', '--json']);
    expect(early.json()).toEqual([]);
    expect(early.stderr).toContain(`${report.ingested} stored articles are not analysed yet`);
    expect((await run(['articles', '--json'])).json<unknown[]>()).toHaveLength(report.ingested);

    const analysedRun = await run(['analyze', '--json', '--workers', '0']);
    expect(analysedRun.code).toBe(0);
    const result = analysedRun.json<{ analyzed: number; stories: number }>();
    expect(result.analyzed).toBe(report.ingested);
    expect(result.stories).toBeGreaterThanOrEqual(4);
    const late = await run(['stories', '--json']);
    expect(late.json<unknown[]>()).toHaveLength(result.stories);
    expect(late.stderr).toBe('');
    expect((await run(['analyze'])).stdout).toBe(`analysed 0 articles; ${result.stories} stories\n`);
  }, 120_000);
});
