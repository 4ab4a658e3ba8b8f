/**
 * Ingest throughput: plain-text articles/s and HTML pages/s, and peak memory, with 10k and 100k articles already
 * stored, so we see whether per-article cost stays flat as the corpus grows.
 *
 * For each store size N: fill a fresh SQLite store with N generated articles from one JSON Lines file (the fill
 * rate is the bulk plain-text figure, its last 10k articles the cost at that size), then time 10,000 more as .txt files and 2,000 HTML pages on top of it.
 * It runs the built code (dist/, `npm run build` first) with the CLI's default extraction workers, as users run it:
 * worker threads cannot load the TypeScript sources. `--workers <n>` overrides the worker count.
 * Generated articles are unrelated except one in ten, an edited copy of a recent one (`--copy-every n`; 0 for none):
 * the ingest links those into the copy graph, which costs an alignment per candidate pair.
 * Dates: by default every article falls in March 2024, so a larger store is a denser story window; `--per-day n`
 * makes the articles a stream of n a day (synthetic-news.ts), so a larger store is a longer stream at one rate.
 * Then 10,000 more .txt files with `deferAnalysis` (`ingest --defer-analysis`: extract, store and index only) and
 * their analysis (analyze-pending.ts: signatures, copy edges, stories), timed apart: the store's own rate, and what
 * the analysis of the same articles costs when it follows.
 * `npm run bench -- ingest [--sizes 10000,100000] [--workers n] [--copy-every n] [--per-day n]`
 */

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

async function built<T>(path: string): Promise<T> {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return (await import(pathToFileURL(file).href)) as T;
}
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as AnalyzeModule from '../src/app/analyze-pending.js';
import type * as PoolModule from '../src/app/extraction-pool.js';
import type * as IngestModule from '../src/app/ingest.js';
import { DEFAULT_FIELD_MAP } from '../src/ingest/field-map.js';
import { DEFAULT_MAX_BYTES } from '../src/ingest/read-options.js';
import { systemClock } from '../src/ports/clock.js';
import type * as StoreModule from '../src/store/sqlite/open-sqlite-store.js';
import { integerOption } from './lib/bench-args.js';
import type { BenchResult } from './lib/bench-result.js';
import { peakRssMb } from './lib/bench-result.js';
import { COPY_EVERY, mulberry32, syntheticArticle, syntheticPage } from './lib/synthetic-news.js';

/** Sizes of the batches timed on top of each store: large enough that worker start-up (~0.8 s) is amortised. */
const TEXT_BATCH = 10_000;
const HTML_BATCH = 2_000;
/** The fill's rate is also taken over its last this-many articles: the per-article cost at the store's size. */
const TAIL = 10_000;

