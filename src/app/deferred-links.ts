import type { Store } from '../ports/store.js';
import type { LinkResult } from '../reuse/link-article.js';
import type { LinkJob } from './link-job.js';
import { runLinkJob } from './link-job.js';
import type { PendingLinks } from './analyze-article.js';
import { linkJob } from './analyze-article.js';

/**
 * Copy edges worked out on a worker while the ingest thread stores the next articles. Linking a copy (sentence
 * profiles, alignment both ways) cost the ingest thread ~3 ms; with one article in ten a copy that halved the
 * ingest rate.
 *
 * The result must be what linking in input order gives. A job reads the parent edges of its candidates when it is
 * sent, and its result may change the edges of its article and its candidates (a new source, a sibling edge
 * removed). So before a job is sent, every job in flight that touches one of its candidates (its article or one of
 * that article's candidates) has its result stored first; and results are stored in the order jobs were sent, each
 * in its own unit of work. An article stays marked as waiting (pending_links) until its edges are stored: if the
 * run stops in between, relinkPending() links it at the start of the next one.
 */

/** Jobs in flight at most: bounds the texts held (a job holds its article's and candidates', ~20 KB). */
const MAX_IN_FLIGHT = 64;

interface InFlight {
  readonly job: LinkJob;
  readonly touched: ReadonlySet<string>;
  readonly result: Promise<LinkResult | Error>;
  settled: boolean;
}

export class DeferredLinks {
  readonly #store: Store;
  readonly #run: (job: LinkJob) => Promise<LinkResult>;
  readonly #inFlight: InFlight[] = [];

  /** `run` links a job elsewhere (a worker); if it fails, the job is linked here instead. */
  constructor(store: Store, run: (job: LinkJob) => Promise<LinkResult>) {
    this.#store = store;
    this.#run = run;
  }

  /** Sends an article stored with pending links to be linked, once the jobs it depends on are stored. */
  async add(pending: PendingLinks): Promise<void> {
    // The article itself counts too: a new version of an article whose first version is still in flight.
    const ids = [pending.article.id, ...pending.candidates, ...(pending.storyCandidates ?? [])];
    const dependsOn = this.#inFlight.findLastIndex((f) => ids.some((id) => f.touched.has(id)));
    for (let i = 0; i <= dependsOn; i++) await this.#storeFirst();
    const job = await this.#store.atomically(async (tx) => {
      // Marked again: storing an earlier version's edges just now cleared the mark this version set.
      await tx.markLinksPending(pending.article.id);
      return linkJob(tx, pending);
    });
    const entry: InFlight = {
      job,
      touched: new Set([job.article.id, ...job.candidates.map((c) => c.id), ...(job.storyCandidates ?? []).map((c) => c.id)]),
      result: this.#run(job).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
      settled: false,
    };
    void entry.result.then(() => (entry.settled = true));
    this.#inFlight.push(entry);
    while (this.#inFlight[0]?.settled || this.#inFlight.length > MAX_IN_FLIGHT) await this.#storeFirst();
  }

  /** Stores every result still in flight (the end of a run). */
  async finish(): Promise<void> {
    while (this.#inFlight.length > 0) await this.#storeFirst();
  }

  async #storeFirst(): Promise<void> {
    const first = this.#inFlight.shift()!;
    const outcome = await first.result;
    // A worker that failed (it died, or the job threw there) is not the article's fault: link it here.
    const result = outcome instanceof Error ? runLinkJob(first.job) : outcome;
    await this.#store.atomically(async (tx) => {
      await tx.saveLinks(result);
      await tx.clearLinksPending(first.job.article.id);
    });
  }
}
