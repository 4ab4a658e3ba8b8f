import type { Kysely, Selectable } from 'kysely';
import type { Article, ArticleSummary, ArticleVersion, DateSource, ExtractedArticle, VersionChanges } from '../../model/article.js';
import type { Signal, SignalKind } from '../../model/signal.js';
import type { IterateOptions, ListOptions, SaveResult } from '../../ports/store.js';
import { contentHash } from '../../text/content-hash.js';
import { versionChanges } from '../../text/version-diff.js';
import { articleId, identityKey } from '../article-identity.js';
import type { ArticleRow } from './article-statements.js';
import { insertArticle, insertSignals } from './article-statements.js';
import type { ArticlesTable, Database } from './schema.js';

/** Articles, their superseded versions and their signals, in SQL both dialects understand. */

/** Rows fetched per page when iterating the whole store: large enough to amortise a query, small in memory. */
const PAGE_SIZE = 500;

/**
 * Stores one article. Runs inside the caller's transaction or savepoint (group-commit.ts), which makes the
 * article atomic: a failure in any statement leaves nothing of it.
 */
export async function saveArticle(trx: Kysely<Database>, article: ExtractedArticle, ingestedAt: string): Promise<SaveResult> {
  const hash = contentHash(article.title, article.text);
  const key = identityKey(article.url, hash);
  const id = articleId(key);
  // Insert first: most saves are new articles, and this spares them a lookup.
  const inserted = await insertArticle(trx, articleRow(id, key, hash, 1, null, article, ingestedAt));
  if (Number(inserted.numAffectedRows ?? 0) > 0) {
    await saveSignals(trx, id, article.signals);
    return { status: 'ingested', id, version: 1 } as const;
  }
  const current = await trx.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  if (current.content_hash === hash || (await knownVersion(trx, id, hash))) {
    return { status: 'unchanged', id, version: current.version } as const;
  }
  const changes = versionChanges(
    { title: current.title, text: current.text, publishedAt: current.published_at },
    { title: article.title, text: article.text, publishedAt: article.publishedAt },
  );
  const signals = await trx.selectFrom('signals').selectAll().where('article_id', '=', id).orderBy('position').execute();
  await trx.insertInto('article_versions').values({
    article_id: id, version: current.version, content_hash: current.content_hash, title: current.title, text: current.text,
    url: current.url, outlet: current.outlet, author: current.author, published_at: current.published_at,
    date_source: current.date_source, language: current.language, changes: current.changes,
    signals: JSON.stringify(signals.map(toSignal)), origin_input: current.origin_input,
    origin_locator: current.origin_locator, ingested_at: current.ingested_at,
  }).execute();
  const version = current.version + 1;
  const { id: _id, identity_key: _key, ...row } = articleRow(id, key, hash, version, JSON.stringify(changes), article, ingestedAt);
  await trx.updateTable('articles').set(row).where('id', '=', id).execute();
  await trx.deleteFrom('signals').where('article_id', '=', id).execute();
  await saveSignals(trx, id, article.signals);
  return { status: 'updated', id, version, changes } as const;
}

async function knownVersion(trx: Kysely<Database>, id: string, hash: string): Promise<boolean> {
  // An older copy of a page that has since changed is not news: re-ingesting it must not flip the article back.
  const row = await trx.selectFrom('article_versions').select('version').where('article_id', '=', id).where('content_hash', '=', hash).executeTakeFirst();
  return row !== undefined;
}

function articleRow(id: string, key: string, hash: string, version: number, changes: string | null, a: ExtractedArticle, ingestedAt: string): ArticleRow {
  return {
    id, identity_key: key, url: a.url, title: a.title, text: a.text, outlet: a.outlet, author: a.author,
    published_at: a.publishedAt, date_source: a.dateSource, language: a.language, content_hash: hash, version, changes,
    origin_input: a.origin.input, origin_locator: a.origin.locator, ingested_at: ingestedAt, sort_at: a.publishedAt ?? ingestedAt,
  };
}

async function saveSignals(trx: Kysely<Database>, id: string, signals: readonly Signal[]): Promise<void> {
  if (signals.length === 0) return;
  await insertSignals(trx, signals.map((s, position) => ({ article_id: id, position, kind: s.kind, evidence: s.evidence, confidence: s.confidence })));
}

