import type { Signal, SignalKind } from '../../model/signal.js';

/**
 * One number per article, and one per outlet, for "is this a machine rewrite?", with the reasons that make it.
 *
 * Article score: a noisy-OR over the signals, the usual way to combine independent pieces of evidence that each
 * alone could explain the outcome (Pearl 1988, ch. 4): score = 1 - prod(1 - contribution). Two corrections make it
 * fit markers that are not independent and not equally telling:
 * - Within one kind, markers are repeats of one habit (one writer, one template): the strongest counts fully, the
 *   next half, the next a quarter (RANK_DISCOUNT), and the kind's total is capped. The caps decide what one kind can
 *   prove alone: an admission or a chatbot phrase, yes (0.95); formulaic prose, at most 0.6 and only with several
 *   markers (one formulaic opening or one closing "In conclusion" is 0.25-0.45, under the threshold); mangled names
 *   at most 0.45, never alone (a typo is human too).
 * - Scraping residue says the page was copied by a scraper, not rewritten by a model: weight 0.15, capped at 0.15
 *   for the whole residue family. A late date is what content farms do, and people too: weight 0.2, cap 0.15.
 * Across kinds, plain noisy-OR: different mechanisms, closer to independent. A formulaic opening and closing (0.6)
 * plus a lower-cased name (0.5) make 0.8.
 *
 * LIKELY_MACHINE_REWRITE = 0.5: "more likely than not". With the caps above it is crossed by any admission or
 * chatbot phrase, by formulaic prose with an opening and a closing, or by weaker markers of two different kinds;
 * never by one weak marker. On the demo corpus the five farm rewrites score 0.74-0.99 and the 31 other articles at
 * most 0.15, the scraped copies' residue (test/golden/demo-signals.test.ts).
 */

export const LIKELY_MACHINE_REWRITE = 0.5;

interface KindWeight {
  /** Multiplies each signal's confidence. */
  readonly weight: number;
  /** Most the kind (or family) can contribute, whatever the number of signals. */
  readonly cap: number;
}

/** Signals are grouped by kind, except residue, grouped by family: four residue kinds are still one scrape. */
const WEIGHTS: Readonly<Record<string, KindWeight>> = {
  'rewrite.admission': { weight: 1, cap: 0.97 },
  'rewrite.chatbot-phrase': { weight: 1, cap: 0.95 },
  'rewrite.formulaic': { weight: 1, cap: 0.6 },
  'rewrite.mangled-name': { weight: 1, cap: 0.45 },
  residue: { weight: 0.15, cap: 0.15 },
  'date.late': { weight: 0.2, cap: 0.15 },
  'date.conflict': { weight: 0.1, cap: 0.1 },
};
const RANK_DISCOUNT = 0.5;

export interface ScoreReason {
  /** The signal kind, or `residue` for the residue family. */
  readonly group: string;
  /** What this group adds on its own, 0..1 (after weights, discounts and cap). */
  readonly contribution: number;
  readonly evidence: readonly string[];
}

export interface MachineRewriteScore {
  /** 0..1. */
  readonly score: number;
  readonly likely: boolean;
  /** Strongest first; only groups that contribute. */
  readonly reasons: readonly ScoreReason[];
}

export function groupOf(kind: SignalKind): string {
  return kind.startsWith('residue.') ? 'residue' : kind;
}

export function machineRewriteScore(signals: readonly Signal[]): MachineRewriteScore {
  const groups = new Map<string, Signal[]>();
  for (const signal of signals) {
    const group = groupOf(signal.kind);
    if (!WEIGHTS[group]) continue;
    const list = groups.get(group) ?? [];
    list.push(signal);
    groups.set(group, list);
  }
  const reasons: ScoreReason[] = [];
  let miss = 1;
  for (const [group, list] of groups) {
    const { weight, cap } = WEIGHTS[group]!;
    const sorted = [...list].sort((a, b) => b.confidence - a.confidence);
    let groupMiss = 1;
    for (const [rank, signal] of sorted.entries()) groupMiss *= 1 - Math.min(1, signal.confidence * weight) * RANK_DISCOUNT ** rank;
    const contribution = Math.min(cap, 1 - groupMiss);
    if (contribution <= 0) continue;
    miss *= 1 - contribution;
    reasons.push({ group, contribution: round(contribution), evidence: sorted.map((s) => s.evidence) });
  }
  const score = round(1 - miss);
  reasons.sort((a, b) => b.contribution - a.contribution || (a.group < b.group ? -1 : 1));
  return { score, likely: score >= LIKELY_MACHINE_REWRITE, reasons };
}

/**
 * Outlet score: the mean of its articles' scores, shrunk toward 0 by PRIOR_ARTICLES pseudo-articles scored 0
 * (a Bayesian average, as rating sites rank items with few votes). Most outlets are not content farms, so the
 * prior is "clean"; with 2 pseudo-articles one rewrite scored 0.95 gives its outlet 0.32, three give 0.57 and
 * ten 0.79, so one article never brands an outlet (an aggregator can run one bad syndicated item) while a
 * pattern does. The reasons count, per group, the articles where it contributed.
 */
export const PRIOR_ARTICLES = 2;

export interface OutletScore {
  readonly score: number;
  readonly likely: boolean;
  readonly articles: number;
  readonly likelyArticles: number;
  /** Per group, how many of the outlet's articles it contributed to; most first. */
  readonly reasons: readonly { readonly group: string; readonly articles: number }[];
}

export function outletScore(articleScores: readonly MachineRewriteScore[]): OutletScore {
  const tally = new OutletTally();
  for (const article of articleScores) tally.add(article);
  return tally.score();
}

/** outletScore one article at a time, in constant memory: a report over a whole store never holds its articles. */
export class OutletTally {
  #sum = 0;
  #articles = 0;
  #likely = 0;
  readonly #groups = new Map<string, number>();

  add(article: MachineRewriteScore): void {
    this.#sum += article.score;
    this.#articles++;
    if (article.likely) this.#likely++;
    for (const r of article.reasons) this.#groups.set(r.group, (this.#groups.get(r.group) ?? 0) + 1);
  }

  score(): OutletScore {
    const score = round(this.#sum / (this.#articles + PRIOR_ARTICLES));
    const reasons = [...this.#groups].map(([group, articles]) => ({ group, articles }))
      .sort((a, b) => b.articles - a.articles || (a.group < b.group ? -1 : 1));
    return { score, likely: score >= LIKELY_MACHINE_REWRITE, articles: this.#articles, likelyArticles: this.#likely, reasons };
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
