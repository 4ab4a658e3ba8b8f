import type { DateSource, ExtractedArticle } from '../model/article.js';
import type { RawDocument } from '../model/raw-document.js';
import type { Signal } from '../model/signal.js';
import { canonicalUrl, hostOutlet } from '../text/canonical-url.js';
import { normalizeLine, normalizeText } from '../text/normalize.js';
import { parseDateValue } from './dates.js';
import { extractHtml } from './html/extract-html.js';
import { detectLanguage } from './language.js';
import { cleanResidue } from './residue/clean-residue.js';
import type { MetadataField, MetadataLine } from './text/metadata-line.js';
import { parseTextDocument } from './text/text-document.js';

/**
 * RawDocument -> ExtractedArticle: the body's own extraction (HTML cascade, text header, record field), then
 * normalisation and residue removal, then metadata merged in order of trust: what the container states (JSON
 * fields, feed entry, WARC URI) over what the page says about itself over what stray lines in the text say.
 * Returns null when there is no article (an empty page is a value, not an error).
 */

export interface ExtractContext {
  readonly now: Date;
}

/** Shortest body we call an article: one real sentence. Shorter is a teaser, a link or an empty template. */
const MIN_TEXT_CHARS = 40;
/** A title made from the first sentence is cut here; longer headlines are rare (most outlets stay under 110). */
const MAX_FALLBACK_TITLE = 120;
/** Two dates for one article that differ by more than this disagree; less is a timezone or an edit. */
const DATE_CONFLICT_MS = 2 * 24 * 3600 * 1000;

interface BodyParts {
  title: string | null;
  text: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  published: { iso: string; source: DateSource } | null;
  declaredLanguage: string | null;
  header: MetadataLine[];
  signals: Signal[];
}

export function extractArticle(document: RawDocument, context: ExtractContext): ExtractedArticle | null {
  const { hints } = document;
  const parts = bodyParts(document, context);
  const title = normalizeLine(hints.title ?? '') || normalizeLine(parts.title ?? '');
  const residue = cleanResidue(normalizeText(parts.text), { title });
  const text = normalizeText(residue.text);
  if (text.length < MIN_TEXT_CHARS) return null;

  const fromText = (field: MetadataField) => residue.metadata.find((m) => m.field === field)?.value ?? null;
  const fromHeader = (field: MetadataField) => parts.header.find((m) => m.field === field)?.value ?? null;

  const url = canonicalUrl(hints.url ?? '') ?? parts.url ?? canonicalUrl(fromHeader('url') ?? '');
  const signals = [...parts.signals, ...residue.signals];
  const published = choosePublished(
    [
      { raw: hints.published, source: 'field' },
      { raw: parts.published?.iso, source: parts.published?.source ?? 'meta' },
      { raw: fromHeader('published'), source: 'field' },
      { raw: fromText('published'), source: 'text' },
    ],
    context,
    signals,
  );

  return {
    title: title || fallbackTitle(text),
    text,
    url,
    outlet: clean(hints.outlet) ?? parts.outlet ?? clean(fromHeader('outlet')) ?? hostOutlet(url),
    author: clean(hints.author) ?? parts.author ?? clean(fromHeader('author')) ?? clean(fromText('author')),
    publishedAt: published?.iso ?? null,
    dateSource: published?.source ?? null,
    language: detectLanguage(text, hints.language ?? fromHeader('language') ?? parts.declaredLanguage),
    signals,
    origin: document.origin,
  };
}

function bodyParts(document: RawDocument, context: ExtractContext): BodyParts {
  const empty: BodyParts = { title: null, text: '', url: null, outlet: null, author: null, published: null, declaredLanguage: null, header: [], signals: [] };
  const { body } = document;
  switch (body.kind) {
    case 'html': {
      const page = extractHtml(body.html, { url: document.hints.url, now: context.now });
      return { ...empty, title: page.title, text: page.text ?? '', url: page.url, outlet: page.outlet, author: page.author, published: page.published, declaredLanguage: page.language };
    }
    case 'text': {
      const parsed = parseTextDocument(normalizeText(body.text));
      return { ...empty, title: parsed.title, text: parsed.body, header: [...parsed.metadata], signals: [...parsed.signals] };
    }
    case 'record':
      return { ...empty, text: body.text };
    case 'restored':
      throw new Error('a restored article is stored as it is, never extracted');
  }
}

interface DateCandidate {
  readonly raw: string | null | undefined;
  readonly source: DateSource;
}

/** The most trusted date that parses and is in bounds; a second, far-off date is reported as a conflict. */
function choosePublished(candidates: readonly DateCandidate[], context: ExtractContext, signals: Signal[]): { iso: string; source: DateSource } | null {
  const parsed = candidates
    .filter((c): c is DateCandidate & { raw: string } => typeof c.raw === 'string' && c.raw.trim() !== '')
    .map((c) => ({ iso: parseDateValue(c.raw, context), source: c.source, raw: c.raw }))
    .filter((c): c is { iso: string; source: DateSource; raw: string } => c.iso !== null);
  const best = parsed[0];
  if (!best) return null;
  const far = parsed.find((c) => Math.abs(Date.parse(c.iso) - Date.parse(best.iso)) > DATE_CONFLICT_MS);
  if (far) {
    signals.push({ kind: 'date.conflict', evidence: `${best.source} says ${best.iso.slice(0, 10)}, ${far.source} says ${far.iso.slice(0, 10)}`, confidence: 0.7 });
  }
  return { iso: best.iso, source: best.source };
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return normalizeLine(value) || null;
}

function fallbackTitle(text: string): string {
  const first = (text.split('\n')[0] ?? '').split(/(?<=[.!?])\s/)[0] ?? '';
  return first.length <= MAX_FALLBACK_TITLE ? first : `${first.slice(0, MAX_FALLBACK_TITLE - 1).trimEnd()}…`;
}
