import type { Kysely } from 'kysely';
import { CompiledQuery, sql as rawSql } from 'kysely';
import { compiledSql } from './compiled-cache.js';
import type { StoryProfile } from '../../model/story.js';
import type { StoryDatabase } from './story-schema.js';

/**
 * The story index's statements, compiled once per dialect (compiled-cache.ts): Kysely's builder costs 30-60 µs a
 * query, several times what SQLite takes to run these. IN lists are padded to a power of two (the first value
 * repeated), so a handful of shapes serve every length and the prepared-statement cache keeps hitting.
 * PostgreSQL returns bigint columns as strings: every number read is passed through Number().
 */

type Db = Kysely<StoryDatabase>;

/** Values per IN list or multi-row INSERT: 2-3 parameters a row stays far below every dialect's parameter limit. */
const CHUNK = 256;

function run<R>(db: Db, sql: string, parameters: readonly unknown[]): Promise<R[]> {
  return db.executeQuery<R>(CompiledQuery.raw(sql, [...parameters])).then((result) => result.rows);
}

/** `values` in chunks of at most CHUNK, each padded to a power of two with its first value. */
function paddedChunks<T>(values: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK);
    let size = 1;
    while (size < chunk.length) size *= 2;
    while (chunk.length < size) chunk.push(chunk[0]!);
    chunks.push(chunk);
  }
  return chunks;
}

export interface StoryState {
  readonly documents: number;
  readonly countedThrough: number;
}

export async function readStoryState(db: Db): Promise<StoryState> {
  const sql = compiledSql(db, 'story-state', 1, () => db.selectFrom('story_state').select(['documents', 'counted_through']).where('id', '=', 1).compile());
  const row = (await run<{ documents: number; counted_through: number }>(db, sql, [1]))[0];
  return { documents: Number(row?.documents ?? 0), countedThrough: Number(row?.counted_through ?? 0) };
}

export async function writeStoryState(db: Db, state: StoryState): Promise<void> {
  const sql = compiledSql(db, 'story-state-write', 3, () => db.updateTable('story_state')
    .set({ documents: 0, counted_through: 0 }).where('id', '=', 1).compile());
  await run(db, sql, [state.documents, state.countedThrough, 1]);
}

/** Every stored document frequency, read in key order a page at a time (the table can hold a million terms). */
export async function* allTerms(db: Db, page = 50_000): AsyncGenerator<{ term: string; df: number }[]> {
  let after: string | null = null;
  for (;;) {
    let query = db.selectFrom('story_terms').select(['term', 'df']).orderBy('term').limit(page);
    if (after !== null) query = query.where('term', '>', after);
    const rows = await query.execute();
    if (rows.length > 0) yield rows.map((r) => ({ term: r.term, df: Number(r.df) }));
    if (rows.length < page) return;
    after = rows[rows.length - 1]!.term;
  }
}

/** Writes these frequencies (absolute values, sorted by term: neighbouring rows share B-tree pages). */
export async function upsertTerms(db: Db, sorted: readonly (readonly [string, number])[]): Promise<void> {
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const rows = sorted.slice(i, i + CHUNK);
    const sql = compiledSql(db, `story-terms-upsert:${rows.length}`, rows.length * 2, () => db.insertInto('story_terms')
      .values(rows.map(() => ({ term: '', df: 0 })))
      .onConflict((oc) => oc.column('term').doUpdateSet((eb) => ({ df: eb.ref('excluded.df') }))).compile());
    await run(db, sql, rows.flat());
  }
}

export interface LogRow {
  readonly document: number;
  readonly storyId: string;
  readonly keys: readonly string[];
  readonly terms: readonly string[];
  /** Postings of the stories a split regrouped (StoryIndexUpdate.regroups), after the article's own. */
  readonly regroups: readonly LoggedRegroup[];
}

export interface LoggedRegroup {
  readonly storyId: string;
  readonly keys: readonly string[];
}

/**
 * `keys` holds the article's own keys as strings, then one `{ "story", "keys" }` object per regrouped story: a log
 * written before splits existed is all strings and reads the same.
 */
export async function insertLog(db: Db, row: LogRow): Promise<void> {
  const sql = compiledSql(db, 'story-log-insert', 4, () => db.insertInto('story_log')
    .values({ document: 0, story_id: '', keys: '', terms: '' }).compile());
  const keys: (string | { story: string; keys: readonly string[] })[] = [...row.keys, ...row.regroups.map((r) => ({ story: r.storyId, keys: r.keys }))];
  await run(db, sql, [row.document, row.storyId, JSON.stringify(keys), JSON.stringify(row.terms)]);
}

