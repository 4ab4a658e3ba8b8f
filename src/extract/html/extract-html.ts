import { parseJsonLdBlocks } from './01-json-ld.js';
import { readabilityCandidate } from './02-readability.js';
import { densityCandidate } from './03-density.js';
import { extractAuthor } from './author.js';
import type { Candidate } from './choose-candidate.js';
import { chooseCandidate } from './choose-candidate.js';
import { removeFurniture } from './clean-tree.js';
import { jsonLdParagraphs } from './json-ld-body.js';
import { extractLanguage } from './language.js';
import { readMetaTags } from './meta-tags.js';
import { indexPage } from './page-index.js';
import { parseDocument } from './parse-document.js';
import { prepareHtml } from './prepare-html.js';
import type { PublishedDate } from './published-date.js';
import { extractPublished } from './published-date.js';
import { extractOutlet, extractUrl } from './site-identity.js';
import { extractTitle, norm } from './title.js';
import { trimBlocks } from './trim-blocks.js';

/**
 * HTML page -> article text and metadata. The order of work matters and is stated here only:
 *
 * 1. prepare the string (drop scripts and styles, keep JSON-LD aside, bound hostile input) and parse it once;
 * 2. read metadata from the untouched DOM (bylines and `<time>` elements sit in headers that step 3 removes);
 * 3. remove page furniture, then run the body candidates: density (read-only) before Readability (which rewrites
 *    the DOM), plus JSON-LD `articleBody`;
 * 4. keep the best candidate and drop a leading repeat of the headline.
 *
 * A page with no article is a value: text is null, and the metadata found is still returned.
 */

export interface HtmlExtraction {
  title: string | null;
  text: string | null;
  url: string | null;
  outlet: string | null;
  author: string | null;
  published: PublishedDate | null;
  language: string | null;
}

export interface HtmlOptions {
  readonly url?: string;
  readonly now: Date;
}

export function extractHtml(html: string, options: HtmlOptions): HtmlExtraction {
  const prepared = prepareHtml(typeof html === 'string' ? html : '');
  const jsonLd = parseJsonLdBlocks(prepared.jsonLd);
  const document = parseDocument(prepared.html, options.url);
  if (!document) {
    return { title: jsonLd?.headline ?? null, text: null, url: options.url ?? null, outlet: jsonLd?.publisher ?? null, author: null, published: null, language: null };
  }
  const index = indexPage(document);
  const meta = readMetaTags(index);
  const identity = { meta, jsonLd, url: options.url };
  const url = extractUrl(identity);
  const outlet = extractOutlet(identity, url);
  const host = hostOf(url ?? options.url);
  const title = extractTitle({ meta, h1s: index.h1s, documentTitle: document.title, jsonLdHeadline: jsonLd?.headline ?? null, outlet, host });
  const author = extractAuthor(index, { meta, jsonLdAuthors: jsonLd?.authors ?? [], outlet });
  const published = extractPublished(document, index, { jsonLd, scriptDates: prepared.scriptDates, meta, url, now: options.now });
  const language = extractLanguage(document, meta, jsonLd);

  const candidates: Candidate[] = [];
  if (jsonLd?.body) candidates.push({ source: 'json-ld', paragraphs: jsonLdParagraphs(jsonLd.body) });
  const body = document.body;
  if (body) {
    removeFurniture(body);
    const density = densityCandidate(body);
    if (density) candidates.push({ source: 'density', paragraphs: trimBlocks(density.blocks).map((b) => b.text) });
    const readability = readabilityCandidate(document);
    if (readability) candidates.push({ source: 'readability', paragraphs: trimBlocks(readability.blocks).map((b) => b.text) });
  }
  const chosen = chooseCandidate(candidates);
  const paragraphs = chosen ? withoutHeadline(chosen.paragraphs, title) : [];
  const text = paragraphs.join('\n\n');
  return { title, text: text.length > 0 ? text : null, url, outlet, author, published, language };
}

/** Gold bodies and readers start after the headline; candidates often repeat it as their first block. */
function withoutHeadline(paragraphs: readonly string[], title: string | null): readonly string[] {
  if (!title || paragraphs.length === 0) return paragraphs;
  const first = norm(paragraphs[0]!);
  return first.length > 0 && first === norm(title) ? paragraphs.slice(1) : paragraphs;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}
