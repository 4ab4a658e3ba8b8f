import type { Article, ArticleSummary, ArticleVersion, ExtractedArticle, VersionChanges } from '../model/article.js';
import type { ErrorCode } from '../model/error-codes.js';

/** What saving one article did. */
export type SaveStatus = 'ingested' | 'unchanged' | 'updated';

export interface SaveResult {
  readonly status: SaveStatus;
  readonly id: string;
  readonly version: number;
  /** For `updated`: what the new version changed. */
  readonly changes?: VersionChanges;
}

export interface SearchHit extends ArticleSummary {
  /** Relevance, higher is better (the negated BM25 rank in SQLite). */
  readonly score: number;
  /** A short passage of the text around the matched words. */
  readonly snippet: string;
}

export interface IngestRunRecord {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly inputs: readonly string[];
  readonly ingested: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failures: readonly { readonly input: string; readonly code: ErrorCode; readonly message: string }[];
}

export interface ListOptions {
  readonly limit?: number;
  /** Only articles published (or, lacking a date, ingested) at or after this ISO instant. */
  readonly since?: string;
}

/**
 * Storage, as the use-cases see it. Each save is one transaction: a crash leaves the article either wholly stored
 * or not at all. Implementations: SQLite (embedded default) and, later, PostgreSQL, behind one contract test suite.
 */
export interface Store {
  /** Stores an article, or a new version of it, or nothing when this content is already known at this identity. */
  saveArticle(article: ExtractedArticle, options: { readonly ingestedAt: string }): Promise<SaveResult>;
  getArticle(id: string): Promise<Article | null>;
  /** Superseded versions, oldest first (the current version is the article itself). */
  articleVersions(id: string): Promise<ArticleVersion[]>;
  /** Newest first by publication date, then by ingestion order. */
  listArticles(options?: ListOptions): Promise<ArticleSummary[]>;
  /** Every article in ingestion order, a page at a time, so an export never holds the corpus in memory. */
  iterateArticles(): AsyncIterable<Article>;
  search(query: string, options?: { readonly limit?: number }): Promise<SearchHit[]>;
  countArticles(): Promise<number>;
  recordIngestRun(run: IngestRunRecord): Promise<number>;
  close(): Promise<void>;
}
