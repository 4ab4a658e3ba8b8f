import { parseDateValue } from '../dates.js';
import type { JsonLdArticle } from './01-json-ld.js';
import { dateInUrl, datesInText } from './date-patterns.js';
import type { MetaTags } from './meta-tags.js';
import type { PageIndex } from './page-index.js';
import type { DomNode, Doc, El } from './parse-document.js';
import { ELEMENT_NODE, TEXT_NODE, classAndId, nextInTree } from './parse-document.js';

/**
 * The publication date, in htmldate's order of trust (Barbaresi, JOSS 2020): structured data the publisher wrote
 * for machines (JSON-LD, then meta tags, itemprop markup and date keys in script JSON), then `<time datetime>` elements, then the URL path,
 * then a written date near the top of the text. Each value goes through parseDateValue, which refuses dates in the
 * future or before 1994. A modification date is used only when no publication date is found anywhere: a page
 * updated yesterday was usually published earlier, and corroboration needs the earlier date.
 */

export type DateSourceHtml = 'json-ld' | 'meta' | 'time-element' | 'url' | 'text';

export interface PublishedDate {
  readonly iso: string;
  readonly source: DateSourceHtml;
}

export interface DateInputs {
  readonly jsonLd: JsonLdArticle | null;
  /** Dates found in the page's script JSON (prepare-html.ts). */
  readonly scriptDates?: readonly string[];
  readonly meta: MetaTags;
  readonly url: string | null;
  readonly now: Date;
}

/** Publication-date meta keys, lowercased, most specific first (htmldate's and trafilatura's lists, merged). */
const PUBLISHED_META = ['article:published_time', 'og:article:published_time', 'og:published_time', 'article:published',
  'published_time', 'itemprop:datepublished', 'datepublished', 'date_published', 'publish-date', 'publish_date',
  'publishdate', 'pubdate', 'publication_date', 'publication-date', 'dc.date.issued', 'dcterms.issued', 'dc.date',
  'dcterms.date', 'dc:date', 'dc.date.created', 'dcterms.created', 'date', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'article_date_original', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
  'citation_publication_date', 'citation_date', 'rnews:datepublished', 'pub_date', 'created', 'release_date',
  'displaydate', 'date.available', 'og:pubdate', 'zimbra-date', 'article.created', 'ptime', 'timestamp'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'itemprop:datemodified',
  'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'http-equiv:last-modified', 'lastmod',
  'article.updated', 'parsely-updated'];

/**
 * Class/id words of elements that print the publication date ("post-date", "entry-meta", "heading__meta", "datum"),
 * as whole words: "metanavigation" and "siteinfo" are not date lines.
 */
const DATE_CONTAINER = /(?:^|[\s_-])(?:date|dates|datum|dateline|time|timestamp|posted|published|publish-date|pubdate|byline|meta|info|fecha|data|uploaded-date|submitted|created)(?:$|[\s_-])/;
const NAVIGATION_NAME = /nav|menu/;
const MODIFIED_NAME = /modif|updat|aktualisiert|edited/;
/** Elements examined for a printed date; pages list dozens of dated teasers further down. */
const MAX_DATE_CONTAINERS = 40;
/** Characters of leading page text searched for a written date (htmldate searches the whole page; the top is safer). */
const LEADING_TEXT_CHARS = 8_000;

