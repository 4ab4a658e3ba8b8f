/**
 * A document as it arrives, before extraction: the decoded body and whatever its container already told us
 * (JSON fields, a feed entry's title and date, a WARC record's target URI, HTTP headers).
 */

/** Where a document came from: the input the user named, and the place inside it. */
export interface Origin {
  /** The path, URL or '-' the user gave. */
  readonly input: string;
  /** The precise place: `file.jsonl:12`, `crawl.warc.gz#record=3`, `feed.xml#entry=2`, or the input itself. */
  readonly locator: string;
}

/** Metadata a container states about a document. Extraction prefers these over what it finds in the body. */
export interface DocumentHints {
  readonly title?: string;
  readonly url?: string;
  /** As written by the source; extraction parses and bounds it. */
  readonly published?: string;
  readonly author?: string;
  readonly outlet?: string;
  readonly language?: string;
}

export type DocumentBody =
  | { readonly kind: 'html'; readonly html: string }
  /** Plain text or Markdown; the first non-empty line is the title unless a hint gives one. */
  | { readonly kind: 'text'; readonly text: string }
  /** A record (JSON, CSV, feed entry) whose text field is the article body, with no title line of its own. */
  | { readonly kind: 'record'; readonly text: string }
  /** An article exported by `crosscheck export`: restored as it was stored, with no extraction. */
  | { readonly kind: 'restored'; readonly article: RestoredArticle };

/** The marker `crosscheck export` puts in every record (`"crosscheck": "export/1"`), so ingest restores it. */
export const EXPORT_FORMAT = 'export/1';

/** The fields `crosscheck export` writes for each article version, read back by `crosscheck ingest`. */
export interface RestoredArticle {
  readonly title: string;
  readonly text: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly dateSource: string | null;
  readonly language: string | null;
  readonly signals: readonly { readonly kind: string; readonly evidence: string; readonly confidence: number }[];
  readonly ingestedAt: string | null;
  readonly origin: Origin | null;
}

export interface RawDocument {
  readonly origin: Origin;
  readonly body: DocumentBody;
  readonly hints: DocumentHints;
}
