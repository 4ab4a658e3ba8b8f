import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../model/raw-document.js';
import { readFileInput } from '../ingest/read-file.js';
import type { ReadOptions } from '../ingest/read-options.js';
import type { LinkResult } from '../reuse/link-article.js';
import type { AnalysisInput, ArticleAnalysis } from './analyze-article.js';
import { articleAnalysis } from './analyze-article.js';
import type { LinkJob } from './link-job.js';
import { runLinkJob } from './link-job.js';
import type { PreparedArticle, PrepareOptions } from './prepare-article.js';
import { prepareArticle } from './prepare-article.js';

/**
 * An extraction worker (extraction-pool.ts): documents, or paths of single-document files, in; prepared articles
 * out, each job's list tagged with its job id. It also links new articles into the copy graph (link-job.ts), and
 * computes what analysis reads of a stored article for analyze-pending.ts.
 */

/** Read options that cross a thread boundary: no fetcher (a single-document file never needs one). */
export type FileReadOptions = Omit<ReadOptions, 'fetcher'>;

export type ExtractionJob =
  | { readonly id: number; readonly kind: 'document'; readonly document: RawDocument; readonly now: string; readonly options: PrepareOptions }
  | { readonly id: number; readonly kind: 'file'; readonly path: string; readonly read: FileReadOptions; readonly now: string; readonly options: PrepareOptions }
  | { readonly id: number; readonly kind: 'link'; readonly link: LinkJob }
  | { readonly id: number; readonly kind: 'analysis'; readonly input: AnalysisInput };

export type ExtractionResult =
  | { readonly id: number; readonly prepared: readonly PreparedArticle[] }
  | { readonly id: number; readonly links: LinkResult }
  | { readonly id: number; readonly analysis: ArticleAnalysis };

async function run(job: ExtractionJob): Promise<ExtractionResult> {
  if (job.kind === 'link') return { id: job.id, links: runLinkJob(job.link) };
  if (job.kind === 'analysis') return { id: job.id, analysis: articleAnalysis(job.input) };
  if (job.kind === 'document') return { id: job.id, prepared: [prepareArticle(job.document, job.now, job.options)] };
  const prepared: PreparedArticle[] = [];
  for await (const item of readFileInput(job.path, job.read)) {
    // A text or HTML file yields documents and failures only; links come from feeds, which stay on the ingest thread.
    if (item.kind === 'document') prepared.push(prepareArticle(item.document, job.now, job.options));
    else if (item.kind === 'failure') prepared.push(item);
  }
  return { id: job.id, prepared };
}

parentPort?.on('message', (jobs: readonly ExtractionJob[]) => {
  void Promise.all(jobs.map(run)).then((results) => parentPort!.postMessage(results));
});
// Loading the extraction modules takes most of a second; the pool sends work only once this flag is up. A shared
// flag, not a message: the ingest thread checks it between documents without yielding to the event loop.
const { ready } = (workerData ?? {}) as { ready?: Int32Array };
if (ready) Atomics.store(ready, 0, 1);
