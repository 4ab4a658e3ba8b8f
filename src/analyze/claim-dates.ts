import type { ClaimDate, DateBasis, DateGranularity, DateRelation } from '../model/claim.js';
import type { DateMention } from '../reuse/drift-dates.js';
import { findDates } from '../reuse/drift-dates.js';
import { dateOf, dayOf, dayOfTimestamp, daysInMonth, isoDay, isoMonth, isoWeek, shiftMonth, weekStart } from './calendar.js';
import { looksPlural } from './quantity-units.js';

/**
 * The dates a sentence names, resolved against its article's date: "on Tuesday" in an article of Thursday
 * 6 June 2024 is 2024-06-04. The mentions are the drift extractor's (src/reuse/drift-dates.ts), so the digits that
 * belong to a date are the same ones everywhere (quantities skip them), and a mention's parts are recombined here
 * ("March 5" + "2008" -> 2008-03-05; "Monday, March 4" -> one date). chrono-node is not used: it resolves, but has
 * no bare years ("since 2019") and would disagree with the drift mentions on which digits are a date, and it costs
 * ~0.3 ms a sentence, which alone would spend the claims budget (docs/claims.md).
 *
 * Resolution rules, and where each value comes from (`basis`):
 * - a year written, with or without month and day: `explicit`;
 * - a month or month-day without a year: the article's year (`article-year`), unless that puts it more than six
 *   months AFTER the article date in a past-tense sentence (`previous-year`: "on December 28" in a January article)
 *   or more than six months BEFORE it in a future-tense one (`next-year`). Six months is the symmetric midpoint: a
 *   news sentence names the nearer occurrence;
 * - a weekday: the nearest such day on or before the article date (past), on or after it (future, as wire copy
 *   writes "will vote Tuesday" on the Tuesday itself); "last Tuesday" is strictly before, "next Tuesday" after;
 * - relative phrases count from the article date; "N days later/earlier" is relative to another event and stays
 *   `unresolved`, as does everything but explicit dates when the article has no date.
 * Times of day ("3 p.m.") are dropped: no later stage compares them yet.
 */

export interface ClaimDateOptions {
  /** The article's publication time (ISO 8601); its UTC day is the reference. Null: only explicit dates resolve. */
  readonly publishedAt: string | null;
  /** Tense of the sentence's event (claim-status.ts), which decides weekdays and year-less dates. */
  readonly tense?: 'past' | 'future';
}

