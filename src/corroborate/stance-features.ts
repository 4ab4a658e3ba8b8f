import { splitSentences } from '../analyze/sentences.js';
import { isNumberToken, isStopword, stem, wordTokens } from '../text/tokens.js';
import type { ClaimProfile } from './claim-profile.js';
import { profileClaims } from './stance-claims.js';

/**
 * What an article says about a claim it is put against (issue 5, FNC-1's task: does the body agree with the
 * headline, dispute it, only discuss it, or is it about something else?), as numbers a logistic model reads
 * (stance-model.ts). Two families:
 * - relatedness: how much of the claim's content the article repeats: over the whole text, in its best sentence,
 *   in its lead, and as word pairs (a headline's bigrams are rarer than its words, so they separate a story from
 *   a different story on the same subject);
 * - position: cue words counted in the RELEVANT sentences (those that repeat a quarter or more of the claim's
 *   content words, else the single best one), since an article that calls something a hoax in passing, about
 *   another matter, does not dispute this claim. Refuting cues (hoax, fake, denied, debunked, "not true"...),
 *   hedging and reporting cues (reportedly, allegedly, claims, unconfirmed, rumour...), confirming cues
 *   (confirmed, officially, announced...) and plain negation, each as a share of the relevant sentences, and the
 *   same cues over the whole text. The claim's own hedges and refutations are read too: "X denies Y" is a
 *   headline whose agreeing body reports a denial.
 * The lexicons start from the FNC-1 baseline's refuting words (fake, fraud, hoax, false, deny, denies, not,
 * despite, nope, doubt, doubts, bogus, debunk, pranks, retract) and drift-hedges.ts's hedges, with their inflections.
 */
export const STANCE_FEATURES = [
  'cover', 'bestCover', 'leadCover', 'bigramCover', 'plainCover', 'cosine', 'sharedWeight', 'rarestShared', 'logCosine', 'logCover',
  'refuteRelevant', 'hedgeRelevant', 'confirmRelevant', 'negationRelevant',
  'refuteBody', 'hedgeBody', 'confirmBody',
  'claimRefute', 'claimHedge', 'relevantShare', 'logSentences',
  'reportedRelevant', 'attributedRelevant', 'hedgedRelevant', 'negatedRelevant', 'reportedBody', 'attributedBody',
  'refuteMismatch', 'negationMismatch',
] as const;
export type StanceFeatureName = (typeof STANCE_FEATURES)[number];
export type StanceFeatures = Record<StanceFeatureName, number>;

/** A sentence is relevant to the claim when it repeats this share of the claim's content stems (or is the best). */
const RELEVANT_COVER = 0.25;
/** Keeps log() finite for a body that shares nothing with the claim. */
const LOG_FLOOR = 0.01;
/** The lead: the first sentences, where a news article states what it is about. */
const LEAD_SENTENCES = 2;