export async function logAfter(db: Db, after: number): Promise<LogRow[]> {
  const rows = await db.selectFrom('story_log').selectAll().where('document', '>', after).orderBy('document').execute();
  return rows.map((r) => {
    const entries = JSON.parse(r.keys) as (string | { story: string; keys: string[] })[];
    const keys = entries.filter((e): e is string => typeof e === 'string');
    const regroups = entries.filter((e): e is { story: string; keys: string[] } => typeof e !== 'string').map((e) => ({ storyId: e.story, keys: e.keys }));
    return { document: Number(r.document), storyId: r.story_id, keys, terms: JSON.parse(r.terms) as string[], regroups };
  });
}

export async function deleteLogThrough(db: Db, through: number): Promise<void> {
  await db.deleteFrom('story_log').where('document', '<=', through).execute();
}

/** A run of one key's postings, oldest first, as one `story_keys` row; `document` is the newest posting's. */
export interface PostingRun {
  readonly key: string;
  readonly document: number;
  readonly stories: readonly string[];
}

/** Runs in (key, document) order: neighbouring rows land on the same B-tree pages. */
export async function insertPostingRuns(db: Db, sorted: readonly PostingRun[]): Promise<void> {
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const rows = sorted.slice(i, i + CHUNK);
    const sql = compiledSql(db, `story-keys-insert:${rows.length}`, rows.length * 3, () => db.insertInto('story_keys')
      .values(rows.map(() => ({ key: '', document: 0, stories: '' }))).compile());
    await run(db, sql, rows.flatMap((r) => [r.key, r.document, JSON.stringify(r.stories)]));
  }
}

/**
 * For each key, its newest `runs` runs older than `before[i]`, newest first: one statement, a UNION ALL of one
 * descending range read per key on the primary key (key, document), so a key common in the past costs what is read.
 */
export async function newestPostingRuns(db: Db, keys: readonly string[], before: readonly number[], runs: number): Promise<PostingRun[]> {
  const out: PostingRun[] = [];
  for (let i = 0; i < keys.length; i += 16) {
    const part = keys.slice(i, i + 16);
    const sql = compiledSql(db, `story-keys-newest:${part.length}`, part.length * 3, () => {
      const tail = () => db.selectFrom('story_keys').select(['key', 'document', 'stories']).where('key', '=', '').where('document', '<', 0)
        .orderBy('document', 'desc').limit(0);
      let query = db.selectFrom(tail().as('k0')).selectAll();
      for (let k = 1; k < part.length; k++) query = query.unionAll(db.selectFrom(tail().as(`k${k}`)).selectAll());
      return query.compile();
    });
    const parameters = part.flatMap((key, k) => [key, before[i + k]!, runs]);
    for (const r of await run<{ key: string; document: number; stories: string }>(db, sql, parameters)) {
      out.push({ key: r.key, document: Number(r.document), stories: JSON.parse(r.stories) as string[] });
    }
  }
  return out;
}

export interface ProfileMeta {
  readonly storyId: string;
  readonly firstMs: number | null;
  readonly lastMs: number | null;
  readonly updated: number;
}

/** Time span and last update of the live stories among `ids` (absent ids are merged away or unknown). */
export async function profileMeta(db: Db, ids: readonly string[]): Promise<ProfileMeta[]> {
  const out: ProfileMeta[] = [];
  for (const chunk of paddedChunks(ids)) {
    const sql = compiledSql(db, `story-profile-meta:${chunk.length}`, chunk.length, () => db.selectFrom('story_profiles')
      .select(['story_id', 'first_ms', 'last_ms', 'updated']).where('story_id', 'in', chunk.map(() => '')).compile());
    for (const r of await run<{ story_id: string; first_ms: number | null; last_ms: number | null; updated: number }>(db, sql, chunk)) {
      out.push({ storyId: r.story_id, firstMs: r.first_ms === null ? null : Number(r.first_ms), lastMs: r.last_ms === null ? null : Number(r.last_ms), updated: Number(r.updated) });
    }
  }
  return [...new Map(out.map((m) => [m.storyId, m])).values()];
}

export async function profileJson(db: Db, ids: readonly string[]): Promise<{ storyId: string; profile: string; updated: number }[]> {
  const out = new Map<string, { storyId: string; profile: string; updated: number }>();
  for (const chunk of paddedChunks(ids)) {
    const sql = compiledSql(db, `story-profile-json:${chunk.length}`, chunk.length, () => db.selectFrom('story_profiles')
      .select(['story_id', 'profile', 'updated']).where('story_id', 'in', chunk.map(() => '')).compile());
    for (const r of await run<{ story_id: string; profile: string; updated: number }>(db, sql, chunk)) {
      out.set(r.story_id, { storyId: r.story_id, profile: r.profile, updated: Number(r.updated) });
    }
  }
  return [...out.values()];
}

