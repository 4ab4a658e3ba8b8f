import type { Quantity, QuantityQualifier, TextRef } from '../model/claim.js';
import type { NumberMention } from '../reuse/drift-numbers.js';
import { findNumbers } from '../reuse/drift-numbers.js';
import { findDates } from '../reuse/drift-dates.js';
import { isCountedYear } from './claim-dates.js';
import { CURRENCY_SIGNS, looksPlural, singular, unitAfterNumber } from './quantity-units.js';
import { isAuxiliary, isPastForm } from './verb-forms.js';

/**
 * Quantities of a claim: the numbers of the sentence read as values (drift-numbers.ts's findNumbers, so "two" = 2,
 * "a dozen" = 12, "twenty-one" = 21, "1.5 million", "12,000", "3.5bn" read the same everywhere in crosscheck), then
 * what this stage adds: "half a million", the unit or counted noun, normalised (quantity-units.ts), currency signs
 * before the number, and the qualifier that bounds it ("about", "more than", "at least", "up to").
 *
 * Not quantities: years and other digits that belong to a date ("in 2019", "March 5": findNumbers leaves them to
 * the date extractor; "2000 people" is a count again, claim-dates.ts isCountedYear), ordinals ("5th", and ordinal
 * words, which findNumbers never reads), and numbers that are part of a name ("Quay 7", "No. 10"): digits right
 * after a capitalised word that does not open the sentence.
 */

/** Words before a number that bound it, longest first so "no more than" wins over "more than". */
const QUALIFIERS: readonly (readonly [RegExp, QuantityQualifier])[] = [
  [/\b(?:no more than|at most|a maximum of|not more than)\s+$/i, 'at-most'],
  [/\b(?:at least|no fewer than|no less than|a minimum of|not less than)\s+$/i, 'at-least'],
  [/\b(?:more than|over|above|upwards of|in excess of|just over|well over)\s+$/i, 'more-than'],
  [/\b(?:less than|fewer than|under|below|just under)\s+$/i, 'less-than'],
  [/\b(?:up to|as many as|as much as)\s+$/i, 'up-to'],
  [/\b(?:nearly|almost|close to|approaching)\s+$/i, 'nearly'],
  [/\b(?:about|around|roughly|approximately|some|an estimated|estimated|circa)\s+$/i, 'about'],
];
/** Words after a number that bound it: "40 or more", "300 or so". */
const QUALIFIERS_AFTER: readonly (readonly [RegExp, QuantityQualifier])[] = [
  [/^\s+or (?:more|over)\b/i, 'at-least'],
  [/^\s+or so\b/i, 'about'],
  [/^\s+or (?:fewer|less)\b/i, 'at-most'],
];
/** Words after a number that end its noun phrase: nothing past them is what is counted. */
const PHRASE_END = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'the', 'a', 'an', 'per', 'than', 'who', 'which',
  'that', 'from', 'by', 'for', 'with', 'into', 'since', 'after', 'before', 'as', 'when', 'while', 'but', 'were', 'was',
  'are', 'is', 'had', 'have', 'has', 'will', 'would', 'could', 'can', 'may', 'might', 'said', 'says', 'more', 'so']);