const REFUTE = /\b(?:fake[ds]?|fraud(?:ulent)?|hoax(?:es|ed)?|false(?:ly)?|den(?:y|ies|ied|ying|ial|ials)|despite|nope|doubts?|doubtful|bogus|debunk(?:s|ed|ing)?|prank(?:s|ed|sters?)?|retract(?:s|ed|ion)?|untrue|fabricat(?:e|ed|ion)|myths?|satir(?:e|ical)|misleading|refut(?:e|es|ed)|dismiss(?:es|ed)|no evidence|not true|isn['\u2019]t true|wasn['\u2019]t true|never happened|made up|photoshopped|doctored|spoof|parody)\b/gi;
const HEDGE = /\b(?:reportedly|allegedly|alleged|claim(?:s|ed|ing)?(?=\s+(?:that|to|he|she|it|they|responsibility)\b)|rumou?r(?:s|ed)?|unconfirmed|unverified|purportedly|apparently|may|might|could|said to be|believed to|appears? to|according to|sources? (?:say|said|claim)|if true|not (?:yet )?(?:been )?confirmed|unclear|speculat(?:e|ed|ion|ing)|suggest(?:s|ed)?|report(?:s|ed)? (?:that|say|said))\b/gi;
const CONFIRM = /\b(?:confirm(?:s|ed|ing)?|official(?:ly)?|announc(?:e|es|ed)|reveal(?:s|ed)?|indeed|verified|proved|proof|has been|have been|was found|were found)\b/gi;
const NEGATION = /\b(?:not|no|never|none|nothing|n['\u2019]t)\b|\w+n['\u2019]t\b/gi;

/** An article read once for any number of claims: its sentences' content stems and which cues each carries. */
export interface StanceBody {
  readonly sentences: readonly BodySentence[];
  readonly stems: ReadonlySet<string>;
  /** How often each content stem occurs: the body's term vector for the cosine. */
  readonly counts: ReadonlyMap<string, number>;
  readonly bigrams: ReadonlySet<string>;
  readonly lead: ReadonlySet<string>;
  readonly refuteShare: number;
  readonly hedgeShare: number;
  readonly confirmShare: number;
  readonly reportedShare: number;
  readonly attributedShare: number;
  /** The body's claims, profiled for alignment with the claim checked (stance-claims.ts). */
  readonly claims: readonly ClaimProfile[];
}

interface BodySentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly stems: ReadonlySet<string>;
  readonly refute: boolean;
  readonly hedge: boolean;
  readonly confirm: boolean;
  readonly negation: boolean;
  /** How the claim stage reads the sentence's claims (src/analyze): stated by the outlet, attributed, hedged, negated. */
  readonly reported: boolean;
  readonly attributed: boolean;
  readonly hedged: boolean;
  readonly negated: boolean;
}

/** How rare a content stem is (an inverse document frequency); the default weighs every stem alike. */
export type StemWeight = (stem: string) => number;
const UNIFORM: StemWeight = () => 1;

/**
 * Inverse document frequency over a set of bodies (the coverage the claims are checked against): log((N + 1) /
 * (df + 1)) + 1, scikit-learn's smoothed form, so a stem seen nowhere still weighs most and one seen everywhere
 * still weighs a little. Unseen stems get the weight of a stem seen in no body.
 */
export function inverseDocumentFrequency(bodies: readonly StanceBody[]): StemWeight {
  const df = new Map<string, number>();
  for (const b of bodies) for (const t of b.stems) df.set(t, (df.get(t) ?? 0) + 1);
  return storedDocumentFrequency(bodies.length, df);
}

/** The same IDF from stored document frequencies (Store.termStatistics): `documents` articles, `df` per stem. */
export function storedDocumentFrequency(documents: number, frequencies: ReadonlyMap<string, number>): StemWeight {
  return (t) => Math.log((documents + 1) / ((frequencies.get(t) ?? 0) + 1)) + 1;
}

export function readStanceBody(text: string): StanceBody {
  const stems = new Set<string>();
  const pairs = new Set<string>();
  const lead = new Set<string>();
  const counts = new Map<string, number>();
  const sentences: BodySentence[] = [];
  const readings = new Map<number, { reported: boolean; attributed: boolean; hedged: boolean; negated: boolean }>();
  const claims = profileClaims(text, 'stance', false);
  for (const { claim: c } of claims) {
    const r = readings.get(c.sentenceIndex) ?? { reported: false, attributed: false, hedged: false, negated: false };
    if (c.modality.kind === 'reported') r.reported = true;
    if (c.modality.kind === 'attributed') r.attributed = true;
    if (c.modality.kind === 'hedged' || c.modality.kind === 'question') r.hedged = true;
    if (c.negated) r.negated = true;
    readings.set(c.sentenceIndex, r);
  }
  for (const s of splitSentences(text)) {
    const tokens = contentStems(s.text);
    const own = new Set(tokens);
    for (const t of own) stems.add(t);
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const b of bigrams(tokens)) pairs.add(b);
    if (s.index < LEAD_SENTENCES) for (const t of own) lead.add(t);
    sentences.push({
      text: s.text, start: s.start, end: s.end, stems: own,
      refute: hits(REFUTE, s.text) > 0, hedge: hits(HEDGE, s.text) > 0, confirm: hits(CONFIRM, s.text) > 0, negation: hits(NEGATION, s.text) > 0,
      reported: false, attributed: false, hedged: false, negated: false, ...readings.get(s.index),
    });
  }
  const shareOf = (key: 'refute' | 'hedge' | 'confirm' | 'reported' | 'attributed') => sentences.length === 0 ? 0 : sentences.filter((s) => s[key]).length / sentences.length;
  return { sentences, stems, counts, bigrams: pairs, lead, refuteShare: shareOf('refute'), hedgeShare: shareOf('hedge'), confirmShare: shareOf('confirm'),
    reportedShare: shareOf('reported'), attributedShare: shareOf('attributed'), claims };
}

