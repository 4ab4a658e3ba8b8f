import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { article, storeContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', () => openSqliteStore(join(dir, `contract-${++n}.db`)));

describe('SQLite store', () => {
  it('uses WAL and creates the FTS index', async () => {
    const path = join(dir, 'wal.db');
    const store = await openSqliteStore(path);
    await store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare("select count(*) as n from sqlite_master where name = 'articles_fts'").get()).toEqual({ n: 1 });
    raw.close();
  });

  it('never leaves half an article: a failing signal insert rolls the article back', async () => {
    const path = join(dir, 'atomic.db');
    const store = await openSqliteStore(path);
    await store.close();
    // Make the second statement of the transaction fail, as a crash between the two writes would.
    const raw = new Database(path);
    raw.exec("CREATE TRIGGER fail_signals BEFORE INSERT ON signals BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
    raw.close();
    const broken = await openSqliteStore(path);
    await expect(broken.saveArticle(article(), { ingestedAt: '2024-04-01T00:00:00.000Z' })).rejects.toThrow(/disk gone/);
    expect(await broken.countArticles()).toBe(0);
    expect(await broken.search('leaders')).toEqual([]);
    await broken.close();
  });

  it('reopens an existing file without migrating twice, and keeps its data', async () => {
    const path = join(dir, 'reopen.db');
    const a = await openSqliteStore(path);
    await a.saveArticle(article(), { ingestedAt: '2024-04-01T00:00:00.000Z' });
    await a.close();
    const b = await openSqliteStore(path);
    expect(await b.countArticles()).toBe(1);
    await b.close();
  });

  it('fails with CC_STORE naming a path it cannot open', async () => {
    await expect(openSqliteStore(join(dir, 'no', 'such', 'dir', 'x.db'))).rejects.toMatchObject({ code: 'CC_STORE' });
  });
});
