/**
 * `npm run bench -- metadata`: crosscheck's HTML extraction on trafilatura's evaluation corpus (990 multilingual
 * pages): main-text precision/recall/F1 from must-include/must-exclude snippets, as trafilatura's evaluate.py counts
 * them, and title/date/author accuracy against the corpus's gold metadata (matching rules in
 * bench/lib/metadata-eval.ts). Reported for all pages and for the tuning half (odd positions) and the held-out half.
 *
 * Peers: the corpus ships no per-page outputs of other tools, so the only peer figures are those trafilatura
 * publishes for this corpus: the range its documentation gives (quoted in the data's ABOUT.txt) and the F1 floors
 * its own quality gate pins for the same 990 pages and 2,951/2,966 snippets (tests/eval_baseline.json in
 * adbar/trafilatura: fast 0.9198, with fallbacks 0.9257; floors sit just under the scores). `--readability` adds
 * Mozilla Readability alone, run here on linkedom and scored by the same code (slow: it doubles the run).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BenchResult } from './lib/bench-result.js';
import { peakRssMb } from './lib/bench-result.js';
import type { MetadataScores, SnippetCounts } from './lib/metadata-eval.js';
import { aggregateMetadata, countSnippets, loadMetadataPages, readMetadataHtml, runMetadata, snippetScores, splitOfMetadata } from './lib/metadata-eval.js';

export async function run(args: string[]): Promise<BenchResult> {
  const pages = loadMetadataPages();
  const { outcomes, seconds } = runMetadata(pages);
  const all = aggregateMetadata(outcomes);
  const half = (split: 'train' | 'test') => round(aggregateMetadata(outcomes.filter((o) => splitOfMetadata(o.page) === split)));

  const peers: Record<string, Record<string, number>> = {
    'trafilatura (docs range, ABOUT.txt)': { f1Low: 0.9, f1High: 0.93 },
    'readability (docs range, ABOUT.txt)': { f1Low: 0.85, f1High: 0.9 },
    'trafilatura fallback (its gate floor)': { f1: 0.9257 },
    'trafilatura fast (its gate floor)': { f1: 0.9198 },
  };
  if (args.includes('--readability')) peers['readability_js on linkedom (run here)'] = readabilityAlone();

  const row = (name: string, s: Partial<MetadataScores> & { f1?: number; f1Low?: number; f1High?: number }) => [
    name, s.f1 ?? `${s.f1Low}-${s.f1High}`, s.precision ?? '', s.recall ?? '', s.accuracy ?? '', s.titleAccuracy ?? '', s.dateAccuracy ?? '', s.authorAccuracy ?? '',
  ];
  return {
    figures: {
      ...round(all),
      perSecond: Math.round((pages.length / seconds) * 10) / 10,
      pages: pages.length,
      train: half('train'),
      test: half('test'),
      peakRssMb: peakRssMb(),
    },
    peers,
    table: [
      ['extractor', 'f1', 'precision', 'recall', 'accuracy', 'title', 'date', 'author'],
      row('* crosscheck', all),
      row('  crosscheck train half', half('train')),
      row('  crosscheck held-out half', half('test')),
      ...Object.entries(peers).map(([name, s]) => row(name, s)),
    ],
  };
}

function readabilityAlone(): Record<string, number> {
  const counts: SnippetCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const page of loadMetadataPages()) {
    let text: string | null = null;
    try {
      const { document } = parseHTML(readMetadataHtml(page)) as unknown as { document: never };
      text = new Readability(document).parse()?.textContent ?? null;
    } catch {
      text = null;
    }
    const c = countSnippets(page, text);
    counts.tp += c.tp;
    counts.fp += c.fp;
    counts.fn += c.fn;
    counts.tn += c.tn;
  }
  const s = snippetScores(counts);
  return { f1: r4(s.f1), precision: r4(s.precision), recall: r4(s.recall), accuracy: r4(s.accuracy) };
}

const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function round(s: MetadataScores): Record<string, number> {
  return {
    f1: r4(s.f1), precision: r4(s.precision), recall: r4(s.recall), accuracy: r4(s.accuracy),
    titleAccuracy: r4(s.titleAccuracy), dateAccuracy: r4(s.dateAccuracy), authorAccuracy: r4(s.authorAccuracy),
  };
}
