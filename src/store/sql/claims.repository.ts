import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Article } from '../../model/article.js';
import type { Claim } from '../../model/claim.js';
import type { ArticleClaims } from '../../ports/store.js';
import { decodeClaims, encodeClaims } from '../claims-codec.js';
import type { Database } from './schema.js';

/**
 * Claims are stored as claims-codec.ts JSON deflated at level 1: on the demo corpus an article's claims are 10.5 kB
 * of plain JSON, 8.4 kB with the quoted texts left out, 1.6 kB deflated, which is about the article's own text;
 * inflating and parsing the 36 articles' lists takes 3-4 ms, against about 25 ms to extract them again.
 */
const DEFLATE = { level: 1 };

/** Ids per query: well under SQLite's bound parameters limit, and a Brief reads at most 500 members. */
const CHUNK = 500;

/** The stored claims of these articles that are still valid: same content, same publication time, same extractor. */
export async function storedClaims(db: Kysely<Database>, articles: readonly Article[], extractor: string): Promise<Map<string, Claim[]>> {
  const out = new Map<string, Claim[]>();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.selectFrom('article_claims').selectAll().where('article_id', 'in', ids.slice(i, i + CHUNK)).execute();
    for (const row of rows) {
      const article = byId.get(row.article_id)!;
      if (row.extractor !== extractor || row.content_hash !== article.contentHash || row.published_at !== article.publishedAt) continue;
      try {
        out.set(row.article_id, decodeClaims(inflateRawSync(row.claims).toString('utf8'), article.text));
      } catch {
        // A damaged row is a cache miss, not a failed Brief: the claims are extracted again and the row replaced.
      }
    }
  }
  return out;
}

export async function saveClaims(db: Kysely<Database>, entries: readonly ArticleClaims[], extractor: string): Promise<void> {
  for (const { article, claims } of entries) {
    const row = {
      article_id: article.id, content_hash: article.contentHash, published_at: article.publishedAt, extractor,
      claims: deflateRawSync(encodeClaims(claims, article.text), DEFLATE),
    };
    await db.insertInto('article_claims').values(row)
      .onConflict((c) => c.column('article_id').doUpdateSet({
        content_hash: row.content_hash, published_at: row.published_at, extractor, claims: row.claims,
      })).execute();
  }
}
