/**
 * Which figures of a story speak of the same count, across claim groups. A sentence often states several facts
 * ("Twelve people died and two ships were destroyed in the fire"), and a claim joins one group only, so the
 * figures are aligned on their own: same unit, and at least one content stem shared in their roles (the words
 * around each figure: "destroyed", "joint", "struck"; claim-profile.ts). The unit does most of the work ("ship",
 * "magnitude"); the role keeps "four people killed" apart from "62 people injured".
 *
 * Inside one claim group the claims are already aligned as wholes, so there the unit alone aligns two figures.
 *
 * Each family speaks with one voice per figure: the value most of its articles give (ties to the earliest). A
 * rewrite that changed its source's figure (three ships became four) is drift inside one family, shown along the
 * copy edge, not a dispute between sources: the family's voice stays its majority value.
 */
import type { Quantity } from '../model/claim.js';
import type { ClaimProfile, Figure } from './claim-profile.js';

export interface FigureMention {
  readonly profile: ClaimProfile;
  readonly figure: Figure;
}

/** Role stems that any figure of a news sentence can have near it: they say nothing about what is counted. */
const GENERIC_ROLE = new Set(['said', 'sai', 'accord', 'offici', 'report', 'told', 'includ', 'least', 'about', 'nearli', 'more', 'than', 'over', 'around']);

export function figureMentions(profiles: readonly ClaimProfile[]): FigureMention[] {
  const out: FigureMention[] = [];
  for (const profile of profiles) {
    if (profile.weak) continue;
    for (const figure of profile.figures) if (figure.quantity.unit !== null) out.push({ profile, figure });
  }
  return out;
}

/** True when two figures count the same thing; `sameGroup` when their claims share a claim group. */
export function figuresAligned(a: Figure, b: Figure, sameGroup = false): boolean {
  if (a.quantity.unit === null || a.quantity.unit !== b.quantity.unit) return false;
  if (sameGroup) return true;
  for (const s of a.role) if (!GENERIC_ROLE.has(s) && b.role.has(s)) return true;
  return false;
}

/** The value `family` gives for the figure `anchor` counts: its majority among aligned figures, ties to the earliest. */
export function familyVoice(mentions: readonly FigureMention[], anchor: FigureMention, family: string, groupOf: ReadonlyMap<number, number>): Quantity | null {
  const counts = new Map<number, { quantity: Quantity; articles: Set<string>; first: number }>();
  const group = groupOf.get(anchor.profile.order);
  for (const m of mentions) {
    if (m.profile.article.familyId !== family || !figuresAligned(m.figure, anchor.figure, groupOf.get(m.profile.order) === group)) continue;
    const entry = counts.get(m.figure.quantity.value);
    if (entry) entry.articles.add(m.profile.article.id);
    else counts.set(m.figure.quantity.value, { quantity: m.figure.quantity, articles: new Set([m.profile.article.id]), first: m.profile.order });
  }
  let best: { quantity: Quantity; articles: Set<string>; first: number } | null = null;
  for (const entry of counts.values()) {
    if (best === null || entry.articles.size > best.articles.size || (entry.articles.size === best.articles.size && entry.first < best.first)) best = entry;
  }
  return best?.quantity ?? null;
}