export interface ProfileRow {
  readonly storyId: string;
  readonly profile: string;
  /** JSON of the profile's Story record. */
  readonly record: string;
  readonly firstMs: number | null;
  readonly lastMs: number | null;
  readonly articleCount: number;
  readonly updated: number;
}

/** The row of a profile as of document `meta.updated`. */
export function profileRow(meta: ProfileMeta, profile: StoryProfile): ProfileRow {
  return { ...meta, profile: JSON.stringify(profile), record: JSON.stringify(profile.story), articleCount: profile.story.articleCount };
}

export async function upsertProfile(db: Db, row: ProfileRow): Promise<void> {
  const sql = compiledSql(db, 'story-profile-upsert', 7, () => db.insertInto('story_profiles')
    .values({ story_id: '', profile: '', record: '', first_ms: 0, last_ms: 0, article_count: 0, updated: 0 })
    .onConflict((oc) => oc.column('story_id').doUpdateSet((eb) => ({
      profile: eb.ref('excluded.profile'), record: eb.ref('excluded.record'), first_ms: eb.ref('excluded.first_ms'), last_ms: eb.ref('excluded.last_ms'),
      article_count: eb.ref('excluded.article_count'), updated: eb.ref('excluded.updated'),
    }))).compile());
  await run(db, sql, [row.storyId, row.profile, row.record, row.firstMs, row.lastMs, row.articleCount, row.updated]);
}

export async function deleteProfile(db: Db, storyId: string): Promise<void> {
  await db.deleteFrom('story_profiles').where('story_id', '=', storyId).execute();
}

/** Assigns an article (again: a re-applied article moves, as in MemoryStoryIndex); its decision is recorded apart. */
export async function upsertArticle(db: Db, articleId: string, storyId: string, document: number): Promise<void> {
  const sql = compiledSql(db, 'story-article-upsert', 3, () => db.insertInto('story_articles')
    .values({ article_id: '', story_id: '', document: 0 })
    .onConflict((oc) => oc.column('article_id').doUpdateSet((eb) => ({
      story_id: eb.ref('excluded.story_id'), document: eb.ref('excluded.document'),
      decision: rawSql<string | null>`null`, probability: rawSql<number | null>`null`,
    }))).compile());
  await run(db, sql, [articleId, storyId, document]);
}

/** Articles assigned earlier that a split moved to `storyId` (their document, the order of members, stays). */
export async function moveArticles(db: Db, articleIds: readonly string[], storyId: string): Promise<void> {
  if (articleIds.length === 0) return;
  await db.updateTable('story_articles').set({ story_id: storyId }).where('article_id', 'in', [...articleIds]).execute();
}

export async function articleStory(db: Db, articleId: string): Promise<string | null> {
  const sql = compiledSql(db, 'story-article-story', 1, () => db.selectFrom('story_articles').select('story_id').where('article_id', '=', '').compile());
  return (await run<{ story_id: string }>(db, sql, [articleId]))[0]?.story_id ?? null;
}

export async function recordDecision(db: Db, articleId: string, decision: string, probability: number | null): Promise<void> {
  const sql = compiledSql(db, 'story-article-decision', 3, () => db.updateTable('story_articles')
    .set({ decision: '', probability: 0 }).where('article_id', '=', '').compile());
  await run(db, sql, [decision, probability, articleId]);
}

export async function insertMerge(db: Db, merge: { from: string; into: string; articleId: string; probability: number }, document: number): Promise<void> {
  await db.insertInto('story_merges')
    .values({ from_id: merge.from, into_id: merge.into, article_id: merge.articleId, probability: merge.probability, document })
    .onConflict((oc) => oc.column('from_id').doUpdateSet((eb) => ({
      into_id: eb.ref('excluded.into_id'), article_id: eb.ref('excluded.article_id'),
      probability: eb.ref('excluded.probability'), document: eb.ref('excluded.document'),
    }))).execute();
}

/** Every redirect, in the order the merges happened. */
export async function allMerges(db: Db): Promise<{ from: string; into: string }[]> {
  const rows = await db.selectFrom('story_merges').select(['from_id', 'into_id']).orderBy('document').orderBy('from_id').execute();
  return rows.map((r) => ({ from: r.from_id, into: r.into_id }));
}
