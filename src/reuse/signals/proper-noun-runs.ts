import { atSentenceStart } from './evidence-span.js';

/**
 * Proper-noun runs: sequences of capitalised words joined by a single space or hyphen ("Jarek Sol-Varenne",
 * "Lisgar General Hospital"), with the particles names carry in the middle or in front ("van der Berg",
 * "al-Sadr"). The name-variant detector compares an article's spellings with these forms as the rest of the
 * story's coverage writes them; buildNameForms() is the helper the caller uses to build that list.
 *
 * What is left out, and why:
 * - a single capitalised word that opens a sentence ("Residents", "Officials"): capitalised by position, not a name;
 * - leading sentence words ("The Caldrian Geological Survey" keeps "Caldrian Geological Survey") and leading
 *   titles ("Prime Minister Elin Harrow" keeps "Elin Harrow"): outlets differ on those by style, not by mistake;
 * - month and weekday names (dates, not names; "May" is also a verb), and all-capital words (datelines, acronyms:
 *   "PORT AVEL", "Nato" vs "NATO" is house style).
 */

export interface WordToken {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** What joins it to the previous token: ' ', '-', or null when anything else (punctuation, a line break). */
  readonly joint: ' ' | '-' | null;
}

export interface ProperNounRun {
  readonly form: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly WordToken[];
}

export interface NameForm {
  readonly form: string;
  /** How many articles of the coverage write it this way (document frequency, not occurrences). */
  readonly count: number;
}

/** Letters with their marks; an apostrophe inside a word is kept (O'Brien) unless it starts a possessive 's. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['\u2019](?![sS]\b)\p{L}[\p{L}\p{M}]*)*/gu;

export const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'des', 'la', 'le',
  'ter', 'ten', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'dos', 'das', 'do', 'zu', 'af', 'av', 'mac', 'y']);
const TITLES = new Set(['president', 'prime', 'minister', 'vice', 'deputy', 'foreign', 'mayor', 'mr', 'mrs', 'ms', 'miss',
  'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'senator', 'governor',
  'chancellor', 'general', 'gen', 'pope', 'judge', 'justice', 'rev', 'reverend', 'father', 'captain', 'capt', 'colonel',
  'commander', 'admiral', 'sergeant', 'lieutenant', 'chief', 'secretary', 'ambassador', 'director', 'former']);
const OPENERS = new Set(('the a an in on at for but and or as when after before under over with from by if while since ' +
  'although though this that these those its his her their our my your according meanwhile however speaking ' +
  'one two three four five six seven eight nine ten eleven twelve some many most all both each every several ' +
  'no not there here what who why how where then still also even only yet so').split(' '));
const CALENDAR = new Set(('january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec').split(' '));

export function wordTokens(text: string): WordToken[] {
  // The words from one match() (no match record per word, which an exec() loop allocates); each one's offset is
  // where it next occurs: nothing between two words is a letter (a letter would start a word), and a word starts
  // with one, so the first occurrence after the previous word is where the expression matched it.
  const words = text.match(WORD);
  if (words === null) return [];
  const out: WordToken[] = new Array(words.length);
  let previousEnd = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const start = text.indexOf(word, previousEnd < 0 ? 0 : previousEnd);
    out[i] = { word, start, end: start + word.length, joint: previousEnd < 0 ? null : jointOf(text, previousEnd, start) };
    previousEnd = start + word.length;
  }
  return out;
}

/** What the gap text[from, to) between two words is as a joint, read without cutting it out (one string less a word). */
function jointOf(text: string, from: number, to: number): ' ' | '-' | null {
  if (to - from !== 1) return null;
  const c = text.charCodeAt(from);
  return c === 0x20 ? ' ' : c === 0x2d || c === 0x2010 || c === 0x2011 ? '-' : null;
}

// Module constants: a regular-expression literal inside a function is a new object at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_ANY = /\p{Ll}/u;

export function isCapitalised(word: string): boolean {
  return UPPER_FIRST.test(word);
}

export function isAllCaps(word: string): boolean {
  return word.length >= 2 && !LOWER_ANY.test(word);
}

/** Every proper-noun run in `text`, in order, with offsets. */
export function collectProperNounRuns(text: string): ProperNounRun[] {
  const tokens = wordTokens(text);
  const runs: ProperNounRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsRun(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.joint !== null && continuesRun(tokens, j)) j++;
    // A run does not end on a particle: "Port Avel de" is "Port Avel".
    while (j - 1 > i && PARTICLES.has(tokens[j - 1]!.word.toLowerCase())) j--;
    const run = trimRun(text, tokens.slice(i, j));
    if (run) runs.push(run);
    i = j;
  }
  return runs;
}

