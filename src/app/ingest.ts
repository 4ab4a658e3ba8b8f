import { CrosscheckError } from '../model/crosscheck-error.js';
import type { RawDocument } from '../model/raw-document.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import type { InputUnit } from '../ingest/expand-inputs.js';
import { expandInputs } from '../ingest/expand-inputs.js';
import { isSingleDocumentFile } from '../ingest/input-format.js';
import type { IngestFailure, IngestItem } from '../ingest/ingest-item.js';
import { failureOf, readBytes, toFailure } from '../ingest/read-bytes.js';
import { ReadAhead } from '../ingest/read-ahead.js';
import { readFileInput } from '../ingest/read-file.js';
import type { ReadOptions } from '../ingest/read-options.js';
import { ExtractionPool } from './extraction-pool.js';
import type { PreparedArticle } from './prepare-article.js';
import { prepareArticle } from './prepare-article.js';
import { DeferredLinks } from './deferred-links.js';
import { relinkPending } from './relink-pending.js';
import { runLinkJob } from './link-job.js';
import { assignMissingStories } from './assign-stories.js';
import { analyzePending } from './analyze-pending.js';
import { storeArticle } from './store-article.js';

/**
 * The ingest use-case: inputs -> documents -> articles -> store. Each article is saved in its own transaction and
 * re-ingesting known content changes nothing, so an interrupted run, run again, ends where an uninterrupted one
 * would. A bad input becomes one failure in the report and the batch goes on.
 */

export interface IngestProgress {
  /** Inputs (files, URLs, stdin) finished so far, and how many there are. */
  readonly inputsDone: number;
  readonly inputsTotal: number;
  /** Documents handled so far (stored, unchanged or failed). */
  readonly documents: number;
  readonly current: string;
}

export interface IngestReport {
  readonly ingested: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Files inside folders that are not of a readable type. */
  readonly skipped: number;
  readonly failed: readonly IngestFailure[];
  /** Articles stored and queued for analysis when the run ended (`deferAnalysis`); 0 when it analysed as it stored. */
  readonly awaitingAnalysis: number;
}

export interface IngestDependencies {
  readonly store: Store;
  readonly clock: Clock;
  /** Reads all of standard input; the CLI passes process.stdin, tests pass bytes. */
  readonly readStdin?: () => Promise<Uint8Array>;
  readonly onProgress?: (progress: IngestProgress) => void;
  /**
   * Extraction worker threads (extraction-pool.ts); 0 extracts on the ingest's own thread. Workers load in the
   * background (most of a second); until one is ready the ingest extracts on its own thread, so a small run never
   * waits for them.
   */
  readonly workers?: number;
  /**
   * Link copies on a thread of their own while the next articles are stored (deferred-links.ts); without workers,
   * in the same deferred order on the ingest thread. An article's story is then placed by its words before its
   * edges exist, so a copy does not follow its source's story by rule, and the story members it is aligned with
   * (story-candidates.ts) can differ from linking inline: the two modes may give different edges.
   * Off by default: on this 2-core machine the extra thread took CPU from extraction (10k generated articles with
   * one in ten a copy, two quiet runs each: fill 868/794 against 986/704 articles/s inline, HTML 178/177 against
   * 263/196 pages/s, peak RSS +130-170 MB); it is for machines with a core to spare.
   */
  readonly linkWorker?: boolean;
  /**
   * Store only (extract, store, index for search) and queue each article for analysis: its signature, copy edges
   * and story come from analyze-pending.ts (`crosscheck analyze`, or the next ingest that analyses), in the order
   * the articles were stored, with the result an analysing ingest would have given. For loading an archive fast:
   * articles can be listed and searched at once, and the analysis, which costs most of an ingest, follows.
   */
  readonly deferAnalysis?: boolean;
}

/** Documents read ahead of the store, so workers always have work; bounds the memory a run holds. */
const WINDOW = 256;
/** Files read ahead of the one being processed (read-ahead.ts); whole files, so at most this many in memory. */
const READ_AHEAD = 8;