/** Half a year in days: the most a year-less date may sit on the unexpected side of the article date. */
const HALF_YEAR_DAYS = 183;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ISO_DATE = /(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/g;
const RELATION_BEFORE = /\b(since|until|till|through|by|from|before|after|starting|as of)\s+(?:the\s+)?(?:(?:end|start|beginning|middle) of\s+|early\s+|late\s+|mid-?)?(?:last\s+|next\s+|this\s+)?$/i;
const RELATIONS: Readonly<Record<string, DateRelation>> = { since: 'since', until: 'until', till: 'until', through: 'until', by: 'by', from: 'from', starting: 'from', 'as of': 'since', before: 'before', after: 'after' };
/** Words before a four-digit number that make it a year even when a plural noun follows ("the 2024 elections"). */
const YEAR_CONTEXT = /\b(?:in|since|by|until|till|from|before|after|of|during|through|the|early|late|mid|its|their|this|that|'s)\s*-?$/i;

/** Whether the four digits at [start, end) count things ("2000 people") rather than name a year. */
export function isCountedYear(sentence: string, start: number, end: number): boolean {
  const next = /^\s+([\p{L}]+)/u.exec(sentence.slice(end, end + 30));
  if (!next || !looksPlural(next[1]!) || /^\p{Lu}/u.test(next[1]!)) return false;
  return !YEAR_CONTEXT.test(sentence.slice(Math.max(0, start - 20), start));
}

/** The dates of `sentence`, which starts at offset `base` of the article text, in order. */
export function findClaimDates(sentence: string, base: number, options: ClaimDateOptions): ClaimDate[] {
  const reference = options.publishedAt === null ? null : dayOfTimestamp(options.publishedAt);
  const future = options.tense === 'future';
  const out: ClaimDate[] = [];
  const iso: [number, number][] = [];
  ISO_DATE.lastIndex = 0;
  for (let m = ISO_DATE.exec(sentence); m; m = ISO_DATE.exec(sentence)) {
    const day = dayOf(+m[1]!, +m[2]!, +m[3]!);
    if (day === null) continue;
    iso.push([m.index, m.index + m[0].length]);
    out.push(record(sentence, base, m.index, m.index + m[0].length, 'day', day, day, 'explicit'));
  }
  const mentions = findDates(sentence).filter((d) => d.dateClass !== 'time' && !iso.some(([s, e]) => d.start < e && s < d.end));
  for (let i = 0; i < mentions.length; i++) {
    let mention = mentions[i]!;
    const start = mention.start;
    // "Monday, March 4": the weekday only repeats the day that follows; the date carries the value.
    const following = mentions[i + 1];
    if (mention.dateClass === 'weekday' && following?.dateClass === 'month-day' && /^,?\s+(?:the\s+)?$/.test(sentence.slice(mention.end, following.start))) {
      mention = following;
      i++;
    }
    const year = mentions[i + 1];
    const withYear = year?.dateClass === 'year' && (mention.dateClass === 'month-day' || mention.dateClass === 'month') &&
      /^,?\s+(?:of\s+)?$/.test(sentence.slice(mention.end, year.start));
    if (withYear) i++;
    const end = withYear ? year.end : mention.end;
    const resolved = resolve(sentence, mention, withYear ? +year.value : null, start, end, reference, future);
    if (resolved) out.push(resolved);
  }
  return out.sort((a, b) => a.start - b.start);

  function resolve(text: string, m: DateMention, year: number | null, start: number, end: number, ref: number | null, fut: boolean): ClaimDate | null {
    const before = text.slice(Math.max(0, start - 6), start).toLowerCase();
    const shift = /\blast\s+$/.test(before) ? -1 : /\bnext\s+$/.test(before) ? 1 : 0;
    const at = (granularity: DateGranularity, first: number | null, last: number | null, basis: DateBasis) =>
      record(text, base, start, end, granularity, first, last, first === null ? 'unresolved' : basis);
    switch (m.dateClass) {
      case 'year': {
        if (/^s\b/.test(text.slice(end)) || isCountedYear(text, start, end)) return null;
        return at('year', dayOf(+m.value, 1, 1), dayOf(+m.value, 12, 31), 'explicit');
      }
      case 'month-day': {
        const [month, day] = m.value.split('-').map(Number) as [number, number];
        if (year !== null) {
          const d = dayOf(year, month, day);
          return d === null ? null : at('day', d, d, 'explicit');
        }
        if (ref === null) return at('day', null, null, 'unresolved');
        const [y, basis] = nearestYear(ref, month, day, fut);
        const d = dayOf(y, month, day);
        return d === null ? null : at('day', d, d, basis);
      }
      case 'month': {
        const month = +m.value;
        if (year !== null) return at('month', dayOf(year, month, 1), dayOf(year, month, daysInMonth(year, month)), 'explicit');
        if (ref === null) return at('month', null, null, 'unresolved');
        const refDate = dateOf(ref);
        let [y, basis] = nearestYear(ref, month, 15, fut);
        if (shift !== 0) {
          // "last March": the most recent March before the article's month; "next March" the first after it.
          y = refDate.year + (shift < 0 ? (month < refDate.month ? 0 : -1) : (month > refDate.month ? 0 : 1));
          basis = 'relative';
        }
        return at('month', dayOf(y, month, 1), dayOf(y, month, daysInMonth(y, month)), basis);
      }
      case 'weekday': {
        if (ref === null) return at('day', null, null, 'unresolved');
        const target = WEEKDAYS.indexOf(m.value);
        const refDay = dateOf(ref).weekday;
        const back = (refDay - target + 7) % 7;
        const ahead = (target - refDay + 7) % 7;
        const d = shift < 0 ? ref - (back || 7) : shift > 0 ? ref + (ahead || 7) : fut ? ref + ahead : ref - back;
        return at('day', d, d, 'weekday');
      }
      case 'relative':
        return relative(m.value, start, end, ref);
      default:
        return null;
    }
  }

  function relative(phrase: string, start: number, end: number, ref: number | null): ClaimDate {
    const rec = (g: DateGranularity, first: number | null, last: number | null) => record(sentence, base, start, end, g, first, last, first === null ? 'unresolved' : 'relative');
    const words = phrase.replace(/^(?:earlier|later) /, '').replace(/^a few /, 'few ').split(' ');
    const head = words[0]!;
    const unit = (words[words.length - 1] === 'ago' ? words[words.length - 2]! : words[1] ?? '').replace(/s$/, '');
    if (ref === null || /(?:earlier|later)$/.test(phrase)) return rec(granularityOf(unit), null, null);
    if (head === 'today' || head === 'tonight') return rec('day', ref, ref);
    if (head === 'yesterday') return rec('day', ref - 1, ref - 1);
    if (head === 'tomorrow') return rec('day', ref + 1, ref + 1);
    const step = head === 'last' ? -1 : head === 'next' ? 1 : head === 'this' ? 0 : -countOf(head);
    const { year, month } = dateOf(ref);
    switch (unit) {
      case 'morning': case 'afternoon': case 'evening': case 'night':
        return rec('day', ref + Math.min(0, step), ref + Math.min(0, step));
      case 'day':
        return rec('day', ref + step, ref + step);
      case 'week': {
        const monday = weekStart(ref) + 7 * step;
        return rec('week', monday, monday + 6);
      }
      case 'weekend': {
        const saturday = weekStart(ref) + 5 + 7 * step;
        return rec('day', saturday, saturday + 1);
      }
      case 'month': {
        const [y, mo] = shiftMonth(year, month, step);
        return rec('month', dayOf(y, mo, 1), dayOf(y, mo, daysInMonth(y, mo)));
      }
      case 'year':
        return rec('year', dayOf(year + step, 1, 1), dayOf(year + step, 12, 31));
      default:
        return rec('day', null, null);
    }
  }
}

/** The year a year-less month-day falls in, by the six-month rule in the header, and why. */
function nearestYear(ref: number, month: number, day: number, future: boolean): [number, DateBasis] {
  const year = dateOf(ref).year;
  const candidate = dayOf(year, month, Math.min(day, daysInMonth(year, month)))!;
  if (!future && candidate - ref > HALF_YEAR_DAYS) return [year - 1, 'previous-year'];
  if (future && ref - candidate > HALF_YEAR_DAYS) return [year + 1, 'next-year'];
  return [year, 'article-year'];
}

function granularityOf(unit: string): DateGranularity {
  return unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
}

const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, few: 3 };

function countOf(word: string): number {
  return /^\d+$/.test(word) ? +word : (COUNT_WORDS[word] ?? 1);
}

function record(sentence: string, base: number, start: number, end: number, granularity: DateGranularity, first: number | null, last: number | null, basis: DateBasis): ClaimDate {
  const value = first === null ? null
    : granularity === 'day' ? isoDay(first)
      : granularity === 'week' ? isoWeek(first)
        : granularity === 'month' ? isoMonth(dateOf(first).year, dateOf(first).month)
          : String(dateOf(first).year).padStart(4, '0');
  return {
    kind: 'date', text: sentence.slice(start, end), start: base + start, end: base + end, value, granularity,
    first: first === null ? null : isoDay(first), last: last === null ? null : isoDay(last), basis,
    relation: relationBefore(sentence, start),
  };
}

function relationBefore(sentence: string, start: number): DateRelation {
  const m = RELATION_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  return m ? (RELATIONS[m[1]!.toLowerCase()] ?? 'at') : 'at';
}
