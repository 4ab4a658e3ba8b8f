import type { Generated } from 'kysely';

/** The tables, as Kysely sees them. Column names are snake_case in SQL, camelCase in the records. */

export interface ArticlesTable {
  /** Integer row key: the FTS index and paging refer to it; users see `id`. */
  seq: Generated<number>;
  id: string;
  identity_key: string;
  url: string | null;
  title: string;
  text: string;
  outlet: string | null;
  author: string | null;
  published_at: string | null;
  date_source: string | null;
  language: string | null;
  content_hash: string;
  version: number;
  /** JSON of VersionChanges against the previous version, null for version 1. */
  changes: string | null;
  origin_input: string;
  origin_locator: string;
  ingested_at: string;
  /** Publication date, else ingestion date: what listings sort and filter by. */
  sort_at: string;
}

export interface ArticleVersionsTable {
  article_id: string;
  version: number;
  content_hash: string;
  title: string;
  text: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  published_at: string | null;
  date_source: string | null;
  language: string | null;
  changes: string | null;
  signals: string;
  origin_input: string;
  origin_locator: string;
  ingested_at: string;
}

export interface SignalsTable {
  article_id: string;
  position: number;
  kind: string;
  evidence: string;
  confidence: number;
}

export interface IngestRunsTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string;
  inputs: string;
  ingested: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface IngestFailuresTable {
  run_id: number;
  position: number;
  input: string;
  code: string;
  message: string;
}

export interface Database {
  articles: ArticlesTable;
  article_versions: ArticleVersionsTable;
  signals: SignalsTable;
  ingest_runs: IngestRunsTable;
  ingest_failures: IngestFailuresTable;
}
