import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../model/raw-document.js';
import type { ExtractionJob, ExtractionResult, FileReadOptions } from './extraction-worker.js';
import type { PreparedArticle } from './prepare-article.js';

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
  readonly resolve: (prepared: readonly PreparedArticle[]) => void;
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

  extract(document: RawDocument, now: string): Promise<PreparedArticle> {
    return this.#submit((id) => ({ id, kind: 'document', document, now })).then((prepared) => prepared[0]!);
  }

  /** Reads a single-document file (isSingleDocumentFile) and prepares what it holds: its article, or its failure. */
  prepareFile(path: string, read: FileReadOptions, now: string): Promise<readonly PreparedArticle[]> {
    return this.#submit((id) => ({ id, kind: 'file', path, read, now }));
  }

  #submit(job: (id: number) => ExtractionJob): Promise<readonly PreparedArticle[]> {
    const id = this.#nextId++;
    const result = new Promise<readonly PreparedArticle[]>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
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
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
    this.#slots.length = 0;
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

  #slot(): Slot {
    while (this.#slots.length < this.#size) this.#slots.push(this.#spawn());
    const ready = this.#slots.filter(isReady);
    const from = ready.length > 0 ? ready : this.#slots;
    return from[this.#nextSlot++ % from.length]!;
  }

  #spawn(): Slot {
    const ready = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(new URL('./extraction-worker.js', import.meta.url), { workerData: { ready } });
    const slot: Slot = { worker, ready, held: new Set() };
    worker.on('message', (results: readonly ExtractionResult[]) => {
      for (const { id, prepared } of results) {
        slot.held.delete(id);
        this.#pending.get(id)?.resolve(prepared);
        this.#pending.delete(id);
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
      const index = this.#slots.indexOf(slot);
      if (index >= 0) this.#slots.splice(index, 1);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.held.size > 0) fail(new Error(`extraction worker stopped (exit code ${code})`));
    });
    return slot;
  }
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
