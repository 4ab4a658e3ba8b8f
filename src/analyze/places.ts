import type { Place } from '../model/claim.js';
import { collectProperNounRuns } from '../reuse/signals/proper-noun-runs.js';

/**
 * Places named in a sentence, without a gazetteer (none is installed, and the demo's countries are invented): the
 * proper-noun runs of proper-noun-runs.ts (titles and sentence openers already trimmed) that something marks as a
 * place. The cue is kept, so a later stage can weigh "in Varro" above "from Lisgar".
 * - a locative preposition before the run, optionally with "the": in, at, near, outside, off, across, into, inside,
 *   around, towards, through, within, throughout, from, to ("at the Admiralty Hall", "near Varro");
 * - a place noun after it: "Brannock harbour", "the Halden valley", "Wexley province";
 * - a place word inside it: "Port Avel", "Strait of Kesh", "Mount Orra", "Admiralty Hall";
 * - "city of", "village of", "province of" ... before it ("the village of Selm");
 * - a dateline: the capitalised city that opens an agency report ("PORT AVEL, March 4 (Meridian Wire) -").
 * Runs that end in an organisation or document word ("Meridian Wire", "Port Avel Accord", "Caldrian Geological
 * Survey") are not places, whatever precedes them. Limits: a person after "from" or "to" with no other cue is
 * taken for a place ("a letter to Ilse Marand"): only capitalisation says name; demonyms ("Velorian") are not places.
 */

const PREPOSITION = /\b(in|at|near|outside|off|across|into|inside|around|towards|toward|through|within|throughout|from|to|between|beyond)\s+(?:the\s+)?$/i;
const OF_PLACE = /\b(city|town|village|port|province|region|district|county|state|island|islands|capital|municipality|suburb|republic|kingdom|area)\s+of\s+$/i;
const NOUN_AFTER = /^\s+(province|region|district|county|valley|harbour|harbor|port|river|coast|coastline|strait|bay|island|islands|banks|basin|city|town|village|border|crossing|quay|pier|airport|square|street|road|area|peninsula|delta|plain|highlands|mountains)\b/i;
const PLACE_WORDS = new Set(['port', 'strait', 'harbour', 'harbor', 'valley', 'bay', 'sea', 'ocean', 'island', 'islands',
  'river', 'lake', 'mount', 'mountains', 'hall', 'square', 'street', 'road', 'avenue', 'bridge', 'airport', 'province',
  'region', 'county', 'district', 'city', 'basin', 'gulf', 'coast', 'quay', 'pier', 'crossing', 'cape', 'fort', 'saint',
  'peninsula', 'heights', 'banks', 'straits', 'channel', 'palace', 'stadium']);
const NOT_PLACE_WORDS = new Set(['accord', 'agreement', 'treaty', 'summit', 'ministry', 'wire', 'survey', 'centre',
  'center', 'council', 'party', 'times', 'news', 'post', 'gazette', 'agency', 'company', 'group', 'inc', 'ltd', 'bank',
  'parliament', 'government', 'observer', 'chronicle', 'herald', 'review', 'today', 'voice', 'radio', 'monthly',
  'daily', 'ledger', 'guard', 'police', 'army', 'navy', 'court', 'university', 'committee', 'commission', 'union',
  'association', 'institute', 'foundation', 'corporation', 'authority', 'office', 'department', 'service', 'act',
  'law', 'plan', 'fund', 'forum', 'club', 'league', 'cup', 'festival', 'conference', 'talks', 'declaration']);
const DATELINE = /^([\p{Lu}][\p{Lu}'.-]+(?: [\p{Lu}][\p{Lu}'.-]+)*),\s/u;

/** The places of `sentence`, which starts at offset `base` of the article text, in order. */
export function findPlaces(sentence: string, base: number): Place[] {
  const out: Place[] = [];
  const dateline = DATELINE.exec(sentence);
  if (dateline && /[-\u2013\u2014]\s/.test(sentence.slice(dateline[0].length, dateline[0].length + 60))) {
    out.push({ kind: 'place', text: dateline[1]!, start: base, end: base + dateline[1]!.length, cue: 'dateline' });
  }
  const runs = collectProperNounRuns(sentence);
  for (let i = 0; i < runs.length; i++) {
    let run = runs[i]!;
    const next = runs[i + 1];
    // "Strait of Kesh", "Gulf of Aden": a place word, "of", a name is one place (proper-noun runs stop at "of").
    if (next && PLACE_WORDS.has(run.tokens[run.tokens.length - 1]!.word.toLowerCase()) && /^ of $/.test(sentence.slice(run.end, next.start))) {
      run = { form: sentence.slice(run.start, next.end), start: run.start, end: next.end, tokens: [...run.tokens, ...next.tokens] };
      i++;
    }
    // "Quay 7", "Pier 4": a number right after a place name is part of it.
    const number = /^ \d{1,4}\b/.exec(sentence.slice(run.end));
    if (number) run = { ...run, form: sentence.slice(run.start, run.end + number[0].length), end: run.end + number[0].length };
    const words = run.tokens.map((t) => t.word.toLowerCase());
    if (NOT_PLACE_WORDS.has(words[words.length - 1]!)) continue;
    const before = sentence.slice(Math.max(0, run.start - 24), run.start);
    const cue = OF_PLACE.exec(before)?.[0].trim().toLowerCase()
      ?? NOUN_AFTER.exec(sentence.slice(run.end, run.end + 16))?.[1]!.toLowerCase()
      ?? words.find((w) => PLACE_WORDS.has(w))
      ?? PREPOSITION.exec(before)?.[1]!.toLowerCase();
    if (cue === undefined) continue;
    // "to the Tarsan parliament": a name followed by a common noun modifies it; only place nouns make it a place.
    if (cue === PREPOSITION.exec(before)?.[1]!.toLowerCase() && /^\s+\p{Ll}/u.test(sentence.slice(run.end)) && !PLACE_WORDS.has(words[words.length - 1]!)) {
      const after = /^\s+(\p{Ll}+)/u.exec(sentence.slice(run.end))![1]!;
      if (!/^(?:and|or|on|in|at|to|for|from|with|by|as|after|before|during|where|when|which|who|that|until|since|near|late|early|last|this)$/.test(after)) continue;
    }
    if (out.some((p) => p.start - base < run.end && run.start < p.end - base)) continue;
    out.push({ kind: 'place', text: run.form, start: base + run.start, end: base + run.end, cue });
  }
  return out;
}
