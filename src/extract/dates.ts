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

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

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
  if (dotted) return validDay(+dotted[3]!, +dotted[2]!, +dotted[1]!) ? Date.UTC(+dotted[3]!, +dotted[2]! - 1, +dotted[1]!) : null;
  if (/^\d{10}$/.test(value)) return +value * 1000; // Unix seconds, as some CMSs put in data attributes
  if (/^\d{13}$/.test(value)) return +value;
  // RFC 2822 (feeds, HTTP) carries its zone; Date.parse reads it exactly.
  if (/^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{1,4}|[+-]\d{4})$/.test(value)) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  // Free text ("5 March 2024", "March 5, 2024 2:30 pm EST"). chrono reads a zone when one is written, else UTC.
  const results = chrono.parse(value, { instant: context.now, timezone: 0 }, { forwardDate: false });
  const first = results[0];
  if (!first || !first.start.isCertain('year') || !first.start.isCertain('month') || !first.start.isCertain('day')) return null;
  // chrono fills an unstated time with noon; a bare date means the day itself, as ISO dates do above.
  if (!first.start.isCertain('hour')) return Date.UTC(first.start.get('year')!, first.start.get('month')! - 1, first.start.get('day')!);
  return first.start.date().getTime();
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
