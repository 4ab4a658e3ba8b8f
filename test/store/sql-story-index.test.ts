import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ControlledTransaction, Migration } from 'kysely';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ecbPlusStream, storyChainSet } from '../../bench/lib/story-corpus.js';
import type { StoryAssignment, StoryProfile } from '../../src/model/story.js';
import type { StoryIndex, StoryIndexUpdate, TermStatistics } from '../../src/ports/story-index.js';
import { sharedMigrations } from '../../src/store/sql/migrations.js';
import { SqlStoryIndex } from '../../src/store/sql/sql-story-index.js';
import { StoryIndexMemory } from '../../src/store/sql/story-index-memory.js';
import { storyMigrations } from '../../src/store/sql/story-migrations.js';
import type { StoryDatabase } from '../../src/store/sql/story-schema.js';
import { withStatementCache } from '../../src/store/sqlite/statement-cache.js';
import type { StoryArticle } from '../../src/stories/article-features.js';
import { articleFeatures, documentTerms } from '../../src/stories/article-features.js';
import { articleVectors, countingArticle } from '../../src/stories/article-vectors.js';
import { MemoryStoryIndex } from '../../src/stories/memory-story-index.js';
import type { StoryMembers } from '../../src/stories/story-clusterer.js';
import { StoryClusterer } from '../../src/stories/story-clusterer.js';
import { recentMembers } from '../../src/store/sql/story.repository.js';
import { openStory } from '../../src/stories/story-profile.js';

/**
 * The stored story index (src/store/sql/sql-story-index.ts) must answer exactly as MemoryStoryIndex does, whatever
 * part of its state is in tables, in memory past the high-water mark, or read back after a restart; and a rolled
 * back transaction must leave no trace in either.
 */

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-stories-'));
const opened: Kysely<StoryDatabase>[] = [];
afterAll(async () => {
  for (const db of opened) await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function openDatabase(name: string): Promise<Kysely<StoryDatabase>> {
  const raw = new Database(join(dir, `${name}.db`));
  raw.pragma('journal_mode = WAL');
  const db = new Kysely<StoryDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  const all: Record<string, Migration> = { ...sharedMigrations, ...storyMigrations };
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => all } }).migrateToLatest();
  if (error) throw error;
  opened.push(db);
  return db;
}

/**
 * ECB+ training topics (file order, no dates) then the dated story chains; every seventh article names the one
 * three before it as its source, so copies following their source (storyOf, profile) are exercised too.
 */
function replayStream(): StoryArticle[] {
  const articles = [...ecbPlusStream('train').map((a) => a.article), ...storyChainSet().stream.map((a) => a.article)];
  return articles.map((article, i) => (i % 7 === 6 ? { ...article, sourceArticleId: articles[i - 3]!.id } : article));
}

