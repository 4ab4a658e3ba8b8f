/**
 * Sentence splitting for news text. Every sentence keeps its character offsets into the text, so alignment and
 * claims can point at the exact span they rest on (evidence).
 *
 * A boundary is a run of terminal punctuation (. ! ? …), optional closing quotes or brackets, then whitespace, then
 * something that can open a sentence (an upper-case letter, a digit, an opening quote or bracket). A blank line
 * always ends a sentence (paragraphs, headlines without a full stop); a single line break is only a space, because
 * wrapped plain text breaks lines mid-sentence. A full stop does not end a sentence after:
 * - a title or other abbreviation that is always followed by more of the sentence (Mr., Dr., Gen., Jan., No. 5);
 * - a single initial (J. K. Rowling, George W. Bush);
 * - an abbreviation that can also end a sentence (U.S., a.m., Inc., etc.) unless the next word is one that
 *   typically opens a sentence ("... in the U.S. The president said") — the orthographic cue Punkt uses
 *   (Kiss & Strunk 2006), here with a fixed list instead of statistics learned per corpus.
 * Decimals (3.5), URLs and e-mail addresses never split: there is no whitespace after their full stops. The one
 * exception is a sentence glued to the previous one by a missing space ("...clustering.We first..."): a lower-case
 * word of two or more letters, the terminal, then a capitalised word is a boundary (no domain or number looks so).
 * One pass over the text with a sticky regular expression per candidate: tens of MB/s.
 */

/** One sentence: its text and where it sits in the source text (UTF-16 offsets, end exclusive). */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Titles and abbreviations after which a sentence always goes on (Mr. Smith, Gen. Ford, St. Louis, approx. 30).
const CONTINUING = new Set(('mr mrs ms messrs mme mlle dr prof rev hon sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt ' +
  'st mt ft pres supt insp det atty amb fr vs approx cf dept univ').split(' '));
// Abbreviations that go on only before a number (Jan. 5, No. 10, Fig. 2): "the answer is no. He left" still splits.
const BEFORE_NUMBER = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos fig figs vol ch art ca est p'.split(' '));
// Abbreviations that are just as often the last word of a sentence ("... shares of Acme Inc.").
const AMBIVALENT = new Set('inc ltd co corp plc llc bros etc al pp ed eds jr sr ave blvd rd'.split(' '));
// Words that open a sentence far more often than they continue a name after an abbreviation.
const OPENERS = new Set(('the a an he she it they we i you his her its their our this that these those there here ' +
  'but and or so yet however meanwhile in on at for by with after before when while if as since although though ' +
  'what who why how where some many most all no not one two three police officials authorities').split(' '));

const TERMINAL = /[.!?\u2026]+["'\u201d\u2019)\]]*/y;
const AFTER = /(\s+)(["'\u201c\u2018([]*)([\p{Lu}\p{N}])?/uy;
const WORD_BEFORE = /([\p{L}.]+)$/u;
const NEXT_WORD = /\p{L}+/uy;
const GLUED_BEFORE = /(?:^|[^\p{L}\p{N}.])\p{Ll}{2,}$/u;
const GLUED_AFTER = /\p{Lu}\p{Ll}/uy;

/** Split a text into sentences with offsets. Whitespace between sentences belongs to none of them. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, 0);
  const push = (end: number) => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) out.push({ index: out.length, start, end: e, text: text.slice(start, e) });
  };
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 && isBlankLineAt(text, i)) {
      push(i);
      start = skipSpace(text, i);
      i = start - 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    const at = i;
    TERMINAL.lastIndex = at;
    const terminal = TERMINAL.exec(text);
    if (!terminal) continue;
    const end = at + terminal[0].length;
    i = end - 1;
    AFTER.lastIndex = end;
    const after = AFTER.exec(text);
    if (!after) {
      if (gluedBoundary(text, at, end)) {
        push(end);
        start = end;
      }
      continue;
    }
    const opensSentence = after[3] !== undefined || end + after[0].length >= text.length;
    if (!opensSentence) continue;
    if (c === 46 && terminal[0].length === 1 && !endsSentence(text, at, end + after[1]!.length)) continue;
    push(end);
    start = skipSpace(text, end);
    i = start - 1;
  }
  push(text.length);
  return out;
}

/** Decide whether the single full stop at `dot` ends a sentence, given the next word starts at `next`. */
function endsSentence(text: string, dot: number, next: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 24), dot));
  if (!before) return true;
  const word = before[1]!;
  const bare = word.replace(/\./g, '').toLowerCase();
  if (!word.includes('.')) {
    if (CONTINUING.has(bare)) return false;
    if (BEFORE_NUMBER.has(bare) && /\p{N}/u.test(text[next] ?? '')) return false;
  }
  // A single upper-case letter is an initial (J. K. Rowling) unless a sentence-opening word follows ("Plan B. The").
  if (word.length === 1 && /\p{Lu}/u.test(word)) return opensWithCommonWord(text, next);
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (dotted || AMBIVALENT.has(bare)) return opensWithCommonWord(text, next);
  return true;
}

/** "clustering.We": a lower-case word, the terminal at `at`, then a capitalised word right after `end`. */
function gluedBoundary(text: string, at: number, end: number): boolean {
  GLUED_AFTER.lastIndex = end;
  return GLUED_AFTER.test(text) && GLUED_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

function opensWithCommonWord(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && /["'\u201c\u2018([]/.test(text[i]!)) i++;
  NEXT_WORD.lastIndex = i;
  const word = NEXT_WORD.exec(text);
  return word !== null && OPENERS.has(word[0].toLowerCase());
}

function isBlankLineAt(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12 || c === 11;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
