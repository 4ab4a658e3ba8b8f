import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

/**
 * The story index's tables (story-schema.ts, sql-story-index.ts), shared by both dialects and written with Kysely's
 * schema builder. Kept apart from migrations.ts so the store's migration provider adds this record beside the
 * shared ones; once landed, never edited.
 */
export const storyMigrations: Record<string, Migration> = {
  /**
   * - `story_terms` and `story_keys` are written only in sorted batches behind `story_state.counted_through`
   *   (story-index-memory.ts); `story_log` holds the documents past it, one row each, and is emptied by each batch.
   *   `story_terms` is a small-row table looked up by its key, so SQLite keeps it WITHOUT ROWID: the primary key is
   *   the table (the layout migration 0002-lsh-bands measured for band rows). PostgreSQL has no clustered tables:
   *   its store brings the capability flag that leaves the modifier out, as for `lsh_bands`.
   * - `story_keys` holds runs of postings, one row per key per batch (story-schema.ts). One row per posting, the
   *   obvious layout, made a lookup read up to 16 x 200 rows: 378 µs an article for SQLite to step through them
   *   and 3.3 ms with the rows built in JavaScript (100k synthetic articles stored, better-sqlite3). A run can
   *   hold kilobytes, so this is a rowid table with its primary key beside it.
   * - `story_profiles` rows are 5-30 kB of JSON (a capped profile), so they stay in a rowid table: SQLite advises
   *   WITHOUT ROWID only for rows under about a twentieth of a page. Beside it, `record` holds the small Story
   *   record readers list (title, span, counts, entities, outlets): listing 30k stories must not parse 30k
   *   profiles. `story_profiles_newest` serves the newest-first listing (`crosscheck stories --limit`).
   * - `story_articles(story_id, document)` and `story_merges(into_id)` are indexed for listing a story's articles
   *   (the CLI) and reading its most recent members (copy candidates from the story, src/app/story-candidates.ts),
   *   which read the story and every story merged into it: on `story_id` alone, the 50 most recent members of a
   *   story of thousands cost a sort of thousands (15% of an ingest's time on the synthetic stream).
   */
  '0006-stories': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('story_terms')
        .addColumn('term', 'text', (c) => c.notNull().primaryKey())
        .addColumn('df', 'integer', (c) => c.notNull())
        .modifyEnd(sql`without rowid`)
        .execute();
      await db.schema
        .createTable('story_state')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('documents', 'bigint', (c) => c.notNull())
        .addColumn('counted_through', 'bigint', (c) => c.notNull())
        .execute();
      await sql`INSERT INTO story_state (id, documents, counted_through) VALUES (1, 0, 0)`.execute(db);
      await db.schema
        .createTable('story_log')
        .addColumn('document', 'bigint', (c) => c.primaryKey())
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('keys', 'text', (c) => c.notNull())
        .addColumn('terms', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('story_profiles')
        .addColumn('story_id', 'text', (c) => c.primaryKey())
        .addColumn('profile', 'text', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('first_ms', 'bigint')
        .addColumn('last_ms', 'bigint')
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('updated', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_profiles_newest').on('story_profiles').columns(['last_ms', 'updated']).execute();
      await db.schema
        .createTable('story_articles')
        .addColumn('article_id', 'text', (c) => c.notNull().primaryKey())
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('document', 'bigint', (c) => c.notNull())
        .addColumn('decision', 'text')
        .addColumn('probability', 'real')
        .modifyEnd(sql`without rowid`)
        .execute();
      await db.schema.createIndex('story_articles_story').on('story_articles').columns(['story_id', 'document']).execute();
      await db.schema
        .createTable('story_keys')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('document', 'bigint', (c) => c.notNull())
        .addColumn('stories', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_keys_pk', ['key', 'document'])
        .execute();
      await db.schema
        .createTable('story_merges')
        .addColumn('from_id', 'text', (c) => c.primaryKey())
        .addColumn('into_id', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('probability', 'real', (c) => c.notNull())
        .addColumn('document', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_merges_into').on('story_merges').column('into_id').execute();
    },
  },
  /**
   * Posting lists split by time bucket (src/stories/posting-buckets.ts): the postings written before carry no
   * bucket, so a dated lookup would no longer see the stories they point to. The stories are derived data: this
   * empties the story tables (what `crosscheck rebuild` starts with), and the next ingest assigns every stored
   * article again in publication order before it stores new ones (assign-stories.ts), as `crosscheck rebuild`
   * does at once. Articles, copy edges and families are untouched.
   */
  '0008-story-posting-buckets': {
    async up(db: Kysely<unknown>) {
      for (const table of ['story_terms', 'story_log', 'story_profiles', 'story_articles', 'story_keys', 'story_merges']) {
        await sql`delete from ${sql.table(table)}`.execute(db);
      }
      await sql`update story_state set documents = 0, counted_through = 0`.execute(db);
    },
  },
};