/**
 * The features of `claim` against an article body (read once by readStanceBody). `weight` says how rare each stem
 * is: with an IDF from the coverage at hand, sharing "said" and "video" counts for little and sharing a name for
 * much. Deterministic; linear in the body's sentences.
 */
export function stanceFeatures(claim: string, body: StanceBody, weight: StemWeight = UNIFORM): StanceFeatures {
  const claimTokens = contentStems(claim);
  const claimSet = new Set(claimTokens);
  const claimBigrams = bigrams(claimTokens);
  const cover = weightedCover(claimSet, weight);
  let bestCover = 0;
  let bestIndex = -1;
  const covers = body.sentences.map((s, i) => {
    const c = cover(s.stems);
    if (c > bestCover) {
      bestCover = c;
      bestIndex = i;
    }
    return c;
  });
  const relevant = body.sentences.filter((_, i) => covers[i]! >= RELEVANT_COVER || i === bestIndex);
  const inRelevant = (key: 'refute' | 'hedge' | 'confirm' | 'negation' | 'reported' | 'attributed' | 'hedged' | 'negated') => relevant.length === 0 ? 0 : relevant.filter((s) => s[key]).length / relevant.length;
  const cosine = tfIdfCosine(claimTokens, body.counts, weight);
  const claimRefute = hits(REFUTE, claim) > 0 ? 1 : 0;
  const claimNegation = hits(NEGATION, claim) > 0 ? 1 : 0;
  const wholeCover = cover(body.stems);
  let sharedBigrams = 0;
  for (const b of claimBigrams) if (body.bigrams.has(b)) sharedBigrams++;
  return {
    cover: wholeCover,
    bestCover,
    leadCover: cover(body.lead),
    bigramCover: claimBigrams.size === 0 ? 0 : sharedBigrams / claimBigrams.size,
    plainCover: share(claimSet, body.stems),
    cosine,
    sharedWeight: Math.log1p(sharedWeight(claimSet, body.stems, weight)),
    rarestShared: rarestShared(claimSet, body.stems, weight),
    // The logistic model is linear in its inputs; on a log scale a cosine of 0.02 and one of 0.2 are as far apart as
    // 0.2 and 2 would be, which is how relatedness behaves (+0.6 points of FNC-1 score in cross-validation).
    logCosine: Math.log(cosine + LOG_FLOOR),
    logCover: Math.log(wholeCover + LOG_FLOOR),
    refuteRelevant: inRelevant('refute'),
    hedgeRelevant: inRelevant('hedge'),
    confirmRelevant: inRelevant('confirm'),
    negationRelevant: inRelevant('negation'),
    refuteBody: body.refuteShare,
    hedgeBody: body.hedgeShare,
    confirmBody: body.confirmShare,
    claimRefute,
    claimHedge: hits(HEDGE, claim) > 0 || /\?\s*$/.test(claim) ? 1 : 0,
    relevantShare: body.sentences.length === 0 ? 0 : relevant.length / body.sentences.length,
    logSentences: Math.log1p(body.sentences.length),
    reportedRelevant: inRelevant('reported'),
    attributedRelevant: inRelevant('attributed'),
    hedgedRelevant: inRelevant('hedged'),
    negatedRelevant: inRelevant('negated'),
    reportedBody: body.reportedShare,
    attributedBody: body.attributedShare,
    // Polarity against the claim's own: "X is a hoax" is agreed with by a body that calls X a hoax, and disputed by
    // one that does not; the same for a negated claim. A linear model cannot form this from the two sides alone.
    refuteMismatch: Math.abs(claimRefute - inRelevant('refute')),
    negationMismatch: Math.abs(claimNegation - inRelevant('negation')),
  };
}

