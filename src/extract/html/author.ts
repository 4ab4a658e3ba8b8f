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
/**
 * A byline element with more text than this is an author box (name, biography, links), not a byline: split at its
 * commas it yields sentence fragments ("des centaines d'étudiants"). A byline with its date and time ("By Emily
 * Burack 8 January 2020, 3:51 pm 11 Edit") has about 50 characters; the author boxes of the evaluation pages run to
 * hundreds.
 */
const MAX_BYLINE_CHARS = 80;
const PREFIX = /^(?:(?:written|posted|published|reported|text|words|story|interview|photos?|veröffentlicht|geschrieben|erstellt|verfasst|publié|publicado|pubblicato)\s+)?(?:by|von|par|por|di|door|av|przez|autor(?:in)?|author|texte?|redaktion)\s*[:\-–]?\s+/i;
/** "Posted on September 21, 2020 by Adi Tzlil", "Veröffentlicht am 3. Mai 2021 von ...": a date line ending in the name. */
const DATED_PREFIX = /^(?:posted|published|veröffentlicht|erschienen|publié|publicado)\s+(?:on|am|le|el)\s+.{4,40}?\s+(?:by|von|par|por)\s+/i;
/** The same label glued to the name by inline markup: "Veröffentlicht vonChris Jung". */
const GLUED_PREFIX = /^(?:written|posted|published|veröffentlicht|geschrieben|erstellt|verfasst)\s*(?:by|von)\s*/i;
/** Words bylines print as labels; alone they are not a name ("Name *" is a comment form's field). */
const LABELS = /^(?:by|von|name|posted|author|autor|autorin|authors|admin|administrator|comments?|kommentare?|share|redaktion|editor|posted on|anonymous|anonym|gast|guest|unknown)\s*\*?$/i;
/** Arrows and marks of link labels ("Archiv anzeigen →", "Mehr »"): never part of a name. */
const NOT_IN_NAMES = /[→←»«›‹©®|>#]/;
/**
 * Lowercase words names carry ("Ludwig van Beethoven", "Camila Méndez en Territorio"); a phrase of three words or
 * more that is mostly other lowercase words is a sentence or a link label ("Afficher mon profil complet").
 */
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'des', 'le', 'la', 'y', 'zu', 'ten', 'ter', 'dos', 'das', 'bin', 'al', 'el', 'en', 'of', 'from', 'and', 'und']);
/** "stephangoeldi said, on August 3": a comment's byline, not the article's. */
const COMMENT_BYLINE = /\b(?:said|says|sagt|schreibt|wrote|meint)\b/i;

export function extractAuthor(index: PageIndex, inputs: AuthorInputs): string | null {
  // A source that names only the outlet is kept as the last resort: a later source may name the person who wrote
  // the piece, and when none does, the publisher is its author (press releases, organisations' own pages).
  let outletOnly: string | null = null;
  const accept = (names: string | null): string | null => {
    if (names === null) return null;
    if (!isOutlet(names, inputs.outlet)) return names;
    outletOnly ??= names;
    return null;
  };
  const fromJsonLd = accept(cleanAll(inputs.jsonLdAuthors, inputs.outlet));
  if (fromJsonLd) return fromJsonLd;
  for (const key of AUTHOR_META) {
    const fromMeta = accept(cleanAll(inputs.meta.all(key), inputs.outlet));
    if (fromMeta) return fromMeta;
  }
  for (const kind of BYLINE_KINDS) {
    for (const element of (index.bylines.get(kind) ?? []).slice(0, 5)) {
      const text = bylineText(element);
      if (text.length > MAX_BYLINE_CHARS) continue;
      const name = accept(cleanAll([text], inputs.outlet));
      if (name) return name;
    }
  }
  return outletOnly;
}

function isOutlet(name: string, outlet: string | null): boolean {
  return outlet !== null && name.toLowerCase() === outlet.toLowerCase();
}

/** A byline element's text, or its `content` when it is a meta-like element. */
function bylineText(element: El): string {
  const text = element.getAttribute('content') ?? (element.textContent ?? '').slice(0, MAX_BYLINE_CHARS * 2);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The cleaned names of several raw values, deduplicated, joined; null when none is a name. The outlet beside a
 * person ("Rob Picheta, CNN") is dropped; alone it is kept.
 */
export function cleanAll(values: readonly string[], outlet: string | null): string | null {
  let names: string[] = [];
  for (const value of values) {
    for (const name of splitNames(value)) {
      const cleaned = cleanName(name);
      if (!cleaned || names.some((n) => n.toLowerCase() === cleaned.toLowerCase())) continue;
      names.push(cleaned);
    }
  }
  if (names.length > 1) names = names.filter((n) => !isOutlet(n, outlet));
  const joined = names.join(', ');
  return names.length > 0 && joined.length <= MAX_AUTHOR_CHARS ? joined : null;
}

function splitNames(value: string): string[] {
  const text = value.replace(/\s+/g, ' ').trim().replace(DATED_PREFIX, '').replace(PREFIX, '').replace(GLUED_PREFIX, '');
  return text.split(/\s*(?:,|;|\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s|\bi\b(?=\s\p{Lu}))\s*/u);
}

/** One name without prefixes, trailing roles, dates or addresses; null when what is left is not a name. */
export function cleanName(raw: string): string | null {
  let name = raw.replace(/\s+/g, ' ').trim().replace(PREFIX, '').replace(GLUED_PREFIX, '');
  // A name ends where the date or time printed after it begins ("Emily Burack 8 January 2020", "07 Dezember").
  name = name.split(/\s+(?:\||–|—|-|·|•)\s+|\s+(?:(?:on|am|le|el|il|em)\s+)?\d/)[0] ?? '';
  name = name.replace(/\S+@\S+/g, '').replace(/\(.*?\)/g, '').replace(/[,;:.\s–—-]+$/, '').replace(/^[,;:\s]+/, '').trim();
  if (name.length < 2 || /^https?:|www\.|\/\/|\[at\]/i.test(name) || name.startsWith('@')) return null;
  if (LABELS.test(name) || COMMENT_BYLINE.test(name) || NOT_IN_NAMES.test(name)) return null;
  if (!/\p{L}/u.test(name) || /^\d|\d{3,}/.test(name)) return null;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return null;
  if (words.length >= 3 && words.filter((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w)).length * 2 > words.length) return null;
  if (/[.!?]$/.test(name) && !/\b\p{Lu}\.$/u.test(name)) return null;
  return name;
}
