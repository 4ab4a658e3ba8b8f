/**
 * How alike two claims are as propositions, ignoring the values of their figures and dates (claim-profile.ts blanks
 * them): the sentence paraphrase model (src/reuse, fitted on MRPC train: content-stem overlap, bigrams, LCS, length)
 * gives the wording's probability of being a paraphrase, and what the model cannot see is added as evidence:
 * - the same action (main-verb lemma), except the empty ones ("be", "have", "say"), which every sentence shares;
 * - shared named entities (proper-noun runs), which pin two sentences to one participant or place;
 * - a figure of the same unit on both sides ("3 ship" / "2 ship"): both speak of the same count.
 * and two things weigh against, because blanking figures and dates must not make two different events look alike
 * ("Its last destructive earthquake, in 1961, killed 31 people" / "Tuesday's earthquake killed four people"):
 * - dates more than DISTANT_DAYS apart on both sides (no pair within it): another occasion, not a disputed date;
 * - figures of one unit that all differ by more than a factor DISTANT_FACTOR: another count, not a disputed one.
 *
 * With a semantic backend on (off by default), the cosine of the claims' sentence embeddings adds its own log-odds
 * (semantic-evidence.ts).
 *
 * The adjustments are on the log-odds scale, so they act like extra logistic features. Their sizes were set by
 * hand and checked against the demo's outcome (test/golden/demo-corroboration.test.ts); they are not fitted, which
 * docs/corroboration.md lists as a limit.
 */
import { PARAPHRASE_MODEL } from '../reuse/sentence-paraphrase-model.js';
import { paraphraseProbability, sentenceFeatures, sharedCount } from '../reuse/sentence-similarity.js';
import type { ClaimProfile } from './claim-profile.js';
import { semanticLogit } from './semantic-evidence.js';

export interface ClaimPairFeatures {
  /** MRPC paraphrase probability of the blanked wordings (numbers never count against it). */
  readonly paraphrase: number;
  readonly sameAction: boolean;
  /** Named entities shared, over the smaller claim's count (0 when either has none). */
  readonly entityCover: number;
  readonly sameUnit: boolean;
  readonly distantDates: boolean;
  readonly distantFigures: boolean;
}

/** Verbs that say nothing about which event a claim reports. */
const EMPTY_ACTIONS = new Set(['be', 'is', 'wa', 'have', 'ha', 'had', 'do', 'did', 'sai', 'said', 'say', 'tell', 'told', 'add']);

/** Log-odds added per piece of evidence (see the header for how they were set). */
const SAME_ACTION_LOGIT = 0.8;
const ENTITY_LOGIT = 1.0;
const SAME_UNIT_LOGIT = 0.7;
const DISTANT_LOGIT = -2;
/**
 * A month: news disputes a date by days (the demo's rewrite moved 21 January to 20 January); a claim whose dates
 * are all more than a month from the other's is about something else (an earlier quake, last year's talks).
 */
const DISTANT_DAYS = 31;
/** Disputed counts are near each other (3 vs 2 ships, 12 vs 15 dead, 5.8 vs 5.6); 31 dead in 1961 vs 4 is not one. */
const DISTANT_FACTOR = 3;
const DAY_MS = 86_400_000;

export function claimPairFeatures(a: ClaimProfile, b: ClaimProfile): ClaimPairFeatures {
  const features = { ...sentenceFeatures(a.wording, b.wording), numberMismatch: 0 };
  return { paraphrase: paraphraseProbability(features), ...evidence(a, b) };
}

/** Everything but the wording's paraphrase probability: cheap, from the claims' parts. */
function evidence(a: ClaimProfile, b: ClaimProfile): Omit<ClaimPairFeatures, 'paraphrase'> {
  const lemmaA = a.claim.action?.lemma ?? null;
  const lemmaB = b.claim.action?.lemma ?? null;
  const smaller = Math.min(a.entities.size, b.entities.size);
  return {
    sameAction: lemmaA !== null && lemmaA === lemmaB && !EMPTY_ACTIONS.has(lemmaA),
    entityCover: smaller === 0 ? 0 : sharedCount(a.entities, b.entities) / smaller,
    sameUnit: a.figures.some((f) => f.quantity.unit !== null && b.figures.some((g) => g.quantity.unit === f.quantity.unit && !distantValues(f.quantity.value, g.quantity.value))),
    distantDates: distantDates(a, b),
    distantFigures: distantFigures(a, b),
  };
}

