import type { DerivationFeatureName } from './derivation-features.js';
import type { DerivationModel } from './derivation.js';

/**
 * Which features each stage of the derivation decision reads (derivation.ts), chosen by what each question is
 * about: whether a text derives is a matter of how much of it the source holds (stem containment, Clough &
 * Stevenson's strongest single measure; the soft and the hard sentence alignment, which also see paraphrase, the
 * hard one through the source's sentence order that a rewrite keeps); how it was
 * reworded is a matter of the aligned part (words kept in order, the shares of edited and paraphrased sentences,
 * 3-gram containment); whether it was reworded at all, of verbatim vs edited sentences, words kept and the longest
 * run. Variants of these sets move the held-out accuracy within 0.75-0.80 (one to four answers of 95).
 */
export const DERIVATION_STAGE_FEATURES: Readonly<Record<keyof DerivationModel, readonly DerivationFeatureName[]>> = {
  derived: ['contain1', 'support', 'aligned'],
  lightOrCopy: ['kept', 'edited', 'paraphrased', 'contain3'],
  copy: ['verbatim', 'edited', 'kept', 'run'],
};

/**
 * The committed derivation model: each stage an L2 logistic regression on z-scored features (lambda 1, Newton;
 * bench/lib/logistic.ts, weights converted back to raw feature units)
 * fitted on all 95 answers of the Clough & Stevenson (2011) corpus, each stage on the answers that reach it.
 * `npm run bench -- reuse` re-derives it fold by fold (leave one task out) for the reported figures, refits it on
 * all answers and says whether these constants still match.
 */
export const DERIVATION_MODEL: DerivationModel = {
  derived: { bias: -5.6506, weights: { contain1: 6.9572, support: 5.1831, aligned: 3.5824 } },
  lightOrCopy: { bias: 1.2548, weights: { kept: -0.3, edited: -0.8908, paraphrased: -2.2313, contain3: 1.5984 } },
  copy: { bias: 0.773, weights: { verbatim: 3.7593, edited: -2.8948, kept: -1.5579, run: -1.6499 } },
};
