import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../model/raw-document.js';
import type { ExtractionJob, ExtractionResult, FileReadOptions } from './extraction-worker.js';
import type { LinkResult } from '../reuse/link-article.js';
import type { LinkJob } from './link-job.js';
import type { AnalysisInput, ArticleAnalysis } from './analyze-article.js';
import type { PreparedArticle, PrepareOptions } from './prepare-article.js';

/**
 * Extraction on worker threads, so a machine's other cores extract while the ingest's own thread reads inputs and
 * writes the store. Single-document files (text, HTML) are read by the worker too: reading and decoding a file and
 * cloning its text across threads cost the ingest thread more than cloning a path. Jobs are sent in batches (a message per document cost more than small documents' extraction);
 * results come back as promises that the ingest awaits in input order, so what is stored, and in which order, is
 * the same as with extraction on one thread.
 */

/** Documents per message: enough to amortise a message's cost, few enough to keep every worker busy. */
const BATCH = 16;

interface Pending {
  readonly resolve: (result: ExtractionResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Set to 1 by the worker once its modules are loaded (extraction-worker.ts). */
  readonly ready: Int32Array;
  /** Job ids this worker holds, so a crash can fail exactly those. */
  readonly held: Set<number>;
}

export class ExtractionPool {
  readonly #size: number;
  readonly #slots: Slot[] = [];
  readonly #pending = new Map<number, Pending>();
  #batch: ExtractionJob[] = [];
  #nextId = 0;
  #nextSlot = 0;
  #flushScheduled = false;
  /** The worker that links copies, started with the first link job. */
  #linker: Slot | null = null;

  /** Starts `size` workers; they load in the background, and `ready` says when one can take work. */
  constructor(size: number) {
    this.#size = size;
    for (let i = 0; i < size; i++) this.#slots.push(this.#spawn());
  }

  /** Resolves when a worker has loaded (for tests and callers that prefer to wait). */
  whenReady(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (this.ready ? resolve() : setTimeout(check, 10));
      check();
    });
  }

  /** True once a worker has loaded; before that, callers extract on their own thread rather than wait. */
  get ready(): boolean {
    return this.#slots.some(isReady);
  }

  extract(document: RawDocument, now: string, options: PrepareOptions = {}): Promise<PreparedArticle> {
    return this.#submit((id) => ({ id, kind: 'document', document, now, options })).then((result) => preparedOf(result)[0]!);
  }

  /** Reads a single-document file (isSingleDocumentFile) and prepares what it holds: its article, or its failure. */
  prepareFile(path: string, read: FileReadOptions, now: string, options: PrepareOptions = {}): Promise<readonly PreparedArticle[]> {
    return this.#submit((id) => ({ id, kind: 'file', path, read, now, options })).then(preparedOf);
  }

  /** What analysis reads of a stored article (analyze-article.ts), for analyze-pending.ts. */
  analysis(input: AnalysisInput): Promise<ArticleAnalysis> {
    return this.#submit((id) => ({ id, kind: 'analysis', input })).then((result) => {
      if (!('analysis' in result)) throw new Error('extraction worker answered an analysis job with something else');
      return result.analysis;
    });
  }

  /**
   * Links a new article into the copy graph (link-job.ts), on a worker of its own, one job per message. The ingest
   * waits for a link result when the next copy depends on it (copies of one wire story arrive together): behind
   * the extraction worker's queue of read-ahead documents that wait was ~90 ms, on a worker of its own it is the
   * link's own few milliseconds. The thread is idle between copies.
   */
  link(link: LinkJob): Promise<LinkResult> {
    this.#linker ??= this.#spawn(() => (this.#linker = null));
    const { id, result } = this.#expect();
    this.#linker.held.add(id);
    this.#linker.worker.postMessage([{ id, kind: 'link', link } satisfies ExtractionJob]);
    return result.then((answer) => {
      if (!('links' in answer)) throw new Error('extraction worker answered a link job with articles');
      return answer.links;
    });
  }

  /** A new job id, and the promise its worker's answer settles. */
  #expect(): { id: number; result: Promise<ExtractionResult> } {
    const id = this.#nextId++;
    return { id, result: new Promise<ExtractionResult>((resolve, reject) => this.#pending.set(id, { resolve, reject })) };
  }

  #submit(job: (id: number) => ExtractionJob): Promise<ExtractionResult> {
    const { id, result } = this.#expect();
    this.#batch.push(job(id));
    if (this.#batch.length >= BATCH) this.#flush();
    else if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(() => this.#flush());
    }
    return result;
  }

  async close(): Promise<void> {
    this.#flush();
    await Promise.all([...this.#slots, ...(this.#linker ? [this.#linker] : [])].map((slot) => slot.worker.terminate()));
    this.#slots.length = 0;
    this.#linker = null;
  }

  #flush(): void {
    this.#flushScheduled = false;
    if (this.#batch.length === 0) return;
    const jobs = this.#batch;
    this.#batch = [];
    const slot = this.#slot();
    for (const job of jobs) slot.held.add(job.id);
    slot.worker.postMessage(jobs);
  }

  #leave(slot: Slot): void {
    const index = this.#slots.indexOf(slot);
    if (index >= 0) this.#slots.splice(index, 1);
  }

  #slot(): Slot {
    while (this.#slots.length < this.#size) this.#slots.push(this.#spawn());
    const ready = this.#slots.filter(isReady);
    const from = ready.length > 0 ? ready : this.#slots;
    return from[this.#nextSlot++ % from.length]!;
  }

  /** A worker; `onFail` runs when it dies (an extraction worker leaves the pool, the linker is replaced on next use). */
  #spawn(onFail: (slot: Slot) => void = (slot) => this.#leave(slot)): Slot {
    const ready = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(new URL('./extraction-worker.js', import.meta.url), { workerData: { ready } });
    const slot: Slot = { worker, ready, held: new Set() };
    worker.on('message', (results: readonly ExtractionResult[]) => {
      for (const result of results) {
        slot.held.delete(result.id);
        this.#pending.get(result.id)?.resolve(result);
        this.#pending.delete(result.id);
      }
    });
    // A worker that dies (a bug, memory exhausted by one hostile page) fails the documents it held, and a new
    // worker takes its place for the rest of the batch.
    const fail = (error: Error) => {
      for (const id of slot.held) {
        this.#pending.get(id)?.reject(error);
        this.#pending.delete(id);
      }
      slot.held.clear();
      onFail(slot);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.held.size > 0) fail(new Error(`extraction worker stopped (exit code ${code})`));
    });
    return slot;
  }
}

function preparedOf(result: ExtractionResult): readonly PreparedArticle[] {
  if (!('prepared' in result)) throw new Error('extraction worker answered a document with something else');
  return result.prepared;
}

function isReady(slot: Slot): boolean {
  return Atomics.load(slot.ready, 0) === 1;
}

/**
 * Workers the ingest should use: one per core beyond the ingest's own thread. None when crosscheck runs from
 * its TypeScript sources (tests): a worker thread can only load the built JavaScript.
 */
export function defaultWorkerCount(): number {
  if (!import.meta.url.endsWith('.js')) return 0;
  return Math.max(0, availableParallelism() - 1);
}
