/**
 * The names in a claim's actor, as the person/organisation check (claim-mismatches.ts) compares them: proper-noun
 * runs of the claim text inside the actor span (collectProperNounRuns drops leading titles and sentence words),
 * normalised, without the organisation words themselves ("Ministry"), and without the claim's places ("the
 * congregation in Halvik" names where, not who: a different place there is a place dispute, place-mismatches.ts).
 *
 * A surname alone that opens the sentence ("Brandt will chair the inquiry.") is not a run: collectProperNounRuns
 * leaves out a lone capitalised word at a sentence start, because most such words are capitalised by position
 * ("Residents", "Officials"). When that word is the WHOLE actor, or
 * its possessor ("Brandt's deputy"), it is read as a name unless it looks like one of
 * those: a stopword or pronoun, a month or weekday, a word in capitals, or a plural ("Residents", "Witnesses": a
 * final s, not ss). Surnames that end in s ("Williams") are lost to that last test; precision comes first.
 */
import type { ClaimProfile } from './claim-profile.js';
import { nameKey } from './claim-profile.js';
import { collectProperNounRuns } from '../reuse/signals/proper-noun-runs.js';
import { isStopword } from '../text/tokens.js';

export const ORGANISATION_WORDS = /\b(?:ministry|agency|survey|centre|center|council|guard|government|navy|police|authority|company|office|department|union|party|bank|court|commission|service|institute|university|army|force|committee|wire|red cross|brigade)\b/i;
const ORGANISATION_WORDS_G = new RegExp(ORGANISATION_WORDS.source, 'gi');
/** One capitalised word with at least one lower-case letter ("Brandt", "MacAllister", "O'Neill"). */
const LONE_NAME = /^\p{Lu}[\p{L}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*$/u;
/** The actor opens with a possessor: "Brandt's deputy", "Brandt's season". */
const POSSESSOR = /^(\S+)['\u2019]s\s/u;
/** Capitalised by position, never a person: calendar words and the indefinite pronouns stopwords leave out. */
const NOT_NAMES = new Set(('january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday everyone everybody someone somebody anyone anybody ' +
  'nobody none nothing something everything one today yesterday tomorrow').split(' '));

export function actorNames(profile: ClaimProfile): string[] {
  const { claim } = profile;
  const actor = claim.actor;
  if (actor === null) return [];
  const places = new Set(claim.places.map((p) => nameKey(p.text)));
  const names = collectProperNounRuns(claim.text)
    .filter((r) => r.start >= actor.start - claim.start && r.end <= actor.end - claim.start)
    .map((r) => nameKey(r.form.replace(ORGANISATION_WORDS_G, ' ')))
    .filter((n) => n.length > 1 && !places.has(n));
  if (names.length > 0) return names;
  const possessor = POSSESSOR.exec(actor.text.trim());
  const lone = loneSurname(possessor ? possessor[1]! : actor.text.trim());
  return lone === null ? [] : [lone];
}

/** The actor's one word read as a surname (see above), or null. */
function loneSurname(word: string): string | null {
  if (!LONE_NAME.test(word) || ORGANISATION_WORDS.test(word)) return null;
  const lower = word.toLowerCase();
  if (isStopword(lower) || NOT_NAMES.has(lower) || (lower.endsWith('s') && !lower.endsWith('ss'))) return null;
  return nameKey(word);
}
