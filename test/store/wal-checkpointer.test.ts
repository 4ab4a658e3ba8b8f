import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { article } from './store-contract.js';

/**
 * The SQLite store checkpoints its write-ahead log on a thread of its own once a group has committed
 * (src/store/sqlite/wal-checkpointer.ts): the writer's own threshold is then far above what these tests write, so
 * a database file that grows before the store closes was checkpointed by that thread.
 */

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = { ingestedAt: '2024-04-01T00:00:00.000Z' };
const body = 'Harbour officials said on Tuesday that ferries to the outer islands would resume after repairs. '.repeat(20);

async function until(condition: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

describe('WAL checkpoints on their own thread', () => {
  it('copies committed articles into the database file while the store stays open', async () => {
    const path = join(dir, 'open.db');
    const store = await openSqliteStore(path);
    const before = statSync(path).size;
    for (let i = 0; i < 300; i++) await store.saveArticle(article({ url: `https://harbourpost.example/${i}`, text: `${i} ${body}` }), at);
    // A read commits the open group, which asks for a checkpoint.
    expect(await store.countArticles()).toBe(300);
    expect(await until(() => statSync(path).size > before + 300 * 2000)).toBe(true);
    // Another connection sees every article while the writer is still open.
    const reader = new Database(path, { readonly: true });
    expect((reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(300);
    reader.close();
    await store.close();
  });

  it('closes with the log finished: no WAL file left, every article in the database file', async () => {
    const path = join(dir, 'closed.db');
    const store = await openSqliteStore(path);
    for (let i = 0; i < 50; i++) await store.saveArticle(article({ url: `https://harbourpost.example/c/${i}`, text: `${i} ${body}` }), at);
    expect(await store.countArticles()).toBe(50);
    for (let i = 50; i < 80; i++) await store.saveArticle(article({ url: `https://harbourpost.example/c/${i}`, text: `${i} ${body}` }), at);
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const reopened = await openSqliteStore(path);
    expect(await reopened.countArticles()).toBe(80);
    expect((await reopened.search('ferries', { limit: 100 })).length).toBe(80);
    await reopened.close();
  });

  it('starts no thread for a store that only reads', async () => {
    const path = join(dir, 'read-only.db');
    (await openSqliteStore(path)).close();
    // Threads of this process, as the operating system counts them.
    const threads = () => readdirSync('/proc/self/task').length;
    const before = threads();
    const store = await openSqliteStore(path);
    expect(await store.countArticles()).toBe(0);
    expect(await store.search('ferries')).toEqual([]);
    expect(threads()).toBe(before);
    // A write that commits does start it.
    await store.saveArticle(article(), at);
    await store.countArticles();
    expect(threads()).toBeGreaterThan(before);
    await store.close();
    expect(await until(() => threads() === before)).toBe(true);
  });
});
