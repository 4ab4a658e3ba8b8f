/**
 * Sentence-level operations of the rewrite generator: word and phrase substitution, clause moves (attribution,
 * fronted and trailing adverbials, subordinate clauses), splitting and merging, and the drift operations whose
 * ground truth the benchmark scores (a number, a date or a name changed, a hedge added). Each takes the seeded
 * random source, so a seed gives the same rewrites every run. Rules written for this benchmark; they need not make
 * perfect English, only reword the way rewriters do: same facts, other words, other order.
 */
import { COMMON_OPENERS, PHRASE_SWAPS, SURNAMES, SYNONYM_SETS } from './rewrite-lexicon.js';

export type Random = () => number;

/** What a drift operation changed: the values as written before and after, or the hedge it added. */
export interface DriftOperation {
  readonly kind: 'number' | 'date' | 'name' | 'hedge-added';
  readonly from: string;
  readonly to: string;
}

/** Word -> the words that may replace it. */
export type Vocabulary = ReadonlyMap<string, readonly string[]>;

/**
 * One rewriter's habits: a random share of the synonym sets, and in each a preferred replacement. Two rewriters
 * of one text then agree on a replacement only where both use the set and prefer the same word, as two people (or
 * two models) rewording one story rarely pick the same words throughout; with one shared table, two independent
 * rewrites would converge on the same words and read as copies of each other.
 */
