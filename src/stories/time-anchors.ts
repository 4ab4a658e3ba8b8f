/**
 * The explicit times an article names: years ("2013", "Macworld 2009") and month-year dates ("September 18,
 * 2013", "18 Sept 2013", "June 2012"). Two events of one kind are told apart by who, where and WHEN: the same
 * product launch, patch or earthquake recurs, and the coverage of each says which year it is. When the publication
 * date is missing (ECB+ has none, and not every page carries a trustworthy one) these anchors are the only time
 * evidence, and even with dates they separate an event from last year's one that the text recalls.
 *
 * Keys: `y:2013` per year mentioned, `m:2013-09` per month-year date. Only 1900-2099 counts as a year: a
 * four-digit number outside that range is a quantity.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** "September 18, 2013", "Sep 18th 2013", "June 2012". */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(?:${DAY},?\\s+)?${YEAR}\\b`, 'gi');
/** "18 September 2013", "18th Sept, 2013". */
const DAY_FIRST = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi');
const BARE_YEAR = /(?<![\d.,$£€])\b((?:19|20)\d\d)\b(?![.,]\d)/g;

export const YEAR_PREFIX = 'y:';
export const MONTH_PREFIX = 'm:';

export function timeAnchors(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  // Day-first dates are read first; the month-first pattern also matches their tail ("Sept 2013" of
  // "18 Sept 2013"), which must not count twice.
  const covered: [number, number][] = [];
  for (const pattern of [DAY_FIRST, MONTH_FIRST]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const at = m.index;
      if (covered.some(([start, end]) => at >= start && at < end)) continue;
      if (pattern === DAY_FIRST) covered.push([at, at + m[0].length]);
      const month = MONTHS[m[1]!.toLowerCase().replace(/\.$/, '')];
      if (month !== undefined) add(`${MONTH_PREFIX}${m[2]}-${String(month).padStart(2, '0')}`);
    }
  }
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(text); m !== null; m = BARE_YEAR.exec(text)) add(YEAR_PREFIX + m[1]);
  return counts;
}
