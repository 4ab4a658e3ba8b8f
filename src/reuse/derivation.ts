/**
 * Derivation degree of a pair of texts: is `derived` a copy, a light edit or a heavy rewrite of `source`, or
 * independent of it? The answer comes with a score, both containments (which side holds the other; direction is
 * decided later, with publication times) and the aligned sentence pairs as evidence.
 *
 * The decision is a sequence of three logistic stages over the document features (derivation-features.ts), the
 * continuation-ratio form of ordinal regression: P(derived), then P(light edit or closer | derived), then
 * P(copy | light edit or closer). Each stage looks only at the features that speak to its question (how much of the
 * text comes from the source; how the reused part was reworded; whether it was reworded at all), and each is
 * trained only on the texts that reached it, so the copy-vs-light stage is not swamped by independent texts.
 */
import type { AlignedPair, AlignOptions } from './align-sentences.js';
import { alignSentences } from './align-sentences.js';
import type { DerivationFeatureName, DerivationFeatures } from './derivation-features.js';
import { derivationFeatures } from './derivation-features.js';
import { DERIVATION_MODEL } from './derivation-model.js';
import type { TextProfile } from './sentence-profile.js';

export type DerivationClass = 'copy' | 'light-edit' | 'heavy-rewrite' | 'independent';
/** From least to most derived: the order the stages climb. */
export const DERIVATION_LADDER: readonly DerivationClass[] = ['independent', 'heavy-rewrite', 'light-edit', 'copy'];

/** One logistic stage: p = σ(bias + Σ weights[f] · features[f]); only the named features take part. */
export interface LogisticStage {
  readonly bias: number;
  readonly weights: Readonly<Partial<Record<DerivationFeatureName, number>>>;
}

export interface DerivationModel {
  /** P(the text derives from the source at all). */
  readonly derived: LogisticStage;
  /** P(light edit or copy | derived): the reused part kept the source's wording. */
  readonly lightOrCopy: LogisticStage;
  /** P(copy | light edit or copy): the reused part was not reworded. */
  readonly copy: LogisticStage;
}

export interface Derivation {
  readonly kind: DerivationClass;
  /**
   * Degree of derivation in [0, 1]: the expected rung on the ladder independent (0) < heavy (1/3) < light (2/3) <
   * copy (1) under the three stages' probabilities. Orders pairs by how much was taken.
   */
  readonly score: number;
  /** The three stages' probabilities (each conditional on the previous stage). */
  readonly stages: { readonly derived: number; readonly lightOrCopy: number; readonly copy: number };
  /**
   * Share of each text's tokens in aligned sentences: `derivedInSource` high and `sourceInDerived` low says the
   * derived text sits inside the source (a trimmed copy); the reverse says it contains the source plus more.
   */
  readonly containment: { readonly derivedInSource: number; readonly sourceInDerived: number };
  readonly features: DerivationFeatures;
  /** The aligned sentence pairs: the evidence, with character spans in both texts. */
  readonly pairs: readonly AlignedPair[];
}

export interface DerivationOptions {
  readonly model?: DerivationModel;
  readonly align?: AlignOptions;
}

/** Assess how `derived` derives from `source` (profiles from profileText, computed once per text). */
export function assessDerivation(source: TextProfile, derived: TextProfile, options: DerivationOptions = {}): Derivation {
  const alignment = alignSentences(source, derived, options.align);
  const features = derivationFeatures(source, derived, alignment);
  return { ...classifyDerivation(features, options.model), features, pairs: alignment.pairs };
}

/** The class, score, stage probabilities and containments that a model gives a set of features. */
export function classifyDerivation(features: DerivationFeatures, model: DerivationModel = DERIVATION_MODEL): Omit<Derivation, 'features' | 'pairs'> {
  const derived = stageProbability(model.derived, features);
  const lightOrCopy = stageProbability(model.lightOrCopy, features);
  const copy = stageProbability(model.copy, features);
  let rung = 0;
  // Climb while each stage is more likely than not: the continuation-ratio decision.
  for (const p of [derived, lightOrCopy, copy]) {
    if (p < 0.5) break;
    rung++;
  }
  const score = (derived * (1 + lightOrCopy * (1 + copy))) / 3;
  return {
    kind: DERIVATION_LADDER[rung]!,
    score,
    stages: { derived, lightOrCopy, copy },
    containment: { derivedInSource: features.aligned, sourceInDerived: features.sourceAligned },
  };
}

export function stageProbability(stage: LogisticStage, features: DerivationFeatures): number {
  let z = stage.bias;
  for (const [name, weight] of Object.entries(stage.weights) as [DerivationFeatureName, number][]) z += weight * features[name];
  return 1 / (1 + Math.exp(-z));
}
