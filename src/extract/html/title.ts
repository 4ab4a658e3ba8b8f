import type { MetaTags } from './meta-tags.js';
import type { El } from './parse-document.js';
import { classAndId } from './parse-document.js';

/**
 * The headline, as a reader would quote it: without the " | Site Name" that `<title>` and often og:title carry.
 *
 * Sources, most trusted first: og:title and JSON-LD headline (written for sharing, so they are the headline), the
 * page's `<h1>`, then `<title>`. A source that reads "Headline | Site" is split at its separator and the site part
 * dropped: the part that names the outlet or host, or else the short part beside a long one. When an `<h1>` equals
 * one part of a title, that part is the headline (this settles "Site - Headline" against "Headline - Section").
 */

const SEPARATORS = /\s+(?:\|\|?|–|—|--?|::|·|•|⋆|»|«|\/\/?|~)(?:\s+(?:»|«|\||–|—))?\s+/;
/** A segment of at most this many words beside a longer one is a site or section name ("LECKER", "Die FURCHE"). */
const MAX_SITE_WORDS = 4;
/**
 * A site name put before the headline ("jungle.world - Headline") is shorter than one put after it; a four-word
 * first part is more often the headline's own first clause ("Alkohol auf dem Boot – Erfahre mehr zu den Risiken").
 */
const MAX_SITE_PREFIX_WORDS = 2;
/**
 * A German compound shares its parts: "Chorgeschichte" names a "Geschichte", "Gefahrstoffmanagement" a
 * "Gefahrstoff". A part is a word of its own (six letters or more: "Autor" is not a part of "Autorin") and the rest
 * of the compound is one too (four letters or more: "Bavarian" is an inflection of "Bavaria", not a compound).
 */
const MIN_COMPOUND_PART = 6;
const MIN_COMPOUND_REST = 4;
/** Headlines are rarely longer; a longer "title" is a description or a text fragment. */
const MAX_TITLE_CHARS = 300;

export interface TitleInputs {
  readonly meta: MetaTags;
  /** The page's `<h1>` elements and `<title>` text. */
  readonly h1s: readonly El[];
  readonly documentTitle: string;
  readonly jsonLdHeadline: string | null;
  readonly outlet: string | null;
  readonly host: string | null;
}

export function extractTitle(inputs: TitleInputs): string | null {
    const siteNames = [inputs.outlet, ...hostNames(inputs.host)].filter((s): s is string => !!s).map(norm);
  const sharedRaw = inputs.meta.first(['og:title', 'twitter:title', 'itemprop:headline', 'dc.title', 'parsely-title', 'sailthru.title']) ?? inputs.jsonLdHeadline;
  const shared = sharedRaw ? clean(sharedRaw) : null;
  const title = inputs.documentTitle ? clean(inputs.documentTitle) : null;
  const declared = [shared, title].filter((t): t is string => t !== null);
  const h1s = headings(inputs.h1s, declared);
  const headline = exactHeadline(h1s, declared, siteNames) ?? h1s.find((h) => isHeadline(h, declared, siteNames));
  if (headline) return headline;
  if (shared) return withoutSite(shared, siteNames);
  return title ? withoutSite(title, siteNames) : null;
}

/**
 * An `<h1>` that repeats a declared title (whole, or without its site part) is the headline, the shared title's
 * repetition first: a page can have a section `<h1>` ("News") that equals its `<title>` ("News - Eawag") and the
 * headline `<h1>` that equals its og:title.
 */
function exactHeadline(h1s: readonly string[], declared: readonly string[], siteNames: readonly string[]): string | undefined {
  for (const title of declared) {
    for (const key of [norm(title), norm(withoutSite(title, siteNames))]) {
      const found = h1s.find((h) => norm(h) === key && !siteNames.includes(key));
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The names a host gives a site: the whole host, its registrable domain ("en.blog.wordpress.com" ->
 * "wordpress.com"; "bbc.co.uk" keeps three labels) and that domain's name ("wordpress").
 */
function hostNames(host: string | null): string[] {
  if (!host) return [];
  const labels = host.split('.');
  const keep = labels.length >= 3 && (labels[labels.length - 2]!.length <= 3) ? 3 : 2;
  const domain = labels.slice(-keep).join('.');
  return [host, domain, domain.split('.')[0] ?? ''];
}

/**
 * An `<h1>` is the headline unless it names the site: it equals the outlet or host, or it is the part a declared
 * title drops as the site name ("Headline | Blog Name" with `<h1>Blog Name</h1>`). It must share a word with a
 * declared title when there is one: a page whose `<h1>` is a section label ("Pressemitteilungen") says so by
 * sharing nothing with its `<title>`.
 */
function isHeadline(h1: string, declared: readonly string[], siteNames: readonly string[]): boolean {
  const key = norm(h1);
  if (key.length < 2 || siteNames.includes(key)) return false;
  for (const title of declared) {
    const kept = norm(withoutSite(title, siteNames));
    const parts = title.split(SEPARATORS).map(norm);
    if (parts.length > 1 && parts.includes(key) && kept !== key && !kept.includes(key)) return false;
  }
  if (declared.length === 0) return true;
  const words = significantWords(h1);
  return declared.some((t) => significantWords(t).some((w) => words.some((h) => related(w, h))));
}

/** Words of four letters or more; hyphens and slashes separate words ("Privatkredit-Zinsen" is two). */
function significantWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
}

/** Whether two words name the same thing: equal, or one a part at either end of the other, a German compound. */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_COMPOUND_PART || long.length - short.length < MIN_COMPOUND_REST) return false;
  return long.startsWith(short) || long.endsWith(short);
}

