import type { Article } from '../model/article.js';
import type { Store } from '../ports/store.js';
import type { AnalysisInput, ArticleAnalysis } from './analyze-article.js';
import { analyzeArticle, articleAnalysis } from './analyze-article.js';
import { ExtractionPool } from './extraction-pool.js';

/**
 * Analysis of the articles `ingest --defer-analysis` stored (`crosscheck analyze`, and the start of every ingest
 * that analyses): each queued article gets its signature, copy edges and story, in the order the articles were
 * stored, from its stored text. Each article is analysed in its own unit of work, which also takes it off the
 * queue, so a run that stops leaves every article analysed or still queued, and running it again goes on.
 *
 * In queue order, every article sees exactly the signatures, edges and stories of the articles stored before it,
 * as when the ingest analysed each one on arrival: the copy graph and the stories are those of that ingest
 * (test/e2e/deferred-analysis.test.ts compares the two on the demo corpus).
 */

export interface AnalyzeProgress {
  readonly done: number;
  readonly total: number;
}

export interface AnalyzeOptions {
  /**
   * Worker threads that compute what analysis reads of the text (signature, story features) while this thread
   * stores the results, as the ingest's extraction workers do; 0 computes them here.
   */
  readonly workers?: number;
  /** A pool the caller owns (and closes) instead of `workers` of its own. */
  readonly pool?: ExtractionPool;
  readonly onProgress?: (progress: AnalyzeProgress) => void;
}

/** Queued articles read at once: their texts are held while their analyses are computed ahead. */
const PAGE = 256;
/**
 * Analyses sent to the workers ahead of the article being stored: enough to keep them busy (a unit of work costs
 * this thread several times what an analysis costs a worker), and sent as the workers become ready, so a run that
 * starts before they have loaded (most of a second) moves to them part-way through its first page.
 */
const AHEAD = 64;

/** Returns how many queued articles were analysed. */
export async function analyzePending(store: Store, options: AnalyzeOptions = {}): Promise<number> {
  const total = await store.countPendingAnalysis();
  if (total === 0) return 0;
  const pool = options.pool ?? ((options.workers ?? 0) > 0 ? new ExtractionPool(options.workers!) : null);
  let done = 0;
  try {
    for (let after = 0; ;) {
      const page = await store.pendingAnalysis({ after, limit: PAGE });
      if (page.length === 0) break;
      after = page.at(-1)!.position;
      const ids = page.map((queued) => queued.articleId);
      // Read in a unit of work: a read outside one would commit the open group at every page.
      const articles = await store.atomically(async (tx) => Promise.all(ids.map((id) => tx.getArticle(id))));
      const analyses: (Promise<ArticleAnalysis> | null)[] = articles.map(() => null);
      let sent = 0;
      for (const [index, queued] of page.entries()) {
        if (pool?.ready) {
          for (sent = Math.max(sent, index); sent < Math.min(index + AHEAD, page.length); sent++) {
            const ahead = articles[sent];
            if (ahead) analyses[sent] = pool.analysis(inputOf(ahead));
          }
        }
        const article = articles[index];
        const analysis: ArticleAnalysis | null = article ? await (analyses[index] ?? articleAnalysis(inputOf(article))) : null;
        await store.atomically(async (tx) => {
          // An article no longer stored has nothing to analyse; it only leaves the queue.
          if (article && analysis) await analyzeArticle(tx, { status: queued.status, id: article.id, version: article.version }, article, analysis);
          await tx.clearAnalysisPending(queued.articleId);
        });
        done++;
        if (done % 100 === 0 || done === total) options.onProgress?.({ done, total });
      }
    }
  } finally {
    if (!options.pool) await pool?.close();
  }
  return done;
}

/** Only the fields analysis reads: the whole article (signals, versions) would be cloned to the worker for nothing. */
function inputOf(article: Article): AnalysisInput {
  return { title: article.title, text: article.text, publishedAt: article.publishedAt, outlet: article.outlet };
}
