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
    bias: 5.8669,
    weights: { cover: 3.3881, bestCover: 0.7617, leadCover: 0.1169, bigramCover: -0.9995, plainCover: -2.082, cosine: -0.3196, sharedWeight: -0.4478, rarestShared: -1.9279, logCosine: 0.8816, logCover: 0.1313, refuteRelevant: -1.8118, hedgeRelevant: 0.5386, confirmRelevant: 0.1924, negationRelevant: -0.6751, refuteBody: -2.3381, hedgeBody: 1.9029, confirmBody: 1.623, claimRefute: -0.8361, claimHedge: 2.1901, relevantShare: -0.4881, logSentences: -0.3347, attributedRelevant: 0.1018, hedgedRelevant: 0.378, negatedRelevant: 1.2998, attributedBody: 1.146, refuteMismatch: 0.4239, negationMismatch: -0.9753, relativeCosine: -0.6363, relativeCover: -0.4248, relativeBestCover: -0.7955, topicCosine: -1.8675, relativeTopicCosine: 0.8779, statedClaim: -0.8292, reportedClaim: 1.6056, flippedClaim: -0.0505 },
  },
  agree: {
    bias: -3.7695,
    weights: { cover: -3.9098, bestCover: -1.5326, leadCover: 0.389, bigramCover: 0.3583, plainCover: 5.9347, cosine: -0.9529, sharedWeight: 0.4016, rarestShared: 0.1355, logCosine: -0.0456, logCover: -1.1451, refuteRelevant: 1.0155, hedgeRelevant: -0.3188, confirmRelevant: -0.4173, negationRelevant: 0.7189, refuteBody: -1.849, hedgeBody: -1.6221, confirmBody: 0.3001, claimRefute: 1.8028, claimHedge: 0.1464, relevantShare: -0.0622, logSentences: -0.6911, attributedRelevant: -0.2052, hedgedRelevant: 0.0908, negatedRelevant: -0.686, attributedBody: 0.7059, refuteMismatch: -2.2396, negationMismatch: -0.8476, relativeCosine: 0.1567, relativeCover: 2.5078, relativeBestCover: 1.1498, topicCosine: 1.4645, relativeTopicCosine: 1.0515, statedClaim: 1.3737, reportedClaim: 0.8852, flippedClaim: -1.644 },
  },
};
