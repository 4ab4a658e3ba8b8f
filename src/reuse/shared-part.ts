/**
 * The part of a text that another text shares with it: the sentences of one side that sentence alignment paired
 * with the other, read either way (B from A and A from B; alignment is not symmetric). Linking uses it to ask
 * whether a third article EXPLAINS the overlap of two others: an article that is the channel through which two texts
 * came to share words must itself hold what they share. Two rewrites of one visible story share only that story's
 * sentences, so the story explains them; two rewrites of a story that is not in the corpus each kept sentences the
 * other dropped, and a third rewrite of it, which dropped its own, holds only part of what they share.
 */
import type { Derivation } from './derivation.js';
import type { TextProfile } from './sentence-profile.js';

/** Sentence indices of a text aligned to the other text, from `asDerived` (it read as derived) and `asSource`. */
export function sharedSentences(asDerived: Derivation, asSource: Derivation): Set<number> {
  const out = new Set<number>();
  for (const pair of asDerived.pairs) for (const s of pair.derived) out.add(s.index);
  for (const pair of asSource.pairs) for (const s of pair.source) out.add(s.index);
  return out;
}

/**
 * Share of the tokens of `part` (sentence indices of `profile`) that also lie in `whole`: 1 when `whole` holds all
 * of `part`, and by convention when `part` is empty (nothing to explain).
 */
export function shareWithin(profile: TextProfile, part: ReadonlySet<number>, whole: ReadonlySet<number>): number {
  let inPart = 0;
  let inBoth = 0;
  for (const sentence of profile.sentences) {
    if (!part.has(sentence.sentence.index)) continue;
    inPart += sentence.tokens.length;
    if (whole.has(sentence.sentence.index)) inBoth += sentence.tokens.length;
  }
  return inPart === 0 ? 1 : inBoth / inPart;
}
