import { EXPORT_FORMAT } from '../../model/raw-document.js';
import type { RestoredArticle } from '../../model/raw-document.js';
import type { IngestItem } from '../ingest-item.js';
import type { JsonRecord } from './field-values.js';
import { documentAt, failureAt } from './ingest-items.js';
import type { RecordPlace } from './ingest-items.js';

/**
 * A record written by `crosscheck export` (JSON Lines or CSV) is restored as it was stored, not extracted again:
 * its text is already clean and its signals' evidence (the removed residue) exists nowhere else.
 */
export function isExportRecord(record: JsonRecord): boolean {
  return record.crosscheck === EXPORT_FORMAT;
}

export function exportRecordToItem(record: JsonRecord, place: RecordPlace): IngestItem {
  const title = record.title;
  const text = record.text;
  if (typeof title !== 'string' || typeof text !== 'string' || text === '') {
    return failureAt(place, 'CC_RECORD_INVALID', 'an export record without its title or text');
  }
  let signals: RestoredArticle['signals'];
  try {
    // CSV carries signals as a JSON column; JSON Lines as an array.
    const raw = typeof record.signals === 'string' ? (JSON.parse(record.signals || '[]') as unknown) : (record.signals ?? []);
    if (!Array.isArray(raw)) throw new Error('not an array');
    signals = raw.map((s: { kind?: unknown; evidence?: unknown; confidence?: unknown }) => ({
      kind: String(s.kind), evidence: String(s.evidence), confidence: Number(s.confidence),
    }));
  } catch (error) {
    return failureAt(place, 'CC_RECORD_INVALID', `an export record whose signals do not parse: ${(error as Error).message}`);
  }
  const originInput = optional(record.originInput);
  const originLocator = optional(record.originLocator);
  const article: RestoredArticle = {
    title, text, signals,
    url: optional(record.url), outlet: optional(record.outlet), author: optional(record.author),
    publishedAt: optional(record.publishedAt), dateSource: optional(record.dateSource), language: optional(record.language),
    ingestedAt: optional(record.ingestedAt),
    origin: originInput && originLocator ? { input: originInput, locator: originLocator } : null,
  };
  return documentAt(place, { kind: 'restored', article }, {});
}

/** CSV cannot tell an empty string from a missing value; no optional field is ever legitimately empty. */
function optional(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
