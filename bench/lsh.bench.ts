/**
 * MinHash signatures and the store-backed LSH index: signing throughput on one core, bytes per indexed document,
 * candidate query time at each store size, and recall / precision of planted near-duplicates at the threshold.
 *
 * Documents come from bench/lib/synthetic-copies.ts (Zipf words, ~400 a document); every 50th stored document is an
 * edited copy of an earlier one, so the index holds clusters as a news corpus does. Queries are new documents: edited
 * copies of stored ones, at edit rates spread from 0 to 50 % (Jaccard similarity ~1 down to ~0.1), and unrelated
 * ones. A pair is a true candidate when the exact Jaccard similarity of its 3-word shingle sets is at least the
 * threshold. Timings are the best of three runs; the machine is shared, so the load average is reported with them.
 * `npm run bench -- lsh [--sizes 100000,1000000] [--queries 1000]`
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import type { SignatureEntry } from '../src/ports/store.js';
import { lshKeys } from '../src/reuse/lsh-keys.js';
import { DEFAULT_LSH_THRESHOLD, deriveLshParams } from '../src/reuse/lsh-params.js';
import { createMinHasher, DEFAULT_SIGNATURE_SIZE } from '../src/reuse/minhash.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import { shingleHashes } from '../src/text/shingles.js';
import type { BenchResult } from './lib/bench-result.js';
import { peakRssMb } from './lib/bench-result.js';
import type { PlantedQuery } from './lib/lsh-quality.js';
import { exactJaccard, judgeCandidates } from './lib/lsh-quality.js';
import { corpusDocument, editedCopy } from './lib/synthetic-copies.js';
import { mulberry32 } from './lib/synthetic-news.js';

const SEED = 20240305;
/** Documents signed per throughput run: enough for ~0.5 s of work, a steady state past JIT warm-up. */
const SIGNING_DOCS = 10_000;
/**
 * Documents per fill transaction. Band keys are random, so a batch touches pages all over the index; 50,000
 * documents (1.25M sorted rows) write each touched page about once per commit, where 5,000 wrote each several times.
 */
const FILL_BATCH = 50_000;
/** Every COPY_EVERY-th stored document is an edited copy of an earlier one. */
const COPY_EVERY = 50;
/** Share of queries that are unrelated new documents; the rest are edited copies of stored ones. */
const UNRELATED_SHARE = 0.2;
/** Edit rates of planted copies are uniform in [0, MAX_EDIT_RATE): Jaccard similarity ~1 down to ~0.1. */
const MAX_EDIT_RATE = 0.5;

const hasher = createMinHasher({ seed: SEED, size: DEFAULT_SIGNATURE_SIZE });
const layout = deriveLshParams({ threshold: DEFAULT_LSH_THRESHOLD, size: DEFAULT_SIGNATURE_SIZE });

/** Stored document `i`: a generated article, or every 50th an edited copy of an earlier one. */
function storedText(i: number): string {
  if (i % COPY_EVERY !== COPY_EVERY - 1) return corpusDocument(i);
  const random = mulberry32(i);
  const source = Math.floor(random() * i);
  return editedCopy(corpusDocument(source), random() * MAX_EDIT_RATE, random);
}

/** Ids shaped like real ones (16 hex digits) so the index stores what it will store in use. */
const idOf = (i: number) => i.toString(16).padStart(16, '0');
const indexOf = (id: string) => Number.parseInt(id, 16);

const sign = (text: string) => {
  const signature = hasher.sign(shingleHashes(text));
  return { signature, keys: lshKeys(signature, layout) };
};

