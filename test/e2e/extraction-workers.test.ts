import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as PoolModule from '../../src/app/extraction-pool.js';
import type * as IngestModule from '../../src/app/ingest.js';
import type * as PrepareModule from '../../src/app/prepare-article.js';
import type * as ReadFileModule from '../../src/ingest/read-file.js';
import type { RawDocument } from '../../src/model/raw-document.js';
import type * as StoreModule from '../../src/store/sqlite/open-sqlite-store.js';
import type { Article } from '../../src/model/article.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import { fixedClock } from '../../src/ports/clock.js';

/**
 * Extraction workers load the built JavaScript (a worker thread cannot run the TypeScript sources), so this test
 * drives dist/, which `npm test` builds before running the tests. Same input, with and without workers: the
 * stores must hold the same articles in the same order, failures included.
 */

const dist = join(import.meta.dirname, '..', '..', 'dist');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Enough that the run outlasts a worker's loading, so extraction moves from the ingest thread to the worker mid-run. */
const RECORDS = 3000;

/** A made-up place name of its own for every number, so no two records share word triples. */
function place(n: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'vas', 'bri', 'don', 'el', 'sor', 'quin', 'ha'];
  let name = '';
  for (let x = n + 12; x > 0; x = Math.floor(x / syllables.length)) name += syllables[x % syllables.length];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function ferryLines(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < RECORDS; i++) {
    // Every 97th record has no text: a failure the report must place exactly as the one-thread run does.
    // Distinct texts (each record its own words), so the run measures extraction, not copy linking.
    const text = i % 97 === 0 ? '' : `Officials in ${place(i)} said on ${place(i + 7)} that ferry ${place(i + 13)} would resume service after repairs to the ${place(i + 29)} pier, while ${place(i + 31)} waited.`;
    lines.push(JSON.stringify({ title: `Ferry ${i} returns`, text, url: `https://harbourpost.example/ferry/${i}`, date: '2024-03-05' }));
  }
  return lines;
}

