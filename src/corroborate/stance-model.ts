import type { StanceModel } from './stance.js';

/**
 * The committed stance model (stance.ts's cascade). Derived by `npm run bench -- claims` (bench/lib/stance-eval.ts):
 * L2 logistic regression (lambda 1 on z-scored inputs, Newton) fitted on all 25,413 pairs of the FNC-1 competition
 * test set, the only labelled FNC-1 data available here. Its quality is what the bench measures by refitting
 * without each claim (grouped cross-validation), never by scoring these constants on the pairs they came from; the
 * bench also reports how far these constants are from its refit, so a change to the features shows up.
 */
export const STANCE_MODEL: StanceModel = {
  related: {
    bias: -9.8342,
    weights: { cover: 2.1868, bestCover: -1.2939, leadCover: 7.0296, bigramCover: -2.1943, plainCover: -0.5612, cosine: -4.7485, sharedWeight: -0.6852, rarestShared: 1.4012, logCosine: -0.4488, logCover: -0.0896, relativeCosine: -3.2571, relativeCover: 0.8097, relativeBestCover: 2.6841, topicCosine: 16.4894, relativeTopicCosine: 4.276 },
  },
  discuss: {
    bias: 5.66,
    weights: { cover: 3.5356, bestCover: 0.7162, leadCover: 0.0635, bigramCover: -0.9122, plainCover: -2.059, cosine: -0.2274, sharedWeight: -0.4272, rarestShared: -1.9648, logCosine: 0.9157, logCover: 0.0593, refuteRelevant: -1.8143, hedgeRelevant: 0.5497, confirmRelevant: 0.228, negationRelevant: -0.6736, refuteBody: -2.3681, hedgeBody: 2.0541, confirmBody: 1.5743, claimRefute: -0.8298, claimHedge: 2.1971, relevantShare: -0.4846, logSentences: -0.3181, attributedRelevant: 0.379, hedgedRelevant: 0.6582, negatedRelevant: 1.2815, attributedBody: 1.0728, refuteMismatch: 0.4166, negationMismatch: -0.9653, relativeCosine: -0.6686, relativeCover: -0.4837, relativeBestCover: -0.7312, topicCosine: -2.1795, relativeTopicCosine: 1.1032 },
  },
  agree: {
    bias: -3.7656,
    weights: { cover: -4.2248, bestCover: -1.4752, leadCover: 0.4103, bigramCover: 0.4963, plainCover: 6.3794, cosine: -0.8465, sharedWeight: 0.4363, rarestShared: 0.0812, logCosine: -0.0482, logCover: -1.1572, refuteRelevant: 1.0189, hedgeRelevant: -0.311, confirmRelevant: -0.3889, negationRelevant: 0.9425, refuteBody: -1.9163, hedgeBody: -1.6526, confirmBody: 0.3214, claimRefute: 1.8468, claimHedge: 0.1302, relevantShare: -0.1568, logSentences: -0.7138, attributedRelevant: -0.2497, hedgedRelevant: 0.0484, negatedRelevant: -0.87, attributedBody: 0.7354, refuteMismatch: -2.3045, negationMismatch: -1.21, relativeCosine: 0.2338, relativeCover: 2.3667, relativeBestCover: 1.1419, topicCosine: 1.5444, relativeTopicCosine: 1.0692 },
  },
};
