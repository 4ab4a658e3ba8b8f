/**
 * Claims of one story grouped into propositions. Deterministic: claims are taken in publication order (article
 * time, article id, claim order; claim-profile.ts `order`), and each joins the existing group it is most like
 * (average link over the group's members) when that reaches GROUP_THRESHOLD, else opens a group of its own.
 * Average link rather than single link so that a chain of each-slightly-similar sentences does not merge two
 * facts; greedy in a fixed order rather than a global clustering so that adding the story's newest article only
 * ever extends groups (the online case), and so that the result does not depend on the order articles arrive in.
 *
 * Candidates are blocked by shared content stems: a pair is scored only when the claims share at least
 * MIN_SHARED_STEMS stems, none counted that occur in more than STEM_DF_CAP of the story's claims. A 50-article story
 * has ~750-1,000 claims; blocking keeps scoring near-linear in practice (docs/corroboration.md has the figure).
 * Claims with the same wording (one score key: a wire sentence and its copies) are always candidates of each other,
 * whatever their stems: a short quote ("The strait has divided us for too long.") in a story where "strait" is in a
 * fifth of the claims kept two stems, and each copy opened a group of its own.
 * Two claims of one article never share a group: an article restating its own fact adds no source.
 */
import type { ClaimProfile } from './claim-profile.js';
import { claimSimilarity } from './claim-similarity.js';

/**
 * The score at or above which a claim joins a group: the MRPC model's own cut (0.49, fitted on MRPC train only),
 * rounded to 0.5. Not tuned further: the demo is the golden set.
 */
export const GROUP_THRESHOLD = 0.5;
/**
 * A pair whose score cannot reach this counts 0 in a group's average, as an unscored pair does: skipping it changes
 * an average by less than PAIR_FLOOR / group size, and saves the LCS of most candidate pairs.
 */
export const PAIR_FLOOR = 0.1;
/**
 * Pairs sharing fewer content stems than this (or than the smaller claim has) are never scored. Measured on the
 * demo's cross-article pairs: of 1,507 sharing exactly two stems, one reached GROUP_THRESHOLD (a false merge); of
 * 1,584 sharing three or more, 466 did. Three instead of two cut the pairs scored in the 50-article speed story
 * (bench/corroborate.bench.ts) from 11,336 to 4,925.
 */
const MIN_SHARED_STEMS = 3;
/**
 * Whether a pair sharing `shared` countable content stems is scored at all (the blocking rule above), given each
 * claim's number of content stems. Exported so that bench/lib/claim-pairs-eval.ts takes the grouping's decision.
 */
export function blockedPairScored(shared: number, sizeA: number, sizeB: number): boolean {
  return shared >= Math.min(MIN_SHARED_STEMS, sizeA, sizeB);
}

/**
 * The score of a pair as the grouping sees it in a story too small for the stem cap (SMALL_STORY): 0 when the
 * blocking rule leaves it unscored, else claimSimilarity with the PAIR_FLOOR bound. A claim joins a group of one
 * when this is at least GROUP_THRESHOLD.
 */
export function groupingPairScore(a: ClaimProfile, b: ClaimProfile): number {
  let shared = 0;
  for (const s of a.wording.content) if (b.wording.content.has(s)) shared++;
  if (!blockedPairScored(shared, a.wording.content.size, b.wording.content.size)) return 0;
  return claimSimilarity(a, b, PAIR_FLOOR);
}

/** A stem in more than this share of a story's claims ("fire" in a fire story) does not make a pair a candidate. */
const STEM_DF_CAP = 0.2;
/** Below this many claims every stem may block: the share above means nothing for a handful of sentences. */
const SMALL_STORY = 40;

export interface ClaimGrouping {
  /** Groups as lists of profiles, each in processing order; the groups in the order they were opened. */
  readonly groups: readonly (readonly ClaimProfile[])[];
  /** Profile order -> index into `groups`. */
  readonly groupOf: ReadonlyMap<number, number>;
}

/** Group `profiles`, which must be sorted by `order`. */
export function groupClaims(profiles: readonly ClaimProfile[]): ClaimGrouping {
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of p.wording.content) df.set(s, (df.get(s) ?? 0) + 1);
  const cap = profiles.length < SMALL_STORY ? Infinity : Math.max(2, STEM_DF_CAP * profiles.length);
  const postings = new Map<string, number[]>();
  const sameWording = new Map<number, number[]>();
  const groups: ClaimProfile[][] = [];
  const groupOf = new Map<number, number>();
  const articlesOf: Set<string>[] = [];
  // Scores by pair of score keys: copies of one sentence score alike (claim-profile.ts), so a new claim facing a
  // group of ten wire copies is scored once, not ten times.
  const scores = new Map<number, number>();
  const score = (a: ClaimProfile, b: ClaimProfile) => {
    const key = a.scoreKey < b.scoreKey ? a.scoreKey * 0x200000 + b.scoreKey : b.scoreKey * 0x200000 + a.scoreKey;
    let value = scores.get(key);
    if (value === undefined) {
      value = claimSimilarity(a, b, PAIR_FLOOR);
      scores.set(key, value);
    }
    return value;
  };
  for (let i = 0; i < profiles.length; i++) {
    const profile = profiles[i]!;
    const shared = new Map<number, number>();
    const keys: string[] = [];
    for (const s of profile.wording.content) {
      if ((df.get(s) ?? 0) > cap) continue;
      keys.push(s);
      for (const j of postings.get(s) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const same = sameWording.get(profile.scoreKey) ?? [];
    for (const j of same) shared.set(j, Infinity);
    const sums = new Map<number, number>();
    for (const [j, count] of shared) {
      if (!blockedPairScored(count, profile.wording.content.size, profiles[j]!.wording.content.size)) continue;
      const g = groupOf.get(j)!;
      if (articlesOf[g]!.has(profile.article.id)) continue;
      sums.set(g, (sums.get(g) ?? 0) + score(profile, profiles[j]!));
    }
    let best = -1;
    let bestScore = GROUP_THRESHOLD;
    for (const [g, sum] of [...sums].sort((x, y) => x[0] - y[0])) {
      const score = sum / groups[g]!.length;
      if (score >= bestScore && (best < 0 || score > bestScore)) {
        best = g;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
      articlesOf.push(new Set());
    }
    groups[best]!.push(profile);
    articlesOf[best]!.add(profile.article.id);
    groupOf.set(i, best);
    same.push(i);
    sameWording.set(profile.scoreKey, same);
    for (const s of keys) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  }
  return { groups, groupOf };
}
