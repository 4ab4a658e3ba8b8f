/**
 * The corpus authors' own kind of classifier, re-implemented so it runs on exactly our folds: Clough & Stevenson
 * (2011) grade answers with word n-gram containment of the answer in the source (n = 1..5) and the longest common
 * subsequence over the answer's length, fed to a Naive Bayes classifier. Here: Gaussian Naive Bayes over those six
 * features, leave one task out, the same 95 answers. It is the "published n-gram baseline" figure computed by our
 * code, next to the figure the ABOUT file quotes.
 */
import { containment, lcsLength, wordNgrams } from '../../src/reuse/align-lcs.js';
import type { DerivationClass } from '../../src/reuse/derivation.js';
import { DERIVATION_LADDER } from '../../src/reuse/derivation.js';
import type { TextProfile } from '../../src/reuse/sentence-profile.js';
import { profileText } from '../../src/reuse/sentence-profile.js';
import type { ReuseCase, Task } from './clough-stevenson.js';
import { TASKS } from './clough-stevenson.js';
import { CLASS_OF } from './reuse-eval.js';

interface Row {
  readonly task: Task;
  readonly truth: DerivationClass;
  readonly x: readonly number[];
}

function ngramFeatures(source: TextProfile, answer: TextProfile): number[] {
  const out = [1, 2, 3, 4, 5].map((n) => containment(wordNgrams(answer.tokenIds, n), wordNgrams(source.tokenIds, n)));
  out.push(lcsLength(source.tokenIds, answer.tokenIds) / Math.max(1, answer.tokens.length));
  return out;
}

/** 4-way accuracy (mean over held-out tasks) and derived-vs-not F1 (pooled) of the n-gram Naive Bayes baseline. */
export function ngramBaseline(cases: readonly ReuseCase[]): { accuracy: number; f1: number } {
  const sources = new Map<string, TextProfile>();
  const rows: Row[] = cases.map((c) => {
    let source = sources.get(c.task);
    if (!source) sources.set(c.task, (source = profileText(c.source)));
    return { task: c.task, truth: CLASS_OF[c.label], x: ngramFeatures(source, profileText(c.answer)) };
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const foldAccuracy: number[] = [];
  for (const task of TASKS) {
    const model = fitGaussianNb(rows.filter((r) => r.task !== task));
    const held = rows.filter((r) => r.task === task);
    let correct = 0;
    for (const row of held) {
      const predicted = model(row.x);
      if (predicted === row.truth) correct++;
      const t = row.truth !== 'independent';
      const p = predicted !== 'independent';
      if (t && p) tp++;
      else if (p) fp++;
      else if (t) fn++;
    }
    foldAccuracy.push(correct / held.length);
  }
  return { accuracy: foldAccuracy.reduce((a, b) => a + b, 0) / foldAccuracy.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}

function fitGaussianNb(rows: readonly Row[]): (x: readonly number[]) => DerivationClass {
  const d = rows[0]!.x.length;
  const classes = DERIVATION_LADDER.map((label) => {
    const members = rows.filter((r) => r.truth === label);
    const mean = Array.from({ length: d }, (_, j) => members.reduce((s, r) => s + r.x[j]!, 0) / members.length);
    // A variance floor (1e-4, i.e. sd 0.01 on [0, 1] features) keeps a class whose members all score 0 on a feature
    // from ruling out every other value: Weka's NaiveBayes applies the same kind of precision floor.
    const variance = mean.map((m, j) => Math.max(1e-4, members.reduce((s, r) => s + (r.x[j]! - m) ** 2, 0) / members.length));
    return { label, prior: Math.log(members.length / rows.length), mean, variance };
  });
  return (x) => {
    let best = classes[0]!;
    let bestScore = -Infinity;
    for (const c of classes) {
      let score = c.prior;
      for (let j = 0; j < d; j++) score -= 0.5 * Math.log(2 * Math.PI * c.variance[j]!) + (x[j]! - c.mean[j]!) ** 2 / (2 * c.variance[j]!);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    return best.label;
  };
}
