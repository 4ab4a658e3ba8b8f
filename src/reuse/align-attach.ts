/**
 * Step 3 of sentence alignment: attach the sentences one-to-one matching left over, which is how splits, merges and
 * partial copies are found.
 * - A leftover derived sentence whose content stems are mostly covered by up to three source sentences joins them
 *   (one source sentence split in two; several merged into one; an excerpt of a long sentence).
 * - A leftover source sentence mostly covered by one derived sentence joins that sentence's pair (a merge seen from
 *   the source side).
 * Joining an existing pair must make it more alike (its paraphrase probability must not drop): a topical sentence
 * that happens to share the pair's words dilutes it and stays out. Founding a new pair takes a derived sentence
 * most of whose words appear, in order, in the source sentences it joins (an excerpt or an edit of them); a source
 * sentence found inside a longer derived one that is mostly other material founds nothing.
 */
import { lcsLength } from './align-lcs.js';
import type { Candidate } from './align-candidates.js';
import { groupCandidates } from './align-candidates.js';
import type { AlignmentComponent, AlignmentGroups } from './align-groups.js';
import { EDITED_KEPT } from './align-kind.js';
import type { SentenceProfile, TextProfile } from './sentence-profile.js';
import { mergeProfiles } from './sentence-profile.js';
import type { SentenceModel } from './sentence-similarity.js';
import { paraphraseProbability, sentenceFeatures } from './sentence-similarity.js';

// A leftover sentence joins sentences that cover at least 60% of its content stems (a majority, with room for the
// connective words a split or merge adds), and only if it has 3+ content stems: a 2-word sentence is covered by
// almost anything on the same topic.
const ATTACH_COVER = 0.6;
const ATTACH_MIN_CONTENT = 3;
// Up to three source sentences merged into one derived sentence; each must bring two new stems (one shared word is
// topic, not reuse). Only the eight source sentences sharing most stems are tried.
const ATTACH_MAX_PARTS = 3;
const ATTACH_MIN_GAIN = 2;
const ATTACH_POOL = 8;

export interface AttachContext {
  readonly source: TextProfile;
  readonly derived: TextProfile;
  readonly candidates: readonly Candidate[];
  readonly groups: AlignmentGroups;
  readonly model: SentenceModel;
}

export function attachLeftovers(context: AttachContext): void {
  const { source, derived, candidates, groups } = context;
  const byDerived = groupCandidates(candidates, 'derived');
  const bySource = groupCandidates(candidates, 'source');
  derived.sentences.forEach((sentence, j) => {
    if (groups.derivedLinked(j) || sentence.content.size < ATTACH_MIN_CONTENT) return;
    const parts = coveringSources(sentence, byDerived.get(j) ?? [], source.sentences);
    if (parts.length > 0 && acceptable(context, parts, [j], 'derived')) for (const i of parts) groups.link(i, j);
  });
  source.sentences.forEach((sentence, i) => {
    if (groups.sourceLinked(i) || sentence.content.size < ATTACH_MIN_CONTENT) return;
    const best = (bySource.get(i) ?? []).reduce<Candidate | null>((b, c) => (b === null || c.shared > b.shared ? c : b), null);
    if (!best || best.shared / sentence.content.size < ATTACH_COVER) return;
    if (acceptable(context, [i], [best.derived], 'source')) groups.link(i, best.derived);
  });
}

/** The two sides of a component, each merged into one profile read in text order. */
export function componentSides(source: TextProfile, derived: TextProfile, component: AlignmentComponent): [SentenceProfile, SentenceProfile] {
  const left = [...component.sources].sort((x, y) => x - y).map((i) => source.sentences[i]!);
  const right = [...component.deriveds].sort((x, y) => x - y).map((j) => derived.sentences[j]!);
  return [mergeProfiles(left), mergeProfiles(right)];
}

/** Up to three source sentences whose union covers most of a derived sentence's content stems, or none. */
function coveringSources(sentence: SentenceProfile, candidates: readonly Candidate[], sources: readonly SentenceProfile[]): number[] {
  const covered = new Set<string>();
  const chosen: number[] = [];
  const pool = [...candidates].sort((x, y) => y.shared - x.shared || x.source - y.source).slice(0, ATTACH_POOL);
  while (chosen.length < ATTACH_MAX_PARTS) {
    let best = -1;
    let gain = 0;
    for (const c of pool) {
      if (chosen.includes(c.source)) continue;
      let g = 0;
      for (const word of sources[c.source]!.content) if (sentence.content.has(word) && !covered.has(word)) g++;
      if (g > gain) [best, gain] = [c.source, g];
    }
    if (best < 0 || gain < ATTACH_MIN_GAIN) break;
    chosen.push(best);
    for (const word of sources[best]!.content) if (sentence.content.has(word)) covered.add(word);
    if (covered.size / sentence.content.size >= ATTACH_COVER) return chosen;
  }
  return [];
}

function acceptable(context: AttachContext, sources: readonly number[], deriveds: readonly number[], leftover: 'source' | 'derived'): boolean {
  const { source, derived, groups, model } = context;
  const score = (component: AlignmentComponent) => paraphraseProbability(sentenceFeatures(...componentSides(source, derived, component)), model);
  const before = [
    ...sources.filter((i) => groups.sourceLinked(i)).map((i) => groups.unionWith([i], [])),
    ...deriveds.filter((j) => groups.derivedLinked(j)).map((j) => groups.unionWith([], [j])),
  ];
  const after = groups.unionWith(sources, deriveds);
  if (before.length === 0) {
    const [left, right] = componentSides(source, derived, after);
    return leftover === 'derived' && lcsLength(right.tokenIds, left.tokenIds) / right.tokens.length >= EDITED_KEPT;
  }
  const joined = score(after);
  return before.every((component) => joined >= score(component));
}
