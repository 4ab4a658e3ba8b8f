import { isCrosscheckError } from '../../model/crosscheck-error.js';
import { charsetFromContentType, decodeText } from '../../text/decode.js';
import type { IngestItem } from '../ingest-item.js';
import { ByteReader, latin1 } from './byte-reader.js';
import { htmlFromHttpResponse, isHtmlType } from './http-payload.js';
import { documentAt, excerpt, failureAt, placeOf, wholeInput, type RecordPlace } from './ingest-items.js';

/**
 * WARC 1.0/1.1 (ISO 28500), streamed: version line, named fields up to a blank line, a block of exactly
 * Content-Length bytes, then CRLF CRLF. At most one record's block is held in memory. Records are numbered from 1
 * counting every record (`#record=N`), so a locator matches what `warcio index` lists. The caller decompresses
 * .warc.gz (zlib's gunzip stream reads the concatenated per-record members).
 */

export interface WarcContext {
  readonly input: string;
  /** Filled in as records are read, for a summary line ("312 pages, 1,204 records skipped"). */
  readonly counts?: WarcCounts;
  /** Blocks larger than this are skipped unread (a video, an archive); default MAX_RECORD_BYTES. */
  readonly maxRecordBytes?: number;
}

export interface WarcCounts {
  records: number;
  documents: number;
  failures: number;
  /** request, warcinfo, metadata, revisit, conversion, continuation records, and non-HTML resource records. */
  skippedRecordTypes: number;
  /** Responses with a non-2xx status (redirects, errors). */
  skippedStatus: number;
  /** 2xx responses that are not HTML (images, scripts, JSON), and responses that are not HTTP (dns:). */
  skippedNotHtml: number;
  /** Blocks over maxRecordBytes. */
  skippedTooLarge: number;
}

export function newWarcCounts(): WarcCounts {
  return { records: 0, documents: 0, failures: 0, skippedRecordTypes: 0, skippedStatus: 0, skippedNotHtml: 0, skippedTooLarge: 0 };
}

/**
 * The largest block read into memory: news pages are rarely over 5 MB even with inline scripts; a record over
 * 64 MiB is media, and holding it would break the one-record memory bound that makes huge crawls readable.
 */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** A version line at a line start: what resynchronisation scans for after a damaged record. */
const VERSION_LINE = /^WARC\/\d+\.\d+$/;
/** Version lines are ~10 bytes; anything longer while scanning is body text and is thrown away unread. */
const MAX_SCAN_LINE = 256;

export async function* readWarc(stream: AsyncIterable<Uint8Array>, ctx: WarcContext): AsyncGenerator<IngestItem, WarcCounts> {
  const counts = ctx.counts ?? newWarcCounts();
  const reader = new ByteReader(stream);
  const head = await reader.peek(5);
  if (head.length === 0) {
    yield failureAt(wholeInput(ctx.input), 'CC_EMPTY_INPUT', 'the WARC input is empty');
    return counts;
  }
  if (latin1(head) !== 'WARC/') {
    const start = latin1(await reader.peek(32));
    yield failureAt(wholeInput(ctx.input), 'CC_WARC_INVALID', `not a WARC file: it starts with ${excerpt(start, 32)}, not WARC/1.x`);
    return counts;
  }
  let resync = false;
  for (;;) {
    const start = await nextVersionLine(reader, resync);
    if (start === null) break;
    counts.records++;
    const place = placeOf(ctx.input, 'record', counts.records);
    resync = false;
    if (!VERSION_LINE.test(start)) {
      resync = true;
      yield countFailure(counts, failureAt(place, 'CC_WARC_RECORD', `expected a WARC/1.x version line, found ${excerpt(start)}`));
      continue;
    }
    const record = await readRecord(reader, ctx.maxRecordBytes ?? MAX_RECORD_BYTES);
    if (record.kind === 'damaged') {
      yield countFailure(counts, failureAt(place, 'CC_WARC_RECORD', record.reason));
      if (record.atEnd) break;
      resync = true;
      continue;
    }
    if (record.block === null) {
      counts.skippedTooLarge++;
      continue;
    }
    const item = recordItem(record.headers, record.block, place, counts);
    if (item) yield item.kind === 'failure' ? countFailure(counts, item) : item;
  }
  return counts;
}

/**
 * The next version line. Normally the next non-blank line (extra blank lines between records are tolerated); after
 * a damaged record, every line is skipped until one is a WARC version line.
 */
async function nextVersionLine(reader: ByteReader, resync: boolean): Promise<string | null> {
  for (;;) {
    const line = await reader.readLine(MAX_SCAN_LINE);
    if (line === null) return null;
    const text = line.tooLong ? '' : latin1(line.bytes).trim();
    if (resync ? VERSION_LINE.test(text) : text !== '' || line.tooLong) return line.tooLong ? latin1(line.bytes) : text;
  }
}

/**
 * The named fields of one WARC record (ISO 28500 §5: `Name: value` lines up to a blank line). Names are
 * case-insensitive, so the map's keys are lower-cased; values are UTF-8, which WARC 1.1 allows for IRIs.
 */
type WarcHeaders = ReadonlyMap<string, string>;

/**
 * Real header lines are short (the longest is a WARC-Target-URI, and URLs stay under a few KiB in practice); a
 * longer "line" means the reader is inside a body, not in a header block.
 */
