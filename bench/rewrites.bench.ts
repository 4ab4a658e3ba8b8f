/**
 * `npm run bench -- rewrites`: who copied whom, on rewrites generated from real news with known operations.
 *
 * Data: real articles from ECB+ (43 topics, two real events each) and NewsWCL50 (10 events), read from
 * ../shared/data at run time; bench/lib/rewrite-generator.ts derives copies, light edits, heavy rewrites and
 * siblings of a hidden original from them, with drift operations whose ground truth it records, and keeps other
 * real articles of the same topic as hard negatives. Seeded (REWRITE_SEED): every run scores the same set.
 *
 * Protocol (bench/lib/rewrite-eval.ts): each topic group is fed to the pure linking stage (linkNewArticle) one
 * article at a time in arrival order, with ALL earlier articles of its group as candidates. Candidate generation
 * (MinHash LSH) is measured by the `lsh` bench, not here; feeding every same-topic article is the hardest case for
 * precision. Figures: edge `precision` and `recall` over truly related pairs (original/derivative, or siblings of
 * a hidden original; an edge between two derivatives of one visible original is false), `directionAccuracy` over
 * correct directed edges, `siblingsAccuracy` (true sibling pairs labelled siblings), `driftRecall` (injected
 * number/date/name/hedge changes that describeDrift reports on the found edge), `perSecond` (article pairs through
 * linkPair per second, both directions assessed, one core), `peakRssMb`.
 *
 * Peers: none. No published system has been run on this generated set, and the set is ours, so a figure quoted from
 * elsewhere would measure something else: `peers` is empty on purpose. Beside ours the table prints a simple baseline
 * we compute ourselves: an edge where word 3-gram containment reaches a threshold, the earlier-published side as the
 * source. Its threshold is the best of a sweep on this very set (an upper bound for it, not a tuned system), and
 * the generator keeps only real articles whose 3-gram containment is below 0.15 as negatives, which favours it.
 *
 * Known limits (figures in bench/results/rewrites.json): siblings are told apart 0.905 (67 of 74 pairs), just
 * over the 0.9 target, with siblings-label precision 0.882: 8 of the 69 heavy rewrites of a VISIBLE original still
 * read as its siblings (the rewrite cut more and inserted more than most, so each has a quarter of its own, as
 * siblings do; siblings.ts cannot tell them apart by text). Of the 7 sibling pairs missed, 2 read as parent and
 * child (one holds 85%+ of its text inside the other), 2 read as siblings but a third sibling holding what they
 * share explains their overlap (link-article.ts), and 3 share too little text to align (heavy rewrites of each
 * other). Families are what source counts use: 72 of the 74 sibling pairs end in one family by some path of edges
 * (`siblingsSameFamily` 0.973), 2 in different ones.
 * Session 14 fixed the generator (rewrite-generator.ts MAX_DONOR_DRAW): its donor pool ran short, so two siblings
 * got none of their own sentences and were, as text, light edits of their siblings. That changed the seeded set
 * (84 sibling pairs before, 74 now); the old siblings rule scored 0.857 on the old set and 0.851 on the new one.
 * Heavy rewrites here swap about one word in eight, plus clause moves, splits and merges: the derivation model reads
 * most of them as light edits (relation accuracy 0.71), so `recall` on them says little about rewrites heavier than
 * that.
 * `npm run bench -- rewrites [--groups ecb/1,wcl/3]`
 */
import type { BenchResult } from './lib/bench-result.js';
import { peakRssMb } from './lib/bench-result.js';
import { loadEcbPlus, loadNewsWcl50 } from './lib/rewrite-corpus.js';
import { baselineScores, runRewrites, scoreGroups } from './lib/rewrite-eval.js';
import type { RewriteScores } from './lib/rewrite-eval.js';
import { generateRewriteSet, REWRITE_SEED } from './lib/rewrite-generator.js';

/** Thresholds the baseline is swept over: word 3-gram containment of the smaller text. */
const BASELINE_THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];

