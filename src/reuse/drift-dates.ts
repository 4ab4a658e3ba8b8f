/**
 * Date mentions in a sentence, for drift: each reduced to one comparable part, so that two aligned sentences can be
 * compared part by part. "March 5, 2008" gives a month-day (3-5) and a year (2008); "on Tuesday" a weekday;
 * "yesterday" a relative day; "3 p.m." a time of day. A part changed between aligned sentences ("Tuesday" ->
 * "Wednesday", "March 5" -> "March 6") is a date drift; a tense change ("will meet on Tuesday" -> "met on
 * Tuesday") is not, since the weekday is the same.
 *
 * Parts of different classes are never compared: "yesterday" and "on Tuesday" may name the same day, and only the
 * publication times (which this pure function does not have) could tell. Relative words are compared as written:
 * a rewrite published a day later that turns "today" into "yesterday" is reported, and the caller, who has the
 * times, can discount it.
 *
 * Hand-written patterns rather than chrono-node: drift needs the literal part a sentence names (chrono resolves
 * "Tuesday" to a full date against a reference time, which would make "Tuesday" in two texts with different
 * reference times differ), and the number extractor must know exactly which digits belong to dates.
 */

export type DateClass = 'month-day' | 'month' | 'year' | 'weekday' | 'relative' | 'time';

export interface DateMention {
  readonly dateClass: DateClass;
  /** Comparable value: "3-5" for March 5, "2008", "tuesday", "yesterday", "15:00". */
  readonly value: string;
  /** As written, and where (offsets in the text the sentence comes from). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const MONTH = `(?:${MONTHS.map(cap).join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d\\d)';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const SMALL_NUMBER = '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)';

interface DatePattern {
  readonly pattern: RegExp;
  /** The parts one match yields, each with its own span (relative to the match). */
  readonly parts: (m: RegExpExecArray) => { dateClass: DateClass; value: string; at: number; length: number }[];
}

const PATTERNS: readonly DatePattern[] = [
  {
    // "March 5", "March 5, 2008", "Jan. 12 2009"
    pattern: new RegExp(`(?<![\\p{L}\\d])(${MONTH})\\s+${DAY}(?!\\d)(?:,?\\s+${YEAR})?(?!\\d)`, 'gu'),
    parts: (m) => monthDayYear(m, m[1]!, m[2]!, m[3], m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length),
  },
  {
    // "5 March", "5th of March 2008"
    pattern: new RegExp(`(?<![\\p{L}\\d.,])${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?(?!\\d)`, 'gu'),
    parts: (m) => monthDayYear(m, m[2]!, m[1]!, m[3], m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length),
  },
  {
    // "March 2008", "March of 2008"
    pattern: new RegExp(`(?<![\\p{L}\\d])(${MONTH}),?\\s+(?:of\\s+)?${YEAR}(?!\\d)`, 'gu'),
    parts: (m) => [
      { dateClass: 'month', value: String(monthNumber(m[1]!)), at: 0, length: m[1]!.length },
      { dateClass: 'year', value: m[2]!, at: m[0].length - 4, length: 4 },
    ],
  },
  {
    // A month alone, full name, capitalised, not opening the sentence ("May" opens sentences as a verb).
    pattern: new RegExp(`(?<=[^\\s]\\s+)(?<![\\p{L}])(${MONTHS.map(cap).join('|')})(?![\\p{L}\\d])`, 'gu'),
    parts: (m) => [{ dateClass: 'month', value: String(monthNumber(m[1]!)), at: 0, length: m[1]!.length }],
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])(${WEEKDAYS})(?:s)?(?![\\p{L}])`, 'gu'),
    parts: (m) => [{ dateClass: 'weekday', value: m[1]!.toLowerCase(), at: 0, length: m[0].length }],
  },
  {
    // "3 p.m.", "10:30 am", "3pm"
    pattern: /(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?/giu,
    parts: (m) => [{ dateClass: 'time', value: clock(Number(m[1]) % 12 + (m[3]!.toLowerCase() === 'p' ? 12 : 0), m[2]), at: 0, length: m[0].length }],
  },
  {
    // "14:30"
    pattern: /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/gu,
    parts: (m) => [{ dateClass: 'time', value: clock(Number(m[1]), m[2]), at: 0, length: m[0].length }],
  },
  {
    pattern: /\b(noon|midday|midnight)\b/giu,
    parts: (m) => [{ dateClass: 'time', value: m[1]!.toLowerCase() === 'midnight' ? '00:00' : '12:00', at: 0, length: m[0].length }],
  },
  {
    pattern: new RegExp(`\\b(?:today|tonight|yesterday|tomorrow|(?:earlier |later )?(?:last|next|this) (?:week(?:end)?|month|year|morning|afternoon|evening|night)|${SMALL_NUMBER} (?:days?|weeks?|months?|years?) (?:ago|earlier|later))\\b`, 'giu'),
    parts: (m) => [{ dateClass: 'relative', value: m[0].toLowerCase().replace(/\s+/g, ' '), at: 0, length: m[0].length }],
  },
  {
    // A bare year: four digits 1800-2099, no thousands comma, not money, not a percentage or a scaled amount.
    pattern: /(?<![\d.,$£€¥])((?:1[89]|20)\d\d)(?![\d,.]?\d)(?!\s*(?:%|per ?cent|million|billion|thousand))/giu,
    parts: (m) => [{ dateClass: 'year', value: m[1]!, at: 0, length: 4 }],
  },
];

/** The date mentions of `sentence`, which starts at offset `base` of its text; parts of longer matches win. */
export function findDates(sentence: string, base = 0): DateMention[] {
  const out: DateMention[] = [];
  const claimed: [number, number][] = [];
  for (const { pattern, parts } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claimed.some(([s, e]) => s < end && start < e)) continue;
      claimed.push([start, end]);
      for (const part of parts(m)) {
        const at = start + part.at;
        out.push({ dateClass: part.dateClass, value: part.value, text: sentence.slice(at, at + part.length), start: base + at, end: base + at + part.length });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The spans (relative to the sentence) that date mentions cover: the number extractor leaves these digits alone. */
export function dateSpans(sentence: string): [number, number][] {
  return findDates(sentence).map((d) => [d.start, d.end]);
}

function monthDayYear(m: RegExpExecArray, month: string, day: string, year: string | undefined, dayEnd: number): { dateClass: DateClass; value: string; at: number; length: number }[] {
  const parts: { dateClass: DateClass; value: string; at: number; length: number }[] = [];
  const value = `${monthNumber(month)}-${Number(day)}`;
  if (year === undefined) return [{ dateClass: 'month-day', value, at: 0, length: m[0].length }];
  const yearAt = m[0].lastIndexOf(year);
  const dayMonthEnd = Math.max(dayEnd, m[0].indexOf(month) + month.length);
  parts.push({ dateClass: 'month-day', value, at: 0, length: dayMonthEnd });
  parts.push({ dateClass: 'year', value: year, at: yearAt, length: 4 });
  return parts;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(key);
  return full >= 0 ? full + 1 : (MONTH_ABBREVIATIONS[key] ?? 0);
}

function clock(hour: number, minutes: string | undefined): string {
  return `${String(hour).padStart(2, '0')}:${minutes ?? '00'}`;
}

function cap(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
