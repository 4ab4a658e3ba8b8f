/**
 * "Same claim?" for sentence pairs, decided exactly as the grouping decides it (src/corroborate/claim-groups.ts):
 * each sentence is its own article (extractClaims with a fixed id and date), every claim is profiled as
 * corroborate() profiles it, and a pair scores groupingPairScore (the stem blocking, claimSimilarity with the pair
 * floor). A sentence can yield several claims (clauses, or the splitter finding two sentences) or none (under three
 * words, no main verb): the pair's score is the best over its claim pairs, and a sentence with no claim stands as
 * one claim of its whole text with no parts (stance-claims.ts wholeTextClaim): a headline without a main verb (STS's headline pairs are mostly such) still states something to compare, its wording and named entities; without it such a pair could only score 0. "Same claim" = score >= GROUP_THRESHOLD.
 *
 * Used by bench/claims.bench.ts (MRPC, STS benchmark) and test/quality/claims-gate.test.ts.
 */
import { extractClaims } from '../../src/analyze/claims.js';
import type { Claim } from '../../src/model/claim.js';
import type { ClaimProfile } from '../../src/corroborate/claim-profile.js';
import { ClaimProfiler } from '../../src/corroborate/claim-profile.js';
import { GROUP_THRESHOLD, groupingPairScore } from '../../src/corroborate/claim-groups.js';
import type { CorroborationArticle } from '../../src/corroborate/corroborate.js';
import { wholeTextClaim } from '../../src/corroborate/stance-claims.js';
import { bestThreshold } from './logistic.js';

/**
 * The date both sides are published at: MRPC's and STS's news sentences come from 2004-2006 clusters (their
 * ABOUT.txt); a fixed date only anchors relative dates ("on Tuesday"), the same way on both sides.
 */
const PUBLISHED_AT = '2005-01-15T12:00:00.000Z';

export interface SentencePair {
  readonly a: string;
  readonly b: string;
}

export interface BinaryScores {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** How the sentences were read: how many yielded no claim (fallback), and how many more than one. */
export interface ClaimCoverage {
  readonly sentences: number;
  readonly noClaim: number;
  readonly severalClaims: number;
}

export class ClaimPairScorer {
  private readonly profiler = new ClaimProfiler();
  private sentences = 0;
  private noClaim = 0;
  private severalClaims = 0;

  /** The grouping's score of the best-matching claim pair of the two sentences. */
  score(pair: SentencePair): number {
    const left = this.profiles(pair.a, 'a');
    const right = this.profiles(pair.b, 'b');
    let best = 0;
    for (const x of left) for (const y of right) best = Math.max(best, groupingPairScore(x, y));
    return best;
  }

  coverage(): ClaimCoverage {
    return { sentences: this.sentences, noClaim: this.noClaim, severalClaims: this.severalClaims };
  }

  private profiles(text: string, id: string): ClaimProfile[] {
    let claims: readonly Claim[] = extractClaims(text, { articleId: id, publishedAt: PUBLISHED_AT });
    this.sentences++;
    if (claims.length === 0) {
      this.noClaim++;
      claims = [wholeTextClaim(text, id)];
    } else if (claims.length > 1) this.severalClaims++;
    const article: CorroborationArticle = { id, familyId: id, publishedAt: PUBLISHED_AT, outlet: null, claims };
    return claims.map((claim, i) => this.profiler.profile(claim, article, i));
  }
}

export function scorePairs(pairs: readonly SentencePair[]): { scores: number[]; coverage: ClaimCoverage } {
  const scorer = new ClaimPairScorer();
  const scores = pairs.map((p) => scorer.score(p));
  return { scores, coverage: scorer.coverage() };
}

export function binaryScores(scores: readonly number[], labels: readonly boolean[], threshold = GROUP_THRESHOLD): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  scores.forEach((score, i) => {
    const predicted = score >= threshold;
    const truth = labels[i]!;
    if (predicted === truth) correct++;
    if (predicted && truth) tp++;
    else if (predicted) fp++;
    else if (truth) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { accuracy: correct / Math.max(1, scores.length), precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

/** The accuracy-maximising cut on the given (training) scores: for reporting what a fitted cut would give. */
export function fittedThreshold(scores: readonly number[], labels: readonly boolean[]): number {
  return bestThreshold(scores, labels);
}