export async function run(args: string[]): Promise<BenchResult> {
  const only = argValue(args, '--groups')?.split(',');
  const corpus = [...loadEcbPlus(), ...loadNewsWcl50()];
  const groups = generateRewriteSet(corpus, { seed: REWRITE_SEED, ...(only ? { groups: only } : {}) });
  const run = runRewrites(groups);
  const { scores, linkSeconds, pairsAssessed } = run;
  const tuning = scoreGroups(groups.filter((g) => isTuningGroup(g.group)), run);
  const other = scoreGroups(groups.filter((g) => !isTuningGroup(g.group)), run);
  const baselines = BASELINE_THRESHOLDS.map((threshold) => ({ threshold, ...baselineScores(groups, threshold) }));
  const baseline = baselines.reduce((a, b) => (b.f1 > a.f1 ? b : a));

  const figures = {
    precision: r4(scores.precision),
    recall: r4(scores.recall),
    f1: r4(scores.f1),
    directionAccuracy: r4(scores.directionAccuracy),
    siblingsAccuracy: r4(scores.siblingsAccuracy),
    driftRecall: r4(scores.driftRecall),
    perSecond: Math.round(pairsAssessed / linkSeconds),
    peakRssMb: peakRssMb(),
    siblingsPrecision: r4(scores.siblingsPrecision),
    siblingsSameFamily: r4(scores.siblingsSameFamily),
    relationAccuracy: r4(scores.relationAccuracy),
    driftRecallByKind: roundAll(scores.driftRecallByKind),
    driftFalseShare: r4(scores.driftFalseShare),
    recallByRelation: roundAll(scores.recallByRelation),
    directionByTiming: roundAll(scores.directionByTiming),
    confusion: scores.confusion,
    counts: { groups: groups.length, ...scores.counts },
    tuningTopics: headline(tuning),
    otherTopics: headline(other),
    baseline: { threshold: baseline.threshold, precision: r4(baseline.precision), recall: r4(baseline.recall), f1: r4(baseline.f1), directionAccuracy: r4(baseline.directionAccuracy) },
    falseEdges: scores.falseEdges,
    missedPairs: scores.missedPairs,
  };
  return {
    figures,
    peers: {},
    table: [
      ['system', 'precision', 'recall', 'f1', 'direction', 'siblings', 'drift recall'],
      ['* crosscheck (linkNewArticle)', figures.precision, figures.recall, figures.f1, figures.directionAccuracy, figures.siblingsAccuracy, figures.driftRecall],
      ['  tuning topics (ECB+ 1-22)', figures.tuningTopics.precision, figures.tuningTopics.recall, figures.tuningTopics.f1, figures.tuningTopics.directionAccuracy, figures.tuningTopics.siblingsAccuracy, figures.tuningTopics.driftRecall],
      ['  other topics (ECB+ 23-45, NewsWCL50)', figures.otherTopics.precision, figures.otherTopics.recall, figures.otherTopics.f1, figures.otherTopics.directionAccuracy, figures.otherTopics.siblingsAccuracy, figures.otherTopics.driftRecall],
      [`3-gram containment >= ${baseline.threshold} + earlier is source (best of sweep)`, figures.baseline.precision, figures.baseline.recall, figures.baseline.f1, figures.baseline.directionAccuracy, '', ''],
      ['target', 0.97, 0.9, '', 0.95, 0.9, ''],
      ['', '', '', '', '', '', ''],
      ['breakdown', '', '', '', '', '', ''],
      ['recall by relation', '', '', '', '', '', JSON.stringify(figures.recallByRelation)],
      ['direction by timing', '', '', '', '', '', JSON.stringify(figures.directionByTiming)],
      ['drift recall by kind', '', '', '', '', '', JSON.stringify(figures.driftRecallByKind)],
      ['drift: reported value changes not injected', '', '', '', '', '', figures.driftFalseShare],
      ['relation accuracy, siblings precision', figures.relationAccuracy, figures.siblingsPrecision, '', '', '', ''],
      ['sibling pairs in one family (any path)', figures.siblingsSameFamily, '', '', '', '', ''],
      ['counts', '', '', '', '', '', JSON.stringify(figures.counts)],
      ['pairs/s, peak RSS MB', figures.perSecond, figures.peakRssMb, '', '', '', ''],
    ],
  };
}

/**
 * The link rules (src/reuse/link-pair.ts, link-article.ts) were first examined and changed on ECB+ topics 1-22, the
 * train topics of Cybulska & Vossen's split; ECB+ 23-45 and NewsWCL50 are reported apart. The last rules (the
 * near-verbatim containment gap, the parent closeness margin, the closer-relative siblings rule, siblings.ts's
 * wider own share) were examined on failures of all groups, so the second figure is "held apart", not clean
 * held-out evidence.
 */
export function isTuningGroup(group: string): boolean {
  const m = /^ecb\/(\d+)$/.exec(group);
  return m !== null && Number(m[1]) <= 22;
}

function headline(s: RewriteScores): { precision: number; recall: number; f1: number; directionAccuracy: number; siblingsAccuracy: number; driftRecall: number; relatedPairs: number; edges: number } {
  return {
    precision: r4(s.precision), recall: r4(s.recall), f1: r4(s.f1), directionAccuracy: r4(s.directionAccuracy),
    siblingsAccuracy: r4(s.siblingsAccuracy), driftRecall: r4(s.driftRecall), relatedPairs: s.counts.relatedPairs, edges: s.counts.edges,
  };
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function r4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function roundAll(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, r4(v)]));
}
