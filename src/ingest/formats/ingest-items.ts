import type { ErrorCode } from '../../model/error-codes.js';
import type { DocumentBody, DocumentHints } from '../../model/raw-document.js';
import type { IngestItem } from '../ingest-item.js';

/**
 * Where one record sits inside an input, in the two forms a report needs: the locator a machine can follow
 * (`dump.jsonl#line=12`) and the label a person reads at the start of a message (`line 12`). Every format reader
 * builds its items through these helpers so locators and messages look the same for JSON, CSV, feeds and WARC.
 */
export interface RecordPlace {
  readonly input: string;
  /** `${input}#line=12`, or the input itself for a single-record input. */
  readonly locator: string;
  /** `line 12`, `row 3`, `entry 2`, `record 5`; empty for a single-record input. */
  readonly label: string;
}

/** The kinds of place the readers name; each counts the way its format's users count. */
export type PlaceKind = 'line' | 'index' | 'row' | 'entry' | 'record';

export function placeOf(input: string, kind: PlaceKind, n: number): RecordPlace {
  return { input, locator: `${input}#${kind}=${n}`, label: `${kind} ${n}` };
}

/** The whole input as one place (a single JSON object, a feed or WARC that fails as a whole). */
export function wholeInput(input: string): RecordPlace {
  return { input, locator: input, label: '' };
}

/** `line 12: reason`, or just the reason when the place is the whole input. */
export function labelled(place: RecordPlace, reason: string): string {
  return place.label ? `${place.label}: ${reason}` : reason;
}

export function failureAt(place: RecordPlace, code: ErrorCode, reason: string): IngestItem {
  return { kind: 'failure', failure: { input: place.locator, code, message: labelled(place, reason) } };
}

export function documentAt(place: RecordPlace, body: DocumentBody, hints: DocumentHints): IngestItem {
  return { kind: 'document', document: { origin: { input: place.input, locator: place.locator }, body, hints } };
}

export function linkAt(place: RecordPlace, url: string, hints: DocumentHints): IngestItem {
  return { kind: 'link', url, origin: { input: place.input, locator: place.locator }, hints };
}

/** Hints without the keys whose value is missing, so stored documents and test expectations stay small. */
export function compactHints(hints: { [K in keyof DocumentHints]: string | undefined }): DocumentHints {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(hints)) if (value !== undefined && value !== '') out[key] = value;
  return out as DocumentHints;
}

/** A short, printable excerpt of foreign text for a message: one line, at most `max` characters. */
export function excerpt(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(line.length > max ? `${line.slice(0, max)}…` : line);
}
