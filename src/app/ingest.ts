import type { ExtractedArticle } from '../model/article.js';
import { CrosscheckError } from '../model/crosscheck-error.js';
import type { RawDocument, RestoredArticle } from '../model/raw-document.js';
import type { Signal } from '../model/signal.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import { extractArticle } from '../extract/extract-article.js';
import type { InputUnit } from '../ingest/expand-inputs.js';
import { expandInputs } from '../ingest/expand-inputs.js';
import type { IngestFailure, IngestItem } from '../ingest/ingest-item.js';
import { failureOf, readBytes, toFailure } from '../ingest/read-bytes.js';
import { readFileInput } from '../ingest/read-file.js';
import type { ReadOptions } from '../ingest/read-options.js';

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
}

export interface IngestDependencies {
  readonly store: Store;
  readonly clock: Clock;
  /** Reads all of standard input; the CLI passes process.stdin, tests pass bytes. */
  readonly readStdin?: () => Promise<Uint8Array>;
  readonly onProgress?: (progress: IngestProgress) => void;
}

export async function ingest(inputs: readonly string[], read: ReadOptions, deps: IngestDependencies): Promise<IngestReport> {
  const startedAt = deps.clock.now().toISOString();
  const { units, skipped } = await expandInputs(inputs);
  const counts = { ingested: 0, updated: 0, unchanged: 0 };
  const failed: IngestFailure[] = [];
  let documents = 0;

  for (const [index, unit] of units.entries()) {
    for await (const item of itemsOf(unit, read, deps)) {
      documents++;
      if (item.kind === 'failure') failed.push(item.failure);
      else if (item.kind === 'link') failed.push(...(await followLink(item, read, deps, counts)));
      else {
        const failure = await store(item.document, deps, counts);
        if (failure) failed.push(failure);
      }
      if (documents % 25 === 0) deps.onProgress?.({ inputsDone: index, inputsTotal: units.length, documents, current: describe(unit) });
    }
    deps.onProgress?.({ inputsDone: index + 1, inputsTotal: units.length, documents, current: describe(unit) });
  }

  const report = { ...counts, skipped: skipped.length, failed };
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
async function followLink(item: Extract<IngestItem, { kind: 'link' }>, read: ReadOptions, deps: IngestDependencies, counts: Counts): Promise<IngestFailure[]> {
  const failures: IngestFailure[] = [];
  for await (const fetched of readUrl(item.url, item.origin.locator, read)) {
    if (fetched.kind === 'failure') failures.push(fetched.failure);
    else if (fetched.kind === 'document') {
      const document: RawDocument = { origin: item.origin, body: fetched.document.body, hints: { ...fetched.document.hints, ...item.hints } };
      const failure = await store(document, deps, counts);
      if (failure) failures.push(failure);
    }
  }
  return failures;
}

interface Counts {
  ingested: number;
  updated: number;
  unchanged: number;
}

async function store(document: RawDocument, deps: IngestDependencies, counts: Counts): Promise<IngestFailure | null> {
  const locator = document.origin.locator;
  let article: ExtractedArticle | null;
  let ingestedAt = deps.clock.now().toISOString();
  try {
    if (document.body.kind === 'restored') {
      article = restored(document.body.article, document);
      ingestedAt = document.body.article.ingestedAt ?? ingestedAt;
    } else {
      article = extractArticle(document, { now: deps.clock.now() });
    }
  } catch (error) {
    return toFailure(locator, error);
  }
  if (!article) return { input: locator, code: 'CC_NO_ARTICLE', message: 'no article text found (under 40 characters of body)' };
  // A store error is not the input's fault and would hit every later article too: it stops the run.
  const result = await deps.store.saveArticle(article, { ingestedAt });
  counts[result.status]++;
  return null;
}

function restored(article: RestoredArticle, document: RawDocument): ExtractedArticle {
  return {
    title: article.title, text: article.text, url: article.url, outlet: article.outlet, author: article.author,
    publishedAt: article.publishedAt, dateSource: article.dateSource as ExtractedArticle['dateSource'],
    language: article.language, signals: article.signals as readonly Signal[], origin: article.origin ?? document.origin,
  };
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
