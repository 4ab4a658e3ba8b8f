/**
 * Siblings: two texts that both derive from a common source that is not in the corpus (two rewrites of one wire
 * story). Text alone cannot always tell siblings from a parent and its child: the rule below says when the text
 * fits siblings better, and the caller (the link stage) adds what text cannot, such as publication times (a child
 * published minutes after its parent, with no time to rewrite it, points to a common source).
 *
 * The rule, on the two texts' derivations in both directions (A as source of B, and B as source of A):
 * 1. related: at least one direction is derived (not independent);
 * 2. rewritten, not copied: neither direction is a copy, because a copy of a copy and two copies of one story
 *    read the same, and the copy relation already says what matters (one text, twice);
 * 3. neither contains the other: each text has at least SIBLING_OWN_SHARE of its tokens outside the aligned
 *    sentences (its own extra material). A child edited from its parent usually sits inside it (it cuts) or
 *    contains it (it adds); two rewrites of a third text each keep and drop different parts of it;
 * 4. overlapping: at least SIBLING_MIN_SHARED of each text is aligned to the other, so they tell the same story.
 * When both texts sit almost wholly inside each other the text cannot choose between a light edit of a parent and
 * two light edits of a third text: the verdict says so ('same-text') and leaves the choice to publication times.
 */
import type { Derivation } from './derivation.js';

// 15% of a text outside the alignment is a paragraph's worth in a news article; less is trimming noise (a dropped
// byline, a shortened last sentence) that a parent/child copy also shows.
export const SIBLING_OWN_SHARE = 0.15;
// 30% of each text aligned to the other: less is a shared topic or quote, not a story. Two rewrites that each keep
// two thirds of a wire story and add their own paragraphs share about 0.3-0.6 of each other, so the bar sits at the
// low end; the link stage still wants a third of ONE of them aligned (link-pair.ts STORY_SHARE). On the rewrites
// bench (npm run bench -- rewrites) 0.25 and 0.3 tell apart the same sibling pairs (0.857), 0.33 fewer (0.821: three
// pairs at 0.31-0.33 lost), with precision, recall and direction unchanged.
export const SIBLING_MIN_SHARED = 0.3;

export type SiblingVerdict =
  | { readonly kind: 'siblings'; readonly shared: number }
  | { readonly kind: 'not-siblings'; readonly reason: 'independent' | 'copy' | 'contained' | 'same-text' | 'little-overlap' };

/**
 * Decide from `ab` (B assessed against A as source) and `ba` (A assessed against B as source) whether A and B read
 * as two rewrites of a common source. `shared` is the smaller of the two texts' aligned shares.
 */
export function siblingVerdict(ab: Derivation, ba: Derivation): SiblingVerdict {
  if (ab.kind === 'independent' && ba.kind === 'independent') return { kind: 'not-siblings', reason: 'independent' };
  if (ab.kind === 'copy' || ba.kind === 'copy') return { kind: 'not-siblings', reason: 'copy' };
  // Each text's aligned share, taking the larger of the two directions' estimates (alignment is not symmetric).
  const bShared = Math.max(ab.containment.derivedInSource, ba.containment.sourceInDerived);
  const aShared = Math.max(ab.containment.sourceInDerived, ba.containment.derivedInSource);
  if (Math.min(aShared, bShared) < SIBLING_MIN_SHARED) return { kind: 'not-siblings', reason: 'little-overlap' };
  const aContained = aShared > 1 - SIBLING_OWN_SHARE;
  const bContained = bShared > 1 - SIBLING_OWN_SHARE;
  if (aContained && bContained) return { kind: 'not-siblings', reason: 'same-text' };
  if (aContained || bContained) return { kind: 'not-siblings', reason: 'contained' };
  return { kind: 'siblings', shared: Math.min(aShared, bShared) };
}
