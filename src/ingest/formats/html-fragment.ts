/**
 * Small, regex-level judgements about HTML that the format readers need before extraction runs: is this field
 * markup or prose, how much readable text does it hold, and how to hand a fragment to extraction as a page.
 * None of this is extraction; it only decides which DocumentBody kind a container's field becomes.
 */

/**
 * Tags that make a field a page body rather than prose mentioning a tag. Inline tags alone (`<b>`, `<a>`) are
 * common inside plain-text dumps and do not make a field HTML; paragraphs, breaks and headings do.
 */
const BLOCK_TAG = /<(?:p|div|br|h[1-6]|article|section|main|header|footer|ul|ol|li|table|blockquote|figure|pre|html|body|head|!doctype)\b/i;

/** A record's text field "clearly holds HTML": it starts with a tag and has at least one block-level tag. */
export function looksLikeHtmlBody(text: string): boolean {
  return text.trimStart().startsWith('<') && BLOCK_TAG.test(text);
}

/** Any start or end tag at all: feed bodies are HTML by the RSS convention, so one tag is enough there. */
export function containsMarkup(text: string): boolean {
  return /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i.test(text) || /^\s*<!doctype/i.test(text);
}

/**
 * A complete page for a fragment, so extraction always receives a document with a head and a body. The title goes
 * into <title> because Readability-style extraction uses it to recognise (and drop) a repeated headline.
 */
export function htmlPage(fragment: string, title?: string): string {
  if (/^\s*<!doctype/i.test(fragment) || /<(?:html|body)[\s>]/i.test(fragment)) return fragment;
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8">${head}</head><body><article>\n${fragment}\n</article></body></html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The visible text of a fragment, whitespace collapsed: only used to measure how much prose a body holds, so a
 * rough tag strip is enough (extraction does the real work later).
 */
export function plainTextOf(html: string): string {
  return decodeBasicEntities(html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–',
};

/** XML's five entities, numeric references and the few HTML names that matter for measuring length. */
export function decodeBasicEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
