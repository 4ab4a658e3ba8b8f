import { parse, type CsvError, type Parser } from 'csv-parse';
import { isCrosscheckError } from '../../model/crosscheck-error.js';
import type { IngestItem } from '../ingest-item.js';
import { textChunks } from './text-chunks.js';
import { failureAt, placeOf, wholeInput, type RecordPlace } from './ingest-items.js';
import { recordToItem, type RecordContext } from './record-to-document.js';

/**
 * CSV with a header row (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), streamed through
 * csv-parse so a multi-gigabyte export never has to fit in memory. Rows are numbered from 1 after the header
 * (`#row=N`); messages also give the line a row starts on, because with multi-line fields the two differ.
 */

export interface CsvContext extends RecordContext {
  /** A charset for byte input (`--encoding`); CSV has no place to declare one, so the default is strict UTF-8. */
  readonly encoding?: string;
}

/**
 * One field longer than this is not an article but a quote that never closed and is swallowing the rest of the
 * file: the longest pages we read are a few MB of HTML, so 16 Mi characters leaves room and still bounds memory.
 */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** csv-parse errors after which the parser cannot find row boundaries again. */
const FATAL_CSV_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE']);

type CsvEvent =
  | { readonly kind: 'fields'; readonly fields: readonly string[]; readonly endLine: number }
  | { readonly kind: 'skip'; readonly error: CsvError };

export async function* readCsv(
  source: string | AsyncIterable<Uint8Array | string>, ctx: CsvContext,
): AsyncGenerator<IngestItem> {
  const whole = wholeInput(ctx.input);
  const chunks = textChunks(source, ctx.encoding);
  let pending: string[];
  let delimiter: string;
  try {
    ({ pending, delimiter } = await readHeaderLine(chunks));
  } catch (error) {
    yield decodeFailure(ctx.input, error);
    return;
  }

  const events: CsvEvent[] = [];
  const parser = parse({
    delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true,
    skip_records_with_error: true, max_record_size: MAX_RECORD_CHARS,
    on_record: (fields: string[], info) => { events.push({ kind: 'fields', fields, endLine: info.lines }); return null; },
    on_skip: (error) => { if (error) events.push({ kind: 'skip', error }); },
  });
  let parserError: Error | undefined;
  parser.on('error', (error: Error) => { parserError = error; });
  parser.resume();
  const rows = new RowMapper(ctx);

  let decodeError: unknown;
  try {
    for (const chunk of pending) {
      await write(parser, chunk);
      yield* rows.take(events);
    }
    for await (const chunk of chunks) {
      if (rows.stopped || parserError) break;
      await write(parser, chunk);
      yield* rows.take(events);
    }
  } catch (error) {
    // A charset failure ends the input; the rows csv-parse still holds are flushed below, so none before it is lost.
    decodeError = error;
  }
  try {
    if (!rows.stopped && !parserError) {
      await finish(parser);
      yield* rows.take(events);
    }
    if (decodeError !== undefined) yield decodeFailure(ctx.input, decodeError);
    else if (!rows.sawHeader && !parserError) yield failureAt(whole, 'CC_EMPTY_INPUT', 'the CSV input is empty');
    else if (parserError && !rows.stopped) yield failureAt(whole, 'CC_CSV_INVALID', `the CSV does not parse: ${parserError.message}`);
  } finally {
    parser.destroy();
  }
}

/** Turns parser events into items, in input order, keeping the header and the row/line counters. */
class RowMapper {
  private header: readonly string[] | undefined;
  private row = 0;
  private lastEndLine = 0;
  stopped = false;

  constructor(private readonly ctx: CsvContext) {}

  get sawHeader(): boolean {
    return this.header !== undefined;
  }

  /** Empties the event queue (csv-parse fills it synchronously while a chunk is written). */
  *take(events: CsvEvent[]): Generator<IngestItem> {
    for (const event of events.splice(0)) {
      if (this.stopped) return;
      yield* event.kind === 'fields' ? this.fields(event.fields, event.endLine) : this.skip(event.error);
    }
  }