const MAX_HEADER_LINE = 64 * 1024;
/** A record has about ten fields; hundreds mean the block boundary was lost and body lines are being read as fields. */
const MAX_HEADER_LINES = 512;

const utf8 = new TextDecoder('utf-8');

/** The fields after the version line, consuming the blank line that ends them; a string is why they are damaged. */
async function readWarcHeaders(reader: ByteReader): Promise<WarcHeaders | string> {
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (let n = 1; ; n++) {
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (line === null || !line.terminated) return 'the file ends inside the record headers';
    if (line.tooLong) return `header line ${n} is longer than ${MAX_HEADER_LINE} bytes`;
    if (n > MAX_HEADER_LINES) return `more than ${MAX_HEADER_LINES} header lines without the blank line that ends them`;
    const text = utf8.decode(line.bytes);
    if (text === '') return headers;
    if ((text.startsWith(' ') || text.startsWith('\t')) && last !== undefined) {
      // A folded line continues the previous field's value (WARC follows the RFC 822 rules here).
      headers.set(last, `${headers.get(last) ?? ''} ${text.trim()}`);
      continue;
    }
    const colon = text.indexOf(':');
    const name = colon > 0 ? text.slice(0, colon).trim() : '';
    if (name === '' || /\s/.test(name)) return `header line ${n} is not "Name: value": ${excerpt(text)}`;
    last = name.toLowerCase();
    if (!headers.has(last)) headers.set(last, text.slice(colon + 1).trim());
  }
}

type RecordRead =
  | { readonly kind: 'record'; readonly headers: WarcHeaders; readonly block: Uint8Array | null }
  | { readonly kind: 'damaged'; readonly reason: string; readonly atEnd: boolean };

async function readRecord(reader: ByteReader, maxBytes: number): Promise<RecordRead> {
  const headers = await readWarcHeaders(reader);
  if (typeof headers === 'string') return { kind: 'damaged', reason: headers, atEnd: false };
  const declared = headers.get('content-length');
  if (declared === undefined) return { kind: 'damaged', reason: 'the record has no Content-Length header', atEnd: false };
  if (!/^\d+$/.test(declared)) return { kind: 'damaged', reason: `Content-Length ${excerpt(declared)} is not a number`, atEnd: false };
  const length = Number(declared);

  const block = length > maxBytes ? null : await reader.readExact(length);
  const got = block === null ? await reader.skip(length) : block.length;
  if (got < length) {
    return { kind: 'damaged', reason: `Content-Length says ${length} bytes but the file ends after ${got}`, atEnd: true };
  }
  // Sixteen bytes: four to check, the rest to show in the message when they are not CRLF CRLF.
  const trailer = await reader.peek(16);
  const crlfs = latin1(trailer);
  if (crlfs.startsWith('\r\n\r\n') || crlfs.startsWith('\n\n')) {
    await reader.skip(crlfs.startsWith('\r\n\r\n') ? 4 : 2);
    return { kind: 'record', headers, block };
  }
  // The block's length is wrong, so its bytes may hold the next record's start: scanning resumes from the block.
  // When the next version line follows the block directly, only the CRLFs are missing and nothing needs re-reading.
  if (block !== null && !crlfs.startsWith('WARC')) reader.unread(block);
  const found = trailer.length === 0 ? 'the end of the file' : excerpt(crlfs, 16);
  return {
    kind: 'damaged',
    reason: `the ${length}-byte block is followed by ${found}, not the CRLF CRLF that ends a record (wrong Content-Length?)`,
    atEnd: false,
  };
}

/** A document for an HTML response or resource; null for records that are skipped (and counted). */
function recordItem(headers: WarcHeaders, block: Uint8Array, place: RecordPlace, counts: WarcCounts): IngestItem | null {
  const type = headers.get('warc-type')?.toLowerCase();
  const warcType = headers.get('content-type') ?? '';
  let html: { bytes: Uint8Array; contentType: string | undefined };
  if (type === 'response') {
    if (!/^application\/http\b/i.test(warcType) && !latin1(block.subarray(0, 5)).startsWith('HTTP/')) {
      counts.skippedNotHtml++;
      return null;
    }
    const payload = htmlFromHttpResponse(block);
    if (payload.kind === 'damaged') return failureAt(place, 'CC_WARC_RECORD', payload.reason);
    if (payload.kind === 'skip') {
      if (payload.reason === 'status') counts.skippedStatus++;
      else counts.skippedNotHtml++;
      return null;
    }
    html = payload;
  } else if (type === 'resource' && isHtmlType(warcType)) {
    html = { bytes: block, contentType: warcType };
  } else {
    counts.skippedRecordTypes++;
    return null;
  }
  let text: string;
  try {
    text = decodeText(html.bytes, { declared: charsetFromContentType(html.contentType), sniffMarkup: true });
  } catch (error) {
    if (!isCrosscheckError(error)) throw error;
    return failureAt(place, error.code, error.message);
  }
  counts.documents++;
  const url = headers.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1');
  return documentAt(place, { kind: 'html', html: text }, url ? { url } : {});
}

function countFailure(counts: WarcCounts, item: IngestItem): IngestItem {
  counts.failures++;
  return item;
}
