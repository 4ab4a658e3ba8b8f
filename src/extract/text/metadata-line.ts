import { parseDateValue } from '../dates.js';

/**
 * Lines that carry metadata rather than prose: "date 2023-01-02", "posted: 5 March 2024 14:00", "By Jane Doe",
 * "Source: Harbour Post". Text files put them under the title on purpose; scrapers leave them at the top of the body
 * by accident. Either way they leave the text and become metadata.
 */

export type MetadataField = 'published' | 'updated' | 'author' | 'outlet' | 'url' | 'language';

export interface MetadataLine {
  readonly field: MetadataField;
  /** The value as written (a date stays a string; the date parser bounds it later). */
  readonly value: string;
}

const DATE_LINE = /^(date|dated|posted|published|publication date|pubdate|first published|updated|last updated|modified)\s*(?:on|at)?\s*[:|–—-]?\s*(.+)$/i;
const AUTHOR_LINE = /^(?:by|author|authors|byline|written by)\s*[:-]?\s+(.+)$/i;
const OUTLET_LINE = /^(?:source|outlet|publisher|published by|site)\s*:\s*(.+)$/i;
const URL_LINE = /^(?:url|link|canonical|original url)\s*:\s*(https?:\/\/\S+)$/i;
const LANGUAGE_LINE = /^(?:lang|language)\s*:\s*([a-z]{2,3}(?:-[A-Za-z]{2})?)$/i;
/** "By Jane Doe | 5 March 2024": a byline and a date on one line. */
const BYLINE_AND_DATE = /^by\s+(.+?)\s*[|,•·–—]\s*(.+)$/i;

/** Longest a metadata line can be; prose lines are longer (a byline with five names fits in 120). */
const MAX_LINE = 120;
/** A name has few words; "By the end of the week the ministry..." is prose, not a byline. */
const MAX_AUTHOR_WORDS = 8;

const NOW_FAR_FUTURE = { now: new Date(Date.UTC(9999, 0, 1)) };

/** The metadata a line states, or an empty array when the line is prose. */
export function parseMetadataLine(line: string): MetadataLine[] {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_LINE) return [];

  const date = DATE_LINE.exec(text);
  if (date && isDate(date[2]!)) {
    const updated = /updated|modified/i.test(date[1]!);
    return [{ field: updated ? 'updated' : 'published', value: date[2]!.trim() }];
  }
  const both = BYLINE_AND_DATE.exec(text);
  if (both && looksLikeNames(both[1]!) && isDate(both[2]!)) {
    return [{ field: 'author', value: both[1]!.trim() }, { field: 'published', value: both[2]!.trim() }];
  }
  const author = AUTHOR_LINE.exec(text);
  if (author && looksLikeNames(author[1]!)) return [{ field: 'author', value: author[1]!.trim() }];
  const outlet = OUTLET_LINE.exec(text);
  if (outlet) return [{ field: 'outlet', value: outlet[1]!.trim() }];
  const url = URL_LINE.exec(text);
  if (url) return [{ field: 'url', value: url[1]! }];
  const language = LANGUAGE_LINE.exec(text);
  if (language) return [{ field: 'language', value: language[1]!.toLowerCase() }];
  return [];
}

function isDate(value: string): boolean {
  // Bounds are applied when the article is assembled; here we only ask "is this a date at all".
  return parseDateValue(value, NOW_FAR_FUTURE) !== null;
}

function looksLikeNames(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_AUTHOR_WORDS) return false;
  if (/[.!?]$/.test(value.trim()) && !/\b[A-Z]\.$/.test(value.trim())) return false;
  // Names start with capitals; allow particles (van, de, and) and separators between them.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= Math.ceil(words.length / 2);
}