/** `<h1>` texts, the one inside `<article>`/`<main>` first: a page's first `<h1>` is often the site logo. */
function headings(list: readonly El[], declared: readonly string[]): string[] {
  const found: { text: string; inArticle: boolean }[] = [];
  for (const h of list.slice(0, 10)) {
    const text = headlineText(h, declared);
    if (text && text.length <= MAX_TITLE_CHARS) found.push({ text, inArticle: insideArticle(h) });
  }
  return [...found.filter((f) => f.inArticle), ...found.filter((f) => !f.inArticle)].map((f) => f.text);
}

/** Class words of the kicker, label or subtitle news sites print inside the `<h1>` beside the headline proper. */
const KICKER = /kicker|dach|overline|topline|roofline|eyebrow|label|rubri|category|section|spitzmarke|supertitle|pretitle|subtitle|sub-title|untertitel|subline/;

interface Segment {
  readonly text: string;
  readonly kicker: boolean;
}

/**
 * The headline part of an `<h1>`: German and French news sites put a kicker and the headline in one `<h1>`
 * (`<span class="dachzeile">Holocaust-Gedenktag</span><span>Erinnerung an die Opfer</span>`, or
 * `<small>Einheit der Woche</small><br>Lagen-Pyramide`). A part whose text a declared title repeats is the headline
 * when the other part is marked as a kicker; otherwise the marked kickers are left out.
 */
function headlineText(h1: El, declared: readonly string[]): string | null {
  const whole = clean(h1.textContent ?? '');
  const segments = segmentsOf(h1);
  if (segments.length < 2 || !segments.some((s) => s.kicker)) return whole;
  const declaredKeys = declared.map(norm);
  const repeated = segments.find((s) => !s.kicker && norm(s.text).length > 3 && declaredKeys.some((d) => d.includes(norm(s.text))));
  if (repeated) return repeated.text;
  const kept = segments.filter((s) => !s.kicker);
  return kept.length > 0 ? clean(kept.map((s) => s.text).join(' ')) : whole;
}

/**
 * The `<h1>`'s child nodes as text parts, looking through a single wrapping element; `<small>` is a kicker too.
 * Neighbouring parts that are not kickers are one part: the parser splits a text at an entity ("Sorge &#8211;
 * Finanzdaten" is three text nodes), and inline markup inside the headline (`<em>`) does not end it.
 */
function segmentsOf(h1: El): Segment[] {
  let root: El = h1;
  for (let depth = 0; depth < 3 && root.children.length === 1 && !hasOwnText(root); depth++) root = root.children[0]!;
  const segments: Segment[] = [];
  let pending = '';
  const flush = (): void => {
    const text = clean(pending);
    if (text) segments.push({ text, kicker: false });
    pending = '';
  };
  for (let node = root.firstChild; node; node = node.nextSibling) {
    const element = node.nodeType === 1 ? (node as El) : null;
    const kicker = element !== null && (element.localName === 'small' || KICKER.test(classAndId(element)));
    if (!kicker) {
      pending += element?.localName === 'br' ? ' ' : (node.textContent ?? '');
      continue;
    }
    flush();
    const text = clean(node.textContent ?? '');
    if (text) segments.push({ text, kicker: true });
  }
  flush();
  return segments;
}

function hasOwnText(element: El): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
  }
  return false;
}

function insideArticle(element: El): boolean {
  for (let e: El | null = element.parentElement; e; e = e.parentElement) {
    if (e.localName === 'article' || e.localName === 'main') return true;
  }
  return false;
}

export function withoutSite(title: string, siteNames: readonly string[]): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const kept = parts.filter((p) => !siteNames.some((s) => s.length > 0 && (norm(p) === s || norm(p).replace(/\s+/g, '') === s.replace(/\s+/g, ''))));
  if (kept.length > 0 && kept.length < parts.length) return joinLike(title, kept);
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (wordCount(last) <= MAX_SITE_WORDS && wordCount(first) > wordCount(last)) return joinLike(title, parts.slice(0, -1));
  if (isSiteLike(first) && wordCount(last) > wordCount(first)) return joinLike(title, parts.slice(1));
  return title;
}

/** A title's first part reads as a site name when it is a domain ("jungle.world") or one or two bare words. */
function isSiteLike(part: string): boolean {
  if (/^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/i.test(part)) return true;
  return wordCount(part) <= MAX_SITE_PREFIX_WORDS && !/[,;:…!?.]/.test(part);
}

/** Rejoins kept parts with the separators the title had between them. */
function joinLike(title: string, kept: readonly string[]): string {
  if (kept.length === 1) return kept[0]!;
  const start = title.indexOf(kept[0]!);
  const last = kept[kept.length - 1]!;
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end) : kept.join(' - ');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function clean(text: string): string | null {
  const t = text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= MAX_TITLE_CHARS * 2 ? t : null;
}

export function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[^\p{L}\p{N} ]/gu, '').trim();
}
