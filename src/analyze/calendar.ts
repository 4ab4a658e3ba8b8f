/**
 * Proleptic Gregorian calendar arithmetic in whole UTC days, for resolving the dates a sentence names against its
 * article's date. Days are counted from 1970-01-01 (day 0), so adding and comparing days is integer arithmetic and
 * no local time zone can shift a date. Weeks are ISO 8601 weeks (Monday first; week 1 holds the year's first
 * Thursday), the convention ISO week values ("2024-W09") follow.
 */

const DAY_MS = 86_400_000;

/** The day number of a calendar date (month 1-12); null when the date does not exist (30 February). */
export function dayOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The UTC day an ISO timestamp falls on; null for a string that is not a date. */
export function dayOfTimestamp(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Monday ... 6 = Sunday (ISO order). */
  readonly weekday: number;
}

export function dateOf(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: (d.getUTCDay() + 6) % 7 };
}

/** "2024-03-04". */
export function isoDay(dayNumber: number): string {
  const { year, month, day } = dateOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** "2024-03". */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** The Monday that starts the ISO week holding the day. */
export function weekStart(dayNumber: number): number {
  return dayNumber - dateOf(dayNumber).weekday;
}

/** "2024-W09": the ISO week (and ISO week-year, which differs from the calendar year around 1 January). */
export function isoWeek(dayNumber: number): string {
  const thursday = weekStart(dayNumber) + 3;
  const year = dateOf(thursday).year;
  const firstThursday = weekStart(dayOf(year, 1, 4)!) + 3;
  const week = 1 + Math.round((thursday - firstThursday) / 7);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The month `delta` months from year-month, as [year, month]. */
export function shiftMonth(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12 + 12) % 12 + 1];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
