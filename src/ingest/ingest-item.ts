import type { ErrorCode } from '../model/error-codes.js';
import type { DocumentHints, Origin, RawDocument } from '../model/raw-document.js';

/** One input that could not be read: it is reported, and the rest of the batch goes on. */
export interface IngestFailure {
  /** The input and the place inside it: `feed.xml#entry=3`, `dump.jsonl#line=12`, a URL. */
  readonly input: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/** What reading an input yields, one at a time, so a huge input never has to fit in memory. */
export type IngestItem =
  | { readonly kind: 'document'; readonly document: RawDocument }
  /** A feed entry whose body is only a link: the page must be fetched (when fetching is allowed). */
  | { readonly kind: 'link'; readonly url: string; readonly origin: Origin; readonly hints: DocumentHints }
  | { readonly kind: 'failure'; readonly failure: IngestFailure };
