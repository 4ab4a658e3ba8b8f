import type { JsonLdArticle } from './01-json-ld.js';
import type { MetaTags } from './meta-tags.js';
import type { Doc } from './parse-document.js';

/**
 * The language the page declares: `<html lang>`, then og:locale, Content-Language, dc.language and JSON-LD
 * inLanguage. Only the primary subtag is kept, lowercased ("en-GB" -> "en", "de_DE" -> "de"); a value that is not a
 * two-letter code is not a language tag (CMS templates write "lang=\"{{lang}}\"" or "english"). Detecting the
 * language from the text is the caller's job (src/extract/language.ts): a declaration can be wrong, but is cheap.
 */
export function extractLanguage(document: Doc, meta: MetaTags, jsonLd: JsonLdArticle | null): string | null {
  const candidates = [
    document.documentElement?.getAttribute('lang') ?? null,
    document.documentElement?.getAttribute('xml:lang') ?? null,
    meta.first(['og:locale']),
    meta.first(['http-equiv:content-language', 'content-language', 'language', 'dc.language', 'dcterms.language']),
    jsonLd?.language ?? null,
  ];
  for (const value of candidates) {
    const code = primarySubtag(value);
    if (code) return code;
  }
  return null;
}

export function primarySubtag(value: string | null): string | null {
  if (!value) return null;
  const primary = value.trim().split(/[-_,;\s]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}
