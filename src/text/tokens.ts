/**
 * Word tokens for comparing texts: lowercase runs of Unicode letters and digits. A number keeps its decimal point
 * and thousands separators ("3.5", "1,200" are one token each) because a changed figure is exactly what reuse and
 * contradiction detection must see; a word keeps an inner apostrophe ("don't", "o'brien") and a dotted abbreviation
its dots ("u.s.", "a.m."). Hyphens and every other
 * punctuation split. One regular expression, no allocation beyond the tokens: ~10 MB/s on one core.
 *
 * Also here: a small English stopword list and the Porter (1980) stemmer, the two normalisations every
 * word-overlap measure in src/reuse applies before comparing content words.
 */
import { detached } from './detached.js';

/** A dotted abbreviation (u.s., a.m.), a number with inner separators, or a word (inner apostrophes kept). */
const TOKEN = /(?:\p{L}\.){2,}(?!\p{L})|\p{N}+(?:[.,]\p{N}+)*(?:[\p{L}\p{M}]+)?|[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}]+)*/gu;
const NUMBER = /^\p{N}/u;

/** A token and where it sits in the text it came from (UTF-16 offsets, end exclusive). */
export interface TokenSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Lowercase word tokens of a text, in order; typographic apostrophes become ASCII ones. */
export function wordTokens(text: string): string[] {
  // match() with a global expression returns the matched strings alone: no match record (array, index, input) per
  // token, which the exec() loop allocated, ~60 kB for a news article.
  const tokens = text.match(TOKEN);
  if (tokens === null) return [];
  for (let i = 0; i < tokens.length; i++) tokens[i] = lower(tokens[i]!);
  return tokens;
}

/** Lowercase word tokens with their offsets into `text` (for evidence spans). */
export function wordSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    out.push({ text: lower(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function lower(token: string): string {
  const low = token.toLowerCase();
  return low.includes('\u2019') ? low.replace(/\u2019/g, "'") : low;
}

/** True for a token that starts with a digit ("3.5", "1,200", "2024", "5th"). */
export function isNumberToken(token: string): boolean {
  return NUMBER.test(token);
}

/**
 * English function words: articles, pronouns, auxiliaries, prepositions, conjunctions and a few high-frequency
 * adverbs. Kept small on purpose (the ~120 closed-class words of the usual IR lists, e.g. SMART's core): negations
 * ("not", "no", "never") are NOT stopwords, since dropping them makes "did" and "did not" look alike.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the and or but if then so than that this these those there here what which who whom whose when where why how ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'is am are was were be been being have has had having do does did doing will would shall should can could may might must ' +
    'of in on at by for with from to into onto upon about above below over under between among through during before after ' +
    'against along across around behind beyond within without toward towards via per as ' +
    "also just very too only such both each either neither other another any some all more most much many own same ' s " +
    "it's that's there's i'm i've i'd i'll we're we've you're they're he's she's " +
    'while although though because since until unless whether yet nor').split(/\s+/).filter((w) => w.length > 0),
);

export function isStopword(token: string): boolean {
  return ENGLISH_STOPWORDS.has(token);
}

// Stemming the same few thousand words over and over dominates the cost of comparing many pairs, so stems are
// memoised. The cap bounds memory on an unbounded stream of distinct tokens; clearing is deterministic.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * The Porter stemmer (Porter 1980, "An algorithm for suffix stripping", the original rules), after dropping a
 * possessive "'s". Chosen over an s-stripper because rewrites change word class as often as number ("inherits",
 * "inheritance", "inherited" all become "inherit"; an s-stripper joins only the first with "inherit"). On MRPC
 * sentence pairs the choice barely matters (2-fold accuracy on the training pairs: Porter 0.736, s-stripper 0.735,
 * none 0.736; bench/reuse.bench.ts prints it), so the deciding argument is the derivational one. Numbers and words
 * shorter than 3 letters are left alone.
 */
export function stem(token: string): string {
  const cached = STEM_CACHE.get(token);
  if (cached !== undefined) return cached;
  let word = token.endsWith("'s") ? token.slice(0, -2) : token;
  if (word.length > 2 && !isNumberToken(word) && /^[a-z]+$/.test(word)) word = porter(word);
  if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
  // Detached: the cache and every profile that keeps this stem would otherwise keep the text it was cut from.
  word = detached(word);
  STEM_CACHE.set(detached(token), word);
  return word;
}

/** The plural/possessive-only alternative to `stem` (Harman 1991's S-stemmer), kept for comparison. */
export function sStem(token: string): string {
  const word = token.endsWith("'s") ? token.slice(0, -2) : token;
  if (word.length <= 3 || isNumberToken(word)) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/(?:ae|ee|oe)s$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:u|s)s$/.test(word)) return word.slice(0, -1);
  return word;
}

function isConsonant(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return false;
  if (c === 121) return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences in w[0, end). */
function measure(w: string, end: number): number {
  let m = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    m++;
    while (i < end && isConsonant(w, i)) i++;
  }
  return m;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function doubleConsonant(w: string, end: number): boolean {
  return end >= 2 && w[end - 1] === w[end - 2] && isConsonant(w, end - 1);
}

/** *o: the stem ends consonant-vowel-consonant and the last consonant is not w, x or y. */
function cvc(w: string, end: number): boolean {
  if (end < 3 || !isConsonant(w, end - 1) || isConsonant(w, end - 2) || !isConsonant(w, end - 3)) return false;
  const last = w[end - 1];
  return last !== 'w' && last !== 'x' && last !== 'y';
}

type Rule = readonly [suffix: string, replacement: string];

/** Replace the first matching suffix when the remaining stem has measure > min; returns null if none matched. */
function replaceSuffix(w: string, rules: readonly Rule[], min: number): string | null {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const stemEnd = w.length - suffix.length;
    return measure(w, stemEnd) > min ? w.slice(0, stemEnd) + replacement : w;
  }
  return null;
}

const STEP2: readonly Rule[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3: readonly Rule[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism',
  'ate', 'iti', 'ous', 'ive', 'ize'];

function porter(input: string): string {
  let w = input;
  // Step 1a: plurals.
  if (w.endsWith('sses') || w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Step 1b: -eed, -ed, -ing.
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
  } else {
    const suffix = w.endsWith('ed') ? 2 : w.endsWith('ing') ? 3 : 0;
    if (suffix > 0 && hasVowel(w, w.length - suffix)) {
      w = w.slice(0, -suffix);
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (doubleConsonant(w, w.length) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
      else if (measure(w, w.length) === 1 && cvc(w, w.length)) w += 'e';
    }
  }
  // Step 1c: y -> i after a vowel in the stem.
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = `${w.slice(0, -1)}i`;
  w = replaceSuffix(w, STEP2, 0) ?? w;
  w = replaceSuffix(w, STEP3, 0) ?? w;
  // Step 4: drop a derivational suffix when the stem is long enough (m > 1); -ion only after s or t.
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const end = w.length - suffix.length;
    if (measure(w, end) > 1 && (suffix !== 'ion' || /[st]$/.test(w.slice(0, end)))) w = w.slice(0, end);
    break;
  }
  // Step 5: final -e, and -ll.
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !cvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
}
