import type { Origin } from './raw-document.js';
import type { Signal } from './signal.js';

/** Where the publication date was found, most trusted first (htmldate's order). */
export type DateSource = 'field' | 'json-ld' | 'meta' | 'time-element' | 'url' | 'text';

/** The result of extraction: clean text and metadata, ready to store and analyse. */
export interface ExtractedArticle {
  readonly title: string;
  readonly text: string;
  /** Canonical URL (tracking parameters and fragment removed), or null for documents with none. */
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  /** ISO 8601 (UTC, `YYYY-MM-DDTHH:mm:ss.sssZ`), or null when no trustworthy date was found. */
  readonly publishedAt: string | null;
  readonly dateSource: DateSource | null;
  /** ISO 639-1 where one exists (`en`, `de`), else ISO 639-3; null when the text is too short to tell. */
  readonly language: string | null;
  readonly signals: readonly Signal[];
  readonly origin: Origin;
}

/** A stored article: the extracted one with its identity and version. */
export interface Article extends ExtractedArticle {
  readonly id: string;
  /** SHA-256 (hex) of the normalised title and text: equal hashes mean the same content. */
  readonly contentHash: string;
  /** 1 for the first content seen at this identity, +1 for each changed version. */
  readonly version: number;
  /** When this version was stored, ISO 8601. */
  readonly ingestedAt: string;
  /** What this version changed against the previous one; null for version 1. */
  readonly changes: VersionChanges | null;
}

/** The short form the `articles` listing shows. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
}

/** What changed between two versions of one article (same URL, different content). */
export interface VersionChanges {
  readonly title?: { readonly from: string; readonly to: string };
  readonly publishedAt?: { readonly from: string | null; readonly to: string | null };
  /** Paragraphs present in the new version and not in the old one. */
  readonly paragraphsAdded: readonly string[];
  /** Paragraphs present in the old version and not in the new one. */
  readonly paragraphsRemoved: readonly string[];
}

/** A superseded version of an article, as it was stored before the next version replaced it. */
export interface ArticleVersion extends ExtractedArticle {
  readonly articleId: string;
  readonly version: number;
  readonly contentHash: string;
  readonly ingestedAt: string;
  /** What this version changed against the one before it; null for version 1. */
  readonly changes: VersionChanges | null;
}
