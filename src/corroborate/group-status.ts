/**
 * A claim group as the Brief shows it: how many INDEPENDENT families state it (copies of one source count once),
 * and so its status:
 * - `disputed` when a contradiction between families is filed under it (contradictions.ts);
 * - else `speculative` when every claim is hedged (SCENARIOS.md 5: a claim only ever made in hedged form);
 * - else `corroborated` with two or more independent sources, `single-source` with one.
 * independentSources counts families of the claims that are stated, reported or attributed: a hedged claim, a
 * question or the writer's opinion supports nothing, however many outlets print it. A group of opinions and
 * questions has no source either: with a hedge among them it is `speculative` (nothing in it is stated), else
 * `single-source` with independentSources 0 (an opinion is not speculation about the facts, but establishes nothing).
 */
import type { ModalityKind } from '../model/claim.js';
import type { ClaimGroup, ClaimGroupStatus } from '../model/corroboration.js';
import type { ClaimProfile } from './claim-profile.js';
import { byOrder, distinct, quotesPerFamily } from './claim-quotes.js';

/** Strongest first: what a group's `modality` reports is its best-supported form. */
const MODALITY_STRENGTH: readonly ModalityKind[] = ['reported', 'attributed', 'hedged', 'opinion', 'question'];

export function buildGroup(members: readonly ClaimProfile[], disputed: boolean): ClaimGroup {
  const sorted = [...members].sort(byOrder);
  const first = sorted[0]!;
  const stating = sorted.filter((p) => p.claim.modality.kind === 'reported' || p.claim.modality.kind === 'attributed');
  const familyIds = distinct(sorted.map((p) => p.article.familyId));
  const independentSources = distinct(stating.map((p) => p.article.familyId)).length;
  const modality = MODALITY_STRENGTH.find((m) => sorted.some((p) => p.claim.modality.kind === m))!;
  return {
    id: first.claim.id,
    // The representative wording: the earliest claim that states it (not hedged), else the earliest.
    text: (stating[0] ?? first).claim.text,
    status: statusOf(disputed, sorted, independentSources),
    independentSources,
    familyIds,
    articleIds: distinct(sorted.map((p) => p.article.id)),
    claimIds: sorted.map((p) => p.claim.id),
    outlets: distinct(sorted.map((p) => p.article.outlet).filter((o): o is string => o !== null)),
    modality,
    attributedTo: distinct(sorted.flatMap((p) => (p.claim.attribution.kind === 'none' ? [] : [p.claim.attribution.source.text]))),
    quotes: quotesPerFamily(sorted),
    firstSeen: earliest(sorted.map((p) => p.article.publishedAt)),
  };
}

/** The earliest of some ISO 8601 times, compared as instants (zoned times do not sort as strings); null if none. */
function earliest(times: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const t of times) if (t !== null && (best === null || Date.parse(t) < Date.parse(best))) best = t;
  return best;
}

function statusOf(disputed: boolean, members: readonly ClaimProfile[], sources: number): ClaimGroupStatus {
  if (disputed) return 'disputed';
  if (members.every((p) => p.claim.modality.kind === 'hedged')) return 'speculative';
  if (sources >= 2) return 'corroborated';
  if (sources === 0 && members.some((p) => p.claim.modality.kind === 'hedged')) return 'speculative';
  return 'single-source';
}

const STATUS_RANK: Readonly<Record<ClaimGroupStatus, number>> = { corroborated: 0, disputed: 1, 'single-source': 2, speculative: 3 };

/** Established facts first: status, then more independent sources, then first seen (undated last), then id. */
export function compareGroups(a: ClaimGroup, b: ClaimGroup): number {
  if (a.status !== b.status) return STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (a.independentSources !== b.independentSources) return b.independentSources - a.independentSources;
  if (a.firstSeen !== b.firstSeen) {
    if (a.firstSeen === null) return 1;
    if (b.firstSeen === null) return -1;
    const ta = Date.parse(a.firstSeen);
    const tb = Date.parse(b.firstSeen);
    if (ta !== tb) return ta - tb;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
