import type { MetaTags } from './meta-tags.js';
import type { BylineKind, PageIndex } from './page-index.js';
import type { El } from './parse-document.js';

/**
 * The author(s), as names: JSON-LD `author` first (structured and explicit), then author meta tags, then the byline
 * the page prints (`rel=author`, `[itemprop=author]`, `.byline`, `.author`). Values are cleaned of what bylines carry
 * besides names ("By ", "Von ", "| Reuters", an e-mail address, a date) and rejected when they are not names at all
 * (a URL, a sentence, a Twitter handle). Several authors are joined with ", ".
 */

export interface AuthorInputs {
  readonly meta: MetaTags;
  readonly jsonLdAuthors: readonly string[];
  /** The outlet's name: a byline that only names the outlet is not an author. */
  readonly outlet: string | null;
}

const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator',
  'dcterms.creator', 'byl', 'citation_author', 'itemprop:author', 'cxenseparse:author', 'twitter:data1-author'];
/** Printed bylines, most explicit markup first (see page-index.ts for how each kind is found). */
const BYLINE_KINDS: readonly BylineKind[] = ['itemprop-name', 'itemprop', 'rel', 'class'];
/** Names have few words; a longer "byline" is a sentence or a teaser ("By the end of the week..."). */
const MAX_NAME_WORDS = 5;
/** Longest accepted author string, all names together (five two-word names fit). */
const MAX_AUTHOR_CHARS = 120;
const PREFIX = /^(?:(?:written|posted|published|reported|text|words|story|interview|photos?|veröffentlicht|geschrieben|erstellt|verfasst|publié|publicado|pubblicato)\s+)?(?:by|von|par|por|di|door|av|przez|autor(?:in)?|author|texte?|redaktion)\s*[:\-–]?\s+/i;
/** The same label glued to the name by inline markup: "Veröffentlicht vonChris Jung". */
const GLUED_PREFIX = /^(?:written|posted|published|veröffentlicht|geschrieben|erstellt|verfasst)\s*(?:by|von)\s*/i;
/** Words bylines print as labels; alone they are not a name ("Name *" is a comment form's field). */
const LABELS = /^(?:by|von|name|posted|author|autor|autorin|authors|admin|administrator|comments?|kommentare?|share|redaktion|editor|posted on|anonymous|anonym|gast|guest|unknown)\s*\*?$/i;
/** "stephangoeldi said, on August 3": a comment's byline, not the article's. */
const COMMENT_BYLINE = /\b(?:said|says|sagt|schreibt|wrote|meint)\b/i;

export function extractAuthor(index: PageIndex, inputs: AuthorInputs): string | null {
  const fromJsonLd = cleanAll(inputs.jsonLdAuthors, inputs.outlet);
  if (fromJsonLd) return fromJsonLd;
  for (const key of AUTHOR_META) {
    const fromMeta = cleanAll(inputs.meta.all(key), inputs.outlet);
    if (fromMeta) return fromMeta;
  }
  for (const kind of BYLINE_KINDS) {
    for (const element of (index.bylines.get(kind) ?? []).slice(0, 5)) {
      const name = cleanAll([bylineText(element)], inputs.outlet);
      if (name) return name;
    }
  }
  return null;
}

/** A byline element's text, or its `content` when it is a meta-like element. */
function bylineText(element: El): string {
  return element.getAttribute('content') ?? (element.textContent ?? '').slice(0, MAX_AUTHOR_CHARS * 2);
}

/** The cleaned names of several raw values, deduplicated, joined; null when none is a name. */
export function cleanAll(values: readonly string[], outlet: string | null): string | null {
  const names: string[] = [];
  for (const value of values) {
    for (const name of splitNames(value)) {
      const cleaned = cleanName(name);
      if (!cleaned || names.some((n) => n.toLowerCase() === cleaned.toLowerCase())) continue;
      if (outlet && cleaned.toLowerCase() === outlet.toLowerCase()) continue;
      names.push(cleaned);
    }
  }
  const joined = names.join(', ');
  return names.length > 0 && joined.length <= MAX_AUTHOR_CHARS ? joined : null;
}

function splitNames(value: string): string[] {
  const text = value.replace(/\s+/g, ' ').trim().replace(PREFIX, '').replace(GLUED_PREFIX, '');
  return text.split(/\s*(?:,|;|\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s|\bi\b(?=\s\p{Lu}))\s*/u);
}

/** One name without prefixes, trailing roles, dates or addresses; null when what is left is not a name. */
export function cleanName(raw: string): string | null {
  let name = raw.replace(/\s+/g, ' ').trim().replace(PREFIX, '').replace(GLUED_PREFIX, '');
  name = name.split(/\s+(?:\||–|—|-|·|•)\s+|\s+(?:on|am|le|el|il|em)\s+\d/)[0] ?? '';
  name = name.replace(/\S+@\S+/g, '').replace(/\(.*?\)/g, '').replace(/[,;:.\s]+$/, '').replace(/^[,;:\s]+/, '').trim();
  if (name.length < 2 || /^https?:|www\.|\/\/|\[at\]/i.test(name) || name.startsWith('@')) return null;
  if (LABELS.test(name) || COMMENT_BYLINE.test(name)) return null;
  if (!/\p{L}/u.test(name) || /\d{3,}/.test(name)) return null;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return null;
  if (/[.!?]$/.test(name) && !/\b\p{Lu}\.$/u.test(name)) return null;
  return name;
}
