/**
 * Document-level evidence of how much of a derived text comes from a source, and how: the measures Clough &
 * Stevenson (2011) grade rewrites with (word n-gram containment, the longest common subsequence) plus what the
 * sentence alignment adds (the share of the text aligned verbatim, edited or paraphrased, how surely, and whether
 * the order was kept). Every feature is a share in [0, 1] (order agreement is mapped from [-1, 1]), so one set of
 * weights serves texts of any length.
 */
import { containment, lcsLength, longestCommonRun, orderAgreement, wordNgrams } from './align-lcs.js';
import type { SentenceAlignment } from './align-sentences.js';
import type { TextProfile } from './sentence-profile.js';

export interface DerivationFeatures {
  /** Share of the derived text's distinct stems found in the source (1-gram containment). */
  readonly contain1: number;
  /** Share of the derived text's distinct word 3-grams found in the source. */
  readonly contain3: number;
  /** Share of the derived text's distinct word 5-grams found in the source (cut-and-paste runs). */
  readonly contain5: number;
  /** Share of the source's distinct word 3-grams found in the derived text (the other direction). */
  readonly reverse3: number;
  /** Longest common subsequence of stems over the derived text's length. */
  readonly lcs: number;
  /** Longest common run of tokens, over the derived text's length. */
  readonly run: number;
  /** Share of the derived text's tokens in aligned sentences, of any kind. */
  readonly aligned: number;
  /**
   * How the reused part was reused: shares of the ALIGNED derived tokens in pairs aligned verbatim / edited /
   * paraphrased (they always sum to 1). Relative to the aligned part, so a copy padded with material from
   * elsewhere still reads as a copy. With nothing aligned, whatever was taken was taken too loosely to align a
   * sentence: it counts as paraphrased, never as an unedited copy.
   */
  readonly verbatim: number;
  readonly edited: number;
  readonly paraphrased: number;
  /** Token-weighted mean, over aligned pairs, of the derived side's words found in order in the source side. */
  readonly kept: number;
  /** Token-weighted mean, over aligned pairs, of the source side's words that survive in order. */
  readonly covered: number;
  /** Token-weighted mean paraphrase probability of aligned sentences. */
  readonly score: number;
  /** Order agreement of aligned sentences, Kendall's tau mapped to [0, 1] (1 = same order). */
  readonly order: number;
  /** Share of the source's tokens in aligned sentences (how much of the source the derived text uses). */
  readonly sourceAligned: number;
  /** Soft alignment: token-weighted mean of each derived sentence's best paraphrase probability (align-sentences). */
  readonly support: number;
  /**
   * Order of information kept: over the derived sentences that draw on the source (at least half of their content
   * stems occur in it), the share of the words they share with the source that lie, in order, on one common
   * subsequence (LCS of stems / multiset intersection of stems). A light revision substitutes words in place and keeps
   * the source's order; a heavy one moves clauses and sentences, splits and merges them, so fewer shared words stay in
   * order. Sentences made of other material are left out, so a copy padded with text of its own still reads as
   * ordered. 0 when no sentence draws on the source.
   */
  readonly orderKept: number;
}

export const DERIVATION_FEATURES = ['contain1', 'contain3', 'contain5', 'reverse3', 'lcs', 'run', 'aligned', 'verbatim',
  'edited', 'paraphrased', 'kept', 'covered', 'score', 'order', 'sourceAligned', 'support', 'orderKept'] as const;
export type DerivationFeatureName = (typeof DERIVATION_FEATURES)[number];

/** Measure how `derived` relates to `source`, given their sentence alignment. */
export function derivationFeatures(source: TextProfile, derived: TextProfile, alignment: SentenceAlignment): DerivationFeatures {
  const derivedTokens = derived.tokens.length;
  const sourceTokens = source.tokens.length;
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.min(1, n / of));
  const source3 = wordNgrams(source.tokenIds, 3);
  const derived3 = wordNgrams(derived.tokenIds, 3);

  let aligned = 0;
  let sourceAligned = 0;
  const byKind = { verbatim: 0, edited: 0, paraphrased: 0 };
  let kept = 0;
  let covered = 0;
  let score = 0;
  for (const pair of alignment.pairs) {
    aligned += pair.derivedTokens;
    sourceAligned += pair.sourceTokens;
    byKind[pair.kind] += pair.derivedTokens;
    kept += pair.kept * pair.derivedTokens;
    covered += pair.covered * pair.sourceTokens;
    score += pair.score * pair.derivedTokens;
  }
  const positions = alignment.pairs.map((pair) => pair.source[0]!.index);

  return {
    contain1: containment(new Set(derived.stemIds), new Set(source.stemIds)),
    contain3: containment(derived3, source3),
    contain5: containment(wordNgrams(derived.tokenIds, 5), wordNgrams(source.tokenIds, 5)),
    reverse3: containment(source3, derived3),
    lcs: share(lcsLength(source.stemIds, derived.stemIds), derivedTokens),
    run: share(longestCommonRun(source.tokenIds, derived.tokenIds), derivedTokens),
    aligned: share(aligned, derivedTokens),
    verbatim: share(byKind.verbatim, aligned),
    edited: share(byKind.edited, aligned),
    paraphrased: aligned === 0 ? 1 : share(byKind.paraphrased, aligned),
    kept: share(kept, aligned),
    covered: share(covered, sourceAligned),
    score: share(score, aligned),
    order: (orderAgreement(positions) + 1) / 2,
    sourceAligned: share(sourceAligned, sourceTokens),
    support: alignment.support,
    orderKept: orderKept(source, derived),
  };
}

/**
 * A derived sentence draws on the source when at least half of its content stems occur in the source: a majority of
 * its facts' words, the same share that lets a leftover sentence join an alignment (align-attach.ts ATTACH_COVER
 * asks 60% of one to three sentences; here any of the source's words count, so a little less).
 */
const DRAWS_ON_SOURCE = 0.5;

/** DerivationFeatures.orderKept: LCS over multiset intersection, on the derived sentences that draw on the source. */
function orderKept(source: TextProfile, derived: TextProfile): number {
  const sourceContent = new Set<string>();
  for (const sentence of source.sentences) for (const word of sentence.content) sourceContent.add(word);
  const stems: string[] = [];
  const ids: number[] = [];
  for (const sentence of derived.sentences) {
    if (sentence.content.size === 0) continue;
    let found = 0;
    for (const word of sentence.content) if (sourceContent.has(word)) found++;
    if (found / sentence.content.size < DRAWS_ON_SOURCE) continue;
    for (let k = 0; k < sentence.stems.length; k++) {
      stems.push(sentence.stems[k]!);
      ids.push(sentence.stemIds[k]!);
    }
  }
  const shared = multisetIntersection(source.stems, stems);
  return shared === 0 ? 0 : Math.min(1, lcsLength(source.stemIds, Int32Array.from(ids)) / shared);
}

/** How many items the two sequences share, counting repeats (the smaller of the two counts of each item). */
function multisetIntersection(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of b) {
    const left = counts.get(item) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(item, left - 1);
    }
  }
  return shared;
}
