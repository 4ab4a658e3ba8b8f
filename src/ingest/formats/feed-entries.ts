import { containsMarkup, decodeBasicEntities, plainTextOf } from './html-fragment.js';

/**
 * The fields of one RSS 2.0, RSS 1.0 (RDF) or Atom entry, read from fast-xml-parser's object tree into one neutral
 * shape, so feed.ts decides document / link / failure without caring which dialect the feed speaks.
 * Namespaced elements are matched by their conventional prefixes (content:, dc:), which is what feeds use.
 */

export type FeedDialect = 'rss' | 'rdf' | 'atom';

/** What the channel (RSS) or feed (Atom) says for all its entries. */
export interface FeedChannel {
  readonly dialect: FeedDialect;
  readonly title?: string;
  readonly language?: string;
  /** Atom's feed-level author applies to every entry without its own (RFC 4287 §4.2.1). */
  readonly author?: string;
  /** Relative entry links resolve against this: xml:base, the channel link, or the feed's own URL. */
  readonly base?: string;
}

export interface FeedBody {
  readonly content: string;
  readonly isHtml: boolean;
  /** True for full-content elements (content:encoded, atom:content); false for description/summary. */
  readonly full: boolean;
}

export interface FeedEntry {
  readonly title?: string;
  readonly link?: string;
  readonly published?: string;
  readonly author?: string;
  readonly language?: string;
  readonly body?: FeedBody;
}

type Node = unknown;

export function entryOf(node: Node, channel: FeedChannel): FeedEntry {
  return channel.dialect === 'atom' ? atomEntry(node, channel) : rssEntry(node, channel);
}

function rssEntry(node: Node, channel: FeedChannel): FeedEntry {
  const guid = child(node, 'guid');
  const permalink = attr(guid, 'isPermaLink') !== 'false' ? textOf(guid) : undefined;
  const link = textOf(child(node, 'link')) ?? attr(node, 'rdf:about') ?? permalink;
  const encoded = textOf(child(node, 'content:encoded'));
  const description = textOf(child(node, 'description'));
  return {
    title: plainTitle(textOf(child(node, 'title'))),
    link: resolveLink(link, channel.base),
    published: textOf(child(node, 'pubDate')) ?? textOf(child(node, 'dc:date')),
    author: joinNames(children(node, 'dc:creator').map((n) => textOf(n)))
      ?? joinNames(children(node, 'author').map((n) => rssAuthorName(textOf(n)))),
    language: textOf(child(node, 'dc:language')) ?? channel.language,
    body: encoded ? rssBody(encoded, true) : description ? rssBody(description, false) : undefined,
  };
}

/** RSS bodies are HTML by convention; a body escaped twice (`&lt;p&gt;` after parsing) is unescaped once more. */
function rssBody(content: string, full: boolean): FeedBody {
  if (containsMarkup(content)) return { content, isHtml: true, full };
  if (/&lt;\/?[a-z][a-z0-9]*[\s/&]/i.test(content)) return { content: decodeBasicEntities(content), isHtml: true, full };
  return { content, isHtml: false, full };
}

/** RSS 2.0's <author> is an e-mail address, conventionally `jane@example.com (Jane Doe)`: keep the name. */
function rssAuthorName(value: string | undefined): string | undefined {
  const named = value ? /^\S+@\S+\s*\((.+)\)$/.exec(value) : null;
  return named?.[1]?.trim() ?? value;
}

function atomEntry(node: Node, channel: FeedChannel): FeedEntry {
  const content = child(node, 'content');
  const base = attr(node, 'xml:base') ? resolveLink(attr(node, 'xml:base'), channel.base) : channel.base;
  const link = atomLink(children(node, 'link')) ?? attr(content, 'src');
  const body = atomText(content, true) ?? atomText(child(node, 'summary'), false);
  return {
    title: atomTitle(child(node, 'title')),
    link: resolveLink(link, base),
    published: textOf(child(node, 'published')) ?? textOf(child(node, 'updated')) ?? textOf(child(node, 'dc:date')),
    author: atomAuthors(node) ?? channel.author,
    language: attr(node, 'xml:lang') ?? channel.language,
    body,
  };
}

