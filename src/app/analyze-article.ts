import type { Signal } from '../model/signal.js';
import type { SaveResult, StoreTransaction } from '../ports/store.js';
import type { CopySignature } from '../reuse/copy-signature.js';
import { copySignature } from '../reuse/copy-signature.js';
import type { LshKeys } from '../reuse/lsh-keys.js';
import type { Signature } from '../reuse/minhash.js';
import { estimateJaccard } from '../reuse/minhash.js';
import type { ArticleFeatures } from '../stories/article-features.js';
import { articleFeatures } from '../stories/article-features.js';
import { assignStory } from './assign-story.js';
import type { LinkArticle, LinkJob } from './link-job.js';
import { hasSource, runLinkJob } from './link-job.js';
import { storyCandidates } from './story-candidates.js';

/**
 * Analyses one stored article, in its unit of work: its signature, its candidates from the LSH index (never a
 * corpus scan) and those close enough to align; linking them (alignment, derivation, the parent rule) in the same
 * unit or, when a worker does it (deferred-links.ts), marking the article as waiting for its edges; then its story
 * (assign-story.ts): with its source known, a copy joins its source's story; an article whose edges come later is
 * placed by its words alone. The ingest runs it right after storing the article (store-article.ts), or later, in
 * the order the articles were stored, for those `ingest --defer-analysis` queued (analyze-pending.ts).
 */

/** What analysis reads of the text, computed with the extraction (on a worker when there is one) or from the stored text. */
export interface ArticleAnalysis {
  readonly copySignature: CopySignature | null;
  /**
   * What story clustering reads of the text (src/stories/article-features.ts). Its identity fields (id, source,
   * family) are blank: only the store knows them (assign-story.ts fills them in).
   */
  readonly storyFeatures: ArticleFeatures;
}

/** The fields of an article analysis reads. */
export interface AnalysisInput {
  readonly title: string;
  readonly text: string;
  readonly publishedAt: string | null;
  readonly outlet: string | null;
}

export function articleAnalysis(article: AnalysisInput): ArticleAnalysis {
  const storyFeatures = articleFeatures({ id: '', title: article.title, text: article.text, publishedAt: article.publishedAt, outlet: article.outlet });
  return { copySignature: copySignature(article.text), storyFeatures };
}

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

/** An article stored whose edges a later unit stores: what linking it needs besides the store's current state. */
export interface PendingLinks {
  readonly article: LinkArticle;
  readonly candidates: readonly string[];
  /** Story members the index did not return, linked in a second round (story-candidates.ts). */
  readonly storyCandidates?: readonly string[];
}

/** The stored article as analysis links it. */
export interface AnalysedText {
  readonly text: string;
  readonly publishedAt: string | null;
  readonly signals: readonly Signal[];
}

/** Returns the links a later unit must store (with `deferLinks`), or null. */
export async function analyzeArticle(
  tx: StoreTransaction,
  saved: SaveResult,
  stored: AnalysedText,
  analysis: ArticleAnalysis,
  options: { readonly deferLinks?: boolean } = {},
): Promise<PendingLinks | null> {
  const { copySignature: copy, storyFeatures } = analysis;
  const linkArticle: LinkArticle = { id: saved.id, text: stored.text, publishedAt: stored.publishedAt, signals: stored.signals };
  const candidates = copy ? await findCandidates(tx, saved.id, copy) : [];
  if (options.deferLinks) {
    // The story first, by the article's words: its edges come in a later unit (deferred-links.ts).
    const assignment = await assignStory(tx, saved, storyFeatures, { linked: false });
    const fromStory = copy && assignment ? await storyCandidates(tx, saved.id, copy.signature, assignment.storyId, { assessed: candidates }) : [];
    if (candidates.length === 0 && fromStory.length === 0) return null;
    await tx.markLinksPending(saved.id);
    return { article: linkArticle, candidates, storyCandidates: fromStory };
  }
  // Near copies first: a copy's source decides its story (copies follow their source).
  let sourced = false;
  if (candidates.length > 0) {
    const result = runLinkJob(await linkJob(tx, { article: linkArticle, candidates }));
    await tx.saveLinks(result);
    sourced = hasSource(result, saved.id);
  }
  const assignment = await assignStory(tx, saved, storyFeatures, { linked: candidates.length > 0 });
  // Then, for an article with no source yet, its story's members: heavy rewrites and siblings (runLinkJob's second round).
  if (!sourced && copy && assignment) {
    const fromStory = await storyCandidates(tx, saved.id, copy.signature, assignment.storyId, { assessed: candidates });
    if (fromStory.length > 0) await tx.saveLinks(runLinkJob(await linkJob(tx, { article: linkArticle, candidates: [], storyCandidates: fromStory })));
  }
  return null;
}

/** Stores the article's signature and returns its close LSH candidates. */
async function findCandidates(tx: StoreTransaction, id: string, copy: CopySignature): Promise<string[]> {
  await tx.saveSignature(id, copy.signature, copy.keys);
  return closeCandidates(tx, id, copy.signature, copy.keys);
}

/** The stored candidates an article may copy or be copied by, closest first; `storedBefore` as in CandidateOptions. */
export async function closeCandidates(tx: StoreTransaction, id: string, signature: Signature, keys: LshKeys, storedBefore?: string): Promise<string[]> {
  const ids = await tx.lshCandidates(keys, { exclude: id, limit: MAX_CANDIDATES, ...(storedBefore ? { storedBefore } : {}) });
  if (ids.length === 0) return [];
  const signatures = await tx.getSignatures(ids);
  return ids.filter((other) => {
    const stored = signatures.get(other);
    return stored !== undefined && estimateJaccard(signature, stored) >= MIN_CANDIDATE_JACCARD;
  });
}

/** Reads what linking needs now: the candidates' texts and their parent edges as they stand. */
export async function linkJob(tx: StoreTransaction, pending: PendingLinks): Promise<LinkJob> {
  const read = async (ids: readonly string[]) => {
    const out: LinkArticle[] = [];
    for (const id of ids) {
      const stored = await tx.getArticle(id);
      if (stored) out.push({ id, text: stored.text, publishedAt: stored.publishedAt, signals: stored.signals });
    }
    return out;
  };
  const candidates = await read(pending.candidates);
  const fromStory = await read(pending.storyCandidates ?? []);
  const parents = await tx.parentsOf([...candidates, ...fromStory].map((c) => c.id));
  return { article: pending.article, candidates, ...(fromStory.length > 0 ? { storyCandidates: fromStory } : {}), parents: [...parents] };
}