export async function run(args: string[]): Promise<BenchResult> {
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [10_000, 100_000];
  const { ingest } = await built<typeof IngestModule>('app/ingest.js');
  const { openSqliteStore } = await built<typeof StoreModule>('store/sqlite/open-sqlite-store.js');
  const { defaultWorkerCount } = await built<typeof PoolModule>('app/extraction-pool.js');
  const { analyzePending } = await built<typeof AnalyzeModule>('app/analyze-pending.js');
  const workers = args.includes('--workers') ? Number(args[args.indexOf('--workers') + 1]) : defaultWorkerCount();
  // One article in N is an edited copy of a recent one (0: none), so the run also pays for linking copies.
  const copyEvery = args.includes('--copy-every') ? Number(args[args.indexOf('--copy-every') + 1]) : COPY_EVERY;
  // A stream of n articles a day instead of one month (synthetic-news.ts): a larger store is then a longer stream.
  const perDay = integerOption(args, '--per-day', undefined);
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-ingest-'));
  const read = { fieldMap: DEFAULT_FIELD_MAP, maxBytes: DEFAULT_MAX_BYTES };
  const rows: (string | number)[][] = [['stored articles', 'fill articles/s', `last ${TAIL / 1000}k of fill/s`, 'text files/s', 'HTML pages/s', 'text, analysis deferred/s', 'its analysis/s', 'peak RSS MB']];
  const bySize: Record<string, Figures> = {};
  try {
    for (const size of sizes) {
      const random = mulberry32(size);
      const work = join(dir, String(size));
      mkdirSync(join(work, 'txt'), { recursive: true });
      mkdirSync(join(work, 'html'), { recursive: true });
      mkdirSync(join(work, 'txt-deferred'), { recursive: true });
      // Written in chunks: the peak RSS reported must be the ingest's, not the generator's.
      writeFileSync(join(work, 'fill.jsonl'), '');
      for (let from = 0; from < size; from += 5_000) {
        const lines: string[] = [];
        for (let i = from; i < Math.min(size, from + 5_000); i++) lines.push(JSON.stringify(syntheticArticle(i, random, copyEvery, perDay)));
        appendFileSync(join(work, 'fill.jsonl'), `${lines.join('\n')}\n`);
      }
      for (let i = 0; i < TEXT_BATCH; i++) {
        const a = syntheticArticle(size + i, random, copyEvery, perDay);
        writeFileSync(join(work, 'txt', `${i}.txt`), `${a.title}\ndate ${a.published}\nSource: ${a.outlet}\n\n${a.text}\n`);
      }
      for (let i = 0; i < HTML_BATCH; i++) writeFileSync(join(work, 'html', `${i}.html`), syntheticPage(syntheticArticle(size + TEXT_BATCH + i, random, copyEvery, perDay)));
      for (let i = 0; i < TEXT_BATCH; i++) {
        const a = syntheticArticle(size + TEXT_BATCH + HTML_BATCH + i, random, copyEvery, perDay);
        writeFileSync(join(work, 'txt-deferred', `${i}.txt`), `${a.title}\ndate ${a.published}\nSource: ${a.outlet}\n\n${a.text}\n`);
      }

      const store = await openSqliteStore(join(work, 'bench.db'));
      let tailStarted = 0;
      const onProgress = (p: { documents: number }) => {
        if (tailStarted === 0 && p.documents >= size - TAIL) tailStarted = performance.now();
      };
      const fill = await timed(() => ingest([join(work, 'fill.jsonl')], read, { store, clock: systemClock, workers, onProgress }));
      const tailSeconds = (performance.now() - tailStarted) / 1000;
      const text = await timed(() => ingest([join(work, 'txt')], read, { store, clock: systemClock, workers }));
      const html = await timed(() => ingest([join(work, 'html')], read, { store, clock: systemClock, workers }));
      const deferred = await timed(() => ingest([join(work, 'txt-deferred')], read, { store, clock: systemClock, workers, deferAnalysis: true }));
      const analysis = await timed(() => analyzePending(store, { workers }));
      await store.close();
      for (const [name, r, expected] of [['fill', fill, size], ['text', text, TEXT_BATCH], ['html', html, HTML_BATCH], ['deferred text', deferred, TEXT_BATCH]] as const) {
        if (r.report.ingested !== expected) throw new Error(`${name}: expected ${expected} ingested, got ${r.report.ingested} (${r.report.failed.length} failed)`);
      }
      if (analysis.report !== TEXT_BATCH) throw new Error(`analysis: expected ${TEXT_BATCH} analysed, got ${analysis.report}`);
      const figures = {
        fillPerSecond: size / fill.seconds, fillTailPerSecond: Math.min(TAIL, size) / tailSeconds, textPerSecond: TEXT_BATCH / text.seconds, htmlPerSecond: HTML_BATCH / html.seconds,
        deferredTextPerSecond: TEXT_BATCH / deferred.seconds, analyzePerSecond: TEXT_BATCH / analysis.seconds, peakRssMb: peakRssMb(),
      };
      bySize[String(size)] = figures;
      rows.push([size, Math.round(figures.fillPerSecond), Math.round(figures.fillTailPerSecond), Math.round(figures.textPerSecond), Math.round(figures.htmlPerSecond),
        Math.round(figures.deferredTextPerSecond), Math.round(figures.analyzePerSecond), figures.peakRssMb]);
      rmSync(work, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const first = bySize[String(sizes[0])]!;
  const last = bySize[String(sizes.at(-1))]!;
  return {
    figures: {
      perSecond: Math.round(last.textPerSecond),
      textPerSecond: Math.round(last.textPerSecond),
      htmlPerSecond: Math.round(last.htmlPerSecond),
      fillPerSecond: Math.round(last.fillPerSecond),
      // Per-article cost at the largest size over the smallest: 1.0 is perfectly flat.
      fillCostGrowth: Math.round((first.fillTailPerSecond / last.fillTailPerSecond) * 100) / 100,
      textCostGrowth: Math.round((first.textPerSecond / last.textPerSecond) * 100) / 100,
      htmlCostGrowth: Math.round((first.htmlPerSecond / last.htmlPerSecond) * 100) / 100,
      // `ingest --defer-analysis`: the store's own rate for plain text, and the analysis that follows it.
      deferredTextPerSecond: Math.round(last.deferredTextPerSecond),
      deferredTextCostGrowth: Math.round((first.deferredTextPerSecond / last.deferredTextPerSecond) * 100) / 100,
      analyzePerSecond: Math.round(last.analyzePerSecond),
      analyzeCostGrowth: Math.round((first.analyzePerSecond / last.analyzePerSecond) * 100) / 100,
      peakRssMb: peakRssMb(),
      workers,
      copyEvery,
      perDay: perDay ?? null,
      bySize,
    },
    table: rows,
  };
}

interface Figures {
  fillPerSecond: number;
  fillTailPerSecond: number;
  textPerSecond: number;
  htmlPerSecond: number;
  deferredTextPerSecond: number;
  analyzePerSecond: number;
  peakRssMb: number;
}

async function timed<T>(work: () => Promise<T>): Promise<{ report: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const report = await work();
  return { report, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