/**
 * An upper bound on the score: every feature exact except the LCS of the stem sequences, bounded by the number of
 * tokens of either sentence whose stem occurs in the other (a common subsequence uses only such tokens). Exact as a
 * bound, so it never drops a pair that could reach `floor`.
 */
function cannotReach(a: ClaimProfile, b: ClaimProfile, floor: number): boolean {
  const x = a.wording;
  const y = b.wording;
  const longest = Math.max(x.tokens.length, y.tokens.length);
  if (longest === 0) return true;
  let inB = 0;
  for (const id of x.stemIds) if (b.stemSet.has(id)) inB++;
  let inA = 0;
  for (const id of y.stemIds) if (a.stemSet.has(id)) inA++;
  const shared = sharedCount(x.content, y.content);
  const small = Math.min(x.content.size, y.content.size);
  const large = Math.max(x.content.size, y.content.size);
  const bigrams = x.bigrams.size + y.bigrams.size;
  const w = PARAPHRASE_MODEL.weights;
  let z = PARAPHRASE_MODEL.bias +
    w.dice * (small + large === 0 ? 0 : (2 * shared) / (small + large)) +
    w.coverSmall * (small === 0 ? 0 : shared / small) +
    w.coverLarge * (large === 0 ? 0 : shared / large) +
    w.bigram * (x.bigrams.size === 0 || y.bigrams.size === 0 ? 1 : (2 * sharedCount(x.bigrams, y.bigrams)) / bigrams) +
    w.lcs * (Math.min(inA, inB) / longest) +
    w.lengthRatio * (Math.min(x.tokens.length, y.tokens.length) / longest);
  z += adjustment(a, b) + semanticLogit(a.embedding, b.embedding);
  return 1 / (1 + Math.exp(-z)) < floor;
}

function distantDates(a: ClaimProfile, b: ClaimProfile): boolean {
  const days = (p: ClaimProfile) => p.claim.dates.filter((d) => d.first !== null && d.last !== null).map((d) => [Date.parse(d.first!), Date.parse(d.last!)] as const);
  const da = days(a);
  const db = days(b);
  if (da.length === 0 || db.length === 0) return false;
  return da.every(([f1, l1]) => db.every(([f2, l2]) => Math.max(f1 - l2, f2 - l1) > DISTANT_DAYS * DAY_MS));
}

function distantFigures(a: ClaimProfile, b: ClaimProfile): boolean {
  let compared = false;
  for (const f of a.figures) {
    for (const g of b.figures) {
      if (f.quantity.unit === null || f.quantity.unit !== g.quantity.unit) continue;
      if (!distantValues(f.quantity.value, g.quantity.value)) return false;
      compared = true;
    }
  }
  return compared;
}

function distantValues(x: number, y: number): boolean {
  const [low, high] = x <= y ? [Math.abs(x), Math.abs(y)] : [Math.abs(y), Math.abs(x)];
  return low === 0 ? high > 0 : high / low > DISTANT_FACTOR;
}

/**
 * The alignment score of two claims, a probability-like number in (0, 1). With `floor`, a pair whose score cannot
 * reach it is given 0 without computing the wording's longest common subsequence (the costliest feature: the
 * largest self time in a profile of the 50-article speed story): see `cannotReach`.
 */
export function claimSimilarity(a: ClaimProfile, b: ClaimProfile, floor = 0): number {
  if (floor > 0 && cannotReach(a, b, floor)) return 0;
  const f = claimPairFeatures(a, b);
  const p = Math.min(Math.max(f.paraphrase, 1e-6), 1 - 1e-6);
  return 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + adjustmentOf(f) + semanticLogit(a.embedding, b.embedding))));
}

/** The log-odds the claim evidence adds to the wording's paraphrase log-odds. */
function adjustmentOf(f: Omit<ClaimPairFeatures, 'paraphrase'>): number {
  let z = ENTITY_LOGIT * f.entityCover;
  if (f.sameAction) z += SAME_ACTION_LOGIT;
  if (f.sameUnit) z += SAME_UNIT_LOGIT;
  if (f.distantDates) z += DISTANT_LOGIT;
  if (f.distantFigures) z += DISTANT_LOGIT;
  return z;
}

function adjustment(a: ClaimProfile, b: ClaimProfile): number {
  return adjustmentOf(evidence(a, b));
}
