import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { IngestItem } from '../ingest-item.js';
import {
  atomAuthors, attr, child, children, entryOf, resolveLink, textOf, type FeedBody, type FeedChannel, type FeedEntry,
} from './feed-entries.js';
import { htmlPage, plainTextOf } from './html-fragment.js';
import { compactHints, documentAt, failureAt, linkAt, placeOf, wholeInput, type RecordPlace } from './ingest-items.js';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each entry becomes a document when the feed carries the article, a link
 * item when it only points at it (the page must then be fetched), and a failure when it has neither. The XML is
 * validated and parsed once; entries are then turned into items one at a time as the caller asks for them.
 */

export interface FeedContext {
  /** The path or URL as the user gave it; a URL is also the base for relative entry links. */
  readonly input: string;
}

/**
 * Below this many characters of visible text a feed body is a teaser, not an article: feed descriptions are one or
 * two sentences (an English news sentence averages 20-25 words, roughly 120-150 characters), and two sentences
 * carry too few claims to corroborate anything. A real article's lede and body are far longer than this.
 */
const MIN_ARTICLE_CHARS = 200;

/**
 * A summary (description, atom:summary) that ends like this was cut short by the publisher: WordPress excerpts are
 * 55 words ending in "[…]", others end in "…" or a "read more" link. Such a summary is a teaser at any length.
 */
const TEASER_END = /(?:…|\.\.\.|\[(?:…|\.\.\.|&hellip;)\]|\b(?:read more|continue reading|weiterlesen|lire la suite|leer más)\W*)$/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Titles like "2024" or "1e6" must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Kept raw so Atom xhtml markup survives as markup instead of becoming an object tree.
  stopNodes: ['*.content', '*.summary'],
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

const REPEATED = new Set(['item', 'entry', 'link', 'author', 'dc:creator']);

/** A cheap look at the first kilobyte: is this text an RSS, RDF or Atom feed (for routing .xml files and URLs)? */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 1024);
  return /<rss[\s>]/.test(head) || /<rdf:RDF[\s>]/.test(head)
    || /<feed\b[^>]*\bxmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.test(head);
}

export function* readFeed(xmlText: string, ctx: FeedContext): Generator<IngestItem> {
  const whole = wholeInput(ctx.input);
  const text = xmlText.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    yield failureAt(whole, 'CC_EMPTY_INPUT', 'the feed is empty');
    return;
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    yield failureAt(whole, 'CC_FEED_INVALID', `not well-formed XML at line ${line}, column ${col}: ${msg}`);
    return;
  }
  let tree: unknown;
  try {
    tree = parser.parse(text);
  } catch (error) {
    yield failureAt(whole, 'CC_FEED_INVALID', `the XML does not parse: ${(error as Error).message}`);
    return;
  }
  const feed = feedOf(tree, /^https?:\/\//i.test(ctx.input) ? ctx.input : undefined);
  if (typeof feed === 'string') {
    yield failureAt(whole, 'CC_FEED_INVALID', feed);
    return;
  }
  let n = 0;
  for (const node of feed.entries) yield entryItem(entryOf(node, feed.channel), placeOf(ctx.input, 'entry', ++n), feed.channel);
}

/** The channel and its entries, or the reason the document is not a feed. */
function feedOf(tree: unknown, inputUrl: string | undefined): { channel: FeedChannel; entries: readonly unknown[] } | string {
  const rootName = Object.keys(tree as object).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName === undefined ? undefined : child(tree, rootName);
  if (rootName === 'rss' || (rootName !== undefined && /(?:^|:)RDF$/.test(rootName))) {
    const channel = child(root, 'channel');
    if (typeof channel !== 'object' || channel === null) return `the <${rootName}> element has no <channel>`;
    const rdf = rootName !== 'rss';
    return {
      channel: {
        dialect: rdf ? 'rdf' : 'rss',
        title: textOf(child(channel, 'title')),
        language: textOf(child(channel, 'language')) ?? textOf(child(channel, 'dc:language')),
        // RSS links must be absolute; relative ones in the wild are relative to the site (the channel link), which
        // may differ from the feed's host (a feed proxy), so the channel link comes before the feed URL.
        base: resolveLink(textOf(child(channel, 'link')), inputUrl) ?? inputUrl,
      },
      entries: children(rdf ? root : channel, 'item'),
    };
  }
  if (rootName === 'feed') {
    const alternate = children(root, 'link').find((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate');
    return {
      channel: {
        dialect: 'atom',
        title: textOf(child(root, 'title')),
        language: attr(root, 'xml:lang'),
        author: atomAuthors(root),
        // RFC 4287 resolves against xml:base, else the document's own URL; the alternate link is the last resort.
        base: resolveLink(attr(root, 'xml:base'), inputUrl) ?? inputUrl ?? resolveLink(attr(alternate, 'href'), undefined),
      },
      entries: children(root, 'entry'),
    };
  }
  return `well-formed XML, but the root element is <${rootName ?? ''}>, not <rss>, <rdf:RDF> or <feed>`;
}

function entryItem(entry: FeedEntry, place: RecordPlace, channel: FeedChannel): IngestItem {
  const hints = compactHints({
    title: entry.title, url: entry.link, published: entry.published, author: entry.author,
    outlet: channel.title, language: entry.language,
  });
  const body = entry.body;
  const visible = body === undefined ? '' : body.isHtml ? plainTextOf(body.content) : body.content.replace(/\s+/g, ' ').trim();
  if (entry.link !== undefined && isOnlySummary(body, visible)) return linkAt(place, entry.link, hints);
  if (body === undefined || visible === '') {
    return failureAt(place, 'CC_FEED_ENTRY', 'no content and no usable link');
  }
  return documentAt(place, body.isHtml ? { kind: 'html', html: htmlPage(body.content, entry.title) }
    : { kind: 'record', text: body.content }, hints);
}

/**
 * True when the entry's body is no article: missing, shorter than MIN_ARTICLE_CHARS of visible text, or a
 * description/summary that ends in a truncation mark. An entry without a link keeps even a short body, since
 * there is nothing else to read.
 */
export function isOnlySummary(body: FeedBody | undefined, visibleText: string): boolean {
  if (body === undefined || visibleText.length < MIN_ARTICLE_CHARS) return true;
  return !body.full && TEASER_END.test(visibleText);
}
