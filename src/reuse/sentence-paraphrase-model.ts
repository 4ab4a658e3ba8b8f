import type { SentenceModel } from './sentence-similarity.js';

/**
 * The committed paraphrase model. Derived by `npm run bench -- reuse` (bench/lib/paraphrase-eval.ts): L2 logistic
 * regression (lambda 1, Newton) on the 4,076 MRPC training pairs only, threshold = the accuracy-maximising cut on
 * the same training pairs. The bench refits it and reports whether these constants still match the refit.
 */
export const PARAPHRASE_MODEL: SentenceModel = {
  bias: -5.6704,
  weights: { dice: 1.4779, coverSmall: 1.17, coverLarge: 1.866, bigram: -2.3948, lcs: 5.3555, numberMismatch: -0.4173, lengthRatio: 2.0237 },
  threshold: 0.4918,
};
