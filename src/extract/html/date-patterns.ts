/**
 * Where a date hides outside structured metadata: in the URL path (`/2024/03/05/`, `/20240305/`) and in the text
 * (`5. März 2024`, `March 5, 2024`, `05.03.2024`, `2024-03-05`). These are htmldate's last two stages; they only
 * find candidates, and parseDateValue in src/extract/dates.ts decides what each one means and whether it is in bounds.
 */

/** `/2024/03/05/`, `/2024-03-05-`, `_2024_3_5`: year, month, day as path parts. */
const URL_YMD = /(?:^|[/_-])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.?#-])/;
/** `/20240305/` or `-20240305.html`: eight digits standing alone. */
const URL_COMPACT = /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.?#-])/;

/** `/29-10-2021` or `/29.10.2021/`: day, month, year as one path segment (German press archives). */
const URL_DMY = /(?:^|\/)(0?[1-9]|[12]\d|3[01])[.-](0?[1-9]|1[0-2])[.-]((?:19|20)\d{2})(?=$|[/_.?#-])/;

/** The date a URL path spells out, as YYYY-MM-DD, or null. A year and month alone name no day and are not used. */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = URL_YMD.exec(path) ?? URL_COMPACT.exec(path);
  if (match) return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const dmy = URL_DMY.exec(path);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : null;
}

const MONTH = '[A-Za-zÀ-ÿąćęłńóśźż]{3,12}\\.?';
/**
 * Written dates, as substrings a date parser can read from their start. Order matters only for overlaps: ISO and
 * numeric forms first because they are unambiguous.
 */
const TEXT_PATTERNS: readonly RegExp[] = [
  /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/g,
  /\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)?\d{2}\b/g,
  /\b(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b/g,
  /\b\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b/g,
  new RegExp(`\\b\\d{1,2}(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?(?:19|20)\\d{2}(?:,?\\s+(?:at\\s+|um\\s+|à\\s+)?\\d{1,2}[:.h]\\d{2})?`, 'g'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}`, 'g'),
];

export interface TextDate {
  readonly raw: string;
  /** Character offset in the searched text: earlier is nearer the headline. */
  readonly index: number;
}

/** Every date-looking substring of `text`, in order of appearance, at most `limit` of them. */
export function datesInText(text: string, limit: number): TextDate[] {
  const found: TextDate[] = [];
  for (const pattern of TEXT_PATTERNS) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null && found.length < limit * 4) {
      found.push({ raw: match[0], index: match.index });
    }
  }
  found.sort((a, b) => a.index - b.index);
  const unique: TextDate[] = [];
  for (const date of found) {
    const last = unique[unique.length - 1];
    if (last && date.index < last.index + last.raw.length) continue;
    unique.push(date);
    if (unique.length >= limit) break;
  }
  return unique;
}
