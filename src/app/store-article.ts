import type { ExtractedArticle } from '../model/article.js';
import type { SaveResult, StoreTransaction } from '../ports/store.js';
import type { CopySignature } from '../reuse/copy-signature.js';
import type { LinkSide } from '../reuse/link-pair.js';
import { linkNewArticle } from '../reuse/link-article.js';
import { estimateJaccard } from '../reuse/minhash.js';
import { profileText } from '../reuse/sentence-profile.js';
import { machineRewriteScore } from '../reuse/signals/machine-rewrite-score.js';

/**
 * Stores one prepared article and links it into the copy graph, in one unit of work: its signature, its
 * candidates from the LSH index (never a corpus scan), the derivation of each candidate pair, and the edges and
 * families that follow. A failure anywhere leaves nothing of the article.
 */

/**
 * Candidates assessed per new article, those sharing most LSH bands first. A wire story's 50th copy need not be
 * aligned against the 49 others: its source is among the closest, and each assessment aligns both directions
 * (several milliseconds for news-length texts).
 */
const MAX_CANDIDATES = 5;
/**
 * Estimated Jaccard (word 3-shingles) below which an LSH candidate is dropped before alignment. The index is tuned
 * for 0.5 (copy-signature.ts); 0.3 keeps every light edit it can find (an edit of one word in ten leaves J = 0.6)
 * while texts written from one template share a fifth of their triples by chance (median 0.19, p99 0.32 between
 * unrelated generated articles of bench/lib/synthetic-news.ts), and aligning those would cost milliseconds each.
 */
const MIN_CANDIDATE_JACCARD = 0.3;

export async function storeArticle(tx: StoreTransaction, article: ExtractedArticle, ingestedAt: string, copy: CopySignature | null): Promise<SaveResult> {
  const saved = await tx.saveArticle(article, { ingestedAt });
  if (saved.status === 'unchanged' || !copy) return saved;
  await tx.saveSignature(saved.id, copy.signature, copy.keys);
  const ids = await tx.lshCandidates(copy.keys, { exclude: saved.id, limit: MAX_CANDIDATES });
  if (ids.length === 0) return saved;
  const signatures = await tx.getSignatures(ids);
  const close = ids.filter((id) => {
    const other = signatures.get(id);
    return other !== undefined && estimateJaccard(copy.signature, other) >= MIN_CANDIDATE_JACCARD;
  });
  const candidates: LinkSide[] = [];
  for (const id of close) {
    const stored = await tx.getArticle(id);
    if (stored) candidates.push(side(id, stored));
  }
  if (candidates.length === 0) return saved;
  const parents = await tx.parentsOf(candidates.map((c) => c.id));
  await tx.saveLinks(linkNewArticle(side(saved.id, article), candidates, parents));
  return saved;
}

function side(id: string, article: Pick<ExtractedArticle, 'publishedAt' | 'signals' | 'text'>): LinkSide {
  return { id, publishedAt: article.publishedAt, machineScore: machineRewriteScore(article.signals).score, profile: profileText(article.text) };
}
