import { extractArticle } from '../extract/extract-article.js';
import type { ExtractedArticle } from '../model/article.js';
import type { RawDocument, RestoredArticle } from '../model/raw-document.js';
import type { Signal } from '../model/signal.js';
import type { IngestFailure } from '../ingest/ingest-item.js';
import { toFailure } from '../ingest/read-bytes.js';
import type { CopySignature } from '../reuse/copy-signature.js';
import { copySignature } from '../reuse/copy-signature.js';
import { detectArticleSignals } from '../reuse/signals/detect-signals.js';
import type { ArticleFeatures } from '../stories/article-features.js';
import { articleFeatures } from '../stories/article-features.js';

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
  readonly copySignature: CopySignature | null;
  /**
   * What story clustering reads of the text (src/stories/article-features.ts), computed here so that it runs on a
   * worker when there is one. Its identity fields (id, source, family) are blank: only the store knows them
   * (assign-story.ts fills them in).
   */
  readonly storyFeatures: ArticleFeatures;
}

/** Shortest body kept, in characters: extract-article.ts's own floor, repeated in the message users see. */
const NO_ARTICLE_MESSAGE = 'no article text found (under 40 characters of body)';

/** `now` is the ingest's clock reading, ISO 8601: it bounds dates and becomes the ingestion time. */
export function prepareArticle(document: RawDocument, now: string): PreparedArticle {
  const locator = document.origin.locator;
  try {
    if (document.body.kind === 'restored') {
      const article = restored(document.body.article, document);
      return prepared(article, document.body.article.ingestedAt ?? now);
    }
    const extracted = extractArticle(document, { now: new Date(now) });
    if (!extracted) return { kind: 'failure', failure: { input: locator, code: 'CC_NO_ARTICLE', message: NO_ARTICLE_MESSAGE } };
    // Machine-rewrite markers that need no other article (admissions, chatbot phrases, formulaic structure) are
    // found here; those that compare with the rest of a story (mangled names, late dates) are computed when read (story-signals.ts).
    const markers = detectArticleSignals({ title: extracted.title, text: extracted.text, publishedAt: extracted.publishedAt });
    const article = markers.length === 0 ? extracted : { ...extracted, signals: [...extracted.signals, ...markers] };
    return prepared(article, now);
  } catch (error) {
    return { kind: 'failure', failure: toFailure(locator, error) };
  }
}

function prepared(article: ExtractedArticle, ingestedAt: string): PreparedDocument {
  const storyFeatures = articleFeatures({ id: '', title: article.title, text: article.text, publishedAt: article.publishedAt, outlet: article.outlet });
  return { kind: 'article', article, ingestedAt, copySignature: copySignature(article.text), storyFeatures };
}

function restored(article: RestoredArticle, document: RawDocument): ExtractedArticle {
  return {
    title: article.title, text: article.text, url: article.url, outlet: article.outlet, author: article.author,
    publishedAt: article.publishedAt, dateSource: article.dateSource as ExtractedArticle['dateSource'],
    language: article.language, signals: article.signals as readonly Signal[], origin: article.origin ?? document.origin,
  };
}
