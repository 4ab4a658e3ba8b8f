import { Readability } from '@mozilla/readability';
import type { TextBlock } from './blocks.js';
import { collectBlocks } from './blocks.js';
import type { Doc, El } from './parse-document.js';

/**
 * Mozilla Readability (Firefox Reader View) on the linkedom DOM: the second stage of the cascade. On the Scrapinghub
 * benchmark it alone scores F1 0.947 with recall 0.98, so it is the best locator of the article we have; what it
 * lacks is precision, which the furniture removal before it and the block filter after it supply.
 *
 * Readability rewrites the document it is given, so the caller passes a document nothing else needs afterwards.
 */

/**
 * The serializer returns the article element itself: re-serialising to HTML and parsing it again would cost a third
 * of Readability's own time for nothing.
 */
type ArticleOf = Readability<El>['parse'] extends () => infer R ? R : never;

export interface ReadabilityResult {
  readonly blocks: TextBlock[];
  readonly title: string | null;
  readonly byline: string | null;
}

export function readabilityCandidate(document: Doc): ReadabilityResult | null {
  let article: ArticleOf;
  try {
    const reader = new Readability<El>(document as never, {
      keepClasses: true,
      disableJSONLD: true,
      serializer: (node) => node as unknown as El,
    });
    article = reader.parse();
  } catch {
    return null;
  }
  const content = article?.content;
  if (!article || !content) return null;
  return {
    blocks: collectBlocks(content),
    title: article.title ?? null,
    byline: article.byline ?? null,
  };
}