/** A number right after one of these names what it measures: "magnitude 5.8". */
const UNIT_BEFORE = /\b(magnitude|level|category|grade|force)\s+$/i;
/** How many words after the number the counted noun may sit: "three patrol ships", "four Tarsan fishing trawlers". */
const MAX_NOUN_WORDS = 3;
const WORD_AFTER = /^(\s*-?\s*)([\p{L}][\p{L}\p{M}'-]*|km\/h)/u;

/** The quantities of `sentence`, which starts at offset `base` of the article text, in order. */
export function findQuantities(sentence: string, base: number): Quantity[] {
  const out: Quantity[] = [];
  for (const n of findNumbers(sentence)) {
    if (n.unit === 'ordinal' || isNamePart(sentence, n)) continue;
    out.push(quantity(sentence, base, n.start, n.end, n.value, n.unit === '%'));
  }
  for (const d of findDates(sentence)) {
    if (d.dateClass === 'year' && isCountedYear(sentence, d.start, d.end)) out.push(quantity(sentence, base, d.start, d.end, +d.value, false));
  }
  return out.sort((a, b) => a.start - b.start);
}

function quantity(sentence: string, base: number, numberStart: number, numberEnd: number, rawValue: number, percent: boolean): Quantity {
  let start = numberStart;
  let end = numberEnd;
  let value = rawValue;
  // "half a million": findNumbers reads "a million"; the "half" before it halves it.
  const half = /\bhalf\s+$/i.exec(sentence.slice(Math.max(0, start - 6), start));
  if (half && /^an?\s/i.test(sentence.slice(start, end))) {
    value /= 2;
    start -= half[0].length;
  }
  let unit: string | null = null;
  let unitText: TextRef | null = null;
  const ref = (s: number, e: number): TextRef => ({ text: sentence.slice(s, e), start: base + s, end: base + e });
  if (percent) {
    const sign = /(?:\s*%|\s+per\s?cent|\s+percent)$/i.exec(sentence.slice(start, end))!;
    unit = '%';
    unitText = ref(end - sign[0].trimStart().length, end);
  }
  const sign = /(US\$|C\$|A\$|[$€£¥₹]|\b(?:USD|EUR|GBP|JPY|CHF))\s?$/.exec(sentence.slice(Math.max(0, start - 4), start));
  if (unit === null && sign) {
    unit = CURRENCY_SIGNS[sign[1]!]!;
    unitText = ref(start - sign[0].length, start - sign[0].length + sign[1]!.length);
    start -= sign[0].length;
  }
  const before = UNIT_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  if (unit === null && before) {
    unit = before[1]!.toLowerCase();
    unitText = ref(start - before[0].length, start - before[0].length + before[1]!.length);
  }
  // "40 or more trucks": the bound after the number, then the noun after the bound.
  const after = boundAfter(sentence, end);
  if (unit === null) {
    const noun = nounAfter(sentence, end + (after?.length ?? 0));
    if (noun) {
      unit = noun.unit;
      unitText = ref(noun.start, noun.end);
      end = noun.end;
    }
  } else if (unit !== '%') {
    // "$3.5bn dollars" is rare, but "€20 million euros" is not: the written currency word belongs to the quantity.
    const word = WORD_AFTER.exec(sentence.slice(end));
    if (word && unitAfterNumber(word[2]!)?.unit === unit) end += word[0].length;
  }
  let qualifier: QuantityQualifier = 'exact';
  const head = sentence.slice(Math.max(0, start - 24), start);
  for (const [pattern, kind] of QUALIFIERS) {
    const m = pattern.exec(head);
    if (!m) continue;
    qualifier = kind;
    start -= m[0].length;
    break;
  }
  if (qualifier === 'exact' && after) qualifier = after.kind;
  return { kind: 'quantity', text: sentence.slice(start, end), start: base + start, end: base + end, value, unit, unitText, qualifier };
}

function boundAfter(sentence: string, at: number): { kind: QuantityQualifier; length: number } | null {
  const rest = sentence.slice(at, at + 12);
  for (const [pattern, kind] of QUALIFIERS_AFTER) {
    const m = pattern.exec(rest);
    if (m) return { kind, length: m[0].length };
  }
  return null;
}

/** The unit or counted noun after the number ending at `at`: a measure or currency, else the first plural noun. */
function nounAfter(sentence: string, at: number): { unit: string; closed: boolean; start: number; end: number } | null {
  let i = at;
  let first: { start: number; end: number; word: string } | null = null;
  for (let n = 0; n < MAX_NOUN_WORDS; n++) {
    const m = WORD_AFTER.exec(sentence.slice(i));
    if (!m || (n > 0 && m[1]!.length === 0)) break;
    const word = m[2]!;
    const lower = word.toLowerCase();
    const start = i + m[1]!.length;
    const end = start + word.length;
    if (n === 0) {
      const closed = unitAfterNumber(word);
      if (closed) return { ...closed, start, end };
    }
    if (PHRASE_END.has(lower) || isAuxiliary(lower) || (isPastForm(lower) && !looksPlural(lower))) break;
    if (first === null) first = { start, end, word };
    if (looksPlural(word) && !/^\p{Lu}/u.test(word)) return { unit: singular(word), closed: false, start: first.start, end };
    i = end;
  }
  if (first === null || /^\p{Lu}/u.test(first.word)) return null;
  // A singular noun right after the number ("one ship", "a dozen dead"): only one word, no plural further on.
  return { unit: singular(first.word), closed: false, start: first.start, end: first.end };
}

/** "Quay 7", "No. 10", "Route 66": digits right after a capitalised word that does not open the sentence. */
function isNamePart(sentence: string, n: NumberMention): boolean {
  if (!/^\d+$/.test(n.text)) return false;
  const before = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(sentence.slice(Math.max(0, n.start - 20), n.start));
  if (!before) return false;
  return sentence.slice(0, n.start - before[0].length).trim().length > 0;
}
