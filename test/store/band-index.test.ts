import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { article, copy, other, signer, wire } from './store-contract.js';

/**
 * The LSH band index holds the newest signatures' band rows in memory and writes them in sorted batches behind a
 * high-water mark (src/store/sql/band-index.ts). These tests check that nothing is ever missed or counted twice:
 * across a stopped run, a second writer, a failed unit of work and a failed commit.
 */

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const layout = { bands: 20, rows: 5 };
const signed = signer(7, layout);

function filterState(path: string): { layers: number; through: number; mark: number } {
  const raw = new Database(path, { readonly: true });
  const layers = (raw.prepare('SELECT count(*) AS n FROM lsh_filter').get() as { n: number }).n;
  const { through, mark } = raw.prepare('SELECT filter_through AS through, indexed_through AS mark FROM lsh_state').get() as { through: number; mark: number };
  raw.close();
  return { layers, through, mark };
}

function tableState(path: string): { rows: number; duplicates: number; mark: number; lastDoc: number } {
  const raw = new Database(path, { readonly: true });
  const rows = (raw.prepare('SELECT count(*) AS n FROM lsh_bands').get() as { n: number }).n;
  const duplicates = (raw.prepare('SELECT count(*) AS n FROM (SELECT doc, count(*) AS c FROM lsh_bands GROUP BY doc HAVING c > ?)').get(layout.bands) as { n: number }).n;
  const mark = (raw.prepare('SELECT indexed_through AS m FROM lsh_state').get() as { m: number }).m;
  const lastDoc = (raw.prepare('SELECT coalesce(max(doc), 0) AS d FROM article_signatures').get() as { d: number }).d;
  raw.close();
  return { rows, duplicates, mark, lastDoc };
}

