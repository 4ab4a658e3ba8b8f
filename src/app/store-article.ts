import type { SaveResult, StoreTransaction } from '../ports/store.js';
import type { PendingLinks } from './analyze-article.js';
import { analyzeArticle } from './analyze-article.js';
import type { PreparedDocument } from './prepare-article.js';

/**
 * Stores one prepared article and, in the same unit of work, analyses it (analyze-article.ts: signature, copy
 * edges, story) or, for `ingest --defer-analysis` and an article prepared without analysis, queues it for
 * analyze-pending.ts. A failure anywhere leaves nothing of the unit.
 */

export interface StoredArticle {
  readonly saved: SaveResult;
  readonly pending: PendingLinks | null;
}

export interface StoreOptions {
  /** Link copies in a later unit of work (deferred-links.ts). */
  readonly deferLinks?: boolean;
  /** Store only, and queue the article for analysis (analyze-pending.ts). */
  readonly deferAnalysis?: boolean;
}

export async function storeArticle(tx: StoreTransaction, prepared: PreparedDocument, options: StoreOptions = {}): Promise<StoredArticle> {
  const { article, ingestedAt, analysis } = prepared;
  const saved = await tx.saveArticle(article, { ingestedAt });
  if (saved.status === 'unchanged') return { saved, pending: null };
  if (options.deferAnalysis || analysis === null) {
    await tx.markAnalysisPending(saved.id, saved.status);
    return { saved, pending: null };
  }
  const pending = await analyzeArticle(tx, saved, article, analysis, options.deferLinks ? { deferLinks: true } : {});
  return { saved, pending };
}
