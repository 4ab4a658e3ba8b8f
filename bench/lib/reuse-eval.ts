/**
 * The derivation-degree evaluation on Clough & Stevenson's corpus, shared by bench/reuse.bench.ts and the quality
 * gate. Features are computed once per answer (the pure pipeline: profile, align, measure); the model is then
 * re-derived fold by fold, leaving one task (one source text and all its answers) out, and scored only on the
 * task it never saw. The headline is the mean accuracy over the five held-out folds.
 */
import { performance } from 'node:perf_hooks';
import type { DerivationClass, DerivationModel, LogisticStage } from '../../src/reuse/derivation.js';
import { assessDerivation, classifyDerivation, DERIVATION_LADDER } from '../../src/reuse/derivation.js';
import type { DerivationFeatures } from '../../src/reuse/derivation-features.js';
import { DERIVATION_MODEL, DERIVATION_STAGE_FEATURES } from '../../src/reuse/derivation-model.js';
import type { TextProfile } from '../../src/reuse/sentence-profile.js';
import { profileText } from '../../src/reuse/sentence-profile.js';
import type { ReuseCase, ReuseLabel, Task } from './clough-stevenson.js';
import { TASKS } from './clough-stevenson.js';
import { fitStandardizedLogistic } from './logistic.js';

/** The corpus's labels in the engine's vocabulary. */
export const CLASS_OF: Readonly<Record<ReuseLabel, DerivationClass>> = {
  cut: 'copy', light: 'light-edit', heavy: 'heavy-rewrite', non: 'independent',
};
/**
 * L2 penalty of every stage, on z-scored features: 1 against ~40-80 training rows keeps each weight within a few
 * units, so one mislabelled answer cannot swing a stage (the corpus has several; see docs/architecture.md).
 */
export const STAGE_LAMBDA = 1;

export interface ReuseRow {
  readonly id: string;
  readonly task: Task;
  readonly truth: DerivationClass;
  readonly features: DerivationFeatures;
}

/** Features of every answer against its task's source, and the pairs per second of the whole pure pipeline. */
export function measureCases(cases: readonly ReuseCase[]): { rows: ReuseRow[]; perSecond: number } {
  const started = performance.now();
  const sources = new Map<string, TextProfile>();
  const rows = cases.map((c) => {
    let source = sources.get(c.task);
    if (!source) sources.set(c.task, (source = profileText(c.source)));
    const { features } = assessDerivation(source, profileText(c.answer));
    return { id: c.id, task: c.task, truth: CLASS_OF[c.label], features };
  });
  const seconds = (performance.now() - started) / 1000;
  return { rows, perSecond: rows.length / seconds };
}

/**
 * Fit the three stages on labelled rows, each stage on the rows that reach it: `derived` on all of them (derived vs
 * independent), `copy` on the derived ones (copy vs light and heavy), `light` on the light and heavy ones only.
 */
export function trainDerivationModel(rows: readonly ReuseRow[], lambda = STAGE_LAMBDA): DerivationModel {
  const stage = (name: keyof DerivationModel, reach: readonly ReuseRow[], positive: (row: ReuseRow) => boolean): LogisticStage => {
    const names = DERIVATION_STAGE_FEATURES[name];
    const fit = fitStandardizedLogistic(reach.map((row) => names.map((n) => row.features[n])), reach.map(positive), lambda);
    return { bias: fit.bias, weights: Object.fromEntries(names.map((n, i) => [n, fit.weights[i]!])) };
  };
  const derived = rows.filter((row) => row.truth !== 'independent');
  return {
    derived: stage('derived', rows, (row) => row.truth !== 'independent'),
    copy: stage('copy', derived, (row) => row.truth === 'copy'),
    light: stage('light', derived.filter((row) => row.truth !== 'copy'), (row) => row.truth === 'light-edit'),
  };
}

export interface ReuseScores {
  /** Mean over the five held-out tasks of the 4-way accuracy (the headline). */
  readonly accuracy: number;
  /** 4-way accuracy over all 95 held-out predictions pooled. */
  readonly pooledAccuracy: number;
  /** Derived (copy, light, heavy) vs independent, pooled over the held-out folds. */
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly foldAccuracy: Readonly<Record<Task, number>>;
  /** confusion[truth][predicted] */
  readonly confusion: Readonly<Record<DerivationClass, Readonly<Record<DerivationClass, number>>>>;
  readonly predictions: readonly { readonly id: string; readonly truth: DerivationClass; readonly predicted: DerivationClass }[];
}

/** Leave one task out: train on four tasks, predict the fifth; never score a row the model was fitted on. */
export function evaluateLeaveOneTaskOut(rows: readonly ReuseRow[], lambda = STAGE_LAMBDA): ReuseScores {
  const predictions: { id: string; truth: DerivationClass; predicted: DerivationClass }[] = [];
  const foldAccuracy = {} as Record<Task, number>;
  for (const task of TASKS) {
    const model = trainDerivationModel(rows.filter((r) => r.task !== task), lambda);
    const held = rows.filter((r) => r.task === task);
    let correct = 0;
    for (const row of held) {
      const predicted = classifyDerivation(row.features, model).kind;
      if (predicted === row.truth) correct++;
      predictions.push({ id: row.id, truth: row.truth, predicted });
    }
    foldAccuracy[task] = correct / held.length;
  }
  return { ...score(predictions), accuracy: mean(Object.values(foldAccuracy)), foldAccuracy, predictions };
}

/** Leave one answer out (train on the other 94): closer to the cross-validation the corpus's authors used. */
export function evaluateLeaveOneOut(rows: readonly ReuseRow[], lambda = STAGE_LAMBDA): number {
  let correct = 0;
  rows.forEach((row, i) => {
    const model = trainDerivationModel(rows.filter((_, j) => j !== i), lambda);
    if (classifyDerivation(row.features, model).kind === row.truth) correct++;
  });
  return correct / rows.length;
}

/** Scores of the committed model on every row (it was fitted on all of them: a resubstitution figure, not a test). */
export function committedModelAccuracy(rows: readonly ReuseRow[], model: DerivationModel = DERIVATION_MODEL): number {
  return rows.filter((row) => classifyDerivation(row.features, model).kind === row.truth).length / rows.length;
}

/** Largest absolute difference between two models' parameters. */
export function modelDistance(a: DerivationModel, b: DerivationModel): number {
  let worst = 0;
  for (const name of Object.keys(DERIVATION_STAGE_FEATURES) as (keyof DerivationModel)[]) {
    worst = Math.max(worst, Math.abs(a[name].bias - b[name].bias));
    for (const feature of DERIVATION_STAGE_FEATURES[name]) {
      worst = Math.max(worst, Math.abs((a[name].weights[feature] ?? 0) - (b[name].weights[feature] ?? 0)));
    }
  }
  return worst;
}

function score(predictions: readonly { truth: DerivationClass; predicted: DerivationClass }[]) {
  const confusion = Object.fromEntries(DERIVATION_LADDER.map((t) => [t, Object.fromEntries(DERIVATION_LADDER.map((p) => [p, 0]))])) as Record<DerivationClass, Record<DerivationClass, number>>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (const { truth, predicted } of predictions) {
    confusion[truth][predicted]++;
    if (truth === predicted) correct++;
    const t = truth !== 'independent';
    const p = predicted !== 'independent';
    if (t && p) tp++;
    else if (p) fp++;
    else if (t) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pooledAccuracy: correct / predictions.length, precision, recall, f1, confusion };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
