import * as chrono from 'chrono-node';
import type { Signal } from '../../model/signal.js';
import { roundConfidence, sentenceAround, spanSignal } from './evidence-span.js';

/**
 * `date.late`: the article is dated well after the rest of the story's coverage, yet its text presents the event
 * as recent ("the recently held summit", "last week's fire"). Either the page carries a wrong date (a re-post, a
 * scrape stamped with the scrape time) or it passes off old news as new (SCENARIOS.md, 4). Extraction's own
 * `date.conflict` (the page's metadata dates disagree with each other) is a different signal and stays as it is.
 *
 * Being late alone is not a signal: a retrospective or a follow-up is dated later on purpose. What makes it one is
 * the text claiming recency. Each recency cue says how old the event can be at most (yesterday: 2 days; "last
 * week": 14; "recently held": 31, our reading of how far newsrooms stretch "recently"), and the article is late
 * when it is dated more than that after the coverage's median date, and never less than 7 days after: the median
 * lifespan of a big news story in 2018 was seven days (Schema, Axios and Google News Initiative, "The Lifespan of
 * News Stories", newslifespan.com, reported by Nieman Lab in January 2019), so within a week coverage is
 * still the same news cycle whatever the wording. A cue whose sentence names a date after that limit is about a
 * later development and does not count.
 *
 * Confidence 0.5 when the gap is up to twice the cue's limit, 0.65 up to four times, 0.8 beyond: the further off
 * the date, the less a loose "recently" explains it.
 */

export interface LateDateInput {
  readonly text: string;
  /** The article's publication date, ISO 8601. */
  readonly publishedAt: string | null;
  /** The median publication date of the OTHER articles of the story, ISO 8601. */
  readonly storyMedianDate: string | null;
}

interface RecencyCue {
  readonly pattern: RegExp;
  readonly maxAgeDays: number;
}

const DAY_MS = 24 * 3600 * 1000;
/** One news cycle (see the header). */
const MIN_LATE_DAYS = 7;

const CUES: readonly RecencyCue[] = [
  { pattern: /\b(?:yesterday|last night|earlier today|this morning)\b/gi, maxAgeDays: 2 },
  { pattern: /\b(?:earlier )?this week\b|\bjust (?:held|signed|concluded|ended|announced)\b/gi, maxAgeDays: 7 },
  { pattern: /\b(?:last|past) week(?:end)?(?:['\u2019]s)?\b|\b(?:a few|two|three|four|five|six|several|\d) days ago\b/gi, maxAgeDays: 14 },
  {
    pattern: /\brecently[- ](?:held|signed|concluded|agreed|announced|reached|struck|completed|ended|approved|passed|released|opened|launched)\b|\bthe recent (?!years?\b|months?\b|weeks?\b|days?\b|decades?\b|past\b|history\b)\p{L}+/giu,
    maxAgeDays: 31,
  },
];

export function detectLateDate(input: LateDateInput): Signal[] {
  const published = time(input.publishedAt);
  const median = time(input.storyMedianDate);
  if (published === null || median === null) return [];
  const gapDays = (published - median) / DAY_MS;
  if (gapDays <= MIN_LATE_DAYS) return [];

  let best: { start: number; end: number; limit: number } | null = null;
  for (const cue of CUES) {
    const limit = Math.max(MIN_LATE_DAYS, cue.maxAgeDays);
    if (gapDays <= limit) continue;
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(input.text); m; m = cue.pattern.exec(input.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (namesLaterDate(input.text, start, median + limit * DAY_MS, published)) continue;
      // The tightest cue is the strongest claim: "yesterday" two months late says more than "recently".
      if (!best || limit < best.limit) best = { start, end, limit };
      break;
    }
  }
  if (!best) return [];
  const ratio = gapDays / best.limit;
  const confidence = ratio <= 2 ? 0.5 : ratio <= 4 ? 0.65 : 0.8;
  const note = `dated ${day(published)}, ${Math.round(gapDays)} days after the coverage's median date ${day(median)}`;
  return [spanSignal('date.late', input.text, best.start, best.end, roundConfidence(confidence), note)];
}

/** The median of publication dates (ISO 8601), for the caller building a story's consensus date; null if none. */
export function medianDate(dates: readonly (string | null)[]): string | null {
  const times = dates.map(time).filter((t): t is number => t !== null).sort((a, b) => a - b);
  if (times.length === 0) return null;
  const mid = Math.floor(times.length / 2);
  const value = times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return new Date(value).toISOString();
}

/** Whether the sentence around a cue names a calendar date (with a day number) after `after`. */
function namesLaterDate(text: string, index: number, after: number, published: number): boolean {
  const sentence = sentenceAround(text, index);
  const results = chrono.parse(text.slice(sentence.start, sentence.end), { instant: new Date(published), timezone: 0 }, { forwardDate: false });
  return results.some((r) => /\d/.test(r.text) && r.start.isCertain('day') && r.start.isCertain('month') && r.start.date().getTime() > after);
}

function time(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

function day(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