/** A sentence of the body that is about the claim, with the cue words that decide its stance. */
export interface StanceEvidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The weighted share of the claim's content stems the sentence repeats. */
  readonly cover: number;
  readonly cues: readonly { readonly kind: 'refute' | 'hedge' | 'confirm'; readonly text: string }[];
}

/** The body's sentences about the claim (as the features read them), best first, at most `limit`. */
export function stanceEvidence(claim: string, body: StanceBody, weight: StemWeight = UNIFORM, limit = 3): StanceEvidence[] {
  const cover = weightedCover(new Set(contentStems(claim)), weight);
  const scored = body.sentences.map((s) => ({ sentence: s, cover: cover(s.stems) }));
  const best = Math.max(0, ...scored.map((s) => s.cover));
  return scored
    .filter((s) => s.cover > 0 && (s.cover >= RELEVANT_COVER || s.cover === best))
    .sort((x, y) => y.cover - x.cover || x.sentence.start - y.sentence.start)
    .slice(0, limit)
    .map(({ sentence, cover }) => ({
      text: sentence.text, start: sentence.start, end: sentence.end, cover,
      cues: [
        ...matches(REFUTE, sentence.text).map((text) => ({ kind: 'refute' as const, text })),
        ...matches(HEDGE, sentence.text).map((text) => ({ kind: 'hedge' as const, text })),
        ...matches(CONFIRM, sentence.text).map((text) => ({ kind: 'confirm' as const, text })),
      ],
    }));
}

/** How often each content stem occurs in a text (a claim), as readStanceBody counts a body's. */
export function contentStemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of contentStems(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function contentStems(text: string): string[] {
  return wordTokens(text).filter((t) => !isStopword(t) && (t.length > 1 || isNumberToken(t))).map(stem);
}

/** The weighted share of the claim's stems a set of stems holds (0 for a claim without content stems). */
function weightedCover(claim: ReadonlySet<string>, weight: StemWeight): (inside: ReadonlySet<string>) => number {
  let total = 0;
  for (const t of claim) total += weight(t);
  return (inside) => (total === 0 ? 0 : sharedWeight(claim, inside, weight) / total);
}

/** The summed weight of the claim's stems the body has: three rare names shared say more than one. */
function sharedWeight(claim: ReadonlySet<string>, body: ReadonlySet<string>, weight: StemWeight): number {
  let n = 0;
  for (const t of claim) if (body.has(t)) n += weight(t);
  return n;
}

/** The weight of the rarest claim stem the body shares, over that of the claim's rarest stem. */
function rarestShared(claim: ReadonlySet<string>, body: ReadonlySet<string>, weight: StemWeight): number {
  let best = 0;
  let shared = 0;
  for (const t of claim) {
    const w = weight(t);
    best = Math.max(best, w);
    if (body.has(t)) shared = Math.max(shared, w);
  }
  return best === 0 ? 0 : shared / best;
}

/** The cosine of the claim's and the body's term-frequency x weight vectors (UCLMR's FNC-1 similarity feature). */
function tfIdfCosine(claimTokens: readonly string[], bodyCounts: ReadonlyMap<string, number>, weight: StemWeight): number {
  const claimCounts = new Map<string, number>();
  for (const t of claimTokens) claimCounts.set(t, (claimCounts.get(t) ?? 0) + 1);
  let dot = 0;
  let claimNorm = 0;
  for (const [t, c] of claimCounts) {
    const w = weight(t);
    claimNorm += (c * w) ** 2;
    const b = bodyCounts.get(t);
    if (b !== undefined) dot += c * b * w * w;
  }
  if (dot === 0) return 0;
  let bodyNorm = 0;
  for (const [t, c] of bodyCounts) bodyNorm += (c * weight(t)) ** 2;
  return dot / Math.sqrt(claimNorm * bodyNorm);
}

function bigrams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) out.add(`${tokens[i - 1]!} ${tokens[i]!}`);
  return out;
}

function share(of: ReadonlySet<string>, inside: ReadonlySet<string>): number {
  if (of.size === 0) return 0;
  let n = 0;
  for (const t of of) if (inside.has(t)) n++;
  return n / of.size;
}

function hits(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

function matches(pattern: RegExp, text: string): string[] {
  pattern.lastIndex = 0;
  const out: string[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push(m[0]);
  return out;
}
