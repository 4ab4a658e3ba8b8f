import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { SearchHit } from '../../ports/store.js';
import type { Database } from '../sql/schema.js';

/**
 * Full-text search with FTS5 and BM25. A user's words are quoted one by one, so punctuation ("U.S.", "9/11") can
 * never be read as FTS5 syntax; all words must match, and when that finds nothing, any word may. With `any`, any
 * word may from the start, ranked by BM25: how a claim finds the coverage that mentions some of it.
 */

/** Title matches count four times a body match: a headline states what the whole article is about. */
const TITLE_WEIGHT = 4;
const TEXT_WEIGHT = 1;

export async function searchArticles(db: Kysely<Database>, query: string, limit: number, any = false): Promise<SearchHit[]> {
  const words = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const quoted = words.map((w) => `"${w}"`);
  if (any) return run(db, quoted.join(' OR '), limit);
  const all = await run(db, quoted.join(' AND '), limit);
  if (all.length > 0 || words.length === 1) return all;
  return run(db, quoted.join(' OR '), limit);
}

async function run(db: Kysely<Database>, match: string, limit: number): Promise<SearchHit[]> {
  const result = await sql<{ id: string; title: string; url: string | null; outlet: string | null; published_at: string | null; language: string | null; rank: number; snippet: string }>`
    SELECT a.id, a.title, a.url, a.outlet, a.published_at, a.language,
           bm25(articles_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS rank,
           snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH ${match}
    ORDER BY rank, a.seq
    LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => ({
    id: r.id, title: r.title, url: r.url, outlet: r.outlet, publishedAt: r.published_at, language: r.language,
    score: -r.rank, snippet: r.snippet,
  }));
}
