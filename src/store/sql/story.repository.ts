import type { Kysely } from 'kysely';
import type { Story } from '../../model/story.js';
import type { StoredStory } from '../../ports/store.js';
import type { TermStatistics } from '../../ports/story-index.js';
import type { StoryDatabase } from './story-schema.js';
import { logAfter, readStoryState } from './story-statements.js';

/**
 * Reading stories for people and programs (the CLI, the API): the live stories newest first, one story with its
 * articles, an article's story. Writing them is the story index's (sql-story-index.ts), inside each article's unit
 * of work. A merged story's id stays valid: it leads to the story that absorbed it (`story_merges`).
 */

type Db = Kysely<StoryDatabase>;

/** Stories read per page of a listing: a page of records is a few hundred kB. */
const PAGE = 200;

export interface StoryPageOptions {
  /** Only stories whose latest dated article is at or after this epoch ms (undated stories are left out). */
  readonly sinceMs?: number;
}

/**
 * Live stories, newest first: by their latest publication time, then by the last assignment that changed them;
 * stories with no dated article come last. Read a page at a time on the `story_profiles_newest` index, each page
 * after `beforePage` (the store commits its open group there).
 */
export async function* iterateStories(db: Db, options: StoryPageOptions = {}, beforePage: () => Promise<void> = async () => undefined): AsyncGenerator<StoredStory> {
  let after: { lastMs: number | null; updated: number } | null = null;
  for (;;) {
    await beforePage();
    let query = db.selectFrom('story_profiles').select(['story_id', 'record', 'last_ms', 'updated'])
      .orderBy('last_ms', 'desc').orderBy('updated', 'desc').limit(PAGE);
    if (options.sinceMs !== undefined) query = query.where('last_ms', '>=', options.sinceMs);
    if (after !== null) {
      const { lastMs, updated } = after;
      // Keyset paging in (last_ms desc, updated desc) order, where SQLite sorts NULL below every number.
      query = lastMs === null
        ? query.where('last_ms', 'is', null).where('updated', '<', updated)
        : query.where((eb) => eb.or([
          eb('last_ms', '<', lastMs),
          eb('last_ms', 'is', null),
          eb.and([eb('last_ms', '=', lastMs), eb('updated', '<', updated)]),
        ]));
    }
    const rows = await query.execute();
    for (const row of rows) yield await storedStory(db, row.story_id, row.record);
    if (rows.length < PAGE) return;
    const last = rows.at(-1)!;
    after = { lastMs: last.last_ms === null ? null : Number(last.last_ms), updated: Number(last.updated) };
  }
}

/** One story by its id or by the id of a story it absorbed; null when no story ever had that id. */
export async function getStory(db: Db, id: string): Promise<StoredStory | null> {
  const live = await liveStoryId(db, id);
  const row = await db.selectFrom('story_profiles').select('record').where('story_id', '=', live).executeTakeFirst();
  return row === undefined ? null : storedStory(db, live, row.record);
}

/** The story each of these articles is in now (after merges); an article never assigned is absent. */
export async function storiesOfArticles(db: Db, articleIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < articleIds.length; i += 256) {
    const rows = await db.selectFrom('story_articles').select(['article_id', 'story_id']).where('article_id', 'in', articleIds.slice(i, i + 256)).execute();
    for (const row of rows) out.set(row.article_id, await liveStoryId(db, row.story_id));
  }
  return out;
}

/**
 * Document frequencies of these terms over every article the story index has counted: story_terms holds them up to
 * story_state.counted_through, and story_log the documents past it (at most one batch, story-index-memory.ts),
 * whose terms are added here, so the answer is exact between batches too. A read of the terms asked for and of one
 * batch's log, never of the whole table. Terms never counted are absent.
 */
export async function termStatistics(db: Db, terms: readonly string[]): Promise<TermStatistics> {
  const frequencies = new Map<string, number>();
  const distinct = [...new Set(terms)];
  for (let i = 0; i < distinct.length; i += 256) {
    const rows = await db.selectFrom('story_terms').select(['term', 'df']).where('term', 'in', distinct.slice(i, i + 256)).execute();
    for (const row of rows) frequencies.set(row.term, Number(row.df));
  }
  const state = await readStoryState(db);
  const wanted = new Set(distinct);
  for (const row of await logAfter(db, state.countedThrough)) {
    for (const t of row.terms) if (wanted.has(t)) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
  }
  for (const [t, n] of frequencies) if (n <= 0) frequencies.delete(t);
  return { documents: state.documents, frequencies };
}

/** How many articles have a story: an older store, or one whose stories were emptied, has fewer than articles. */
export async function assignedArticles(db: Db): Promise<number> {
  const row = await db.selectFrom('story_articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countStories(db: Db): Promise<number> {
  const row = await db.selectFrom('story_profiles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Empties every story table and sets the index back to no documents (`crosscheck rebuild`). */
export async function clearStories(db: Db): Promise<void> {
  for (const table of ['story_terms', 'story_log', 'story_profiles', 'story_articles', 'story_keys', 'story_merges'] as const) {
    await db.deleteFrom(table).execute();
  }
  await db.updateTable('story_state').set({ documents: 0, counted_through: 0 }).where('id', '=', 1).execute();
}

/** Follows `story_merges` from an id to the live story (each redirect names the story it was absorbed into then). */
async function liveStoryId(db: Db, id: string): Promise<string> {
  let current = id;
  // A chain is as long as the merges a story went through; the bound only guards against a corrupt cycle.
  for (let step = 0; step < 10_000; step++) {
    const row = await db.selectFrom('story_merges').select('into_id').where('from_id', '=', current).executeTakeFirst();
    if (row === undefined) return current;
    current = row.into_id;
  }
  return current;
}

/**
 * The articles that joined a story most recently (those of stories merged into it included), newest first; with
 * `before`, only those assigned before that article was.
 */
export async function recentMembers(db: Db, storyId: string, limit: number, before?: string): Promise<string[]> {
  const ids = await withMergedIds(db, storyId);
  let query = db.selectFrom('story_articles').select('article_id').where('story_id', 'in', ids).orderBy('document', 'desc').limit(limit);
  if (before !== undefined) {
    const own = await db.selectFrom('story_articles').select('document').where('article_id', '=', before).executeTakeFirst();
    if (own !== undefined) query = query.where('document', '<', own.document);
  }
  const rows = await query.execute();
  return rows.map((r) => r.article_id);
}

/** A story's id and the ids of every story merged into it, directly or through another merge. */
async function withMergedIds(db: Db, id: string): Promise<string[]> {
  const ids = [id];
  for (let frontier = [id]; frontier.length > 0;) {
    const rows = await db.selectFrom('story_merges').select('from_id').where('into_id', 'in', frontier).execute();
    frontier = rows.map((r) => r.from_id);
    ids.push(...frontier);
  }
  return ids;
}

/** A live story's record and its articles in the order they were assigned, including those of absorbed stories. */
async function storedStory(db: Db, id: string, record: string): Promise<StoredStory> {
  const ids = await withMergedIds(db, id);
  const articles = await db.selectFrom('story_articles').select('article_id').where('story_id', 'in', ids).orderBy('document').execute();
  return { story: JSON.parse(record) as Story, articleIds: articles.map((r) => r.article_id), mergedIds: ids.slice(1).sort() };
}
