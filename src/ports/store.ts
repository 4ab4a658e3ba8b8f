import type { Article, ArticleSummary, ArticleVersion, ExtractedArticle, VersionChanges } from '../model/article.js';
import type { ErrorCode } from '../model/error-codes.js';
import type { Claim } from '../model/claim.js';
import type { CopyEdge } from '../model/copy-edge.js';
import type { LinkResult, ParentEdge } from '../reuse/link-article.js';
import type { LshKeys } from '../reuse/lsh-keys.js';
import type { Signature } from '../reuse/minhash.js';
import type { Story } from '../model/story.js';
import type { StoryIndexWriter, TermStatistics } from './story-index.js';

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

/** A live story as stored: its record, and its articles in the order they joined (those of stories it absorbed too). */
export interface StoredStory {
  readonly story: Story;
  readonly articleIds: readonly string[];
  /** Ids of the stories merged into this one: they still lead here. */
  readonly mergedIds: readonly string[];
}

export interface StoryListOptions {
  /** Only stories whose latest dated article is at or after this ISO instant (undated stories are left out). */
  readonly since?: string;
}

export interface IterateOptions {
  /**
   * `ingestion` (the default): the order articles were stored. `time`: by publication date, else ingestion date,
   * then ingestion order (what a replay of the stream in publication order reads).
   */
  readonly order?: 'ingestion' | 'time';
}

export interface ListOptions {
  readonly limit?: number;
  /** Only articles published (or, lacking a date, ingested) at or after this ISO instant. */
  readonly since?: string;
}

/**
 * Storage, as the use-cases see it. Each save is atomic: a crash or a failed statement leaves the article either
 * wholly stored or not at all (the SQLite store commits saves in groups, each in its own savepoint).
 * Implementations: SQLite (embedded default) and, later, PostgreSQL, behind one contract test suite.
 */
export interface Store {
  /** Stores an article, or a new version of it, or nothing when this content is already known at this identity. */
  saveArticle(article: ExtractedArticle, options: { readonly ingestedAt: string }): Promise<SaveResult>;
  /**
   * One atomic unit of work: an article's save and everything derived from it (its signature, its copy edges).
   * Either all of it is stored or none of it; reads inside see the unit's own writes.
   */
  atomically<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Every copy edge that touches these articles, strongest first. */
  copyEdges(ids: readonly string[]): Promise<CopyEdge[]>;
  /** Each article's independence family id (its own id when it has no copy edge). */
  familiesOf(ids: readonly string[]): Promise<Map<string, string>>;
  /** The articles of one family, in id order. */
  familyMembers(familyId: string): Promise<string[]>;
  getArticle(id: string): Promise<Article | null>;
  /** Superseded versions, oldest first (the current version is the article itself). */
  articleVersions(id: string): Promise<ArticleVersion[]>;
  /** Newest first by publication date, then by ingestion order. */
  listArticles(options?: ListOptions): Promise<ArticleSummary[]>;
  /** Every article, a page at a time (so an export never holds the corpus in memory), in ingestion order by default. */
  iterateArticles(options?: IterateOptions): AsyncIterable<Article>;
  /** Best first (BM25). Every word must match (else any may); with `match: 'any'`, any word may from the start. */
  search(query: string, options?: { readonly limit?: number; readonly match?: 'all' | 'any' }): Promise<SearchHit[]>;
  countArticles(): Promise<number>;
  recordIngestRun(run: IngestRunRecord): Promise<number>;
  /** Stores an article's MinHash signature and indexes its LSH band keys, replacing any it had (one transaction). */
  saveSignature(articleId: string, signature: Signature, keys: LshKeys): Promise<void>;
  /** Many signatures in one transaction: a rebuild or a bulk load. The last entry for an article wins. */
  saveSignatures(entries: readonly SignatureEntry[]): Promise<void>;
  /** Articles sharing at least one band key with `keys`: most shared bands first, then by id. No corpus scan. */
  lshCandidates(keys: LshKeys, options?: CandidateOptions): Promise<string[]>;
  /** The stored signatures of these articles; an article without one is absent from the map. */
  getSignatures(ids: readonly string[]): Promise<Map<string, Signature>>;
  /** Articles marked as waiting for their copy edges (StoreTransaction.markLinksPending), in the order they were stored. */
  pendingLinks(): Promise<string[]>;
  /**
   * Articles stored without analysis (`ingest --defer-analysis`, StoreTransaction.markAnalysisPending): the next
   * `limit` after queue position `after` (0: from the start), in the order they were stored.
   */
  pendingAnalysis(options: { readonly after: number; readonly limit: number }): Promise<PendingAnalysis[]>;
  /** How many articles wait for analysis. */
  countPendingAnalysis(): Promise<number>;
  /** Live stories, newest first (by their latest publication time; undated stories last), a page at a time. */
  iterateStories(options?: StoryListOptions): AsyncIterable<StoredStory>;
  /** One story, by its id or the id of a story merged into it; null when there is none. */
  getStory(id: string): Promise<StoredStory | null>;
  /** The story each of these articles is in now; an article with no story is absent. */
  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>>;
  /** How many live stories there are. */
  countStories(): Promise<number>;
  /** How many articles have a story (fewer than countArticles() in a store made before stories, or after resetStories). */
  countAssignedArticles(): Promise<number>;
  /**
   * How many stored articles contain each of these terms (the story index's document frequencies of stemmed content
   * words, src/stories/article-features.ts), and over how many articles that was counted; never-counted terms are
   * absent. What "rare" means in this coverage, for weighing words (claim stance, src/corroborate/stance.ts).
   */
  termStatistics(terms: readonly string[]): Promise<TermStatistics>;
  /** Forgets every story, so that they can be assigned again from the first article (`crosscheck rebuild`). */
  resetStories(): Promise<void>;
  /**
   * The claims stored for these articles by this extractor version (src/analyze/claims-fingerprint.ts), for the
   * articles whose content and publication time are still those the claims were made from; others are absent.
   */
  storedClaims(articles: readonly Article[], extractor: string): Promise<Map<string, Claim[]>>;
  /** Stores each article's claims, replacing what it had (one transaction). */
  saveClaims(entries: readonly ArticleClaims[], extractor: string): Promise<void>;
  close(): Promise<void>;
}

