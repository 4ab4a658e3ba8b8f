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

const SEPARATORS = /\s+(?:\||–|—|-|::|·|•|⋆|»|«|\/|~)\s+/;
/** A segment of at most this many words beside a longer one is a site or section name ("LECKER", "Die FURCHE"). */
const MAX_SITE_WORDS = 4;
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
    const siteNames = [inputs.outlet, inputs.host, inputs.host?.split('.')[0] ?? null].filter((s): s is string => !!s).map(norm);
  const sharedRaw = inputs.meta.first(['og:title', 'twitter:title', 'itemprop:headline', 'dc.title', 'parsely-title', 'sailthru.title']) ?? inputs.jsonLdHeadline;
  const shared = sharedRaw ? clean(sharedRaw) : null;
  const title = inputs.documentTitle ? clean(inputs.documentTitle) : null;
  const declared = [shared, title].filter((t): t is string => t !== null);
  const h1s = headings(inputs.h1s, declared);
  const headline = h1s.find((h) => isHeadline(h, declared, siteNames));
  if (headline) return headline;
  if (shared) return withoutSite(shared, siteNames);
  return title ? withoutSite(title, siteNames) : null;
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
  if (declared.length === 0 || (globalThis as Record<string, unknown>).__TOV === 0) return true;
  const words = significantWords(h1);
  return declared.some((t) => significantWords(t).some((w) => words.includes(w)));
}

function significantWords(text: string): string[] {
  return norm(text).split(' ').filter((w) => w.length >= 4);
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

/** Class words of the kicker or label news sites print inside the `<h1>`, above or before the headline proper. */
const KICKER = /kicker|dach|overline|topline|roofline|eyebrow|label|rubri|category|section|spitzmarke|supertitle|pretitle/;

/**
 * The headline part of an `<h1>`: German and French news sites put a kicker and the headline in one `<h1>`
 * (`<span class="dachzeile">Holocaust-Gedenktag</span><span>Erinnerung an die Opfer</span>`). A child whose text
 * a declared title repeats is the headline; otherwise children named as kickers are left out.
 */
function headlineText(h1: El, declared: readonly string[]): string | null {
  const whole = clean(h1.textContent ?? '');
  const children: El[] = [];
  for (let i = 0; i < h1.children.length; i++) children.push(h1.children[i]!);
  const texts = children.map((c) => ({ element: c, text: clean(c.textContent ?? '') })).filter((c): c is { element: El; text: string } => c.text !== null);
  if (texts.length < 2) return whole;
  const declaredKeys = declared.map(norm);
  const repeated = texts.find((c) => norm(c.text).length > 3 && declaredKeys.some((d) => d.includes(norm(c.text))) && norm(c.text) !== norm(whole ?? ''));
  if (repeated && texts.some((c) => c !== repeated && KICKER.test(classAndId(c.element)))) return repeated.text;
  const kept = texts.filter((c) => !KICKER.test(classAndId(c.element)));
  return kept.length > 0 && kept.length < texts.length ? clean(kept.map((c) => c.text).join(' ')) : whole;
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
  if (wordCount(first) <= MAX_SITE_WORDS && wordCount(last) > wordCount(first)) return joinLike(title, parts.slice(1));
  return title;
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
