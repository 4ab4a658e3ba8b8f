import type { StanceBody, StanceEvidence, StanceFeatureName, StemWeight } from './stance-features.js';
import { contentStemCounts, inverseDocumentFrequency, STANCE_FEATURES, stanceEvidence, stanceFeatures } from './stance-features.js';
import { STANCE_MODEL } from './stance-model.js';
import type { ClaimAlignmentFeature } from './stance-claims.js';
import { CLAIM_ALIGNMENT_FEATURES, claimAlignment, profileClaims } from './stance-claims.js';
import type { TopicSpace } from './topic-space.js';
import { buildTopicSpace, topicCosine } from './topic-space.js';

/**
 * Where each article of a set stands on one claim (issue 5; FNC-1's four classes): `unrelated` (about something
 * else), `agree` (states it), `disagree` (disputes or refutes it), `discuss` (reports it without taking a side). A
 * fact-checker's question "what does the coverage say about this claim?" asked of the articles at hand.
 *
 * Three logistic models over stance-features.ts's inputs, in a cascade:
 * 1. related or not, from how much of the claim the article repeats, absolutely and RELATIVE to the article of
 *    the set that repeats most of it (a claim checked against a set is judged against its best match: in
 *    cross-validation on FNC-1 this lifts related/unrelated accuracy from 0.974 to 0.976 and the score from 0.814
 *    to 0.820), and in the topic space of topic-space.ts (accuracy 0.985, score 0.833);
 * 2. for a related article, discuss or takes a side, from the cue words of stance-features.ts and the claim
 *    stage's alignment of stance-claims.ts (score 0.836);
 * 3. for one that takes a side, agree or disagree.
 * p(agree) = (1 - p(discuss)) p(agree | side), and so on; the most probable class wins, which is also what
 * maximises FNC-1's score (every related class earns the same 0.25 for relatedness, the right one 0.75 more).
 */
export type ClaimStance = 'agree' | 'disagree' | 'discuss' | 'unrelated';

export const RELATIVE_FEATURES = ['relativeCosine', 'relativeCover', 'relativeBestCover', 'topicCosine', 'relativeTopicCosine'] as const;
export type StanceInputName = StanceFeatureName | (typeof RELATIVE_FEATURES)[number] | ClaimAlignmentFeature;
export const STANCE_INPUTS: readonly StanceInputName[] = [...STANCE_FEATURES, ...RELATIVE_FEATURES, ...CLAIM_ALIGNMENT_FEATURES].filter((n) => !'reportedRelevant,reportedBody'.split(',').includes(n));

/** What the relatedness model reads: how much of the claim the article repeats; the cue shares are for the side. */
export const RELATEDNESS_INPUTS: readonly StanceInputName[] = [
  'cover', 'bestCover', 'leadCover', 'bigramCover', 'plainCover', 'cosine', 'sharedWeight', 'rarestShared', 'logCosine', 'logCover',
  ...RELATIVE_FEATURES,
];

export interface LinearModel {
  readonly bias: number;
  readonly weights: Readonly<Partial<Record<StanceInputName, number>>>;
}

export interface StanceModel {
  readonly related: LinearModel;
  readonly discuss: LinearModel;
  readonly agree: LinearModel;
}

export interface ArticleStance {
  readonly articleId: string;
  readonly stance: ClaimStance;
  /** The probability of each class (summing to 1). */
  readonly probabilities: Readonly<Record<ClaimStance, number>>;
  /** The article's sentences about the claim, with the cues that weigh for a side: the reason to show a reader. */
  readonly evidence: readonly StanceEvidence[];
}

export interface StanceOptions {
  /** How rare each content stem is in the coverage (the store's document frequencies); by default, in `articles`. */
  readonly weight?: StemWeight;
  /** The coverage's topic space (topic-space.ts); by default, built over `articles`. */
  readonly space?: TopicSpace;
  readonly model?: StanceModel;
}

/** Each article's stance on `claim`, in the order given. Pure: the articles' bodies are read once each. */
export function checkClaim(claim: string, articles: readonly { readonly id: string; readonly body: StanceBody }[], options: StanceOptions = {}): ArticleStance[] {
  const weight = options.weight ?? inverseDocumentFrequency(articles.map((a) => a.body));
  const model = options.model ?? STANCE_MODEL;
  const space = options.space ?? buildTopicSpace(articles.map((a) => a.body), weight);
  const inputs = stanceInputs(claim, articles.map((a) => a.body), weight, space);
  return articles.map((a, i) => {
    const probabilities = stanceProbabilities(model, inputs[i]!);
    return { articleId: a.id, stance: mostProbable(probabilities), probabilities, evidence: stanceEvidence(claim, a.body, weight) };
  });
}

/**
 * The model inputs of `claim` against each body of the set: the pair's features, its topic-space cosine, and the
 * relative ones. `projections`, when given, are the bodies' projections onto `space` (computed once per store).
 */
export function stanceInputs(claim: string, bodies: readonly StanceBody[], weight: StemWeight, space: TopicSpace, projections?: readonly Float64Array[]): Record<StanceInputName, number>[] {
  const claimTopic = space.project(contentStemCounts(claim));
  const claimProfiles = profileClaims(claim, 'claim', true);
  const topics = bodies.map((b, i) => topicCosine(claimTopic, projections?.[i] ?? space.project(b.counts)));
  const pairs = bodies.map((b) => stanceFeatures(claim, b, weight));
  const top = (key: StanceFeatureName) => Math.max(0, ...pairs.map((f) => f[key]));
  const best = { cosine: top('cosine'), cover: top('cover'), bestCover: top('bestCover'), topic: Math.max(0, ...topics) };
  return pairs.map((f, i) => ({
    ...f,
    relativeCosine: best.cosine === 0 ? 0 : f.cosine / best.cosine,
    relativeCover: best.cover === 0 ? 0 : f.cover / best.cover,
    relativeBestCover: best.bestCover === 0 ? 0 : f.bestCover / best.bestCover,
    topicCosine: topics[i]!,
    relativeTopicCosine: best.topic <= 0 ? 0 : topics[i]! / best.topic,
    ...claimAlignment(claimProfiles, bodies[i]!.claims),
  }));
}

export function stanceProbabilities(model: StanceModel, x: Readonly<Record<StanceInputName, number>>): Record<ClaimStance, number> {
  const related = logistic(model.related, x);
  const discuss = logistic(model.discuss, x);
  const agree = logistic(model.agree, x);
  return {
    unrelated: 1 - related,
    discuss: related * discuss,
    agree: related * (1 - discuss) * agree,
    disagree: related * (1 - discuss) * (1 - agree),
  };
}

/** The most probable class; ties (rare: equal floats) go to the less committal class, in this order. */
export function mostProbable(p: Readonly<Record<ClaimStance, number>>): ClaimStance {
  let best: ClaimStance = 'unrelated';
  for (const s of ['discuss', 'agree', 'disagree'] as const) if (p[s] > p[best]) best = s;
  return best;
}

function logistic(model: LinearModel, x: Readonly<Record<StanceInputName, number>>): number {
  let z = model.bias;
  for (const [name, w] of Object.entries(model.weights) as [StanceInputName, number][]) z += w * x[name];
  return 1 / (1 + Math.exp(-z));
}