describe('LSH band index: rows held in memory, written behind a high-water mark', () => {
  it('holds band rows until a batch is full, then writes them all, sorted, and moves the mark', async () => {
    const path = join(dir, 'batches.db');
    const store = await openSqliteStore(path, { bandFlushArticles: 3 });
    await store.saveSignature('a', signed(wire).signature, signed(wire).keys);
    await store.saveSignature('b', signed(other).signature, signed(other).keys);
    expect(tableState(path)).toMatchObject({ rows: 0, mark: 0, lastDoc: 2 });
    // Found while held in memory.
    expect(await store.lshCandidates(signed(copy).keys)).toEqual(['a']);
    await store.saveSignature('c', signed(copy).signature, signed(copy).keys);
    expect(tableState(path)).toEqual({ rows: 3 * layout.bands, duplicates: 0, mark: 3, lastDoc: 3 });
    // Found from the table now, in the same order as before.
    expect(await store.lshCandidates(signed(copy).keys)).toEqual(['c', 'a']);
    await store.close();
  });

  it('finds the signatures a stopped run stored without their band rows, and never counts a row twice', async () => {
    const path = join(dir, 'stopped.db');
    const first = await openSqliteStore(path, { bandFlushArticles: 1000 });
    const a = signed(wire);
    await first.saveSignatures([{ articleId: 'z-same', ...a }, { articleId: 'b-copy', ...signed(copy) }, { articleId: 'a-same', ...a }]);
    // `first` is still open with its rows in memory, as a run stopped before its batch would leave them.
    expect(tableState(path)).toMatchObject({ rows: 0, mark: 0, lastDoc: 3 });
    const second = await openSqliteStore(path, { bandFlushArticles: 1000 });
    expect(await second.lshCandidates(a.keys)).toEqual(['a-same', 'z-same', 'b-copy']);
    // The first writer now writes its batch: the second drops what it held of it instead of counting it twice.
    await first.close();
    expect(tableState(path)).toEqual({ rows: 3 * layout.bands, duplicates: 0, mark: 3, lastDoc: 3 });
    expect(await second.lshCandidates(a.keys)).toEqual(['a-same', 'z-same', 'b-copy']);
    // A signature the second writer adds after the first wrote its batch joins the same answers.
    await second.saveSignature('c-third', a.signature, a.keys);
    expect(await second.lshCandidates(a.keys, { limit: 3 })).toEqual(['a-same', 'c-third', 'z-same']);
    await second.close();
    expect(tableState(path)).toEqual({ rows: 4 * layout.bands, duplicates: 0, mark: 4, lastDoc: 4 });
  });

  it('sees what another writer stores while it holds rows of its own', async () => {
    const path = join(dir, 'two-writers.db');
    const one = await openSqliteStore(path, { bandFlushArticles: 1000 });
    const two = await openSqliteStore(path, { bandFlushArticles: 1000 });
    await one.saveSignature('from-one', signed(wire).signature, signed(wire).keys);
    await two.saveSignature('from-two', signed(copy).signature, signed(copy).keys);
    await one.saveSignature('also-one', signed(other).signature, signed(other).keys);
    expect((await one.lshCandidates(signed(wire).keys)).sort()).toEqual(['from-one', 'from-two']);
    expect((await two.lshCandidates(signed(wire).keys)).sort()).toEqual(['from-one', 'from-two']);
    expect(await two.lshCandidates(signed(other).keys)).toEqual(['also-one']);
    await one.close();
    await two.close();
    expect(tableState(path)).toEqual({ rows: 3 * layout.bands, duplicates: 0, mark: 3, lastDoc: 3 });
  });

  it('forgets the signature of an article whose unit of work failed, and reuses nothing of it', async () => {
    const path = join(dir, 'rolled-back.db');
    const store = await openSqliteStore(path, { bandFlushArticles: 1000 });
    const at = { ingestedAt: '2024-04-01T00:00:00.000Z' };
    await expect(store.atomically(async (tx) => {
      const saved = await tx.saveArticle(article({ url: 'https://harbourpost.example/fails' }), at);
      await tx.saveSignature(saved.id, signed(wire).signature, signed(wire).keys);
      throw new Error('linking failed');
    })).rejects.toThrow('linking failed');
    expect(await store.lshCandidates(signed(wire).keys)).toEqual([]);
    // The next article may get the same doc number: it must be found under its own id only.
    const kept = await store.atomically(async (tx) => {
      const saved = await tx.saveArticle(article({ url: 'https://harbourpost.example/kept' }), at);
      await tx.saveSignature(saved.id, signed(other).signature, signed(other).keys);
      return saved.id;
    });
    expect(await store.lshCandidates(signed(wire).keys)).toEqual([]);
    expect(await store.lshCandidates(signed(other).keys)).toEqual([kept]);
    await store.close();
    expect(tableState(path)).toMatchObject({ rows: layout.bands, duplicates: 0, mark: 1 });
  });

  it('starts again from the database when a commit that wrote band rows fails', async () => {
    const path = join(dir, 'failed-commit.db');
    (await openSqliteStore(path)).close();
    const raw = new Database(path);
    raw.exec("CREATE TRIGGER fail_mark BEFORE UPDATE ON lsh_state BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
    raw.close();
    const store = await openSqliteStore(path, { bandFlushArticles: 1 });
    const at = { ingestedAt: '2024-04-01T00:00:00.000Z' };
    // The article's unit succeeds; the group's commit, which writes its band rows, fails.
    await store.atomically(async (tx) => {
      const saved = await tx.saveArticle(article(), at);
      await tx.saveSignature(saved.id, signed(wire).signature, signed(wire).keys);
    });
    await expect(store.countArticles()).rejects.toThrow(/disk gone/);
    expect(await store.countArticles()).toBe(0);
    expect(await store.lshCandidates(signed(wire).keys)).toEqual([]);
    await store.close();
  });

  it('builds the key filter from the table when a store has none, finds every candidate, and stores the filter', async () => {
    const path = join(dir, 'no-filter.db');
    const first = await openSqliteStore(path, { bandFlushArticles: 1 });
    await first.saveSignature('a', signed(wire).signature, signed(wire).keys);
    await first.saveSignature('b', signed(other).signature, signed(other).keys);
    await first.close();
    expect(filterState(path)).toEqual({ layers: 1, through: 2, mark: 2 });
    // As a store made before the filter existed (migration 0005) leaves it.
    const raw = new Database(path);
    raw.exec('DELETE FROM lsh_filter; UPDATE lsh_state SET filter_through = -1');
    raw.close();
    const second = await openSqliteStore(path, { bandFlushArticles: 1000 });
    expect(await second.lshCandidates(signed(copy).keys)).toEqual(['a']);
    expect(await second.lshCandidates(signed(other).keys)).toEqual(['b']);
    await second.close();
    expect(filterState(path)).toEqual({ layers: 1, through: 2, mark: 2 });
  });

  it('finds rows another writer wrote to the table after this one read the filter', async () => {
    const path = join(dir, 'stale-filter.db');
    const reader = await openSqliteStore(path, { bandFlushArticles: 1000 });
    expect(await reader.lshCandidates(signed(wire).keys)).toEqual([]);
    const writer = await openSqliteStore(path, { bandFlushArticles: 1 });
    await writer.saveSignature('written', signed(wire).signature, signed(wire).keys);
    expect(tableState(path)).toMatchObject({ rows: layout.bands, mark: 1 });
    expect(await reader.lshCandidates(signed(copy).keys)).toEqual(['written']);
    await writer.close();
    await reader.close();
  });

  it('gives a replaced signature a new doc number, and its old band rows leave the table', async () => {
    const path = join(dir, 'replaced.db');
    const store = await openSqliteStore(path, { bandFlushArticles: 1 });
    await store.saveSignature('a', signed(wire).signature, signed(wire).keys);
    expect(tableState(path)).toMatchObject({ rows: layout.bands, mark: 1, lastDoc: 1 });
    await store.saveSignature('a', signed(other).signature, signed(other).keys);
    expect(tableState(path)).toEqual({ rows: layout.bands, duplicates: 0, mark: 2, lastDoc: 2 });
    expect(await store.lshCandidates(signed(wire).keys)).toEqual([]);
    expect(await store.lshCandidates(signed(other).keys)).toEqual(['a']);
    await store.close();
  });

  it('brings a replaced signature back when the unit that replaced it fails', async () => {
    const path = join(dir, 'replace-rolled-back.db');
    const store = await openSqliteStore(path, { bandFlushArticles: 1000 });
    await store.saveSignature('a', signed(wire).signature, signed(wire).keys);
    await expect(store.atomically(async (tx) => {
      await tx.saveSignature('a', signed(other).signature, signed(other).keys);
      expect(await tx.lshCandidates(signed(wire).keys)).toEqual([]);
      throw new Error('linking failed');
    })).rejects.toThrow('linking failed');
    expect(await store.lshCandidates(signed(wire).keys)).toEqual(['a']);
    expect(await store.lshCandidates(signed(other).keys)).toEqual([]);
    await store.close();
    expect(tableState(path)).toEqual({ rows: layout.bands, duplicates: 0, mark: 1, lastDoc: 1 });
  });
});