export async function ingest(inputs: readonly string[], read: ReadOptions, deps: IngestDependencies): Promise<IngestReport> {
  const startedAt = deps.clock.now().toISOString();
  const { units, skipped } = await expandInputs(inputs);
  const counts = { ingested: 0, updated: 0, unchanged: 0 };
  const failed: IngestFailure[] = [];
  let documents = 0;
  const deferAnalysis = deps.deferAnalysis ?? false;
  // A run that stopped left articles waiting for their copy edges: they are linked first, as it would have.
  await relinkPending(deps.store);
  // Articles an earlier run stored without analysis are analysed first, so the stream stays in order; a run that
  // defers too queues its articles behind them.
  if (!deferAnalysis) {
    await analyzePending(deps.store, {
      workers: deps.workers ?? 0,
      onProgress: ({ done, total }) => deps.onProgress?.({ inputsDone: 0, inputsTotal: units.length, documents: 0, current: `analysing ${done} of ${total} stored articles` }),
    });
  }
  // Articles stored before stories existed (an older store) join their stories first, in publication order; while
  // articles wait for analysis, those without a story are theirs, and analysis gives them one.
  if ((await deps.store.countPendingAnalysis()) === 0) {
    await assignMissingStories(deps.store, ({ done }) => deps.onProgress?.({ inputsDone: 0, inputsTotal: units.length, documents: 0, current: `stories for ${done} stored articles` }));
  }
  const prepareOptions = { analysis: !deferAnalysis };
  const pool = (deps.workers ?? 0) > 0 ? new ExtractionPool(deps.workers!) : null;
  // With a link worker, copies are linked there while the next articles are stored (deferred-links.ts).
  // Without workers the same deferred order runs on this thread: the results are those of a worker, whatever its timing.
  const links = deps.linkWorker && !deferAnalysis ? new DeferredLinks(deps.store, (job) => (pool ? pool.link(job) : Promise.resolve(runLinkJob(job)))) : null;
  // Documents are prepared (extracted) ahead, possibly on workers, and stored strictly in input order.
  const ahead: Promise<readonly PreparedArticle[]>[] = [];
  const storeNext = async () => {
    for (const prepared of await ahead.shift()!) {
      if (prepared.kind === 'failure') failed.push(prepared.failure);
      // A store error is not the input's fault and would hit every later article too: it stops the run.
      else {
        const stored = await deps.store.atomically((tx) => storeArticle(tx, prepared, { deferLinks: links !== null, deferAnalysis }));
        counts[stored.saved.status]++;
        if (stored.pending) await links!.add(stored.pending);
      }
    }
  };
  const prepare = (document: RawDocument): Promise<readonly PreparedArticle[]> => {
    const now = deps.clock.now().toISOString();
    if (!pool?.ready) return Promise.resolve([prepareArticle(document, now, prepareOptions)]);
    return pool.extract(document, now, prepareOptions).then(
      (prepared) => [prepared],
      (error: unknown) => [{ kind: 'failure', failure: toFailure(document.origin.locator, error) }],
    );
  };

  // A single-document file goes to a worker as its path, once one is ready: the worker reads it (extraction-pool.ts).
  const toWorker = (unit: InputUnit) => pool !== null && unit.kind === 'file' && isSingleDocumentFile(unit.path);
  const fileOptions = { fieldMap: read.fieldMap, encoding: read.encoding, maxBytes: read.maxBytes };
  const readAhead = new ReadAhead(units, (unit) => itemsOf(unit, read, deps), READ_AHEAD, (unit) => unit.kind === 'file' && !toWorker(unit));
  try {
    for (const [index, unit] of units.entries()) {
      if (unit.kind === 'file' && toWorker(unit) && pool!.ready) {
        documents++;
        ahead.push(pool!.prepareFile(unit.path, fileOptions, deps.clock.now().toISOString(), prepareOptions).catch(
          (error: unknown) => [{ kind: 'failure', failure: toFailure(unit.path, error) }],
        ));
        while (ahead.length >= WINDOW) await storeNext();
        if (documents % 25 === 0 || index + 1 === units.length) {
          deps.onProgress?.({ inputsDone: index + 1, inputsTotal: units.length, documents, current: unit.path });
        }
        continue;
      }
      for await (const item of readAhead.items(index)) {
        documents++;
        if (item.kind === 'failure') ahead.push(Promise.resolve([item]));
        else if (item.kind === 'document') ahead.push(prepare(item.document));
        else {
          // Linked pages are fetched one at a time, in order: a feed of links must not become a burst of requests.
          while (ahead.length > 0) await storeNext();
          ahead.push(followLink(item, read, prepare));
        }
        while (ahead.length >= WINDOW) await storeNext();
        if (documents % 25 === 0) deps.onProgress?.({ inputsDone: index, inputsTotal: units.length, documents, current: describe(unit) });
      }
      deps.onProgress?.({ inputsDone: index + 1, inputsTotal: units.length, documents, current: describe(unit) });
    }
    while (ahead.length > 0) await storeNext();
    await links?.finish();
  } finally {
    await pool?.close();
  }

  const report = { ...counts, skipped: skipped.length, failed, awaitingAnalysis: await deps.store.countPendingAnalysis() };
  await deps.store.recordIngestRun({ startedAt, finishedAt: deps.clock.now().toISOString(), inputs, ...counts, failures: failed });
  return report;
}

