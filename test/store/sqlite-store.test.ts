import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyze/claims.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { article, storeContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', () => openSqliteStore(join(dir, `contract-${++n}.db`)));
// The same contract with every band row written to the table at each commit, not held in memory.
storeContract('sqlite, band rows written at once', () => openSqliteStore(join(dir, `contract-${++n}.db`), { bandFlushArticles: 1 }));

describe('SQLite store', () => {
  it('stores claims deflated, and reads a damaged claims row as none', async () => {
    const path = join(dir, 'claims.db');
    let store = await openSqliteStore(path);
    const { id } = await store.saveArticle(article(), { ingestedAt: '2024-03-06T00:00:00.000Z' });
    const stored = (await store.getArticle(id))!;
    const claims = extractClaims(stored.text, { articleId: id, publishedAt: stored.publishedAt });
    await store.saveClaims([{ article: stored, claims }], 'claims/1:test');
    await store.close();
    const raw = new Database(path);
    const row = raw.prepare('select claims from article_claims where article_id = ?').get(id) as { claims: Buffer };
    expect(row.claims.length).toBeLessThan(JSON.stringify(claims).length / 2);
    raw.prepare("update article_claims set claims = x'00ff13' where article_id = ?").run(id);
    raw.close();
    store = await openSqliteStore(path);
    expect(await store.storedClaims([stored], 'claims/1:test')).toEqual(new Map());
    await store.close();
  });

  it('uses WAL and creates the FTS index', async () => {
    const path = join(dir, 'wal.db');
    const store = await openSqliteStore(path);
    await store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare("select count(*) as n from sqlite_master where name = 'articles_fts'").get()).toEqual({ n: 1 });
    // Fewer, larger segment merges while indexing (migration 0004-z-sqlite-fts-automerge).
    expect(raw.prepare("select v from articles_fts_config where k = 'automerge'").get()).toEqual({ v: 16 });
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

  it('keeps the articles around a failing one: each article is its own savepoint inside a group commit', async () => {
    const path = join(dir, 'group.db');
    const store = await openSqliteStore(path);
    await store.close();
    // Signals with this evidence fail to insert, as a crash in the middle of that article's writes would.
    const raw = new Database(path);
    raw.exec("CREATE TRIGGER fail_some BEFORE INSERT ON signals WHEN new.evidence = 'poison' BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
    raw.close();
    const reopened = await openSqliteStore(path);
    const at = { ingestedAt: '2024-04-01T00:00:00.000Z' };
    const url = (i: number) => `https://harbourpost.example/group/${i}`;
    await reopened.saveArticle(article({ url: url(1) }), at);
    await expect(reopened.saveArticle(article({ url: url(2), signals: [{ kind: 'residue.tag-run', evidence: 'poison', confidence: 1 }] }), at)).rejects.toThrow(/disk gone/);
    await reopened.saveArticle(article({ url: url(3) }), at);
    await reopened.close();
    const after = await openSqliteStore(path);
    expect((await after.listArticles()).map((a) => a.url).sort()).toEqual([url(1), url(3)]);
    expect(await after.search('leaders')).toHaveLength(2);
    await after.close();
  });

  it('indexes for search what a stopped run stored but never indexed, when the store is opened again', async () => {
    const path = join(dir, 'unindexed.db');
    const store = await openSqliteStore(path);
    for (let i = 0; i < 3; i++) await store.saveArticle(article({ url: `https://harbourpost.example/u/${i}`, title: `Fisheries accord ${i}` }), { ingestedAt: '2024-04-01T00:00:00.000Z' });
    await store.close();
    // What a run stopped before its search batch leaves behind: articles stored, the index empty.
    const raw = new Database(path);
    raw.exec("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all'); UPDATE search_index_state SET indexed_through = 0");
    expect(raw.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'fisheries'").get()).toEqual({ n: 0 });
    raw.close();
    const reopened = await openSqliteStore(path);
    expect((await reopened.search('fisheries accord')).map((h) => h.title).sort()).toEqual(['Fisheries accord 0', 'Fisheries accord 1', 'Fisheries accord 2']);
    await reopened.close();
  });

  it('finds an article by search right after it is saved, and an updated one by its new words only', async () => {
    const store = await openSqliteStore(join(dir, 'fresh.db'));
    const at = { ingestedAt: '2024-04-01T00:00:00.000Z' };
    await store.saveArticle(article({ text: 'The harbour reopened on Tuesday after the storm passed through the bay.' }), at);
    expect(await store.search('storm')).toHaveLength(1);
    await store.saveArticle(article({ text: 'The harbour reopened on Wednesday after the gale passed through the bay.' }), at);
    expect(await store.search('gale')).toHaveLength(1);
    expect(await store.search('storm')).toHaveLength(0);
    // Changed again before any search: the article was never indexed in between, and only its last words count.
    const other = { url: 'https://harbourpost.example/other' };
    await store.saveArticle(article({ ...other, text: 'Ferries were cancelled because of the fog over the strait today.' }), at);
    await store.saveArticle(article({ ...other, text: 'Ferries were cancelled because of the ice over the strait today.' }), at);
    expect(await store.search('fog')).toHaveLength(0);
    expect(await store.search('ice strait')).toHaveLength(1);
    await store.close();
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
