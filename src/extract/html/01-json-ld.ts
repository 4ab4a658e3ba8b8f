/**
 * schema.org JSON-LD: the first stage of the cascade and the most trusted metadata source (htmldate and trafilatura
 * read it before any meta tag). Publishers write it for search engines, so it is usually the cleanest statement of
 * headline, dates, authors and publisher; some also put the whole `articleBody` there.
 *
 * Real pages break JSON in a few recurring ways: raw line breaks inside strings, trailing commas, HTML comments or
 * CDATA around the object. Each block is parsed strictly first and repaired only when that fails.
 */

export interface JsonLdArticle {
  readonly headline: string | null;
  readonly body: string | null;
  readonly authors: readonly string[];
  readonly published: string | null;
  readonly modified: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Types that describe the page's main text, most specific first; a generic WebPage only fills gaps. */
const ARTICLE_TYPES = /^(?:(?:News|Scholarly|Tech|Satirical|Advertiser|Opinion|Analysis|Review|Report|Background)?Article|NewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Recipe|HowTo|Review|CreativeWork|VideoObject)$/i;
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|CollectionPage|QAPage|ProfilePage)$/i;
/**
 * An Event describes the page only when nothing else does: sites list their upcoming events in JSON-LD beside the
 * article (a hunting magazine's course calendar), and an event's startDate is when it happens, not when it was
 * published.
 */
const EVENT_TYPES = /^Event$/i;
/** Never walk further than this into nested JSON: real documents are < 10 levels deep. */
const MAX_DEPTH = 12;
/** Never look at more than this many objects per page (a product feed can hold thousands). */
const MAX_OBJECTS = 2_000;

export function parseJsonLdBlocks(blocks: readonly string[]): JsonLdArticle | null {
  const objects: JsonObject[] = [];
  for (const block of blocks) {
    const parsed = parseLenient(block);
    if (parsed !== undefined) flatten(parsed, objects, 0);
  }
  const typed = (pattern: RegExp) => objects.filter((o) => typesOf(o).some((t) => pattern.test(t)));
  const articles = typed(ARTICLE_TYPES);
  const pages = typed(PAGE_TYPES);
  const events = typed(EVENT_TYPES);
  const main = articles.sort((a, b) => score(b) - score(a))[0] ?? pages[0] ?? events[0];
  if (!main) return objects.length > 0 ? fromSiteOnly(objects) : null;
  const body = str(main.articleBody) ?? str(main.text);
  return {
    headline: str(main.headline) ?? str(main.name) ?? str(main.alternativeHeadline),
    body,
    authors: names(main.author ?? main.creator ?? null),
    published: str(main.datePublished) ?? str(main.dateCreated) ?? str(main.uploadDate) ?? str(main.startDate),
    modified: str(main.dateModified),
    publisher: names(main.publisher ?? null)[0] ?? siteName(objects),
    url: str(main.url) ?? idOf(main.mainEntityOfPage ?? null),
    language: str(main.inLanguage) ?? names(main.inLanguage ?? null)[0] ?? null,
  };
}

/** Prefer the object with a body, then with a headline and a date: a page may describe several (related articles). */
function score(o: JsonObject): number {
  return (str(o.articleBody) ? 4 : 0) + (str(o.headline) ? 2 : 0) + (str(o.datePublished) ? 1 : 0);
}

function fromSiteOnly(objects: readonly JsonObject[]): JsonLdArticle | null {
  const publisher = siteName(objects);
  return publisher ? { headline: null, body: null, authors: [], published: null, modified: null, publisher, url: null, language: null } : null;
}

function siteName(objects: readonly JsonObject[]): string | null {
  const site = objects.find((o) => typesOf(o).some((t) => /^(?:WebSite|NewsMediaOrganization|Organization)$/i.test(t)));
  return site ? str(site.name) : null;
}

function parseLenient(text: string): Json | undefined {
  const trimmed = text.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, '').trim();
  if (trimmed.length === 0) return undefined;
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    // Raw control characters are legal only as white space between tokens, so a space is right in both places.
    // eslint-disable-next-line no-control-regex -- matching raw control characters is the repair itself
    const repaired = trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

function flatten(value: Json, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_OBJECTS || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  out.push(value);
  for (const key of ['@graph', 'mainEntity', 'itemListElement', 'hasPart']) {
    const child = value[key];
    if (child !== undefined) flatten(child, out, depth + 1);
  }
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//i, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed.length > 0 ? trimmed : null;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = str(item);
      if (found) return found;
    }
  }
  return null;
}

function idOf(value: Json): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return str(value['@id']) ?? str(value.url);
  return null;
}

/** Names of a Person/Organization value, a list of them, or plain strings. */
export function names(value: Json): string[] {
  if (value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((item) => names(item));
  if (typeof value === 'object') {
    const name = str(value.name) ?? [str(value.givenName), str(value.familyName)].filter(Boolean).join(' ');
    return name ? [name] : [];
  }
  return [];
}
