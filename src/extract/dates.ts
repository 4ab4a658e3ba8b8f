import * as chrono from 'chrono-node';

/**
 * One place that turns a date as written ("2024-03-05", "Tue, 05 Mar 2024 14:00:00 GMT", "5 March 2024 at 2pm")
 * into ISO 8601 UTC, and refuses dates no news article can have. Date extraction is where extractor users complain
 * most (htmldate's motivation), so a wrong date is worse than none: anything out of bounds is dropped.
 */

export interface DateContext {
  /** The clock's now: an article cannot be published after it. */
  readonly now: Date;
}

/** No news site published before 1994 (the first online newspapers); htmldate uses 1995 as its floor. */
const EARLIEST = Date.UTC(1994, 0, 1);
/** Allow a day in the future: a page stamped in a timezone ahead of ours is not an error. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

/**
 * Month names of the languages the evaluation pages are written in (en, de, fr, es, pt, it, nl, pl, sv/da/no), by
 * their first letters: chrono reads English only, and a German "5. März 2024" is as common as "March 5, 2024".
 */
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'jän', 'janv', 'ene', 'gen', 'janeiro', 'stycz', 'sty'],
  ['feb', 'fév', 'fev', 'febr', 'lut', 'luty'],
  ['mar', 'mär', 'maart', 'marz', 'març', 'marc', 'marzo', 'março'],
  ['apr', 'avr', 'abr', 'kwi'],
  ['may', 'mai', 'mei', 'mayo', 'maio', 'mag', 'maj'],
  ['jun', 'juin', 'giu', 'juni', 'junio', 'junho', 'cze'],
  ['jul', 'juil', 'lug', 'juli', 'julio', 'julho', 'lip'],
  ['aug', 'aoû', 'aou', 'ago', 'augustus', 'sie'],
  ['sep', 'set', 'wrz'],
  ['oct', 'okt', 'out', 'ott', 'paź', 'paz'],
  ['nov', 'lis'],
  ['dec', 'dez', 'déc', 'dic', 'gru'],
];
const MONTH_WORD = '([A-Za-zÀ-ÿąćęłńóśźż]{3,12})\\.?';
/** "5. März 2024", "5 mars 2024", "5 de marzo de 2024", "05 Mar 2024". */
const DAY_MONTH_YEAR = new RegExp(`^(?:[A-Za-zÀ-ÿ-]+,?\\s+)?(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})\\b`, 'i');
/** "March 5, 2024", "Mar. 5 2024", "März 5, 2024". */
const MONTH_DAY_YEAR = new RegExp(`^(?:[A-Za-zÀ-ÿ-]+,?\\s+)?${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** "05.03.2024", "05.03.24", "10.12.2022, 07:00:03": day first, as everywhere dots are written (chrono reads US order). */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:,?\s+(?:um\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*Uhr)?)?$/;
/**
 * "17/02/2022", "02/17/2022" or "17-02-2022": read only when one of the two numbers cannot be a month. "05/03/2022"
 * and "04-05-2022" are refused: Europe writes day first and the US month first, with slashes and dashes alike.
 */
const SLASHED_DMY = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;

export function parseDateValue(raw: string, context: DateContext): string | null {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value.length === 0 || value.length > 200) return null;
  const ms = parseToEpoch(value, context);
  if (ms === null || !Number.isFinite(ms)) return null;
  return withinBounds(ms, context) ? new Date(ms).toISOString() : null;
}

export function withinBounds(ms: number, context: DateContext): boolean {
  return ms >= EARLIEST && ms <= context.now.getTime() + FUTURE_SLACK_MS;
}

function parseToEpoch(value: string, context: DateContext): number | null {
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = iso;
    const utc = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s, Math.round(+`0.${frac}` * 1000));
    if (!validDay(+y!, +mo!, +d!)) return null;
    return utc - zoneOffsetMs(zone);
  }
  const slashed = SLASHED.exec(value);
  if (slashed) return validDay(+slashed[1]!, +slashed[2]!, +slashed[3]!) ? Date.UTC(+slashed[1]!, +slashed[2]! - 1, +slashed[3]!) : null;
  const dotted = DOTTED.exec(value);
  if (dotted) {
    const year = fullYear(dotted[3]!, context);
    if (!validDay(year, +dotted[2]!, +dotted[1]!)) return null;
    const [hour, minute, second] = [+(dotted[4] ?? 0), +(dotted[5] ?? 0), +(dotted[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return Date.UTC(year, +dotted[2]! - 1, +dotted[1]!);
    return Date.UTC(year, +dotted[2]! - 1, +dotted[1]!, hour, minute, second);
  }
  const dmy = SLASHED_DMY.exec(value);
  if (dmy) {
    const [a, b, year] = [+dmy[1]!, +dmy[3]!, +dmy[4]!];
    if (a > 12 && b <= 12) return validDay(year, b, a) ? Date.UTC(year, b - 1, a) : null;
    if (b > 12 && a <= 12) return validDay(year, a, b) ? Date.UTC(year, a - 1, b) : null;
    return null;
  }
  if (/^\d{10}$/.test(value)) return +value * 1000; // Unix seconds, as some CMSs put in data attributes
  if (/^\d{13}$/.test(value)) return +value;
  // RFC 2822 (feeds, HTTP) carries its zone; Date.parse reads it exactly.
  if (/^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{1,4}|[+-]\d{4})$/.test(value)) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  // Written-out dates without a zone need no chrono (a tenth of the cost on the extraction benchmark's pages).
  const written = writtenDate(value, true);
  if (written !== null) return written;
  // Free text ("5 March 2024", "March 5, 2024 2:30 pm EST"). chrono reads a zone when one is written, else UTC.
  const results = chrono.parse(value, { instant: context.now, timezone: 0 }, { forwardDate: false });
  const first = results[0];
  if (!first || !first.start.isCertain('year') || !first.start.isCertain('month') || !first.start.isCertain('day')) {
    // Not English: a month name in another language, as European pages write it.
    return writtenDate(value);
  }
  // chrono fills an unstated time with noon; a bare date means the day itself, as ISO dates do above.
  if (!first.start.isCertain('hour')) return Date.UTC(first.start.get('year')!, first.start.get('month')! - 1, first.start.get('day')!);
  return first.start.date().getTime();
}

/** A date with the month written as a word, in any of MONTHS' languages; null when the value is not one. */
function writtenDate(value: string, refuseZones = false): number | null {
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return fromParts(+dmy[3]!, monthIndex(dmy[2]!), +dmy[1]!, value.slice(dmy[0].length), refuseZones);
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return fromParts(+mdy[3]!, monthIndex(mdy[1]!), +mdy[2]!, value.slice(mdy[0].length), refuseZones);
  return null;
}

/** A time zone written after the date or time ("EST", "GMT+2", "+01:00"): chrono reads those, this parser does not. */
const ZONE_AFTER = /^[,\s–-]*(?:(?:at|um|à|a las|às|alle|om|o)?\s*\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|AM|PM|a\.m\.|p\.m\.)?)?\s*(?:\(?[A-Z]{2,5}\)?|[+-]\d{2}:?\d{2}|Z)(?![a-z])/;

function fromParts(year: number, month: number, day: number, rest: string, refuseZones: boolean): number | null {
  if (month < 1 || !validDay(year, month, day)) return null;
  if (refuseZones && ZONE_AFTER.test(rest)) return null;
  const time = /^[,\s–-]*(?:at|um|à|a las|às|alle|om|o)?\s*(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/i.exec(rest);
  if (!time) return Date.UTC(year, month - 1, day);
  let hour = +time[1]!;
  const meridiem = (time[4] ?? '').toLowerCase();
  if (meridiem.startsWith('p') && hour < 12) hour += 12;
  if (meridiem.startsWith('a') && hour === 12) hour = 0;
  if (hour > 23 || +time[2]! > 59) return Date.UTC(year, month - 1, day);
  return Date.UTC(year, month - 1, day, hour, +time[2]!, +(time[3] ?? 0));
}

/** 1-12 for a month word in any listed language, 0 when the word is not a month. */
function monthIndex(word: string): number {
  const w = word.toLowerCase();
  for (let i = 0; i < MONTHS.length; i++) {
    if (MONTHS[i]!.some((prefix) => w.startsWith(prefix))) return i + 1;
  }
  return 0;
}

/** A two-digit year ("28.01.22") is in this century unless that would put it after now. */
function fullYear(digits: string, context: DateContext): number {
  if (digits.length === 4) return +digits;
  const year = 2000 + +digits;
  return year <= context.now.getUTCFullYear() ? year : year - 100;
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return 0;
  const minutes = +match[2]! * 60 + +match[3]!;
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