export function atomAuthors(node: Node): string | undefined {
  return joinNames(children(node, 'author').map((author) => textOf(child(author, 'name')) ?? textOf(author)));
}

/** rel="alternate" (the default when rel is absent), preferring an HTML page; else the first link with an href. */
function atomLink(links: readonly Node[]): string | undefined {
  const alternates = links.filter((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate' && attr(link, 'href'));
  const html = alternates.find((link) => /html/i.test(attr(link, 'type') ?? 'text/html'));
  return attr(html ?? alternates[0] ?? links.find((link) => attr(link, 'href')), 'href');
}

/**
 * An Atom text construct kept raw by the parser (content and summary are stop nodes, so xhtml markup survives):
 * `xhtml` is markup as is; `html` and `text` are escaped text (entities, CDATA) to unescape; a MIME type says
 * which of the two it is; `src` (content elsewhere) or a binary type means there is no body here.
 */
function atomText(node: Node, full: boolean): FeedBody | undefined {
  if (node === undefined || attr(node, 'src')) return undefined;
  const raw = typeof node === 'string' ? node : textOf(node, false) ?? '';
  const type = (attr(node, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') return nonEmpty({ content: raw.trim(), isHtml: true, full });
  if (type === 'html' || type === 'text/html') return nonEmpty({ content: unescapeXml(raw).trim(), isHtml: true, full });
  if (type === 'text' || type.startsWith('text/')) return nonEmpty({ content: unescapeXml(raw).trim(), isHtml: false, full });
  return undefined;
}

function atomTitle(node: Node): string | undefined {
  const type = attr(node, 'type');
  return type === 'html' || type === 'xhtml' ? plainTitle(textOf(node), true) : plainTitle(textOf(node));
}

function nonEmpty(body: FeedBody): FeedBody | undefined {
  return body.content === '' ? undefined : body;
}

/** CDATA sections verbatim, XML (and common HTML) entity references decoded everywhere else. */
export function unescapeXml(raw: string): string {
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) => part.startsWith('<![CDATA[')
    ? part.slice(9, -3) : decodeBasicEntities(part)).join('');
}

function plainTitle(title: string | undefined, markup = false): string | undefined {
  if (title === undefined) return undefined;
  const plain = markup || containsMarkup(title) ? plainTextOf(title) : title.replace(/\s+/g, ' ').trim();
  return plain === '' ? undefined : plain;
}

function joinNames(names: readonly (string | undefined)[]): string | undefined {
  const present = [...new Set(names.filter((name): name is string => name !== undefined && name !== ''))];
  return present.length > 0 ? present.join(', ') : undefined;
}

/** An absolute URL; relative ones resolve against `base`, and without a base they are not a usable link. */
export function resolveLink(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** fast-xml-parser gives a string for a bare element, an object for one with attributes or children. */
export function child(node: Node, name: string): Node {
  const value = isObject(node) ? node[name] : undefined;
  return Array.isArray(value) ? value[0] : value;
}

export function children(node: Node, name: string): readonly Node[] {
  const value = isObject(node) ? node[name] : undefined;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function attr(node: Node, name: string): string | undefined {
  const value = isObject(node) ? node[`@_${name}`] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The text of an element: its own text and its children's, attributes left out; trimmed, or undefined if blank. */
export function textOf(node: Node, trim = true): string | undefined {
  const parts: string[] = [];
  collectText(node, parts);
  const text = parts.join(' ');
  const result = trim ? text.trim() : text;
  return result.trim() === '' ? undefined : result;
}

function collectText(node: Node, parts: string[]): void {
  if (typeof node === 'string' || typeof node === 'number') parts.push(String(node));
  else if (Array.isArray(node)) for (const item of node) collectText(item, parts);
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) if (!key.startsWith('@_')) collectText(value, parts);
  }
}

function isObject(node: Node): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}