describe('SqlStoryIndex', () => {
  it('assigns a real stream exactly as MemoryStoryIndex does, across batches, commits and a restart', async () => {
    const stream = replayStream();
    expect(stream.length).toBeGreaterThan(500);
    const memoryIndex = new MemoryStoryIndex();
    const expected: StoryAssignment[] = [];
    // Four postings a key: which postings a lookup reads, not only which stories a key names, must match.
    const options = { postingsPerKey: 4 };
    // Split checks read members back: from the memory index's lists, and from story_articles as the store does.
    const featuresOf = new Map(stream.map((a) => [a.id, articleFeatures(a)]));
    const reference = new StoryClusterer(memoryIndex, { ...options, members: async (id, limit) => memoryIndex.membersOf(id).slice(0, limit).map((m) => featuresOf.get(m)!) });
    for (const article of stream) expected.push(await reference.assign(article));

    const db = await openDatabase('replay');
    // Small batches and runs: lookups constantly combine postings held in memory with runs read over several rounds.
    let memory = new StoryIndexMemory({ flushDocuments: 37, postingsPerRun: 3, deferProfiles: true });
    const got: StoryAssignment[] = [];
    for (let start = 0; start < stream.length; start += 100) {
      // A restart: frequencies and postings past the mark come back from the log.
      if (start === 300) memory = new StoryIndexMemory({ flushDocuments: 37, postingsPerRun: 3, deferProfiles: true });
      const trx = await db.startTransaction().execute();
      const index = new SqlStoryIndex(trx, memory);
      const members: StoryMembers = async (id, limit) => (await recentMembers(trx, id, limit)).reverse().map((m) => featuresOf.get(m)!);
      const clusterer = new StoryClusterer(index, { ...options, members });
      for (const article of stream.slice(start, start + 100)) {
        const assignment = await clusterer.assign(article);
        await index.recordDecision(assignment);
        got.push(assignment);
      }
      await index.flush();
      await trx.commit().execute();
    }
    expect(got).toEqual(expected);
    expect(expected.some((a) => a.merges.length > 0)).toBe(true);
    expect(expected.filter((a) => a.split !== null).length).toBeGreaterThan(0);
    expect(expected.some((a) => a.decision === 'followed-source')).toBe(true);

    // A fresh connection's view: stories, assignments and statistics are all in the database.
    const reread = new SqlStoryIndex(db);
    for (const story of memoryIndex.stories()) expect(await reread.profile(story.story.id)).toEqual(story);
    for (const [articleId, storyId] of memoryIndex.assignments()) expect(await reread.storyOf(articleId)).toBe(storyId);
    const terms = [...new Set(stream.flatMap((a) => documentTerms(articleFeatures(a))))];
    expect(counts(await reread.termStatistics(terms))).toEqual(counts(await memoryIndex.termStatistics(terms)));
    const decisions = await db.selectFrom('story_articles').select(['article_id', 'decision']).execute();
    expect(new Map(decisions.map((r) => [r.article_id, r.decision]))).toEqual(new Map(expected.map((a) => [a.articleId, a.decision])));
  });

  it('empties the story tables when posting lists gain time buckets, so the next ingest assigns every article again', async () => {
    const raw = new Database(join(dir, 'upgrade.db'));
    const db = new Kysely<StoryDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
    opened.push(db);
    const before = Object.fromEntries(Object.entries({ ...sharedMigrations, ...storyMigrations }).filter(([name]) => name < '0008'));
    const migrate = async (all: Record<string, Migration>) => {
      const { error } = await new Migrator({ db, provider: { getMigrations: async () => all } }).migrateToLatest();
      if (error) throw error;
    };
    await migrate(before);
    const old = new SqlStoryIndex(db, new StoryIndexMemory({ flushDocuments: 1 }));
    await old.apply(update('a', 'Harbour fire in Port Avel', ['k:fire', 'k:harbour']));
    await old.flush(true);
    const count = async (table: 'story_profiles' | 'story_keys' | 'story_articles' | 'story_terms') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count('story_keys')).toBeGreaterThan(0);
    await migrate({ ...sharedMigrations, ...storyMigrations });
    for (const table of ['story_profiles', 'story_keys', 'story_articles', 'story_terms'] as const) expect(await count(table)).toBe(0);
    const state = await db.selectFrom('story_state').select(['documents', 'counted_through']).executeTakeFirstOrThrow();
    expect([Number(state.documents), Number(state.counted_through)]).toEqual([0, 0]);
    expect(await new SqlStoryIndex(db).storyOf('a')).toBeNull();
  });

  it('follows merges in storyOf, profile and candidates', async () => {
    const db = await openDatabase('merges');
    const held = new StoryIndexMemory({ flushDocuments: 2 });
    const sql = new SqlStoryIndex(db, held);
    const memory = new MemoryStoryIndex();
    const updates = [
      update('a', 'Harbour fire in Port Avel', ['k:fire', 'k:harbour']),
      update('b', 'Port Avel harbour fire spreads', ['k:fire', 'k:spread']),
      update('c', 'Fire crews in Port Avel', ['k:crews']),
    ];
    for (const u of updates) await both(sql, memory, (index) => index.apply(u));
    // Article d joins story:b and bridges story:a and story:c into it.
    const into = updates[1]!.profile;
    const bridge: StoryIndexUpdate = {
      ...update('d', 'Port Avel fire crews contain harbour fire', ['k:fire', 'k:crews']),
      storyId: into.story.id, profile: into,
      merges: [{ from: 'story:a', into: 'story:b', articleId: 'd', probability: 0.7 }, { from: 'story:c', into: 'story:b', articleId: 'd', probability: 0.6 }],
    };
    // First in a unit of work that rolls back: the merges are undone with it.
    const unit = await (await db.startTransaction().execute()).savepoint('bridge').execute();
    await new SqlStoryIndex(unit, held).apply(bridge);
    expect(await new SqlStoryIndex(unit, held).storyOf('a')).toBe('story:b');
    await unit.rollbackToSavepoint('bridge').execute();
    await unit.commit().execute();
    expect(await sql.storyOf('a')).toBe('story:a');
    expect(await sql.profile('story:c')).toEqual(updates[2]!.profile);
    await both(sql, memory, (index) => index.apply(bridge));
    await sql.flush(true);
    for (const id of ['a', 'b', 'c', 'd']) expect(await sql.storyOf(id)).toBe('story:b');
    expect(await sql.profile('story:a')).toEqual(into);
    const query = { keyGroups: [['k:fire'], ['k:harbour'], ['k:crews'], ['k:spread']], atMs: null, windowDays: 45, limit: 10, postingsPerKey: 200 };
    expect((await sql.candidates(query)).map((p) => p.story.id)).toEqual(['story:b']);
    expect(await sql.candidates(query)).toEqual(await memory.candidates(query));
    expect(await db.selectFrom('story_merges').select(['from_id', 'into_id']).orderBy('from_id').execute())
      .toEqual([{ from_id: 'story:a', into_id: 'story:b' }, { from_id: 'story:c', into_id: 'story:b' }]);
  });

  it('regroups a split story: articles move, keys post to the new story, a rollback undoes it, a restart reads the log', async () => {
    const db = await openDatabase('splits');
    // A batch far off: the split's postings stay past the mark, in memory and the log, for the restart to read back.
    const held = new StoryIndexMemory({ flushDocuments: 100 });
    const memory = new MemoryStoryIndex();
    const into = (u: StoryIndexUpdate, storyId: string): StoryIndexUpdate => ({ ...u, storyId, profile: { ...u.profile, story: { ...u.profile.story, id: storyId } } });
    const first = [
      update('a', 'Harbour fire in Port Avel', ['k:fire']),
      into(update('b', 'Quake shakes Port Avel', ['k:quake', 'k:fire']), 'story:a'),
      into(update('c', 'Port Avel harbour fire out', ['k:fire']), 'story:a'),
    ];
    for (const u of first) await both(new SqlStoryIndex(db, held), memory, (index) => index.apply(u));
    const moved = update('b', 'Quake shakes Port Avel', ['k:quake']);
    const splitId = 'story:split:d';
    const split: StoryIndexUpdate = {
      ...into(update('d', 'Port Avel fire crews go home', ['k:fire', 'k:quake']), 'story:a'),
      regroups: [{ storyId: splitId, profile: { ...moved.profile, story: { ...moved.profile.story, id: splitId } }, articleIds: ['b'], keys: ['k:quake', 'k:aftershock'] }],
    };
    const query = { keyGroups: [['k:fire'], ['k:quake'], ['k:aftershock']], atMs: null, windowDays: 45, limit: 10, postingsPerKey: 200 };
    const before = await memory.candidates(query);

    const unit = await (await db.startTransaction().execute()).savepoint('split').execute();
    await new SqlStoryIndex(unit, held).apply(split);
    expect(await new SqlStoryIndex(unit, held).storyOf('b')).toBe(splitId);
    await unit.rollbackToSavepoint('split').execute();
    await unit.commit().execute();
    expect(await new SqlStoryIndex(db, held).storyOf('b')).toBe('story:a');
    expect(await new SqlStoryIndex(db, held).candidates(query)).toEqual(before);
    expect(await new SqlStoryIndex(db, held).profile(splitId)).toBeNull();

    await both(new SqlStoryIndex(db, held), memory, (index) => index.apply(split));
    expect(memory.membersOf('story:a')).toEqual(['a', 'c', 'd']);
    expect(memory.membersOf(splitId)).toEqual(['b']);
    const found = await memory.candidates(query);
    expect(found.map((p) => p.story.id).sort()).toEqual(['story:a', splitId]);
    // Read back by a restarted connection (postings from the log), then after the batch is written.
    for (const fresh of [new SqlStoryIndex(db, new StoryIndexMemory({ flushDocuments: 100 })), null]) {
      const index = fresh ?? (await new SqlStoryIndex(db, held).flush(true), new SqlStoryIndex(db));
      expect(await index.candidates(query)).toEqual(found);
      expect(await index.storyOf('b')).toBe(splitId);
      expect(await index.storyOf('d')).toBe('story:a');
      expect(await index.profile(splitId)).toEqual(await memory.profile(splitId));
    }
    expect(await recentMembers(db, splitId, 10)).toEqual(['b']);
    expect(await recentMembers(db, 'story:a', 10)).toEqual(['d', 'c', 'a']);
  });

  it.each([false, true])('leaves no trace of a rolled back transaction or unit of work (profiles deferred: %s)', async (deferProfiles) => {
    const db = await openDatabase(`rollback-${deferProfiles}`);
    const memory = new StoryIndexMemory({ flushDocuments: 3, deferProfiles });
    const reference = new MemoryStoryIndex();
    const kept = [update('a', 'Ferry strike in Veloria', ['k:ferry']), update('b', 'Veloria ferry strike ends', ['k:ferry', 'k:strike'])];
    for (const u of kept) await both(new SqlStoryIndex(db, memory), reference, (index) => index.apply(u));
    // Deferred profiles are written by flush, as the store's group commit does before committing.
    await new SqlStoryIndex(db, memory).flush();
    const query = { keyGroups: [['k:ferry'], ['k:strike'], ['k:storm']], atMs: null, windowDays: 45, limit: 10, postingsPerKey: 200 };
    const terms = ['ferri', 'strike', 'storm', 'veloria'];
    const before = { stats: counts(await reference.termStatistics(terms)), candidates: await reference.candidates(query) };

    const lost = [update('c', 'Storm hits Veloria ferry', ['k:storm', 'k:ferry']), update('d', 'Veloria storm closes port', ['k:storm'])];
    // A whole transaction, with a batch written inside it, rolled back.
    const trx: ControlledTransaction<StoryDatabase> = await db.startTransaction().execute();
    const inside = new SqlStoryIndex(trx, memory);
    for (const u of lost) await inside.apply(u);
    await inside.flush(true);
    expect(await inside.storyOf('d')).toBe('story:d');
    await trx.rollback().execute();
    // One unit of work rolled back to its savepoint inside a transaction that commits.
    const unit = await (await db.startTransaction().execute()).savepoint('article').execute();
    await new SqlStoryIndex(unit, memory).apply(lost[0]!);
    await unit.rollbackToSavepoint('article').execute();
    await unit.commit().execute();

    for (const index of [new SqlStoryIndex(db, memory), new SqlStoryIndex(db)]) {
      expect(counts(await index.termStatistics(terms))).toEqual(before.stats);
      expect(await index.candidates(query)).toEqual(before.candidates);
      expect(await index.storyOf('c')).toBeNull();
      expect(await index.profile('story:d')).toBeNull();
    }
    for (const table of ['story_log', 'story_keys', 'story_terms', 'story_profiles', 'story_articles'] as const) {
      const rows = await db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows)).not.toMatch(/storm/);
    }
    // What comes next is numbered and counted as if the lost documents never were.
    const next = update('e', 'Veloria ferry strike talks', ['k:ferry']);
    await both(new SqlStoryIndex(db, memory), reference, (index) => index.apply(next));
    await new SqlStoryIndex(db, memory).flush();
    expect(await new SqlStoryIndex(db, memory).candidates(query)).toEqual(await reference.candidates(query));
    expect(counts(await new SqlStoryIndex(db).termStatistics(terms))).toEqual(counts(await reference.termStatistics(terms)));
  });
});

async function both(sql: StoryIndex, memory: StoryIndex, call: (index: StoryIndex) => Promise<void>): Promise<void> {
  await call(sql);
  await call(memory);
}

/** An article opening its own story, registered under `keys`. */
function update(id: string, title: string, keys: string[]): StoryIndexUpdate & { profile: StoryProfile } {
  const features = articleFeatures({ id, title, text: `${title}. Officials said more on Tuesday.`, publishedAt: null, outlet: 'harbourpost' });
  const terms = documentTerms(features);
  const vectors = articleVectors(features, countingArticle({ documents: 0, frequencies: new Map() }, terms));
  return { articleId: id, storyId: `story:${id}`, keys, terms, profile: openStory(features, vectors), merges: [] };
}

/** The statistics themselves: the ids an index may give with them (TermStatistics.slots) are its own. */
function counts(stats: TermStatistics): Pick<TermStatistics, 'documents' | 'frequencies'> {
  return { documents: stats.documents, frequencies: stats.frequencies };
}
