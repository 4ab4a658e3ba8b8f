import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

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
  /**
   * MinHash signatures and the LSH band index (src/reuse/). `article_signatures` maps an article to a small integer
   * `doc` (its rowid) and keeps its signature, needed to estimate the Jaccard similarity of candidates, and its band
   * layout, needed to find and delete its old band rows when a new version replaces it. `lsh_bands` holds one row
   * per (band key, doc), where the band key is band * 2^32 + the band's 32-bit hash (src/reuse/lsh-keys.ts).
   *
   * Layout measured with better-sqlite3 on 100k documents x 32 bands of random keys (bytes of file per document,
   * candidate query p50): (band, key, article_id text) + index on (band, key): 1,604 B, 0.14 ms; WITHOUT ROWID on
   * (band, key, article_id): 1,028 B, 0.18 ms; WITHOUT ROWID on (band_key, article_id): 996 B, 0.10 ms; a rowid
   * table (band_key, doc) + its primary key index: 1,240 B, 0.10 ms; WITHOUT ROWID on (band_key, doc): 518 B,
   * 0.11 ms. The last is kept: the primary key is the table, one 6-byte key and a 1-4 byte doc per row, 16 bytes a
   * row. WITHOUT ROWID and the `blob` type are SQLite's: PostgreSQL has no clustered tables and calls it `bytea`, so
   * the PostgreSQL store brings the capability flag that picks a plain table with its primary key, and `bytea`.
   */
  '0002-lsh-bands': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('article_signatures')
        .addColumn('doc', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('article_id', 'text', (c) => c.notNull().unique())
        .addColumn('seed', 'integer', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('bands', 'integer', (c) => c.notNull())
        .addColumn('rows', 'integer', (c) => c.notNull())
        .addColumn('minhash', 'blob', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('lsh_bands')
        .addColumn('band_key', 'bigint', (c) => c.notNull())
        .addColumn('doc', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('lsh_bands_pk', ['band_key', 'doc'])
        .modifyEnd(sql`without rowid`)
        .execute();
    },
  },
  /**
   * The copy graph (src/reuse/link-*.ts): one row per edge, source to derived (siblings: smaller id first), and the
   * independence family of every article that has an edge. An article without a row is a family of its own, so a
   * corpus of independent articles stores nothing here. Evidence and containment are JSON: read whole, never queried.
   */
  '0003-copy-graph': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('copy_edges')
        .addColumn('from_id', 'text', (c) => c.notNull())
        .addColumn('to_id', 'text', (c) => c.notNull())
        .addColumn('relation', 'text', (c) => c.notNull())
        .addColumn('score', 'real', (c) => c.notNull())
        .addColumn('direction', 'text')
        .addColumn('containment', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('copy_edges_pk', ['from_id', 'to_id'])
        .execute();
      await db.schema.createIndex('copy_edges_to').on('copy_edges').column('to_id').execute();
      await db.schema
        .createTable('families')
        .addColumn('article_id', 'text', (c) => c.primaryKey())
        .addColumn('family_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('families_family').on('families').column('family_id').execute();
    },
  },
  /**
   * Band rows are written in sorted batches behind a high-water mark (band-index.ts), as search rows are: the
   * signatures past the mark are the durable record, and their band rows are rebuilt from them after a crash.
   * Every signature stored before this migration already has its rows. The index on articles.content_hash goes: no
   * query reads it (versions are found by article_versions(article_id, content_hash)), and each article paid for
   * an insert at a random place in it.
   */
  '0004-lsh-pending': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('lsh_state')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('indexed_through', 'bigint', (c) => c.notNull())
        .execute();
      await sql`INSERT INTO lsh_state (id, indexed_through) SELECT 1, coalesce(max(doc), 0) FROM article_signatures`.execute(db);
      await db.schema.dropIndex('articles_content_hash').execute();
    },
  },
  /**
   * A Bloom filter over the keys of `lsh_bands` (band-filter.ts), asked before the table so that absent keys (nearly
   * all of a new article's) cost no B-tree lookup. Kept with the mark it is valid for: -1 here, so the first use
   * builds it from the table, once. A replaced signature now gets a new doc number (lsh.repository.ts), so rows
   * reach the table only through the sorted batches that also update the filter.
   */
  '0005-lsh-filter': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('lsh_filter')
        .addColumn('layer', 'integer', (c) => c.primaryKey())
        .addColumn('capacity', 'bigint', (c) => c.notNull())
        .addColumn('keys', 'bigint', (c) => c.notNull())
        .addColumn('bits', 'blob', (c) => c.notNull())
        .execute();
      await db.schema.alterTable('lsh_state').addColumn('filter_through', 'bigint', (c) => c.notNull().defaultTo(-1)).execute();
    },
  },
  /**
   * Articles stored whose copy edges are still being worked out on a worker thread (src/app/deferred-links.ts). A
   * row is written in the article's own unit of work and deleted in the unit that stores its edges, so a run that
   * stops in between leaves the row, and the next ingest links those articles before anything else.
   */
  '0005-pending-links': {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('pending_links').addColumn('article_id', 'text', (c) => c.primaryKey()).execute();
    },
  },
  /**
   * Claims stored per article (src/app/article-claims.ts), reused while the article's content, its publication time
   * (relative dates resolve against it) and the claim extractor's version are those they were made with; one row an
   * article, replaced when any of them changes. Made when a Brief first needs them, never at ingest: a stream
   * of articles nobody briefs pays nothing. `claims` is claims-codec.ts JSON, deflated (claims.repository.ts).
   * Cascades with the article, like its signals.
   */
  '0007-article-claims': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('article_claims')
        .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('extractor', 'text', (c) => c.notNull())
        .addColumn('claims', 'blob', (c) => c.notNull())
        .execute();
    },
  },
  /**
   * Articles stored by `ingest --defer-analysis` and not analysed yet (src/app/analyze-pending.ts): no signature,
   * copy edges or story. `seq` is the queue order, the order they were stored in, which analysis keeps so the
   * result is that of an ingest that analysed each article as it arrived; `status` is what storing it did
   * (ingested or updated), which decides what analysis does. A row is written in the article's own unit of work
   * and deleted in the unit that analyses it, so a run that stops in between leaves it queued.
   */
  '0009-pending-analysis': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pending_analysis')
        .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('article_id', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
