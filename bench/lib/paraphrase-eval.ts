/**
 * The sentence paraphrase model on MRPC: fitted on the training pairs only (L2 logistic regression over
 * SentenceFeatures, threshold = the accuracy-maximising cut on the same training pairs), scored on the test pairs.
 * Shared by bench/reuse.bench.ts and the quality gate.
 */
import type { SentenceModel } from '../../src/reuse/sentence-similarity.js';
import { paraphraseProbability, SENTENCE_FEATURES, sentenceFeatures } from '../../src/reuse/sentence-similarity.js';
import type { SentenceProfile } from '../../src/reuse/sentence-profile.js';
import { profileSentence } from '../../src/reuse/sentence-profile.js';
import { bestThreshold, fitLogistic } from './logistic.js';
import type { ParaphrasePair } from './mrpc.js';

/** L2 penalty: with 4,076 rows and 7 features any small value gives the same fit to 3 decimals; 1 is a mild prior. */
export const PARAPHRASE_LAMBDA = 1;

interface Row {
  readonly x: number[];
  readonly y: boolean;
}

/** A pair's two sides profiled the way the engine profiles one sentence. */
export function profilePair(pair: ParaphrasePair, stemmer?: (token: string) => string): [SentenceProfile, SentenceProfile] {
  const one = (text: string) => profileSentence({ index: 0, start: 0, end: text.length, text }, stemmer);
  return [one(pair.a), one(pair.b)];
}

function rowsOf(pairs: readonly ParaphrasePair[], stemmer?: (token: string) => string): Row[] {
  return pairs.map((pair) => {
    const features = sentenceFeatures(...profilePair(pair, stemmer));
    return { x: SENTENCE_FEATURES.map((name) => features[name]), y: pair.paraphrase };
  });
}

export function fitParaphraseModel(train: readonly ParaphrasePair[], stemmer?: (token: string) => string): SentenceModel {
  const rows = rowsOf(train, stemmer);
  const fit = fitLogistic(rows.map((r) => r.x), rows.map((r) => r.y), PARAPHRASE_LAMBDA);
  const model = {
    bias: fit.bias,
    weights: Object.fromEntries(SENTENCE_FEATURES.map((name, i) => [name, fit.weights[i]!])) as SentenceModel['weights'],
    threshold: 0.5,
  };
  const scores = rows.map((r) => paraphraseProbability(featuresOf(r.x), model));
  return { ...model, threshold: bestThreshold(scores, rows.map((r) => r.y)) };
}

export interface ParaphraseScores {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function scoreParaphrase(pairs: readonly ParaphrasePair[], model: SentenceModel, stemmer?: (token: string) => string): ParaphraseScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (const row of rowsOf(pairs, stemmer)) {
    const predicted = paraphraseProbability(featuresOf(row.x), model) >= model.threshold;
    if (predicted === row.y) correct++;
    if (predicted && row.y) tp++;
    else if (predicted) fp++;
    else if (row.y) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { accuracy: correct / pairs.length, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

/** Largest absolute difference between two paraphrase models' parameters (threshold included). */
export function paraphraseModelDistance(a: SentenceModel, b: SentenceModel): number {
  let worst = Math.max(Math.abs(a.bias - b.bias), Math.abs(a.threshold - b.threshold));
  for (const name of SENTENCE_FEATURES) worst = Math.max(worst, Math.abs(a.weights[name] - b.weights[name]));
  return worst;
}

function featuresOf(x: readonly number[]) {
  return Object.fromEntries(SENTENCE_FEATURES.map((name, i) => [name, x[i]!])) as unknown as ReturnType<typeof sentenceFeatures>;
}
