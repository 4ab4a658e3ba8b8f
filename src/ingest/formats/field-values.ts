/**
 * Reading one field of a JSON or CSV record, and turning the shapes news dumps use into the plain strings a
 * RawDocument carries. The shapes come from the dumps people actually feed in: NewsAPI (`source: {id, name}`),
 * schema.org (`author: [{ "@type": "Person", name }]`), WordPress's REST API (`title: { rendered }`), CC-News and
 * news-please (`date_publish`, `authors: [..]`), and CSV exports whose headers are capitalised (`Title`, `Text`).
 */

export type JsonRecord = Readonly<Record<string, unknown>>;

/**
 * The value of `name` in `record`: the key itself first (a CSV header may literally be `source.name`), then the
 * dotted path through nested objects, then the same two case-insensitively (`Title` for `title`).
 */
export function lookupField(record: JsonRecord, name: string): unknown {
  const exact = lookupPath(record, name, false);
  return exact !== undefined ? exact : lookupPath(record, name, true);
}

function lookupPath(record: JsonRecord, name: string, ignoreCase: boolean): unknown {
  const direct = ownValue(record, name, ignoreCase);
  if (direct !== undefined || !name.includes('.')) return direct;
  let current: unknown = record;
  for (const part of name.split('.')) {
    if (!isRecord(current)) return undefined;
    current = ownValue(current, part, ignoreCase);
  }
  return current;
}

function ownValue(record: JsonRecord, key: string, ignoreCase: boolean): unknown {
  if (!ignoreCase) return Object.hasOwn(record, key) ? record[key] : undefined;
  const lower = key.toLowerCase();
  for (const [k, value] of Object.entries(record)) if (k.toLowerCase() === lower) return value;
  return undefined;
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a JSON value is, in the words a message uses: "an array", "a number", "null". */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? 'a string' : typeof value === 'number' ? 'a number' : `a ${typeof value}`;
}

/** A non-blank string, trimmed; WordPress-style `{ rendered }` objects count as their rendered string. */
export function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (isRecord(value) && typeof value.rendered === 'string') return textValue(value.rendered);
  return undefined;
}

/** Body text: a string, or an array of paragraph strings (some scrapers store paragraphs as a list). */
export function bodyValue(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length > 0 && value.every((part) => typeof part === 'string')) {
    return textValue(value.map((part) => part.trim()).filter(Boolean).join('\n\n'));
  }
  return textValue(value);
}

/** A person or organisation: a string, an object with `name`, or a list of either (joined with ", "). */
export function nameValue(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(nameValue).filter((name): name is string => name !== undefined);
    return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
  }
  if (isRecord(value)) return textValue(value.name);
  return textValue(value);
}

/**
 * Unix time as numbers are in the wild: seconds (10 digits today) or milliseconds (13 digits). A value of 1e11 or
 * more cannot be seconds of a news date (that is the year 5138), so it is read as milliseconds.
 */
const MILLISECONDS_FROM = 1e11;

/**
 * A publication date as written. Strings pass through untouched (extraction parses and bounds them); a number, or a
 * string of 9-10 or 12-13 digits (a CSV cell holding a timestamp), is unix time and becomes ISO 8601, because no
 * later stage could tell seconds from a compact date. Eight digits (`20240305`) stay as written: that is a date.
 */
export function publishedValue(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? unixToIso(value) : undefined;
  const text = textValue(value);
  if (text !== undefined && /^(\d{9,10}|\d{12,13})$/.test(text)) return unixToIso(Number(text));
  return text;
}

function unixToIso(value: number): string | undefined {
  const ms = value >= MILLISECONDS_FROM ? value : value * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The first candidate field that yields a value, with the name it was found under. */
export function firstField<T>(record: JsonRecord, names: readonly string[], read: (value: unknown) => T | undefined):
  { readonly name: string; readonly value: T } | undefined {
  for (const name of names) {
    const value = read(lookupField(record, name));
    if (value !== undefined) return { name, value };
  }
  return undefined;
}
