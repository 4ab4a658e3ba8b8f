import type { Kysely, QueryResult } from 'kysely';
import { CompiledQuery } from 'kysely';
import { compiledSql } from './compiled-cache.js';
import type { ArticlesTable, Database } from './schema.js';

/**
 * The statements every new article runs, compiled once per dialect (compiled-cache.ts): building them with
 * Kysely's builder cost 30-60 µs each, against 5 µs to run an already compiled one (better-sqlite3, this machine).
 */

/** Column order of the compiled article insert; parameters follow it. */
export const ARTICLE_COLUMNS = [
  'id', 'identity_key', 'url', 'title', 'text', 'outlet', 'author', 'published_at', 'date_source', 'language',
  'content_hash', 'version', 'changes', 'origin_input', 'origin_locator', 'ingested_at', 'sort_at',
] as const;

export type ArticleRow = { readonly [C in (typeof ARTICLE_COLUMNS)[number]]: ArticlesTable[C] };

const SIGNAL_COLUMNS = ['article_id', 'position', 'kind', 'evidence', 'confidence'] as const;

export type SignalRow = { readonly [C in (typeof SIGNAL_COLUMNS)[number]]: unknown };

/** Inserts a new article; no row is written (0 rows affected) when its id is already stored. */
export function insertArticle(trx: Kysely<Database>, row: ArticleRow): Promise<QueryResult<unknown>> {
  const sql = compiledSql(trx, 'article-insert', ARTICLE_COLUMNS.length, () => {
    const placeholder = Object.fromEntries(ARTICLE_COLUMNS.map((c) => [c, ''])) as unknown as ArticleRow;
    return trx.insertInto('articles').values(placeholder).onConflict((conflict) => conflict.column('id').doNothing()).compile();
  });
  return trx.executeQuery(CompiledQuery.raw(sql, ARTICLE_COLUMNS.map((c) => row[c])));
}

export function insertSignals(trx: Kysely<Database>, rows: readonly SignalRow[]): Promise<QueryResult<unknown>> {
  const sql = compiledSql(trx, `signals-insert:${rows.length}`, rows.length * SIGNAL_COLUMNS.length, () =>
    trx.insertInto('signals').values(rows.map(() => ({ article_id: '', position: 0, kind: '', evidence: '', confidence: 0 }))).compile());
  return trx.executeQuery(CompiledQuery.raw(sql, rows.flatMap((r) => SIGNAL_COLUMNS.map((c) => r[c]))));
}