export function extractPublished(document: Doc, index: PageIndex, inputs: DateInputs): PublishedDate | null {
  const context = { now: inputs.now };
  const parse = (raw: string | null | undefined): string | null => (raw ? parseDateValue(raw, context) : null);
  const found = (raw: string | null | undefined, source: DateSourceHtml): PublishedDate | null => {
    const iso = parse(raw);
    return iso ? { iso, source } : null;
  };

  const fromJsonLd = found(inputs.jsonLd?.published, 'json-ld');
  if (fromJsonLd) return fromJsonLd;
  for (const key of PUBLISHED_META) {
    for (const value of inputs.meta.all(key)) {
      const date = found(value, 'meta');
      if (date) return date;
    }
  }
  const itemprop = firstItemprop(index.itempropDates, parse);
  if (itemprop) return { iso: itemprop, source: 'meta' };
  for (const value of inputs.scriptDates ?? []) {
    const date = found(value, 'meta');
    if (date) return date;
  }
  const time = fromTimeElements(index.times, parse);
  if (time) return { iso: time, source: 'time-element' };
  const url = found(dateInUrl(inputs.url), 'url');
  if (url) return url;
  const text = fromText(document, parse);
  if (text) return { iso: text, source: 'text' };
  const modified = found(inputs.jsonLd?.modified, 'json-ld');
  if (modified) return modified;
  for (const key of MODIFIED_META) {
    const date = found(inputs.meta.first([key]), 'meta');
    if (date) return date;
  }
  return null;
}

type Parse = (raw: string | null | undefined) => string | null;

function firstItemprop(elements: readonly El[], parse: Parse): string | null {
  for (const element of elements.slice(0, 5)) {
    const iso = parse(element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent);
    if (iso) return iso;
  }
  return null;
}

/**
 * `<time datetime>`: one marked as the publication time (pubdate, itemprop, a "published" class) wins; otherwise
 * the first one inside the article, then the first on the page, skipping those named as update times.
 */
function fromTimeElements(times: readonly El[], parse: Parse): string | null {
  const plain: El[] = [];
  for (const time of times.slice(0, 50)) {
    const names = `${classAndId(time)} ${classAndId(time.parentElement ?? time)}`;
    if (MODIFIED_NAME.test(names)) continue;
    if (time.hasAttribute('pubdate') || /publish|pubdate|posted|created|entry-date/.test(names)) {
      const iso = parse(time.getAttribute('datetime') ?? time.textContent);
      if (iso) return iso;
    }
    plain.push(time);
  }
  const ordered = [...plain.filter(insideArticle), ...plain.filter((t) => !insideArticle(t))];
  for (const time of ordered) {
    const iso = parse(time.getAttribute('datetime'));
    if (iso) return iso;
  }
  return null;
}

function insideArticle(element: El): boolean {
  for (let e: El | null = element.parentElement; e; e = e.parentElement) {
    if (e.localName === 'article' || e.localName === 'main' || /article|post|entry|content/.test(classAndId(e))) return true;
  }
  return false;
}

/**
 * A written date in an element named like a date line (those named as update lines only after the others), else
 * in the leading text of the article region (`<article>` or `<main>` when the page has one: the page's own leading
 * text is navigation).
 */
function fromText(document: Doc, parse: Parse): string | null {
  const body = document.body;
  if (!body) return null;
  const published: El[] = [];
  const updated: El[] = [];
  let region: El | null = null;
  let node: DomNode | null = body.firstChild;
  while (node && published.length + updated.length < MAX_DATE_CONTAINERS) {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as El;
      const names = classAndId(element);
      if (!region && (element.localName === 'article' || element.localName === 'main')) region = element;
      if (DATE_CONTAINER.test(names) && !NAVIGATION_NAME.test(names)) (MODIFIED_NAME.test(names) ? updated : published).push(element);
    }
    node = nextInTree(node, body);
  }
  for (const element of [...published, ...updated]) {
    for (const date of datesInText(leadingText(element, 300), 2)) {
      const iso = parse(date.raw);
      if (iso) return iso;
    }
  }
  for (const root of region ? [region, body] : [body]) {
    for (const date of datesInText(leadingText(root, LEADING_TEXT_CHARS), 5)) {
      const iso = parse(date.raw);
      if (iso) return iso;
    }
  }
  return null;
}

/** The first `max` characters of text under `root`, read node by node (textContent would read the whole page). */
export function leadingText(root: El, max: number): string {
  const parts: string[] = [];
  let length = 0;
  let node: DomNode | null = root.firstChild;
  while (node && length < max) {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      parts.push(value, ' ');
      length += value.length + 1;
    }
    node = nextInTree(node, root);
  }
  return parts.join('').replace(/\s+/g, ' ').slice(0, max);
}