export function personalVocabulary(share: number, random: Random): Vocabulary {
  const map = new Map<string, string[]>();
  for (const set of SYNONYM_SETS) {
    if (random() >= share) continue;
    for (const word of set) {
      if (word.includes(' ') || map.has(word)) continue;
      const others = set.filter((w) => w !== word);
      map.set(word, [others[Math.floor(random() * others.length)]!]);
    }
  }
  return map;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Heads of institution and place names: changing one makes a different kind of thing, not a different name. */
const GENERIC_NAME_WORDS = new Set(('Center Centre Court House Party Department States Hospital University Street County City ' +
  'Island Islands Club Company Council Committee Association Ministry Agency Office Police Times Post News Airport Station ' +
  'School College Church Hall Park Bank Group Union Service Services Republic Kingdom Government Senate Congress Assembly ' +
  'Square Road Avenue Valley River Lake Bay Coast Sea Ocean Mountain Mountains North South East West Award Awards Prize').split(' '));

export function pick<T>(list: readonly T[], random: Random): T {
  return list[Math.floor(random() * list.length)]!;
}

export function shuffle<T>(list: readonly T[], random: Random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Replace, with probability `rate` each, the words that have synonyms and the phrases that have swaps. Only
 * lower-case words change (names never do), never a word joined to another by a hyphen or an apostrophe.
 */
export function substituteWords(sentence: string, vocabulary: Vocabulary, rate: number, random: Random): string {
  let out = sentence;
  for (const [from, to] of PHRASE_SWAPS) {
    out = out.replace(new RegExp(`(?<![\\p{L}'-])${from}(?![\\p{L}'-])`, 'gu'), (m) => (random() < rate ? to : m));
  }
  return out.replace(/(?<![\p{L}\p{N}'\u2019-])(\p{L}+)(?![\p{L}\p{N}'\u2019-])/gu, (word, _w, offset: number) => {
    const lower = word.toLowerCase();
    const initial = offset === 0 || /^["\u201c(]$/.test(out.slice(0, offset));
    if (word !== lower && !(initial && word === capitalise(lower))) return word;
    const alternatives = vocabulary.get(lower);
    if (!alternatives || random() >= rate) return word;
    const choice = pick(alternatives, random);
    return word === lower ? choice : capitalise(choice);
  });
}

/** Move a clause: attribution to the end or the front, an adverbial phrase across the sentence, a subordinate clause first. */
export function restructure(sentence: string, random: Random): string {
  if (/["\u201c\u201d]/.test(sentence)) return sentence;
  const rules = [attributionToEnd, attributionToFront, frontedToEnd, trailingToFront, subordinateFirst];
  const start = Math.floor(random() * rules.length);
  for (let k = 0; k < rules.length; k++) {
    const result = rules[(start + k) % rules.length]!(sentence);
    if (result) return result;
  }
  return sentence;
}

function attributionToEnd(s: string): string | null {
  const m = /^([^,]{3,60}?)\s+(said|says|stated|announced|added|confirmed)(?:\s+that)?\s+([^,].{15,}?)([.!])$/u.exec(s);
  if (!m || m[1]!.split(' ').length > 8) return null;
  return `${capitalise(m[3]!)}, ${lowerOpener(m[1]!)} ${m[2]}${m[4]}`;
}

function attributionToFront(s: string): string | null {
  const m = /^(.{15,}),\s+(\S[^,]{2,50}?)\s+(said|says|stated|added)([.!])$/u.exec(s);
  if (!m) return null;
  return `${capitalise(m[2]!)} ${m[3]} that ${lowerOpener(m[1]!)}${m[4]}`;
}

function frontedToEnd(s: string): string | null {
  const m = /^((?:On|In|At|After|Before|During|Since|Following|Earlier|Later|Last|Early|Late)\s[^,]{2,40}),\s+(.{12,}?)([.!?])$/u.exec(s);
  if (!m) return null;
  return `${capitalise(m[2]!)} ${lowerOpener(m[1]!)}${m[3]}`;
}

function trailingToFront(s: string): string | null {
  const m = /^([^,]{20,}?)\s+((?:on|in|at|after|before|during|following)\s[^,]{3,35})([.!?])$/u.exec(s);
  if (!m) return null;
  return `${capitalise(m[2]!)}, ${lowerOpener(m[1]!)}${m[3]}`;
}

function subordinateFirst(s: string): string | null {
  const m = /^(.{20,}?),\s+(while|although|because|after|before|when|as)\s+(.{10,}?)([.!?])$/u.exec(s);
  if (!m) return null;
  return `${capitalise(m[2]!)} ${m[3]}, ${lowerOpener(m[1]!)}${m[4]}`;
}

const SMALL_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Adverbs a rewriter drops without changing what is stated. */
const DROPPABLE = /\s+(?:also|just|very|really|currently|still|then|now|actually|indeed)(?=\s)/gu;

/**
 * Say the same thing with other figures and fewer fillers: small numbers between words and digits ("two" <-> "2",
 * a change in form that drift must NOT report) and filler adverbs dropped.
 */
export function reword(s: string, random: Random): string {
  const out = s.replace(DROPPABLE, (m) => (random() < 0.7 ? '' : m));
  return out.replace(/(?<![\p{L}\d.,:$/-])(two|three|four|five|six|seven|eight|nine|[2-9])(?![\p{L}\d:.,%-])(?!\s*(?:a\.m|p\.m|am\b|pm\b))/gu, (m, _w, offset: number) => {
    if (random() >= 0.5 || new RegExp(`(?:${MONTH_NAMES.join('|')})\\.?\\s*$`).test(out.slice(Math.max(0, offset - 12), offset))) return m;
    if (/\d/.test(m)) return SMALL_WORDS[Number(m) - 2]!;
    return String(SMALL_WORDS.indexOf(m) + 2);
  });
}

/** "A, and B." -> "A." + "B."; "A; b." -> "A." + "B."; null when no half would be at least six words. */
export function splitSentence(s: string): [string, string] | null {
  const m = /^(.+?)(?:,\s+and|;|,\s+but)\s+(.+)$/u.exec(s);
  if (!m) return null;
  const [left, right] = [m[1]!, m[2]!];
  if (left.split(' ').length < 6 || right.split(' ').length < 6 || /["\u201c\u201d]/.test(s)) return null;
  return [`${left}.`, capitalise(right)];
}

/** "A." + "B." -> "A, and b." */
export function mergeSentences(a: string, b: string): string {
  return `${a.replace(/[.!?]+$/u, '')}, and ${lowerOpener(b)}`;
}

/** Change one number (digits or a number word, never part of a date) to another value. */
export function changeNumber(s: string, random: Random): { text: string; op: DriftOperation } | null {
  const candidates: { start: number; end: number; text: string; to: string }[] = [];
  for (const m of s.matchAll(/(?<![\p{L}\d.,:$£€/-])(\d{1,3}(?:,\d{3})+|\d{1,4})(?![\d:]|[.,]\d|\s*(?:a\.m|p\.m|am\b|pm\b)|-)/gu)) {
    const text = m[1]!;
    const value = Number(text.replace(/,/g, ''));
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    const after = s.slice(m.index + text.length, m.index + text.length + 12);
    if (/^(?:1[89]|20)\d\d$/.test(text) || new RegExp(`(?:${MONTH_NAMES.join('|')})\\.?\\s*$`).test(before) ||
      new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES.join('|')})`).test(after)) continue;
    const delta = pick([1, 2, 3, 5, 10, Math.max(1, value)], random);
    candidates.push({ start: m.index, end: m.index + text.length, text, to: formatLike(text, value + delta) });
  }
  for (const m of s.matchAll(new RegExp(`(?<![\\p{L}-])(${NUMBER_WORDS.join('|')})(?![\\p{L}-])`, 'giu'))) {
    const lower = m[1]!.toLowerCase();
    const other = pick(NUMBER_WORDS.filter((w) => w !== lower), random);
    candidates.push({ start: m.index, end: m.index + m[1]!.length, text: m[1]!, to: m[1] === lower ? other : capitalise(other) });
  }
  if (candidates.length === 0) return null;
  const c = pick(candidates, random);
  return { text: s.slice(0, c.start) + c.to + s.slice(c.end), op: { kind: 'number', from: c.text, to: c.to } };
}

/** Change a weekday, the day of a month-day date, or a year. */
export function changeDate(s: string, random: Random): { text: string; op: DriftOperation } | null {
  const weekday = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`).exec(s);
  if (weekday) {
    const to = pick(WEEKDAY_NAMES.filter((w) => w !== weekday[1]), random);
    return replaceAt(s, weekday.index, weekday[1]!, to, 'date');
  }
  const monthDay = new RegExp(`\\b(${MONTH_NAMES.join('|')})\\s+(\\d{1,2})(?!\\d)`).exec(s);
  if (monthDay) {
    const day = Number(monthDay[2]);
    const to = `${monthDay[1]} ${day > 20 ? day - 1 - Math.floor(random() * 5) : day + 1 + Math.floor(random() * 5)}`;
    return replaceAt(s, monthDay.index, monthDay[0], to, 'date');
  }
  const year = /(?<![\d.,$])((?:19[5-9]|20[0-2])\d)(?![\d,]|\s*%)/.exec(s);
  if (year) return replaceAt(s, year.index, year[1]!, String(Number(year[1]) + (random() < 0.5 ? -1 : 1)), 'date');
  return null;
}

/** Give a person or place in the sentence another surname: a different name, not a spelling variant. */
export function changeName(s: string, random: Random): { text: string; op: DriftOperation } | null {
  // Headlines are in title case: their capitalised runs are not names.
  if (!/[.!?]["'\u201d\u2019)]*$/u.test(s)) return null;
  const runs = [...s.matchAll(/(?<=[^\s"\u201c]\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?![\p{L}-])/gu)].filter((m) => {
    const words = m[1]!.split(/\s+/);
    const last = words[words.length - 1]!;
    return last.length >= 4 && !GENERIC_NAME_WORDS.has(last) && !words.some((w) => MONTH_NAMES.includes(w) || WEEKDAY_NAMES.includes(w));
  });
  if (runs.length === 0) return null;
  const run = pick(runs, random);
  const words = run[1]!.split(/\s+/);
  const last = words[words.length - 1]!;
  const to = [...words.slice(0, -1), pick(SURNAMES.filter((n) => n !== last), random)].join(' ');
  return replaceAt(s, run.index, run[1]!, to, 'name');
}

/** Hedge a statement: "will" -> could/may/might, else "reportedly" after the first auxiliary. */
export function addHedge(s: string, random: Random): { text: string; op: DriftOperation } | null {
  if (/\b(?:may|might|could|reportedly|allegedly|apparently|likely|possibly|perhaps)\b|according to|expected to|appears? to/i.test(s)) return null;
  const will = /\bwill\b/.exec(s);
  if (will) return replaceAt(s, will.index, 'will', pick(['could', 'may', 'might'], random), 'hedge-added');
  const aux = /\b(is|was|were|are|has|have|had)\b(?!\s+(?:not|no|never)\b)/.exec(s);
  if (!aux) return null;
  const at = aux.index + aux[1]!.length;
  return { text: `${s.slice(0, at)} reportedly${s.slice(at)}`, op: { kind: 'hedge-added', from: '', to: 'reportedly' } };
}

function replaceAt(s: string, index: number, from: string, to: string, kind: DriftOperation['kind']): { text: string; op: DriftOperation } {
  return { text: s.slice(0, index) + to + s.slice(index + from.length), op: { kind, from: kind === 'hedge-added' ? '' : from, to } };
}

function formatLike(text: string, value: number): string {
  return text.includes(',') ? value.toLocaleString('en-US') : String(value);
}

export function capitalise(s: string): string {
  const i = s.search(/\p{L}/u);
  return i < 0 ? s : s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

/** Lower-case the first word when it is a common opener ("The", "Police"), not when it is a name ("Reid"). */
function lowerOpener(s: string): string {
  const first = /^\p{L}+/u.exec(s)?.[0];
  return first && COMMON_OPENERS.has(first.toLowerCase()) ? first.toLowerCase() + s.slice(first.length) : s;
}
