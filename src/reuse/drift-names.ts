import { nameSkeleton } from './signals/name-key.js';
import { collectProperNounRuns } from './signals/proper-noun-runs.js';

/**
 * Names for drift: the proper-noun runs of each side of an aligned pair (signals/proper-noun-runs.ts), and which of
 * them the other side does not state. A name counts as stated by the other side when its skeleton (case, hyphens,
 * spaces, diacritics removed: signals/name-key.ts) occurs in the other side's skeleton, so "Sol-Varenne" vs
 * "Sol Varenne" or "ilse Marand" vs "Ilse Marand" is no drift: those are the mangled-name signal's
 * (signals/name-variants.ts). Only a different skeleton is a different name.
 *
 * A name shortened to its last word ("Tara Reid" -> "Reid", the usual second reference) is the same person: a run
 * whose last word the other side states is kept. A run whose every word the other side lacks, or whose last word
 * changed ("John Smith" -> "John Brown"), is gone. A run whose first part changed while its last word stayed
 * ("Terry White" -> "Jane White") is paired with its counterpart by drift.ts.
 */

export interface NameMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The run's skeleton: compared across texts. */
  readonly key: string;
  /** Skeleton of its last word. */
  readonly last: string;
}

/** The proper-noun runs of `sentence` (starting at offset `base` of its text). */
export function findNames(sentence: string, base = 0): NameMention[] {
  return collectProperNounRuns(sentence).map((run) => ({
    text: run.form,
    start: base + run.start,
    end: base + run.end,
    key: nameSkeleton(run.form),
    last: nameSkeleton(run.tokens[run.tokens.length - 1]!.word),
  }));
}

/** Skeleton of a whole text (no separators at all), for "does the other side state this name" by inclusion. */
export function textSkeleton(text: string): string {
  return nameSkeleton(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a text, as skeletons: "does the other side state this last name". */
export function wordSkeletons(text: string): ReadonlySet<string> {
  return new Set(text.split(/[^\p{L}\p{M}\p{N}'\u2019-]+/u).filter((w) => w !== '').map((w) => nameSkeleton(w)));
}

/**
 * The names of `mine` that the other side does not state: neither the whole name (skeleton inside the other side's
 * skeleton) nor its last word.
 */
export function namesMissingFrom(mine: readonly NameMention[], otherSkeleton: string, otherWords: ReadonlySet<string>): NameMention[] {
  return mine.filter((n) => !otherSkeleton.includes(n.key) && !otherWords.has(n.last));
}