function toSignal(row: { kind: string; evidence: string; confidence: number }): Signal {
  return { kind: row.kind as SignalKind, evidence: row.evidence, confidence: row.confidence };
}

export async function getArticle(db: Kysely<Database>, id: string): Promise<Article | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const signals = await db.selectFrom('signals').select(['kind', 'evidence', 'confidence']).where('article_id', '=', id).orderBy('position').execute();
  return toArticle(row, signals.map(toSignal));
}

export async function articleVersions(db: Kysely<Database>, id: string): Promise<ArticleVersion[]> {
  const rows = await db.selectFrom('article_versions').selectAll().where('article_id', '=', id).orderBy('version').execute();
  return rows.map((r) => ({
    articleId: r.article_id, version: r.version, contentHash: r.content_hash, title: r.title, text: r.text, url: r.url,
    outlet: r.outlet, author: r.author, publishedAt: r.published_at, dateSource: r.date_source as DateSource | null,
    language: r.language, signals: (JSON.parse(r.signals) as Signal[]).map(toSignal),
    origin: { input: r.origin_input, locator: r.origin_locator }, ingestedAt: r.ingested_at,
    changes: r.changes ? (JSON.parse(r.changes) as VersionChanges) : null,
  }));
}

export async function listArticles(db: Kysely<Database>, options: ListOptions = {}): Promise<ArticleSummary[]> {
  let query = db.selectFrom('articles').select(['id', 'title', 'url', 'outlet', 'published_at', 'language'])
    .orderBy('sort_at', 'desc').orderBy('seq', 'desc');
  if (options.since) query = query.where('sort_at', '>=', options.since);
  if (options.limit !== undefined) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map(toSummary);
}

/** `beforePage` runs before each page is read: the store commits its open group there, as every read does. */
export async function* iterateArticles(db: Kysely<Database>, options: IterateOptions = {}, beforePage: () => Promise<void> = async () => undefined): AsyncIterable<Article> {
  const byTime = options.order === 'time';
  let after: { sortAt: string; seq: number } | null = null;
  for (;;) {
    await beforePage();
    let query = db.selectFrom('articles').selectAll().limit(PAGE_SIZE);
    // Keyset paging on the primary key, or on the articles_sort_at index (sort_at, seq).
    query = byTime ? query.orderBy('sort_at').orderBy('seq') : query.orderBy('seq');
    if (after !== null) {
      const { sortAt, seq } = after;
      query = byTime
        ? query.where((eb) => eb.or([eb('sort_at', '>', sortAt), eb.and([eb('sort_at', '=', sortAt), eb('seq', '>', seq)])]))
        : query.where('seq', '>', seq);
    }
    const rows = await query.execute();
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const signalRows = await db.selectFrom('signals').select(['article_id', 'kind', 'evidence', 'confidence'])
      .where('article_id', 'in', ids).orderBy('article_id').orderBy('position').execute();
    const byArticle = new Map<string, Signal[]>();
    for (const s of signalRows) byArticle.set(s.article_id, [...(byArticle.get(s.article_id) ?? []), toSignal(s)]);
    for (const row of rows) yield toArticle(row, byArticle.get(row.id) ?? []);
    const last = rows.at(-1)!;
    after = { sortAt: last.sort_at, seq: last.seq };
  }
}

export async function countArticles(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function toSummary(row: Pick<Selectable<ArticlesTable>, 'id' | 'title' | 'url' | 'outlet' | 'published_at' | 'language'>): ArticleSummary {
  return { id: row.id, title: row.title, url: row.url, outlet: row.outlet, publishedAt: row.published_at, language: row.language };
}

function toArticle(row: Selectable<ArticlesTable>, signals: Signal[]): Article {
  return {
    id: row.id, title: row.title, text: row.text, url: row.url, outlet: row.outlet, author: row.author,
    publishedAt: row.published_at, dateSource: row.date_source as DateSource | null, language: row.language, signals,
    origin: { input: row.origin_input, locator: row.origin_locator }, contentHash: row.content_hash,
    version: row.version, ingestedAt: row.ingested_at, changes: row.changes ? (JSON.parse(row.changes) as VersionChanges) : null,
  };
}