function itemsOf(unit: InputUnit, read: ReadOptions, deps: IngestDependencies): AsyncIterable<IngestItem> {
  switch (unit.kind) {
    case 'failure':
      return single({ kind: 'failure', failure: unit.failure });
    case 'file':
      return readFileInput(unit.path, read);
    case 'stdin':
      return readStdinInput(read, deps);
    case 'url':
      return readUrl(unit.url, unit.url, read);
  }
}

async function* readStdinInput(read: ReadOptions, deps: IngestDependencies): AsyncGenerator<IngestItem> {
  if (!deps.readStdin) {
    yield failureOf('-', new CrosscheckError('CC_UNREADABLE', 'standard input is not available here'));
    return;
  }
  yield* readBytes({ input: '-', name: '', bytes: await deps.readStdin() }, read);
}

async function* readUrl(url: string, input: string, read: ReadOptions): AsyncGenerator<IngestItem> {
  if (!read.fetcher) {
    yield failureOf(input, new CrosscheckError('CC_FETCH_FAILED', 'fetching is turned off (--no-fetch)'));
    return;
  }
  try {
    const page = await read.fetcher.fetch(url);
    yield* readBytes({ input, name: new URL(page.url).pathname, bytes: page.bytes, contentType: page.contentType, url: page.url }, read);
  } catch (error) {
    yield failureOf(input, error);
  }
}

/** A feed entry that is only a link: fetch the page, and let the entry's own fields win over the page's. */
async function followLink(
  item: Extract<IngestItem, { kind: 'link' }>,
  read: ReadOptions,
  prepare: (document: RawDocument) => Promise<readonly PreparedArticle[]>,
): Promise<PreparedArticle[]> {
  const prepared: PreparedArticle[] = [];
  for await (const fetched of readUrl(item.url, item.origin.locator, read)) {
    if (fetched.kind === 'failure') prepared.push(fetched);
    else if (fetched.kind === 'document') {
      const document: RawDocument = { origin: item.origin, body: fetched.document.body, hints: { ...fetched.document.hints, ...item.hints } };
      prepared.push(...(await prepare(document)));
    }
  }
  return prepared;
}

async function* single(item: IngestItem): AsyncGenerator<IngestItem> {
  yield item;
}

function describe(unit: InputUnit): string {
  switch (unit.kind) {
    case 'file':
      return unit.path;
    case 'url':
      return unit.url;
    case 'stdin':
      return 'standard input';
    case 'failure':
      return unit.failure.input;
  }
}