/** Ingests `input` with the built code into a new store named after `name` and `workers`: the report and every article. */
async function ingestBuilt(input: string, name: string, workers: number) {
  expect(existsSync(join(dist, 'app', 'ingest.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
  const { ingest } = (await import(pathToFileURL(join(dist, 'app', 'ingest.js')).href)) as typeof IngestModule;
  const { openSqliteStore } = (await import(pathToFileURL(join(dist, 'store', 'sqlite', 'open-sqlite-store.js')).href)) as typeof StoreModule;
  const store = await openSqliteStore(join(dir, `${name}-w${workers}.db`));
  const report = await ingest([input], { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 20 }, { store, clock: fixedClock('2025-06-01T12:00:00.000Z'), workers });
  const articles: Article[] = [];
  for await (const a of store.iterateArticles()) articles.push(a);
  await store.close();
  return { report, articles };
}

describe('extraction workers', () => {
  it('store exactly what extraction on one thread stores, in the same order', async () => {
    writeFileSync(join(dir, 'ferries.jsonl'), `${ferryLines().join('\n')}\n`);
    const one = await ingestBuilt(join(dir, 'ferries.jsonl'), 'ferries', 0);
    const pooled = await ingestBuilt(join(dir, 'ferries.jsonl'), 'ferries', 1);
    expect(one.report.ingested).toBe(RECORDS - Math.ceil(RECORDS / 97));
    expect(one.report.failed.map((f) => f.input)).toHaveLength(Math.ceil(RECORDS / 97));
    expect(pooled.report).toEqual(one.report);
    expect(pooled.articles).toEqual(one.articles);
  }, 60_000);

  it('a worker extracts each document exactly as the ingest thread does, failures included', async () => {
    expect(existsSync(join(dist, 'app', 'extraction-pool.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
    const { ExtractionPool } = (await import(pathToFileURL(join(dist, 'app', 'extraction-pool.js')).href)) as typeof PoolModule;
    const { prepareArticle } = (await import(pathToFileURL(join(dist, 'app', 'prepare-article.js')).href)) as typeof PrepareModule;
    const documents: RawDocument[] = [
      { origin: { input: 'a.html', locator: 'a.html' }, hints: {}, body: { kind: 'html', html: `<html><head><title>Ferries resume - Harbour Post</title><meta property="article:published_time" content="2024-03-05T14:00:00Z"></head><body><article><h1>Ferries resume</h1>${'<p>Officials in Port Avel said on Tuesday that the ferries would resume service after repairs to the pier.</p>'.repeat(4)}</article></body></html>` } },
      { origin: { input: 'b.txt', locator: 'b.txt' }, hints: {}, body: { kind: 'text', text: 'Ferries resume\nBy Ana Petrov\n\nOfficials in Port Avel said on Tuesday that the ferries would resume service. harbourPort Avel' } },
      { origin: { input: 'c.txt', locator: 'c.txt' }, hints: {}, body: { kind: 'text', text: 'Too short' } },
    ];
    const pool = new ExtractionPool(1);
    try {
      await pool.whenReady();
      const now = '2025-06-01T12:00:00.000Z';
      const pooled = await Promise.all(documents.map((d) => pool.extract(d, now)));
      expect(pooled).toEqual(documents.map((d) => prepareArticle(d, now)));
      expect(pooled.map((p) => p.kind)).toEqual(['article', 'article', 'failure']);
    } finally {
      await pool.close();
    }
  });

  it('a worker reads a text or HTML file and prepares it exactly as the ingest thread does, failures included', async () => {
    const { ExtractionPool } = (await import(pathToFileURL(join(dist, 'app', 'extraction-pool.js')).href)) as typeof PoolModule;
    const { prepareArticle } = (await import(pathToFileURL(join(dist, 'app', 'prepare-article.js')).href)) as typeof PrepareModule;
    const { readFileInput } = (await import(pathToFileURL(join(dist, 'ingest', 'read-file.js')).href)) as typeof ReadFileModule;
    const files = join(dir, 'single');
    mkdirSync(files, { recursive: true });
    const body = 'Officials in Port Avel said on Tuesday that the ferries would resume service after repairs to the pier.';
    const contents: Record<string, Uint8Array | string> = {
      'a.txt': `Ferries resume\ndate 2024-03-05\n\n${body}`,
      'b.html': `<html><head><title>Ferries resume</title></head><body><article>${`<p>${body}</p>`.repeat(3)}</article></body></html>`,
      // "Grèves à Brest" in ISO-8859-1, decoded by the --encoding fallback below.
      'c.txt': Uint8Array.from([...Buffer.from('Gr'), 0xe8, ...Buffer.from('ves '), 0xe0, ...Buffer.from(` Brest\n\n${body}`)]),
      'd.txt.gz': gzipSync(`Ferries resume again\n\n${body} Again.`),
      'empty.txt': '',
      'binary.txt': Uint8Array.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
      'short.txt': 'Too short',
    };
    for (const [name, content] of Object.entries(contents)) writeFileSync(join(files, name), content);
    const read = { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 20, encoding: 'iso-8859-1' };
    const now = '2025-06-01T12:00:00.000Z';
    const onThread = async (path: string) => {
      const prepared = [];
      for await (const item of readFileInput(path, read)) {
        if (item.kind === 'document') prepared.push(prepareArticle(item.document, now));
        else if (item.kind === 'failure') prepared.push(item);
      }
      return prepared;
    };
    const paths = Object.keys(contents).map((name) => join(files, name)).concat(join(files, 'missing.txt'));
    const pool = new ExtractionPool(1);
    try {
      await pool.whenReady();
      const pooled = await Promise.all(paths.map((path) => pool.prepareFile(path, read, now)));
      expect(pooled).toEqual(await Promise.all(paths.map(onThread)));
      expect(pooled.map((p) => p.map((one) => (one.kind === 'failure' ? one.failure.code : one.article.title)))).toEqual([
        ['Ferries resume'], ['Ferries resume'], ['Grèves à Brest'], ['Ferries resume again'],
        ['CC_EMPTY_INPUT'], ['CC_BINARY_INPUT'], ['CC_NO_ARTICLE'], ['CC_NOT_FOUND'],
      ]);
    } finally {
      await pool.close();
    }
  });

  it('a folder of files stores the same with workers as without, in the same order', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    // Enough files that the worker is ready before the end, so the run moves from thread-read to worker-read files.
    for (let i = 0; i < 1500; i++) {
      const name = `${String(i).padStart(4, '0')}.${i % 3 === 0 ? 'html' : 'txt'}`;
      const text = `Officials in ${place(i)} said that ferry ${place(i + 13)} would resume service after repairs to the ${place(i + 29)} pier.`;
      writeFileSync(join(folder, name), i % 101 === 0 ? '' : i % 3 === 0 ? `<html><body><article><h1>Ferry ${i}</h1><p>${text}</p></article></body></html>` : `Ferry ${i}\n\n${text}`);
    }
    const one = await ingestBuilt(folder, 'folder', 0);
    const pooled = await ingestBuilt(folder, 'folder', 1);
    expect(one.report.failed.map((f) => f.code)).toEqual(Array(15).fill('CC_EMPTY_INPUT'));
    expect(one.report.ingested).toBe(1500 - 15);
    expect(pooled.report).toEqual(one.report);
    expect(pooled.articles).toEqual(one.articles);
  }, 60_000);
});
