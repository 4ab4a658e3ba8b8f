import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../model/raw-document.js';
import { prepareArticle } from './prepare-article.js';

/** An extraction worker (extraction-pool.ts): documents in, prepared articles out, each tagged with its job id. */

export interface ExtractionJob {
  readonly id: number;
  readonly document: RawDocument;
  readonly now: string;
}

parentPort?.on('message', (jobs: readonly ExtractionJob[]) => {
  parentPort!.postMessage(jobs.map((job) => ({ id: job.id, prepared: prepareArticle(job.document, job.now) })));
});
// Loading the extraction modules takes most of a second; the pool sends work only once this flag is up. A shared
// flag, not a message: the ingest thread checks it between documents without yielding to the event loop.
const { ready } = (workerData ?? {}) as { ready?: Int32Array };
if (ready) Atomics.store(ready, 0, 1);