export async function run(args: string[]): Promise<BenchResult> {
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const sizes = (option('--sizes') ?? '100000').split(',').map(Number);
  const queryCount = Number(option('--queries') ?? 1000);
  const gc = exposeGc();
  const signing = measureSigning();
  const rows: (string | number)[][] = [['stored docs', 'fill s', 'bytes/doc', 'heap B/doc', 'query p50 ms', 'query p99 ms', 'recall', 'precision', 'verified P/R']];
  const bySize: Record<string, SizeFigures> = {};
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-lsh-'));
  try {
    for (const size of sizes) {
      const figures = await measureSize(join(dir, `${size}.db`), size, queryCount, gc);
      bySize[String(size)] = figures;
      rows.push([size, figures.fillSeconds, figures.bytesPerDoc, figures.heapBytesPerDoc, figures.queryMsP50, figures.queryMsP99,
        figures.recall, figures.precision, `${figures.verifiedPrecision} / ${figures.verifiedRecall}`]);
      rmSync(join(dir, `${size}.db`), { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const largest = bySize[String(sizes.at(-1))]!;
  rows.push([], ['signing', `${signing.perSecond} docs/CPU-s (${signing.wallPerSecond} wall)`, `shingles ${signing.shingleMicros} us`, `minhash ${signing.minhashMicros} us`, `${layout.bands} bands x ${layout.rows} rows`]);
  return {
    figures: {
      perSecond: signing.perSecond,
      bytesPerDoc: largest.bytesPerDoc,
      queryMsP50: largest.queryMsP50,
      queryMsP99: largest.queryMsP99,
      peakRssMb: peakRssMb(),
      recall: largest.recall,
      precision: largest.precision,
      settings: { threshold: DEFAULT_LSH_THRESHOLD, signatureSize: DEFAULT_SIGNATURE_SIZE, bands: layout.bands, rows: layout.rows, shingleWords: 3 },
      signing,
      bySize,
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      peersNote: 'datasketch publishes plots, not figures; no peer measured on this data (PyPI is not reachable here)',
    },
    peers: {},
    table: rows,
  };
}

interface SigningFigures {
  /** Documents per second of this thread's CPU time: what one core does, whatever else the machine runs. */
  perSecond: number;
  /** Documents per second of wall time, for comparison: lower when other work shares the cores. */
  wallPerSecond: number;
  shingleMicros: number;
  minhashMicros: number;
  runs: { cpu: number; wall: number }[];
}

/** Shingling + MinHash of pre-generated texts on this thread: the best of three runs. */
function measureSigning(): SigningFigures {
  const texts = Array.from({ length: SIGNING_DOCS }, (_, i) => corpusDocument(i));
  const runs: { cpu: number; wall: number }[] = [];
  let best = { total: Infinity, shingles: 0, minhash: 0 };
  for (let run = 0; run < 3; run++) {
    let shingleNs = 0;
    let minhashNs = 0;
    const cpuBefore = process.cpuUsage();
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      const shingles = shingleHashes(text);
      const t1 = process.hrtime.bigint();
      hasher.sign(shingles);
      minhashNs += Number(process.hrtime.bigint() - t1);
      shingleNs += Number(t1 - t0);
    }
    const cpu = process.cpuUsage(cpuBefore);
    runs.push({ cpu: Math.round(SIGNING_DOCS / ((cpu.user + cpu.system) / 1e6)), wall: Math.round(SIGNING_DOCS / ((shingleNs + minhashNs) / 1e9)) });
    if (shingleNs + minhashNs < best.total) best = { total: shingleNs + minhashNs, shingles: shingleNs, minhash: minhashNs };
  }
  return {
    perSecond: Math.max(...runs.map((r) => r.cpu)),
    wallPerSecond: Math.max(...runs.map((r) => r.wall)),
    shingleMicros: round(best.shingles / SIGNING_DOCS / 1000, 1),
    minhashMicros: round(best.minhash / SIGNING_DOCS / 1000, 1),
    runs,
  };
}

interface SizeFigures {
  fillSeconds: number;
  fillStoreDocsPerSecond: number;
  bytesPerDoc: number;
  bytesPerDocByTable: Record<string, number>;
  heapBytesPerDoc: number;
  queryMsP50: number;
  queryMsP99: number;
  queryRuns: { p50: number; p99: number }[];
  candidatesPerQuery: number;
  recall: number;
  precision: number;
  verifiedRecall: number;
  verifiedPrecision: number;
  recallByJaccard: Record<string, { pairs: number; recall: number; expected: number }>;
}

async function measureSize(path: string, size: number, queryCount: number, gc: () => void): Promise<SizeFigures> {
  let store = await openSqliteStore(path);
  await store.close();
  const emptyBytes = statSync(path).size;
  store = await openSqliteStore(path);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const fillStarted = process.hrtime.bigint();
  let storeNs = 0;
  for (let from = 0; from < size; from += FILL_BATCH) {
    const batch: SignatureEntry[] = [];
    for (let i = from; i < Math.min(size, from + FILL_BATCH); i++) batch.push({ articleId: idOf(i), ...sign(storedText(i)) });
    const t0 = process.hrtime.bigint();
    await store.saveSignatures(batch);
    storeNs += Number(process.hrtime.bigint() - t0);
  }
  const fillSeconds = round(Number(process.hrtime.bigint() - fillStarted) / 1e9, 1);
  gc();
  const heapBytesPerDoc = round(Math.max(0, process.memoryUsage().heapUsed - heapBefore) / size, 2);
  await store.close();
  const bytesPerDoc = Math.round((statSync(path).size - emptyBytes) / size);
  const bytesPerDocByTable = tableBytes(path, size);

  const queries = plantQueries(size, queryCount);
  store = await openSqliteStore(path);
  const queryRuns: { p50: number; p99: number }[] = [];
  let results: string[][] = [];
  for (let run = 0; run < 3; run++) {
    const times: number[] = [];
    results = [];
    for (const q of queries) {
      const t0 = process.hrtime.bigint();
      results.push(await store.lshCandidates(q.keys));
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    queryRuns.push({ p50: round(percentile(times, 0.5), 3), p99: round(percentile(times, 0.99), 3) });
  }
  const quality = await judgeCandidates(store, queries, results, { threshold: DEFAULT_LSH_THRESHOLD, layout, textOf: (id) => storedText(indexOf(id)), idOf });
  await store.close();
  const best = queryRuns.reduce((a, b) => (b.p50 < a.p50 ? b : a));
  return {
    fillSeconds, fillStoreDocsPerSecond: Math.round(size / (storeNs / 1e9)), bytesPerDoc, bytesPerDocByTable, heapBytesPerDoc,
    queryMsP50: best.p50, queryMsP99: best.p99, queryRuns, ...quality,
  };
}

/** Bytes per document of each table and index, from SQLite's dbstat (pages, including their free space). */
function tableBytes(path: string, size: number): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
    return Object.fromEntries(rows.filter((r) => r.bytes / size >= 1).map((r) => [r.name, round(r.bytes / size, 1)]));
  } finally {
    db.close();
  }
}

function plantQueries(size: number, count: number): PlantedQuery[] {
  const random = mulberry32(SEED ^ size);
  return Array.from({ length: count }, (_, q) => {
    if (q < count * UNRELATED_SHARE) {
      // Indices past every store size: documents the store has never seen.
      const text = corpusDocument(1_000_000_000 + q);
      return { ...sign(text), shingles: new Set(shingleHashes(text)) };
    }
    const source = Math.floor(random() * size);
    const text = editedCopy(storedText(source), random() * MAX_EDIT_RATE, random);
    const shingles = new Set(shingleHashes(text));
    return { ...sign(text), shingles, source, jaccard: exactJaccard(shingles, new Set(shingleHashes(storedText(source)))) };
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A full garbage collection before reading the heap, so the per-document heap figure is not noise. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
