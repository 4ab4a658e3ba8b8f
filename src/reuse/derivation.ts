/**
 * Derivation degree of a pair of texts: is `derived` a copy, a light edit or a heavy rewrite of `source`, or
 * independent of it? The answer comes with a score, both containments (which side holds the other; direction is
 * decided later, with publication times) and the aligned sentence pairs as evidence.
 *
 * The decision is a sequence of three logistic stages over the document features (derivation-features.ts), each
 * asking one question of the texts that reached it: P(derived at all); then, of a derived text, P(copy: its reused
 * part was pasted, not reworded); then, of a reworded one, P(light edit: words substituted in place, the source's
 * order of information kept) against a heavy rewrite (clauses and sentences moved, split, merged). Each stage looks
 * only at the features that speak to its question and is trained only on the texts that reach it, so the
 * light-vs-heavy stage is neither swamped by independent texts nor pulled by copies (a cut-and-paste may reorder
 * whole paragraphs: its order says nothing about how it was reworded).
 */
import type { AlignedPair, AlignOptions } from './align-sentences.js';
import { alignSentences } from './align-sentences.js';
import type { DerivationFeatureName, DerivationFeatures } from './derivation-features.js';
import { derivationFeatures } from './derivation-features.js';
import { DERIVATION_MODEL } from './derivation-model.js';
import type { TextProfile } from './sentence-profile.js';

export type DerivationClass = 'copy' | 'light-edit' | 'heavy-rewrite' | 'independent';
/** From least to most derived: the rungs of the degree score. */
export const DERIVATION_LADDER: readonly DerivationClass[] = ['independent', 'heavy-rewrite', 'light-edit', 'copy'];

/** One logistic stage: p = σ(bias + Σ weights[f] · features[f]); only the named features take part. */
export interface LogisticStage {
  readonly bias: number;
  readonly weights: Readonly<Partial<Record<DerivationFeatureName, number>>>;
}

export interface DerivationModel {
  /** P(the text derives from the source at all). */
  readonly derived: LogisticStage;
  /** P(copy | derived): the reused part was pasted, not reworded. */
  readonly copy: LogisticStage;
  /** P(light edit | derived, not a copy): reworded in place, the source's order kept (else a heavy rewrite). */
  readonly light: LogisticStage;
}

export interface Derivation {
  readonly kind: DerivationClass;
  /**
   * Degree of derivation in [0, 1]: the expected rung on the ladder independent (0) < heavy (1/3) < light (2/3) <
   * copy (1) under the three stages' probabilities. Orders pairs by how much was taken.
   */
  readonly score: number;
  /** The three stages' probabilities (each conditional on the previous stages: see DerivationModel). */
  readonly stages: { readonly derived: number; readonly copy: number; readonly light: number };
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
  const copy = stageProbability(model.copy, features);
  const light = stageProbability(model.light, features);
  // Each stage decides when it is more likely than not.
  const kind: DerivationClass = derived < 0.5 ? 'independent' : copy >= 0.5 ? 'copy' : light >= 0.5 ? 'light-edit' : 'heavy-rewrite';
  // Expected rung: copy 3, light 2, heavy 1, independent 0.
  const score = (derived * (3 * copy + (1 - copy) * (1 + light))) / 3;
  return {
    kind,
    score,
    stages: { derived, copy, light },
    containment: { derivedInSource: features.aligned, sourceInDerived: features.sourceAligned },
  };
}

export function stageProbability(stage: LogisticStage, features: DerivationFeatures): number {
  let z = stage.bias;
  for (const [name, weight] of Object.entries(stage.weights) as [DerivationFeatureName, number][]) z += weight * features[name];
  return 1 / (1 + Math.exp(-z));
}
