import { extractClaims } from '../analyze/claims.js';
import { claimsExtractorVersion } from '../analyze/claims-fingerprint.js';
import type { Article } from '../model/article.js';
import type { Claim } from '../model/claim.js';
import type { ArticleClaims, Store } from '../ports/store.js';

/**
 * The claims of some articles, extracted once per article content and kept in the store: a story's Brief, asked
 * again after an article joined, extracts the claims of that article alone (issue 5: "the brief updates
 * incrementally when an article joins"). Claims are valid for one text, one publication time (relative dates
 * resolve against it) and one extractor version (claims-fingerprint.ts); anything else is extracted again and
 * replaces the stored list.
 *
 * Storing them is a cache write made by a read (a Brief): when it fails (another process holds the write lock
 * longer than busy_timeout, a read-only file) the claims are still returned, and the failure is reported in
 * `unsaved` for the caller to show; nothing is lost but the next Brief's time.
 */
export interface ArticleClaimsResult {
  readonly claims: Map<string, readonly Claim[]>;
  /** Articles whose stored claims were used. */
  readonly reused: number;
  /** Articles whose claims were extracted now. */
  readonly extracted: number;
  /** Why the extracted claims could not be stored; null when they were (or none were extracted). */
  readonly unsaved: string | null;
}

export async function articleClaims(store: Store, articles: readonly Article[]): Promise<ArticleClaimsResult> {
  const extractor = claimsExtractorVersion();
  const stored = await store.storedClaims(articles, extractor);
  const claims = new Map<string, readonly Claim[]>(stored);
  const fresh: ArticleClaims[] = [];
  for (const article of articles) {
    if (claims.has(article.id)) continue;
    const extracted = extractClaims(article.text, { articleId: article.id, publishedAt: article.publishedAt });
    claims.set(article.id, extracted);
    fresh.push({ article, claims: extracted });
  }
  let unsaved: string | null = null;
  if (fresh.length > 0) {
    try {
      await store.saveClaims(fresh, extractor);
    } catch (error) {
      unsaved = (error as Error).message;
    }
  }
  return { claims, reused: stored.size, extracted: fresh.length, unsaved };
}
