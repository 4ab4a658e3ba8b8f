import { collectBlocks } from './blocks.js';
import { parseDocument } from './parse-document.js';
import { prepareHtml } from './prepare-html.js';
import { trimBlocks } from './trim-blocks.js';

/**
 * A JSON-LD `articleBody` as paragraphs. Publishers fill it three ways: plain text with line breaks, plain text with
 * HTML entities (`&apos;`), or the article's HTML itself. All three go through the same HTML path (a parser decodes
 * entities and splits blocks), plain text after turning its line breaks into paragraphs, so the result is filtered
 * like every other candidate.
 */
export function jsonLdParagraphs(body: string): string[] {
  const looksLikeHtml = /<(?:p|div|br|h[1-6]|ul|li|blockquote|span|a|strong|em)\b[^>]*>/i.test(body);
  const html = looksLikeHtml
    ? body
    : body
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`)
        .join('');
  const document = parseDocument(prepareHtml(html).html, undefined);
  const root = document?.body;
  if (!root) return [];
  return trimBlocks(collectBlocks(root)).map((block) => block.text);
}
