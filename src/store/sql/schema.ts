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
  copy_edges: CopyEdgesTable;
  families: FamiliesTable;
  article_signatures: ArticleSignaturesTable;
  lsh_bands: LshBandsTable;
  lsh_state: LshStateTable;
  lsh_filter: LshFilterTable;
  pending_links: PendingLinksTable;
  pending_analysis: PendingAnalysisTable;
  article_claims: ArticleClaimsTable;
}

/** Claims stored per article (migration 0007-article-claims); `claims` is claims-codec.ts JSON, deflated. */
export interface ArticleClaimsTable {
  article_id: string;
  content_hash: string;
  published_at: string | null;
  extractor: string;
  claims: Uint8Array;
}

/** One MinHash signature per article (migration 0002-lsh-bands). */
export interface ArticleSignaturesTable {
  /** Small integer standing for the article in `lsh_bands` (2-4 bytes a row instead of a 16-character id). */
  doc: Generated<number>;
  article_id: string;
  seed: number;
  size: number;
  /** The band layout the article's rows in `lsh_bands` were made with, to delete them when it changes. */
  bands: number;
  rows: number;
  /** `size` unsigned 32-bit values, little-endian. */
  minhash: Uint8Array;
}

/** The LSH index: which docs have which band key (band * 2^32 + the band's hash). */
export interface LshBandsTable {
  band_key: number;
  doc: number;
}

/**
 * How far `lsh_bands` is written (migration 0004-lsh-pending): every signature with doc <= indexed_through has its
 * band rows in the table; newer ones are held in memory and written in sorted batches (band-index.ts).
 */
export interface LshStateTable {
  id: number;
  indexed_through: number;
  /**
   * The filter in `lsh_filter` holds the keys of every row of docs <= filter_through (migration 0005-lsh-filter);
   * -1, or any value other than indexed_through, means it must be rebuilt from the table.
   */
  filter_through: Generated<number>;
}

/** One layer of the Bloom filter over `lsh_bands` keys (band-filter.ts): 32-bit words, little-endian. */
export interface LshFilterTable {
  layer: number;
  capacity: number;
  keys: number;
  bits: Uint8Array;
}

/** Copy graph edges (migration 0003-copy-graph); JSON columns hold CopyEdge's nested parts. */
export interface CopyEdgesTable {
  from_id: string;
  to_id: string;
  relation: string;
  score: number;
  direction: string | null;
  containment: string;
  evidence: string;
}

/** The family of every article that has an edge; the family id is the smallest article id in it. */
export interface FamiliesTable {
  article_id: string;
  family_id: string;
}

/** Articles whose copy edges are not stored yet (migration 0005-pending-links). */
export interface PendingLinksTable {
  article_id: string;
}

/** Articles stored but not analysed yet, in queue order (migration 0009-pending-analysis). */
export interface PendingAnalysisTable {
  seq: Generated<number>;
  article_id: string;
  status: string;
}
