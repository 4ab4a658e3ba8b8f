import type { DocumentBody, DocumentHints } from '../../model/raw-document.js';
import type { FieldMap } from '../field-map.js';
import type { IngestItem } from '../ingest-item.js';
import {
  bodyValue, describeJson, firstField, isRecord, lookupField, nameValue, publishedValue, textValue,
  type JsonRecord,
} from './field-values.js';
import { exportRecordToItem, isExportRecord } from './export-record.js';
import { htmlPage, looksLikeHtmlBody } from './html-fragment.js';
import { documentAt, failureAt, type RecordPlace, compactHints } from './ingest-items.js';

/**
 * One JSON object or CSV row to one RawDocument, the same way for both formats: every target of the FieldMap is a
 * list of candidate field names tried in order, and the first one holding a usable value wins.
 */

/** What the JSON and CSV readers are given besides their input. */
export interface RecordContext {
  /** The path as the user gave it; locators start with it. */
  readonly input: string;
  readonly fieldMap: FieldMap;
}

/** A parsed JSON value or CSV row at `place` to a document, or to a CC_RECORD_INVALID failure saying why not. */
export function recordToItem(value: unknown, place: RecordPlace, fieldMap: FieldMap): IngestItem {
  if (!isRecord(value)) {
    return failureAt(place, 'CC_RECORD_INVALID', `expected a JSON object, got ${describeJson(value)}`);
  }
  if (isExportRecord(value)) return exportRecordToItem(value, place);
  const hints = recordHints(value, fieldMap);
  const body = recordBody(value, fieldMap, hints.title);
  if (body === undefined) return failureAt(place, 'CC_RECORD_INVALID', missingTextReason(value, fieldMap));
  return documentAt(place, body, hints);
}

/** True when the record has a usable text or html field (the JSON reader uses it to tell a record from a wrapper). */
export function hasRecordBody(record: JsonRecord, fieldMap: FieldMap): boolean {
  return recordBody(record, fieldMap, undefined) !== undefined;
}

export function recordHints(record: JsonRecord, fieldMap: FieldMap): DocumentHints {
  return compactHints({
    title: firstField(record, fieldMap.title, textValue)?.value,
    url: firstField(record, fieldMap.url, textValue)?.value,
    published: firstField(record, fieldMap.published, publishedValue)?.value,
    author: firstField(record, fieldMap.author, nameValue)?.value,
    outlet: firstField(record, fieldMap.outlet, nameValue)?.value,
    language: firstField(record, fieldMap.language, textValue)?.value,
  });
}

/**
 * The text field wins over the html field: a dump that has both stores its own cleaned text, which is better than
 * anything extraction can recover from the page. A text field that is really markup (starts with a tag, has block
 * tags) is passed on as HTML so extraction strips it instead of the tags ending up in the article text.
 */
function recordBody(record: JsonRecord, fieldMap: FieldMap, title: string | undefined): DocumentBody | undefined {
  const text = firstField(record, fieldMap.text, bodyValue)?.value;
  if (text !== undefined) {
    return looksLikeHtmlBody(text) ? { kind: 'html', html: htmlPage(text, title) } : { kind: 'record', text };
  }
  const html = firstField(record, fieldMap.html, textValue)?.value;
  return html === undefined ? undefined : { kind: 'html', html: htmlPage(html, title) };
}

/** Names every field tried, and the first one that was present but unusable, so the user can fix the mapping. */
function missingTextReason(record: JsonRecord, fieldMap: FieldMap): string {
  const tried = [...fieldMap.text, ...fieldMap.html];
  const present = tried.find((name) => lookupField(record, name) !== undefined);
  const why = present === undefined ? '' : `; "${present}" is ${unusable(lookupField(record, present))}`;
  return `no usable text field (tried ${tried.join(', ')})${why}`;
}

function unusable(value: unknown): string {
  if (typeof value === 'string') return 'empty';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array of non-strings';
  return describeJson(value);
}
