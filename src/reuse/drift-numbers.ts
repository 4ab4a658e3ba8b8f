import { stem } from '../text/tokens.js';
import { findDates } from './drift-dates.js';

/**
 * Number mentions in a sentence, for drift, read as values so that the way a number is written never counts as a
 * change: "two" = "2", "a dozen" = "12", "1,200" = "1200", "3.5 million" = "3,500,000", "twenty-five" = "25",
 * "12%" = "12 percent" = "twelve per cent". Digits that belong to a date ("March 5", "2008", "3 p.m.") are the date
 * extractor's (drift-dates.ts) and are skipped here, so a changed day is reported once, as a date.
 *
 * Left out on purpose: vague plurals ("dozens", "hundreds": not a value), ordinal words ("first", "second" are more
 * often order or time than a count), and "one" where it is a pronoun ("one of the", "no one", "the one who").
 */

export interface NumberMention {
  readonly value: number;
  /** '%' for percentages, 'ordinal' for 5th, '' for counts and amounts: values compare only within a unit. */
  readonly unit: '' | '%' | 'ordinal';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Stem of the word after the number ("missiles" -> "missil"): pairs "two missiles" with "three missiles". */
  readonly noun: string | null;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mln: 1e6, bn: 1e9, k: 1e3,
};
const WORD = `(?:${Object.keys(UNITS).join('|')}|hundred|thousand|million|billion|trillion|dozen)`;
const SCALE_WORD = '(?:hundred|thousand|million|billion|trillion)';
const PERCENT = '(?:\\s*%|\\s+per\\s?cent\\b|\\s+percent\\b)';

/** Digits with optional separators and decimals, a scale ("3.5 million", "1.2m", "5bn"), a percent, or an ordinal. */
const DIGITS = new RegExp(
  `(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:(st|nd|rd|th)\\b|(?:\\s*-?\\s*(${SCALE_WORD})\\b|(m|mln|bn|k)\\b))?(${PERCENT})?`,
  'giu',
);
/** A run of number words: "two", "twenty-five", "a dozen", "three hundred and forty", "half a million" is out. */
const WORDS = new RegExp(`(?<![\\p{L}-])(?:(an?)\\s+(?=(?:dozen|${SCALE_WORD})\\b))?${WORD}(?:(?:\\s+and\\s+|\\s+|-)${WORD})*(?![\\p{L}-])(${PERCENT})?`, 'giu');
/** "one" as a pronoun, not a count. */
const PRONOUN_ONE_BEFORE = /\b(?:no|the|this|that|any|every|each|which|someone|anyone|everyone)\s+$/i;
const PRONOUN_ONE_AFTER = /^\s+(?:of|another|who|which|that|day|thing)\b/i;

/** The number mentions of `sentence` (starting at offset `base` of its text), in order. */
export function findNumbers(sentence: string, base = 0): NumberMention[] {
  const dates = findDates(sentence).map((d) => [d.start, d.end] as const);
  const out: NumberMention[] = [];
  const taken = (start: number, end: number) => dates.some(([s, e]) => s < end && start < e) || out.some((n) => n.start - base < end && start < n.end - base);

  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(sentence); m; m = DIGITS.exec(sentence)) {
    const end = m.index + m[0].length;
    if (taken(m.index, end)) continue;
    let value = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    const scale = m[4] ?? m[5];
    if (scale) value *= SCALES[scale.toLowerCase()]!;
    const unit = m[6] ? '%' : m[3] ? 'ordinal' : '';
    out.push(mention(sentence, base, m.index, end, value, unit));
  }
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(sentence); m; m = WORDS.exec(sentence)) {
    const end = m.index + m[0].length;
    if (taken(m.index, end)) continue;
    const words = m[0].toLowerCase().replace(/%|per ?cent|percent/g, '').split(/[\s-]+/).filter((w) => w !== '' && w !== 'and');
    if (words.length === 1 && words[0] === 'one' && (PRONOUN_ONE_BEFORE.test(sentence.slice(0, m.index)) || PRONOUN_ONE_AFTER.test(sentence.slice(end)))) continue;
    const value = wordsValue(words);
    if (value === null) continue;
    out.push(mention(sentence, base, m.index, end, value, m[2] ? '%' : ''));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether two mentions state the same value (floating error aside). */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  return a.unit === b.unit && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

/**
 * "three hundred and forty" -> 340, "two million" -> 2e6, "a dozen" -> 12: the usual accumulate-and-scale reading.
 * Null when the words do not make a number ("hundred" alone still does: 100; "dozen" alone: 12).
 */
function wordsValue(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'a' || word === 'an') continue;
    if (UNITS[word] !== undefined) current += UNITS[word]!;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (SCALES[word] !== undefined) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

function mention(sentence: string, base: number, start: number, end: number, value: number, unit: NumberMention['unit']): NumberMention {
  const next = /^\s+([\p{L}]+)/u.exec(sentence.slice(end));
  const noun = next && !/^(?:of|and|or|to|in|on|at|the|a|an|per|percent)$/i.test(next[1]!) ? stem(next[1]!.toLowerCase()) : null;
  return { value, unit, text: sentence.slice(start, end).trim(), start: base + start, end: base + end, noun };
}