function startsRun(tokens: readonly WordToken[], i: number): boolean {
  const word = tokens[i]!.word;
  if (isCapitalised(word)) return true;
  // "van der Berg" mid-sentence: a particle opens a run when a capitalised word follows through particles.
  let j = i;
  while (j < tokens.length && PARTICLES.has(tokens[j]!.word.toLowerCase()) && (j === i || tokens[j]!.joint !== null)) j++;
  return j > i && j < tokens.length && tokens[j]!.joint !== null && isCapitalised(tokens[j]!.word);
}

function continuesRun(tokens: readonly WordToken[], j: number): boolean {
  const word = tokens[j]!.word;
  if (isCapitalised(word)) return true;
  return PARTICLES.has(word.toLowerCase()) && j + 1 < tokens.length && tokens[j + 1]!.joint !== null &&
    (isCapitalised(tokens[j + 1]!.word) || PARTICLES.has(tokens[j + 1]!.word.toLowerCase()));
}

/** Drop what is capitalised for other reasons than being a name (see the header); null when nothing is left. */
function trimRun(text: string, tokens: readonly WordToken[]): ProperNounRun | null {
  let list = [...tokens];
  const initial = atSentenceStart(text, list[0]!.start);
  if (initial && OPENERS.has(list[0]!.word.toLowerCase())) list = list.slice(1);
  while (list.length > 0 && TITLES.has(list[0]!.word.toLowerCase())) list = list.slice(1);
  if (list.length === 0) return null;
  if (list.every((t) => CALENDAR.has(t.word.toLowerCase()) || isAllCaps(t.word))) return null;
  if (list.length === 1 && list[0] === tokens[0] && initial) return null;
  if (list.length === 1 && list[0]!.word.length < 2) return null;
  const first = list[0]!;
  const last = list[list.length - 1]!;
  return { form: text.slice(first.start, last.end), start: first.start, end: last.end, tokens: list };
}

/**
 * The name forms of a story's coverage, each with the number of texts that use it, plus the lower-case uses of
 * the words those names are made of ("the fuel quay" next to "Quay 7"). The lower-case attestations tell the
 * detector which words the coverage also writes as common nouns, so an article writing "the strait" is not taken
 * to have mangled "Strait of Kesh". Pass the texts of every OTHER article of the story.
 */
export function buildNameForms(texts: readonly string[]): NameForm[] {
  return new NameFormCoverage(texts).without(-1);
}

/**
 * The coverage of each text of a story read from one scan of all of them: `without(i)` is buildNameForms of every
 * text but the i-th (-1: all of them). A report that scores every article of a story against the others scans each
 * text once instead of once per other article.
 */
export class NameFormCoverage {
  readonly #formsOf: readonly ReadonlySet<string>[];
  readonly #lowerOf: readonly ReadonlySet<string>[];
  readonly #forms = new Map<string, number>();
  readonly #lower = new Map<string, number>();

  constructor(texts: readonly string[]) {
    this.#formsOf = texts.map((text) => new Set(collectProperNounRuns(text).map((r) => r.form)));
    // Every lower-case word of each text: which of them are name words depends on the texts counted.
    this.#lowerOf = texts.map((text) => new Set(wordTokens(text).map((t) => t.word).filter((w) => w === w.toLowerCase())));
    for (const forms of this.#formsOf) for (const form of forms) this.#forms.set(form, (this.#forms.get(form) ?? 0) + 1);
    for (const words of this.#lowerOf) for (const word of words) this.#lower.set(word, (this.#lower.get(word) ?? 0) + 1);
  }

  without(index: number): NameForm[] {
    const ownForms = this.#formsOf[index] ?? new Set<string>();
    const ownLower = this.#lowerOf[index] ?? new Set<string>();
    const names = new Map<string, number>();
    for (const [form, count] of this.#forms) {
      const n = count - (ownForms.has(form) ? 1 : 0);
      if (n > 0) names.set(form, n);
    }
    const nameWords = new Set<string>();
    for (const form of names.keys()) for (const t of wordTokens(form)) nameWords.add(t.word.toLowerCase());
    const out: NameForm[] = [...names].map(([form, count]) => ({ form, count }));
    for (const word of nameWords) {
      const n = (this.#lower.get(word) ?? 0) - (ownLower.has(word) ? 1 : 0);
      if (n > 0 && !names.has(word)) out.push({ form: word, count: n });
    }
    return out.sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  }
}