/** One article's claims as src/analyze/claims.ts extracted them from its current text and publication time. */
export interface ArticleClaims {
  readonly article: Article;
  readonly claims: readonly Claim[];
}

export interface SignatureEntry {
  readonly articleId: string;
  readonly signature: Signature;
  readonly keys: LshKeys;
}

export interface CandidateOptions {
  /** Leave this article out (the one asking). */
  readonly exclude?: string;
  /** At most this many, the ones sharing most bands. */
  readonly limit?: number;
  /** Only articles whose signature was stored before this article's: the candidates it had when it arrived. */
  readonly storedBefore?: string;
}

/** What a unit of work (Store.atomically) can read and write. */
export interface StoreTransaction {
  saveArticle(article: ExtractedArticle, options: { readonly ingestedAt: string }): Promise<SaveResult>;
  getArticle(id: string): Promise<Article | null>;
  saveSignature(articleId: string, signature: Signature, keys: LshKeys): Promise<void>;
  lshCandidates(keys: LshKeys, options?: CandidateOptions): Promise<string[]>;
  getSignatures(ids: readonly string[]): Promise<Map<string, Signature>>;
  /** The parent edge of each of these articles that has one. */
  parentsOf(ids: readonly string[]): Promise<Map<string, ParentEdge>>;
  /** Stores a new article's copy edges and joins the families they connect. */
  saveLinks(result: LinkResult): Promise<void>;
  /** Each article's independence family id (its own id when it has no copy edge), as this unit sees it. */
  familiesOf(ids: readonly string[]): Promise<Map<string, string>>;
  /**
   * The story index, inside this unit of work. One assigner per store: assignments are serialised through the
   * store's units of work, never made by two processes at once.
   */
  readonly stories: StoryIndexWriter;
  /**
   * The `limit` articles that joined this story most recently (merged stories' included), newest first; with
   * `before`, only those that joined before that article did (the members it saw when it arrived).
   */
  storyMembers(storyId: string, limit: number, before?: string): Promise<string[]>;
  /** Marks an article as waiting for its copy edges, which a later unit of work stores. */
  markLinksPending(articleId: string): Promise<void>;
  /** The article's copy edges are stored (or it has none): it waits no more. */
  clearLinksPending(articleId: string): Promise<void>;
  /** Queues a stored article for analysis (signature, copy edges, story) in a later unit of work; `status` is what storing it did. */
  markAnalysisPending(articleId: string, status: QueuedStatus): Promise<void>;
  /** The article is analysed: it leaves the queue. */
  clearAnalysisPending(articleId: string): Promise<void>;
}

/** What storing a queued article did: analysis gives a new article a story, and only re-links a new version. */
export type QueuedStatus = Exclude<SaveStatus, 'unchanged'>;

/** An article waiting for analysis, and its place in the queue. */
export interface PendingAnalysis {
  readonly position: number;
  readonly articleId: string;
  readonly status: QueuedStatus;
}
