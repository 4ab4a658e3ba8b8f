import type { Signal } from '../model/signal.js';
import type { LinkResult, ParentEdge } from '../reuse/link-article.js';
import { linkNewArticle } from '../reuse/link-article.js';
import type { LinkSide } from '../reuse/link-pair.js';
import { profileText } from '../reuse/sentence-profile.js';
import { machineRewriteScore } from '../reuse/signals/machine-rewrite-score.js';

/**
 * Linking one new article into the copy graph, as plain data in and out: the article, its close candidates and
 * their parent edges, all read from the store beforehand. The same function runs on the ingest thread and on a
 * worker (extraction-worker.ts), where its cost (sentence profiles and alignment, ~3 ms for a copy of a 3 KB
 * article) no longer holds up storing the next articles.
 */

export interface LinkArticle {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string | null;
  readonly signals: readonly Signal[];
}

export interface LinkJob {
  readonly article: LinkArticle;
  readonly candidates: readonly LinkArticle[];
  /** The candidates' parent edges, as [article id, edge] pairs (a Map crosses threads too, but this reads plainer). */
  readonly parents: readonly (readonly [string, ParentEdge])[];
}

export function runLinkJob(job: LinkJob): LinkResult {
  return linkNewArticle(side(job.article), job.candidates.map(side), new Map(job.parents));
}

function side(article: LinkArticle): LinkSide {
  return { id: article.id, publishedAt: article.publishedAt, machineScore: machineRewriteScore(article.signals).score, profile: profileText(article.text) };
}
