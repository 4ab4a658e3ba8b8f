import type { IngestItem } from '../ingest-item.js';
import { describeJson, isRecord, type JsonRecord } from './field-values.js';
import { failureAt, placeOf, wholeInput } from './ingest-items.js';
import { hasRecordBody, recordToItem, type RecordContext } from './record-to-document.js';

/**
 * JSON Lines (.jsonl, .ndjson) and JSON documents (.json) of news records. A bad line or array element is one
 * failure and the rest go on: one malformed line in a million-line dump must not cost the other 999,999.
 */

/** Keys under which API responses and dumps keep their list of records (NewsAPI, GDELT, Guardian, news-please). */
const WRAPPER_KEYS = ['articles', 'items', 'data', 'results', 'documents'] as const;

/**
 * One record per non-empty line, streamed: lines are numbered from 1 counting blank ones, so `#line=N` is the line
 * an editor shows. Accepts any (async) iterable of lines, e.g. node:readline over a file or a gunzip stream.
 */
export async function* readJsonLines(
  lines: AsyncIterable<string> | Iterable<string>, ctx: RecordContext,
): AsyncGenerator<IngestItem> {
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (line === '') continue;
    const place = placeOf(ctx.input, 'line', lineNo);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const { column, reason } = jsonErrorPosition(error, line);
      yield failureAt(place, 'CC_JSON_INVALID', `not valid JSON${column ? ` at column ${column}` : ''}: ${reason}`);
      continue;
    }
    yield recordToItem(value, place, ctx.fieldMap);
  }
}

/**
 * A whole JSON document: an array of records (`#index=N`, 0-based as JSON arrays are), an object wrapping such an
 * array under one of WRAPPER_KEYS (also one level down, as in `{ response: { results: [...] } }`), or one record
 * (its locator is the input itself).
 */
export function* readJsonDocument(text: string, ctx: RecordContext): Generator<IngestItem> {
  const whole = wholeInput(ctx.input);
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') {
    yield failureAt(whole, 'CC_EMPTY_INPUT', 'the JSON document is empty');
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const { offset, reason } = jsonErrorPosition(error, source);
    const where = offset === undefined ? '' : ` at ${lineAndColumn(source, offset)}`;
    yield failureAt(whole, 'CC_JSON_INVALID', `not valid JSON${where}: ${reason}`);
    return;
  }
  const records = Array.isArray(value) ? value : isRecord(value) ? wrappedRecords(value, ctx) : undefined;
  if (records !== undefined) {
    for (const [index, record] of records.entries()) {
      yield recordToItem(record, placeOf(ctx.input, 'index', index), ctx.fieldMap);
    }
  } else if (isRecord(value) && hasRecordBody(value, ctx.fieldMap)) {
    yield recordToItem(value, whole, ctx.fieldMap);
  } else if (isRecord(value)) {
    const tried = [...ctx.fieldMap.text, ...ctx.fieldMap.html].join(', ');
    yield failureAt(whole, 'CC_RECORD_INVALID', `the object is neither a record with text (tried ${tried}) `
      + `nor a wrapper with an array under ${WRAPPER_KEYS.join(', ')}`);
  } else {
    yield failureAt(whole, 'CC_RECORD_INVALID', `expected a JSON array or object, got ${describeJson(value)}`);
  }
}

/** The wrapped array, unless the object is itself a record (a record may well have an `items` list of tags). */
function wrappedRecords(object: JsonRecord, ctx: RecordContext): readonly unknown[] | undefined {
  if (hasRecordBody(object, ctx.fieldMap)) return undefined;
  const direct = wrapperArray(object);
  if (direct) return direct;
  for (const nested of Object.values(object)) {
    const found = isRecord(nested) ? wrapperArray(nested) : undefined;
    if (found) return found;
  }
  return undefined;
}

function wrapperArray(object: JsonRecord): readonly unknown[] | undefined {
  for (const key of WRAPPER_KEYS) {
    const value = object[key];
    if (Array.isArray(value)) return value;
  }
  return undefined;
}

/**
 * V8's messages differ between Node versions ("... in JSON at position 7", "... (line 1 column 8)",
 * `Unexpected token '}', "{"a":}" is not valid JSON`); this keeps the reason and finds the offset in any of them.
 */
function jsonErrorPosition(error: unknown, source: string): { offset?: number; column?: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .trim();
  const offset = at?.[1] !== undefined ? Number(at[1]) : /end of JSON input/i.test(message) ? source.length : undefined;
  return { offset, column: offset === undefined ? undefined : offset + 1, reason };
}

function lineAndColumn(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
