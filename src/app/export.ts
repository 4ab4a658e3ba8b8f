import type { Article, ArticleVersion } from '../model/article.js';
import { EXPORT_FORMAT } from '../model/raw-document.js';
import type { Store } from '../ports/store.js';

/**
 * Every stored article version, oldest version first, in the form `crosscheck ingest` restores as it was (no
 * re-extraction: the text is already clean and its signals already found). Re-ingesting an export into an empty
 * store gives an identical store: same ids, versions, texts, metadata, signals and ingestion times.
 */
export { EXPORT_FORMAT };
export interface ExportRecord {
  readonly crosscheck: typeof EXPORT_FORMAT;
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly text: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly dateSource: string | null;
  readonly language: string | null;
  readonly signals: readonly { readonly kind: string; readonly evidence: string; readonly confidence: number }[];
  readonly ingestedAt: string;
  readonly originInput: string;
  readonly originLocator: string;
}

export async function* exportRecords(store: Store): AsyncGenerator<ExportRecord> {
  for await (const article of store.iterateArticles()) {
    if (article.version > 1) for (const version of await store.articleVersions(article.id)) yield toRecord(article.id, version);
    yield toRecord(article.id, article);
  }
}

function toRecord(id: string, a: Article | ArticleVersion): ExportRecord {
  return {
    crosscheck: EXPORT_FORMAT, id, version: a.version, title: a.title, text: a.text, url: a.url, outlet: a.outlet,
    author: a.author, publishedAt: a.publishedAt, dateSource: a.dateSource, language: a.language,
    signals: a.signals.map((s) => ({ kind: s.kind, evidence: s.evidence, confidence: s.confidence })),
    ingestedAt: a.ingestedAt, originInput: a.origin.input, originLocator: a.origin.locator,
  };
}

export const EXPORT_COLUMNS: readonly (keyof ExportRecord)[] = ['crosscheck', 'id', 'version', 'title', 'text', 'url', 'outlet',
  'author', 'publishedAt', 'dateSource', 'language', 'signals', 'ingestedAt', 'originInput', 'originLocator'];

/** One CSV row (RFC 4180): every field quoted, so texts with commas, quotes and line breaks survive. */
export function csvRow(values: readonly (string | number | null)[]): string {
  return `${values.map((v) => (v === null ? '' : `"${String(v).replace(/"/g, '""')}"`)).join(',')}\r\n`;
}

export function csvValues(record: ExportRecord): (string | number | null)[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = record[column];
    return column === 'signals' ? JSON.stringify(value) : (value as string | number | null);
  });
}