  private *fields(fields: readonly string[], endLine: number): Generator<IngestItem> {
    const startLine = endLine - fields.reduce((sum, field) => sum + countNewlines(field), 0);
    this.lastEndLine = endLine;
    // A line of only spaces is as blank as an empty one (csv-parse skips only the latter).
    if (fields.every((field) => field.trim() === '')) return;
    if (this.header === undefined) {
      this.header = headerNames(fields);
      const missing = this.missingTextColumn(this.header);
      if (missing) {
        this.stopped = true;
        yield failureAt(wholeInput(this.ctx.input), 'CC_RECORD_INVALID', missing);
      }
      return;
    }
    this.row++;
    const place = placeOf(this.ctx.input, 'row', this.row);
    if (fields.length !== this.header.length) {
      yield failureAt(withLine(place, startLine), 'CC_CSV_INVALID',
        `${fields.length} fields, but the header has ${this.header.length}`);
      return;
    }
    const record: Record<string, string> = {};
    this.header.forEach((name, i) => { if (!(name in record)) record[name] = fields[i] ?? ''; });
    yield recordToItem(record, place, this.ctx.fieldMap);
  }

  private *skip(error: CsvError): Generator<IngestItem> {
    const startLine = this.lastEndLine + 1;
    if (FATAL_CSV_ERRORS.has(error.code)) {
      this.stopped = true;
      const reason = error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? `a quoted field in the row starting on line ${startLine} is never closed; nothing after line ${this.lastEndLine} can be read`
        : `the row starting on line ${startLine} grows past ${MAX_RECORD_CHARS} characters (a quote that never closes?); reading stopped there`;
      yield failureAt(wholeInput(this.ctx.input), 'CC_CSV_INVALID', reason);
      return;
    }
    this.row++;
    this.lastEndLine = Math.max(this.lastEndLine, Number((error as { lines?: number }).lines ?? 0));
    yield failureAt(withLine(placeOf(this.ctx.input, 'row', this.row), startLine), 'CC_CSV_INVALID', error.message);
  }

  /** A header without any text or html column would fail every row alike: say it once, for the input. */
  private missingTextColumn(header: readonly string[]): string | undefined {
    const candidates = [...this.ctx.fieldMap.text, ...this.ctx.fieldMap.html];
    const lower = new Set(header.map((name) => name.toLowerCase()));
    if (candidates.some((name) => lower.has(name.toLowerCase()))) return undefined;
    return `the header has no text column (tried ${candidates.join(', ')}); its columns are ${header.join(', ')}`;
  }
}

/** `row 3 (line 7)`: with multi-line fields the row number alone does not find the place in an editor. */
function withLine(place: RecordPlace, line: number): RecordPlace {
  return { ...place, label: `${place.label} (line ${line})` };
}

/** Header names trimmed; a blank one gets its position (`column3`) so its values are still reachable. */
function headerNames(fields: readonly string[]): readonly string[] {
  return fields.map((name, i) => name.trim() || `column${i + 1}`);
}

/** A header line is a few hundred bytes; past this much text without a line end, detect from what is there. */
const MAX_HEADER_SCAN = 1024 * 1024;

/** Reads up to the end of the header (the first non-blank line), to choose the delimiter before csv-parse runs. */
async function readHeaderLine(chunks: AsyncIterator<string>): Promise<{ pending: string[]; delimiter: string }> {
  const pending: string[] = [];
  let seen = '';
  while (!/\S[^\n]*\n/.test(seen) && seen.length < MAX_HEADER_SCAN) {
    const next = await chunks.next();
    if (next.done) break;
    pending.push(next.value);
    seen += next.value;
  }
  const header = seen.split('\n').find((line) => line.trim() !== '') ?? '';
  return { pending, delimiter: detectDelimiter(header) };
}

/**
 * The delimiter is the one of `,` `;` tab that occurs most often outside quotes in the header line. European
 * spreadsheet exports use `;` because `,` is their decimal mark; a tie (or a one-column file) means `,`.
 */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

function write(parser: Parser, chunk: string): Promise<void> {
  return new Promise((resolve) => { parser.write(chunk, () => resolve()); });
}

function finish(parser: Parser): Promise<void> {
  return new Promise((resolve) => {
    parser.once('finish', resolve);
    parser.once('error', () => resolve());
    parser.end();
  });
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** A charset problem is about the input as a whole; anything else is a bug and is thrown on. */
function decodeFailure(input: string, error: unknown): IngestItem {
  if (!isCrosscheckError(error)) throw error;
  return failureAt(wholeInput(input), error.code, error.message);
}
