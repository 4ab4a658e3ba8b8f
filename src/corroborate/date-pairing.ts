/**
 * Which event dates of two aligned claims disagree. A claim often carries several dates ("between 1991 and 1998",
 * "mailed on January 2 and tallied on January 23", "published this week (June 13)"), and another report of the
 * same sentence may change just one of them. Testing "every date of one outside every date of the other" misses
 * that change: the unchanged date (or a week that contains both days) overlaps, and the pair reads as agreeing.
 *
 * So the dates are paired first, one to one: identical spans (same first and last day) pair with each other, then
 * any two that overlap (a week and a day inside it, "June" and "June 13"): a date with a partner is agreed. What
 * is left unpaired on each side is the change. A dispute needs something left on BOTH sides (a date only one claim
 * states is an omission, not a contradiction), and, where some dates did pair, the same number left on each side:
 * one date moved is one left each side, whereas 2 dates against 1 means the claims list different events. The
 * first leftover of each side (in text order) is the disputed pair.
 */
import type { ClaimDate } from '../model/claim.js';

/** The first unpaired date of each side, or null when the dates agree (see above). Dates must be resolved. */
export function disagreeingDates(da: readonly ClaimDate[], db: readonly ClaimDate[]): readonly [ClaimDate, ClaimDate] | null {
  if (da.length === 0 || db.length === 0) return null;
  const leftA = [...da].sort((x, y) => x.start - y.start);
  const leftB = [...db].sort((x, y) => x.start - y.start);
  const paired = pairOff(leftA, leftB, (x, y) => x.first === y.first && x.last === y.last) +
    pairOff(leftA, leftB, (x, y) => x.first! <= y.last! && y.first! <= x.last!);
  if (leftA.length === 0 || leftB.length === 0) return null;
  if (paired > 0 && leftA.length !== leftB.length) return null;
  return [leftA[0]!, leftB[0]!];
}

/** Removes pairs that `match` from both lists (each date used once, first match in text order); how many. */
function pairOff(a: ClaimDate[], b: ClaimDate[], match: (x: ClaimDate, y: ClaimDate) => boolean): number {
  let n = 0;
  for (let i = 0; i < a.length;) {
    const j = b.findIndex((y) => match(a[i]!, y));
    if (j < 0) {
      i++;
      continue;
    }
    a.splice(i, 1);
    b.splice(j, 1);
    n++;
  }
  return n;
}
