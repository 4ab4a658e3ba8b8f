/**
 * Quotes and sides: a claim as the records quote it, and the side of a contradiction or update built from the
 * claims that state one value. Shared by group-status.ts, contradictions.ts and figure-updates.ts.
 */
import type { ClaimQuote, ContradictionSide } from '../model/corroboration.js';
import type { ClaimProfile } from './claim-profile.js';

export function quoteOf(profile: ClaimProfile): ClaimQuote {
  const { claim, article } = profile;
  return { articleId: article.id, claimId: claim.id, familyId: article.familyId, text: claim.text, start: claim.start, end: claim.end };
}

/** One quote per family (its earliest claim), earliest first. */
export function quotesPerFamily(profiles: readonly ClaimProfile[]): ClaimQuote[] {
  const seen = new Set<string>();
  const out: ClaimQuote[] = [];
  for (const p of [...profiles].sort(byOrder)) {
    if (seen.has(p.article.familyId)) continue;
    seen.add(p.article.familyId);
    out.push(quoteOf(p));
  }
  return out;
}

export function sideOf(value: string, profiles: readonly ClaimProfile[]): ContradictionSide {
  const sorted = [...profiles].sort(byOrder);
  return {
    value,
    articleIds: distinct(sorted.map((p) => p.article.id)),
    familyIds: distinct(sorted.map((p) => p.article.familyId)),
    quotes: quotesPerFamily(sorted),
  };
}

/** Sides ordered as the records require: more families first, then the earlier first claim, then the value. */
export function orderSides(a: ContradictionSide, aFirst: number, b: ContradictionSide, bFirst: number): [ContradictionSide, ContradictionSide] {
  if (a.familyIds.length !== b.familyIds.length) return a.familyIds.length > b.familyIds.length ? [a, b] : [b, a];
  if (aFirst !== bFirst) return aFirst < bFirst ? [a, b] : [b, a];
  return a.value <= b.value ? [a, b] : [b, a];
}

export function byOrder(a: ClaimProfile, b: ClaimProfile): number {
  return a.order - b.order;
}

export function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Latest and earliest publication time of a side's articles, in ms; null when any article is undated. */
export function timeRange(profiles: readonly ClaimProfile[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const p of profiles) {
    if (p.article.publishedAt === null) return null;
    const t = Date.parse(p.article.publishedAt);
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  return profiles.length === 0 ? null : { first, last };
}
