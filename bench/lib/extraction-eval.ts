/**
 * The Zyte/Scrapinghub article-extraction benchmark's own metric, reimplemented from its ABOUT.txt description so our
 * output and the 32 published extractors' outputs are scored by the same code:
 *
 * - tokens: the unicode `\w+` regex (letters, digits, underscore);
 * - shingles: token 4-grams (a text shorter than 4 tokens is one shorter shingle; an empty text has none);
 * - per document: TP/FP/FN = multiset overlap of gold and predicted shingles, divided by tp+fp+fn so that long
 *   articles do not outweigh short ones;
 * - precision/recall: means of the per-document scores, skipping documents with tp+fp = 0 (precision) or
 *   tp+fn = 0 (recall); a document whose fp and fn are both 0 scores 1;
 * - F1 = 2PR/(P+R) of the two means; accuracy = share of documents whose token lists are exactly equal.
 *
 * The check that this is the benchmark's metric: readability_js scores 0.947 F1 and trafilatura 0.958 here, the
 * figures the benchmark's README publishes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../../src/extract/html/extract-html.js';
import { sharedDataDir } from './baseline.js';

export interface ExtractionPage {
  readonly id: string;
  readonly url: string;
  readonly gold: string;
  readonly html: string;
}

export interface DocumentScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly exact: boolean;
}

export interface ExtractionScores {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly accuracy: number;
}

export function extractionDataDir(): string {
  return sharedDataDir('article-extraction-benchmark');
}

/** The 181 pages with their gold bodies, in id order (ids are sha256 hex, so id order is arbitrary but fixed). */
export function loadExtractionPages(): ExtractionPage[] {
  const dir = extractionDataDir();
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const item = truth[id]!;
      const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
      return { id, url: item.url ?? '', gold: item.articleBody ?? '', html };
    });
}

/** Every published extractor's output: name -> id -> predicted body (either file layout the repository uses). */
export function loadPeerOutputs(): Map<string, Map<string, string>> {
  const dir = join(extractionDataDir(), 'baseline-outputs');
  const peers = new Map<string, Map<string, string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json.gz')).sort()) {
    const parsed = JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString('utf8')) as Record<string, unknown>;
    const items = (typeof parsed.output === 'object' && parsed.output !== null ? parsed.output : parsed) as Record<string, unknown>;
    const bodies = new Map<string, string>();
    for (const [id, value] of Object.entries(items)) {
      const body = (value as { articleBody?: unknown } | null)?.articleBody;
      bodies.set(id, typeof body === 'string' ? body : '');
    }
    peers.set(file.replace(/\.json\.gz$/, ''), bodies);
  }
  return peers;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingleCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scoreDocument(gold: string, predicted: string, n = 4): DocumentScore {
  const goldTokens = tokenize(gold);
  const predTokens = tokenize(predicted);
  const goldShingles = shingleCounts(goldTokens, n);
  const predShingles = shingleCounts(predTokens, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, goldCount] of goldShingles) {
    const predCount = predShingles.get(key) ?? 0;
    tp += Math.min(goldCount, predCount);
    fn += Math.max(0, goldCount - predCount);
  }
  for (const [key, predCount] of predShingles) fp += Math.max(0, predCount - (goldShingles.get(key) ?? 0));
  const sum = tp + fp + fn;
  const exact = goldTokens.length === predTokens.length && goldTokens.every((t, i) => t === predTokens[i]);
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp, fp, fn, exact };
}

function precisionOf(s: DocumentScore): number {
  if (s.fp === 0 && s.fn === 0) return 1;
  if (s.tp === 0 && s.fp === 0) return 0;
  return s.tp / (s.tp + s.fp);
}

function recallOf(s: DocumentScore): number {
  if (s.fp === 0 && s.fn === 0) return 1;
  if (s.tp === 0 && s.fn === 0) return 0;
  return s.tp / (s.tp + s.fn);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function aggregate(scores: readonly DocumentScore[]): ExtractionScores {
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map(precisionOf));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.length === 0 ? 0 : scores.filter((s) => s.exact).length / scores.length;
  return { f1, precision, recall, accuracy };
}

/** Scores predictions (id -> body; a missing id counts as an empty prediction) against the pages' gold bodies. */
export function scorePredictions(pages: readonly ExtractionPage[], predictions: ReadonlyMap<string, string>): {
  scores: ExtractionScores;
  perDocument: DocumentScore[];
} {
  const perDocument = pages.map((page) => scoreDocument(page.gold, predictions.get(page.id) ?? ''));
  return { scores: aggregate(perDocument), perDocument };
}

/**
 * The benchmark's split for tuning: odd positions in id order are the training half (every rule and threshold in
 * src/extract/html was set looking at those pages only), even positions are held out.
 */
export function splitOf(index: number): 'train' | 'test' {
  return index % 2 === 1 ? 'train' : 'test';
}

export interface OurRun {
  readonly predictions: Map<string, string>;
  /** Seconds spent inside extractHtml only (loading and scoring excluded). */
  readonly seconds: number;
}

/** Runs crosscheck's HTML extraction over the pages, timing only the extraction itself. */
export function runOurs(pages: readonly ExtractionPage[], now: Date): OurRun {
  const predictions = new Map<string, string>();
  let seconds = 0;
  for (const page of pages) {
    const started = performance.now();
    const result = extractHtml(page.html, { url: page.url, now });
    seconds += (performance.now() - started) / 1000;
    predictions.set(page.id, result.text ?? '');
  }
  return { predictions, seconds };
}
