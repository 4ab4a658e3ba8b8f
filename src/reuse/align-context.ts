/**
 * Step 2b of sentence alignment: grow the confident one-to-one matches along the text. A heavy rewrite rephrases
 * sentences until most of them no longer look like paraphrases on their own (MRPC's paraphrases are mostly light),
 * but it keeps the source's sentence order, so a weaker pair is accepted when its neighbours vouch for it: a
 * derived sentence at most CONTEXT_WINDOW sentences before or after it is aligned to a source sentence at most
 * CONTEXT_WINDOW sentences from its candidate partner, the two are each other's best remaining match, and they
 * share at least CONTEXT_MIN_SHARED content stems. Monolingual sentence alignment has used this kind of context since Barzilay & Elhadad (2003);
 * Gale & Church (1993) rely on position alone. Growth repeats until nothing changes, so one anchor can carry a
 * whole rewritten article, but each step needs a mutual best match with real overlap, which topical sentences
 * of an independent text rarely are.
 */
import type { Candidate } from './align-candidates.js';
import { groupCandidates } from './align-candidates.js';
import type { AlignmentGroups } from './align-groups.js';

// The floor is the 1st percentile of the paraphrase probability of MRPC's training paraphrases (0.21, printed by
// the bench): with a neighbour vouching for it, a pair may be as unlike as the least alike 1% of human-judged
// paraphrases, no further.
export const CONTEXT_FLOOR = 0.21;
// Neighbours may be two sentences apart on either side: rewrites insert or drop the odd sentence, and one pair too
// unlike to align must not cut the chain.
const CONTEXT_WINDOW = 2;
// Three shared content stems (a name, a number and a verb, say): fewer is topic, not a sentence's facts.
const CONTEXT_MIN_SHARED = 3;

export function growByContext(candidates: readonly Candidate[], groups: AlignmentGroups, derivedCount: number, partnerOf: (derived: number) => number | undefined): void {
  const usable = candidates.filter((c) => c.score >= CONTEXT_FLOOR && c.shared >= CONTEXT_MIN_SHARED);
  const byDerived = groupCandidates(usable, 'derived');
  const bySource = groupCandidates(usable, 'source');
  const bestFree = (list: readonly Candidate[] | undefined, free: (c: Candidate) => boolean) =>
    (list ?? []).filter(free).reduce<Candidate | null>((b, c) => (b === null || c.score > b.score ? c : b), null);
  for (let changed = true; changed; ) {
    changed = false;
    for (let j = 0; j < derivedCount; j++) {
      if (groups.derivedLinked(j)) continue;
      const best = bestFree(byDerived.get(j), (c) => !groups.sourceLinked(c.source));
      if (!best) continue;
      const back = bestFree(bySource.get(best.source), (c) => !groups.derivedLinked(c.derived));
      if (back?.derived !== j) continue;
      if (!vouched(j, best.source, partnerOf)) continue;
      groups.link(best.source, j);
      changed = true;
    }
  }
}

/** Whether a derived sentence near `derived` is aligned to a source sentence near `source`. */
function vouched(derived: number, source: number, partnerOf: (derived: number) => number | undefined): boolean {
  for (let distance = 1; distance <= CONTEXT_WINDOW; distance++) {
    for (const neighbour of [derived - distance, derived + distance]) {
      const partner = partnerOf(neighbour);
      if (partner !== undefined && Math.abs(partner - source) <= CONTEXT_WINDOW) return true;
    }
  }
  return false;
}
