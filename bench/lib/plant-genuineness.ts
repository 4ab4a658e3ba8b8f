/**
 * Whether a planted change (contradiction-generator.ts) is a contradiction a reader of the two reports would see,
 * of the type it is counted as. A plant is chosen from what the claim stage read in the original text, and some of
 * those readings are not what the type means: a page's date stamp changed, a street number read as a year, a place
 * swapped for one inside it. Such plants are DROPPED (the pair is not generated) and
 * counted per reason, never re-drawn: the other plants of the article keep their draws. The rules look only at the
 * original text and the planted values, never at what the engine makes of the pair.
 */
import { nameKey } from '../../src/corroborate/claim-profile.js';
import type { Claim, ClaimDate, Place } from '../../src/model/claim.js';

export type DropReason = 'date-only-line' | 'year-not-a-date' | 'place-nested';

/** A street address ("1800 Pitkin Ave.") or a product figure ("2880x1800"): a four-digit number, not a year. */
const ADDRESS_AFTER = /^\s+(?:\p{Lu}[\p{L}.'-]*\s+)+(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl)\b/u;
const FIGURE_BEFORE = /[\dx\u00d7]$/i;
/**
 * A date plant: the claim must state more than the date ("May 2, 2013" alone is the page's date stamp, it dates
 * no event), and a changed year must be a year (not "1800 Pitkin Ave." or "2880x1800").
 */
export function dateDrop(claim: Claim, date: ClaimDate, text: string, yearChanged: boolean): DropReason | null {
  if (!/[\p{L}\d]/u.test(claim.text.replace(date.text, ''))) return 'date-only-line';
  if (yearChanged) {
    const year = /\b(1[89]\d\d|20\d\d)\b/.exec(date.text);
    if (year) {
      const at = date.start + year.index;
      if (FIGURE_BEFORE.test(text.slice(Math.max(0, at - 1), at)) || ADDRESS_AFTER.test(text.slice(at + 4, at + 60))) return 'year-not-a-date';
    }
  }
  return null;
}

/**
 * A place plant: the new place must not nest with the old ("Iran" -> "Southern Iran" refines, it does not
 * contradict; both keys are compared word by word, as the engine's nesting test reads them).
 */
export function placeDrop(place: Place, by: string): DropReason | null {
  const [x, y] = [nameKey(place.text), nameKey(by)];
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `) ? 'place-nested' : null;
}

/*
 * Looked at and NOT dropped, because a reader sees the change even where the type's reading is loose: a name that
 * is an object inside the actor phrase ("the battle for X"), a name or place used as a modifier ("the X
 * administration", "a Y County deputy", "the central Z district"), a swapped place the claim stage no longer reads
 * as a place ("on New York"). They stay planted; what the engine misses of them counts as misses.
 */
