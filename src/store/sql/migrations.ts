import type { Kysely, Migration } from 'kysely';

/**
 * Migrations shared by both dialects, written with Kysely's schema builder. Dialect-only objects (SQLite's FTS5
 * index, PostgreSQL's tsvector) are added by each dialect's own migrations, named so they sort after these.
 * A migration, once landed, is never edited: add a new one.
 */
export const sharedMigrations: Record<string, Migration> = {
  '0001-articles': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('articles')
        .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('identity_key', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('outlet', 'text')
        .addColumn('author', 'text')
        .addColumn('published_at', 'text')
        .addColumn('date_source', 'text')
        .addColumn('language', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('changes', 'text')
        .addColumn('origin_input', 'text', (c) => c.notNull())
        .addColumn('origin_locator', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('sort_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_sort_at').on('articles').columns(['sort_at', 'seq']).execute();
      await db.schema.createIndex('articles_content_hash').on('articles').column('content_hash').execute();

      await db.schema
        .createTable('article_versions')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('outlet', 'text')
        .addColumn('author', 'text')
        .addColumn('published_at', 'text')
        .addColumn('date_source', 'text')
        .addColumn('language', 'text')
        .addColumn('changes', 'text')
        .addColumn('signals', 'text', (c) => c.notNull())
        .addColumn('origin_input', 'text', (c) => c.notNull())
        .addColumn('origin_locator', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_versions_pk', ['article_id', 'version'])
        .execute();
      await db.schema.createIndex('article_versions_hash').on('article_versions').columns(['article_id', 'content_hash']).execute();

      await db.schema
        .createTable('signals')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('signals_pk', ['article_id', 'position'])
        .execute();
      await db.schema.createIndex('signals_kind').on('signals').column('kind').execute();

      await db.schema
        .createTable('ingest_runs')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text', (c) => c.notNull())
        .addColumn('inputs', 'text', (c) => c.notNull())
        .addColumn('ingested', 'integer', (c) => c.notNull())
        .addColumn('updated', 'integer', (c) => c.notNull())
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .addColumn('failed', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('ingest_failures')
        .addColumn('run_id', 'integer', (c) => c.notNull().references('ingest_runs.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ingest_failures_pk', ['run_id', 'position'])
        .execute();
    },
  },
};
