/**
 * `npm run bench -- extraction`: crosscheck's HTML extraction on the Scrapinghub article-extraction benchmark (181
 * news pages with gold article bodies), scored with the benchmark's own metric (bench/lib/extraction-eval.ts) next to
 * the 32 extractors whose published outputs ship with the data. Figures: ours on all pages, and on the training half
 * (odd ids, used for tuning) and the held-out half (even ids) separately; perSecond is pages per second inside
 * extractHtml on one core.
 */
import type { BenchResult } from './lib/bench-result.js';
import { peakRssMb } from './lib/bench-result.js';
import type { ExtractionScores } from './lib/extraction-eval.js';
import { loadExtractionPages, loadPeerOutputs, runOurs, scorePredictions, splitOf } from './lib/extraction-eval.js';

const OURS = 'crosscheck';
/** The benchmark's pages were captured in November 2019; any later clock is fine, a fixed one keeps runs equal. */
const NOW = new Date('2026-01-01T00:00:00Z');

export async function run(_args: string[]): Promise<BenchResult> {
  const pages = loadExtractionPages();
  const ours = runOurs(pages, NOW);
  const scores = scorePredictions(pages, ours.predictions).scores;
  const half = (split: 'train' | 'test') => scorePredictions(pages.filter((_, i) => splitOf(i) === split), ours.predictions).scores;

  const peers: Record<string, Record<string, number>> = {};
  for (const [name, outputs] of loadPeerOutputs()) peers[name] = round(scorePredictions(pages, outputs).scores);

  const rows = [[OURS, scores] as const, ...Object.entries(peers).map(([name, s]) => [name, s as unknown as ExtractionScores] as const)]
    .sort((a, b) => b[1].f1 - a[1].f1)
    .map(([name, s], rank) => [rank + 1, name === OURS ? `* ${name}` : name, s.f1, s.precision, s.recall, s.accuracy]);

  return {
    figures: {
      ...round(scores),
      perSecond: Math.round((pages.length / ours.seconds) * 10) / 10,
      pages: pages.length,
      train: round(half('train')),
      test: round(half('test')),
      peakRssMb: peakRssMb(),
    },
    peers,
    table: [['rank', 'extractor', 'f1', 'precision', 'recall', 'accuracy'], ...rows],
  };
}

function round(scores: ExtractionScores): Record<string, number> {
  const r = (x: number) => Math.round(x * 10_000) / 10_000;
  return { f1: r(scores.f1), precision: r(scores.precision), recall: r(scores.recall), accuracy: r(scores.accuracy) };
}
