import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Checkpoints the write-ahead log on a thread of its own, so the ingest thread does not. A checkpoint copies the
 * pages a commit appended to the WAL into the database file and fsyncs it: with groups of 4,000 articles that is
 * 64-80 MB per commit, and an fsync of 64 MB takes ~90 ms on this machine, time the ingest thread spent waiting at
 * every commit (10k .txt files into a 100k store: commits took 1.0-1.3 s with checkpoints, 0.3 s without).
 *
 * A PASSIVE checkpoint runs beside a writer without blocking it (SQLite's WAL documentation). The WAL starts over
 * from its beginning only when a write transaction starts with every frame copied, which a background checkpoint
 * cannot arrange while the writer is always in a group; so the writer keeps an automatic checkpoint as a backstop
 * at a few groups' worth of pages (BACKSTOP_PAGES): it then copies only what the thread has not, and the WAL
 * restarts. If the thread cannot start or dies, that backstop is all there is, and nothing is lost either way.
 */

/**
 * The writer's own automatic checkpoint threshold while this thread runs: 48,000 pages (192 MB of WAL), about three
 * groups of 4,000 generated articles (~16,000 pages each), so the writer copies about one group in three.
 */
export const BACKSTOP_PAGES = 48_000;

/** The thread's code: one connection of its own, a PASSIVE checkpoint per request. CommonJS, as eval workers run. */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message) });
  }
});
`;

export class WalCheckpointer {
  readonly #worker: Worker;
  #running = false;
  #again = false;
  #alive = true;
  #done = 0;
  readonly #exited: Promise<void>;

  private constructor(path: string) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.#worker = new Worker(SOURCE, { eval: true, workerData: { driver, path } });
    // A store left open must not keep the process alive for the sake of its checkpoints.
    this.#worker.unref();
    this.#exited = new Promise((resolve) => this.#worker.once('exit', () => resolve()));
    this.#worker.on('message', () => {
      this.#running = false;
      this.#done++;
      if (this.#again) this.request();
    });
    this.#worker.on('error', () => {
      this.#alive = false;
    });
    this.#worker.on('exit', () => {
      this.#alive = false;
    });
  }

  /** A checkpointer for a database file; none for an in-memory database, which has no WAL. */
  static start(path: string): WalCheckpointer | null {
    if (path === '' || path === ':memory:' || path.startsWith('file::memory:')) return null;
    return new WalCheckpointer(path);
  }

  /** Checkpoints finished so far (for tests). */
  get completed(): number {
    return this.#done;
  }

  /** Asks for a checkpoint after a commit; requests made while one runs become one more after it. */
  request(): void {
    if (!this.#alive) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#again = false;
    this.#running = true;
    this.#worker.postMessage('checkpoint');
  }

  /** Stops the thread after the checkpoint it may be running; the writer's own close then finishes the WAL. */
  async close(): Promise<void> {
    // Referenced again while it closes: an unreferenced thread would let a process with nothing else to do exit
    // (code 13, a pending top-level await) before the thread had closed its connection.
    this.#worker.ref();
    if (this.#alive) this.#worker.postMessage('close');
    await this.#exited;
  }
}
