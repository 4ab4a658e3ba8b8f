/**
 * How alike two sentences are, as a handful of lexical measures and one paraphrase probability that combines
 * them. The measures are the ones the best non-neural MRPC systems start from (Madnani et al. 2012 use
 * MT-metric-like n-gram precision/recall and sequence overlap): content-word overlap, bigram overlap, the longest
 * common subsequence, and whether the numbers agree (a changed figure is a different fact).
 */
import { lcsLength } from './align-lcs.js';
import type { SentenceProfile } from './sentence-profile.js';
import { PARAPHRASE_MODEL } from './sentence-paraphrase-model.js';

export interface SentenceFeatures {
  /** Dice overlap of content stems: 2|A∩B| / (|A| + |B|). */
  readonly dice: number;
  /** Share of the smaller sentence's content stems found in the larger one (one covers the other). */
  readonly coverSmall: number;
  /** Share of the larger sentence's content stems found in the smaller one. */
  readonly coverLarge: number;
  /** Dice overlap of surface word bigrams (stopwords included): high when phrasing is kept. */
  readonly bigram: number;
  /** Longest common subsequence of stems over the longer sentence's length: words kept in order. */
  readonly lcs: number;
  /** 1 when either sentence has a number the other lacks. */
  readonly numberMismatch: number;
  /** Shorter length over longer length, in tokens. */
  readonly lengthRatio: number;
}

export const SENTENCE_FEATURES = ['dice', 'coverSmall', 'coverLarge', 'bigram', 'lcs', 'numberMismatch', 'lengthRatio'] as const;

/** The lexical measures of a sentence pair (symmetric). */
export function sentenceFeatures(a: SentenceProfile, b: SentenceProfile): SentenceFeatures {
  const shared = sharedCount(a.content, b.content);
  const small = Math.min(a.content.size, b.content.size);
  const large = Math.max(a.content.size, b.content.size);
  const longest = Math.max(a.tokens.length, b.tokens.length);
  return {
    dice: small + large === 0 ? 0 : (2 * shared) / (small + large),
    coverSmall: small === 0 ? 0 : shared / small,
    coverLarge: large === 0 ? 0 : shared / large,
    bigram: bigramDice(a, b),
    lcs: longest === 0 ? 0 : lcsLength(a.stemIds, b.stemIds) / longest,
    numberMismatch: sameSet(a.numbers, b.numbers) ? 0 : 1,
    lengthRatio: longest === 0 ? 0 : Math.min(a.tokens.length, b.tokens.length) / longest,
  };
}

/** A logistic model over SentenceFeatures: p = 1 / (1 + e^-(bias + Σ weight·feature)). */
export interface SentenceModel {
  readonly bias: number;
  readonly weights: Readonly<Record<(typeof SENTENCE_FEATURES)[number], number>>;
  /** Probability at or above which a pair is called a paraphrase. */
  readonly threshold: number;
}

/** Probability that two sentences say the same thing in other (or the same) words. */
export function paraphraseProbability(features: SentenceFeatures, model: SentenceModel = PARAPHRASE_MODEL): number {
  let z = model.bias;
  for (const name of SENTENCE_FEATURES) z += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}

/** True when the pair's paraphrase probability reaches the model's threshold. */
export function isParaphrase(a: SentenceProfile, b: SentenceProfile, model: SentenceModel = PARAPHRASE_MODEL): boolean {
  return paraphraseProbability(sentenceFeatures(a, b), model) >= model.threshold;
}

export function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

function bigramDice(a: SentenceProfile, b: SentenceProfile): number {
  if (a.bigrams.size === 0 || b.bigrams.size === 0) return a.tokens.length === 1 && b.tokens.length === 1 && a.tokens[0] === b.tokens[0] ? 1 : 0;
  return (2 * sharedCount(a.bigrams, b.bigrams)) / (a.bigrams.size + b.bigrams.size);
}
