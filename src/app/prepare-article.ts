import { extractArticle } from '../extract/extract-article.js';
import type { ExtractedArticle } from '../model/article.js';
import type { RawDocument, RestoredArticle } from '../model/raw-document.js';
import type { Signal } from '../model/signal.js';
import type { IngestFailure } from '../ingest/ingest-item.js';
import { toFailure } from '../ingest/read-bytes.js';
import { detectArticleSignals } from '../reuse/signals/detect-signals.js';
import type { ArticleAnalysis } from './analyze-article.js';
import { articleAnalysis } from './analyze-article.js';

/**
 * One document made ready to store: extracted (or, for an export record, restored as it was), or the reason it
 * cannot be. The same function runs on the ingest's own thread and in extraction workers, so both give the same
 * result; its inputs and output are plain data that cross a worker boundary unchanged.
 */

export type PreparedArticle = PreparedDocument | { readonly kind: 'failure'; readonly failure: IngestFailure };

export interface PreparedDocument {
  readonly kind: 'article';
  readonly article: ExtractedArticle;
  readonly ingestedAt: string;
  /**
   * What analysis reads of the text (analyze-article.ts), computed here so that it runs on a worker when there is
   * one; null when the ingest defers analysis (the article is queued, and analysed from its stored text later).
   */
  readonly analysis: ArticleAnalysis | null;
}

export interface PrepareOptions {
  /** Compute what analysis reads (default true); false for `ingest --defer-analysis`. */
  readonly analysis?: boolean;
}

/** Shortest body kept, in characters: extract-article.ts's own floor, repeated in the message users see. */
const NO_ARTICLE_MESSAGE = 'no article text found (under 40 characters of body)';

/** `now` is the ingest's clock reading, ISO 8601: it bounds dates and becomes the ingestion time. */
export function prepareArticle(document: RawDocument, now: string, options: PrepareOptions = {}): PreparedArticle {
  const analyse = options.analysis ?? true;
  const locator = document.origin.locator;
  try {
    if (document.body.kind === 'restored') {
      const article = restored(document.body.article, document);
      return prepared(article, document.body.article.ingestedAt ?? now, analyse);
    }
    const extracted = extractArticle(document, { now: new Date(now) });
    if (!extracted) return { kind: 'failure', failure: { input: locator, code: 'CC_NO_ARTICLE', message: NO_ARTICLE_MESSAGE } };
    // Machine-rewrite markers that need no other article (admissions, chatbot phrases, formulaic structure) are
    // found here; those that compare with the rest of a story (mangled names, late dates) are computed when read (story-signals.ts).
    const markers = detectArticleSignals({ title: extracted.title, text: extracted.text, publishedAt: extracted.publishedAt });
    const article = markers.length === 0 ? extracted : { ...extracted, signals: [...extracted.signals, ...markers] };
    return prepared(article, now, analyse);
  } catch (error) {
    return { kind: 'failure', failure: toFailure(locator, error) };
  }
}

function prepared(article: ExtractedArticle, ingestedAt: string, analyse: boolean): PreparedDocument {
  return { kind: 'article', article, ingestedAt, analysis: analyse ? articleAnalysis(article) : null };
}

function restored(article: RestoredArticle, document: RawDocument): ExtractedArticle {
  return {
    title: article.title, text: article.text, url: article.url, outlet: article.outlet, author: article.author,
    publishedAt: article.publishedAt, dateSource: article.dateSource as ExtractedArticle['dateSource'],
    language: article.language, signals: article.signals as readonly Signal[], origin: article.origin ?? document.origin,
  };
}
