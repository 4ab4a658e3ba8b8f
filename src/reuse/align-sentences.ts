/**
 * Sentence alignment between a source text and a text that may derive from it: which sentences of the derived text
 * come from which sentences of the source, and how (verbatim, edited, paraphrased). Robust to reordering (pairs
 * are found by content, not position), to word substitution (the paraphrase model scores overlap of stems, bigrams
 * and order, not identity) and to sentences split or merged (one source sentence covered by two derived ones, or
 * the reverse).
 *
 * 1. Score every sentence pair that shares a content stem (an inverted index keeps this near-linear) with the
 *    paraphrase model (sentence-similarity.ts, fitted on MRPC train).
 * 2. Match one-to-one, greedily by score, down to the model's paraphrase threshold; then grow the matches along
 *    the text, accepting weaker pairs that aligned neighbours vouch for (align-context.ts).
 * 3. Attach what is left: splits, merges and partial copies (align-attach.ts).
 * 4. Each connected group of sentences becomes one AlignedPair; its kind comes from the union of its sentences, seen
 *    from the derived side (align-kind.ts): verbatim, edited or paraphrased.
 */
import { componentSides, attachLeftovers } from './align-attach.js';
import { scoreCandidates, supportOf } from './align-candidates.js';
import { growByContext } from './align-context.js';
import type { AlignmentComponent } from './align-groups.js';
import { AlignmentGroups } from './align-groups.js';
import type { AlignmentKind } from './align-kind.js';
import { alignmentKind } from './align-kind.js';
import { lcsLength } from './align-lcs.js';
import type { SentenceProfile, TextProfile } from './sentence-profile.js';
import { PARAPHRASE_MODEL } from './sentence-paraphrase-model.js';
import type { SentenceModel } from './sentence-similarity.js';
import { paraphraseProbability, sentenceFeatures } from './sentence-similarity.js';

export type { AlignmentKind } from './align-kind.js';

/** A character span of a sentence in its text. */
export interface SentenceSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** Sentences of the derived text that come from sentences of the source, with how and how surely. */
export interface AlignedPair {
  readonly kind: AlignmentKind;
  /** Source sentences (indices and character spans), in text order. */
  readonly source: readonly SentenceSpan[];
  /** Derived sentences (indices and character spans), in text order. */
  readonly derived: readonly SentenceSpan[];
  /** Paraphrase probability of the two sides' union (0..1). */
  readonly score: number;
  /** Share of the derived side's tokens that appear, in order, in the source side (LCS / derived tokens). */
  readonly kept: number;
  /** Share of the source side's tokens that survive, in order, in the derived side (LCS / source tokens). */
  readonly covered: number;
  /** Tokens on each side (for weighting shares). */
  readonly sourceTokens: number;
  readonly derivedTokens: number;
}

export interface SentenceAlignment {
  readonly pairs: readonly AlignedPair[];
  /**
   * Token-weighted mean, over the derived sentences, of each one's best paraphrase probability against any source
   * sentence: a soft share of the derived text that reads like the source, aligned or not.
   */
  readonly support: number;
  readonly sourceSentences: number;
  readonly derivedSentences: number;
}

export interface AlignOptions {
  /** The paraphrase model and its threshold; defaults to the committed MRPC fit. */
  readonly model?: SentenceModel;
}

/** Align the sentences of `derived` to those of `source`. */
export function alignSentences(source: TextProfile, derived: TextProfile, options: AlignOptions = {}): SentenceAlignment {
  const model = options.model ?? PARAPHRASE_MODEL;
  const candidates = scoreCandidates(source.sentences, derived.sentences, model);
  const groups = new AlignmentGroups(source.sentences.length, derived.sentences.length);
  // Ties broken by position, so the same texts always give the same alignment.
  const byScore = [...candidates].sort((x, y) => y.score - x.score || x.derived - y.derived || x.source - y.source);
  for (const c of byScore) {
    if (c.score < model.threshold) break;
    if (!groups.sourceLinked(c.source) && !groups.derivedLinked(c.derived)) groups.link(c.source, c.derived);
  }
  growByContext(candidates, groups, derived.sentences.length, (j) => groups.partnerOf(j));
  attachLeftovers({ source, derived, candidates, groups, model });
  const pairs = groups.components().map((component) => describePair(source, derived, component, model));
  return {
    pairs,
    support: supportOf(candidates, derived.sentences),
    sourceSentences: source.sentences.length,
    derivedSentences: derived.sentences.length,
  };
}

function describePair(source: TextProfile, derived: TextProfile, component: AlignmentComponent, model: SentenceModel): AlignedPair {
  const [left, right] = componentSides(source, derived, component);
  const common = lcsLength(left.tokenIds, right.tokenIds);
  const kept = right.tokens.length === 0 ? 0 : common / right.tokens.length;
  const span = (s: SentenceProfile): SentenceSpan => ({ index: s.sentence.index, start: s.sentence.start, end: s.sentence.end });
  return {
    kind: alignmentKind(kept),
    source: [...component.sources].sort((x, y) => x - y).map((i) => span(source.sentences[i]!)),
    derived: [...component.deriveds].sort((x, y) => x - y).map((j) => span(derived.sentences[j]!)),
    score: paraphraseProbability(sentenceFeatures(left, right), model),
    kept,
    covered: left.tokens.length === 0 ? 0 : common / left.tokens.length,
    sourceTokens: left.tokens.length,
    derivedTokens: right.tokens.length,
  };
}
