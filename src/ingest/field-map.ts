/**
 * Which field of a JSON or CSV record holds what. Users of news dumps meet every naming scheme (`body`,
 * `articleBody`, `content`, `published_at`, `source.name`...), so each target has a list of defaults tried in
 * order, and `--field target=name` on the command line replaces the list with one name. Dotted names reach into
 * nested objects (`source.name`).
 */
export interface FieldMap {
  readonly title: readonly string[];
  readonly text: readonly string[];
  readonly url: readonly string[];
  readonly published: readonly string[];
  readonly author: readonly string[];
  readonly outlet: readonly string[];
  readonly language: readonly string[];
  /** A field holding the page's HTML, used when no text field is present. */
  readonly html: readonly string[];
}

export type FieldTarget = keyof FieldMap;

export const DEFAULT_FIELD_MAP: FieldMap = {
  title: ['title', 'headline', 'name'],
  text: ['text', 'body', 'content', 'articleBody', 'article_body', 'maintext', 'description'],
  url: ['url', 'link', 'canonical_url', 'canonicalUrl', 'uri', 'href'],
  published: ['published', 'publishedAt', 'published_at', 'date', 'datePublished', 'date_publish', 'pubDate', 'pub_date', 'time', 'timestamp'],
  author: ['author', 'authors', 'byline', 'creator'],
  outlet: ['outlet', 'source', 'source.name', 'site', 'site_name', 'siteName', 'publisher', 'publisher.name', 'paperurl', 'domain'],
  language: ['language', 'lang', 'languageCode'],
  html: ['html', 'raw_html', 'rawHtml'],
};

export const FIELD_TARGETS = Object.keys(DEFAULT_FIELD_MAP) as FieldTarget[];

/** `--field text=story --field outlet=meta.site` over the defaults. */
export function fieldMapWith(overrides: Partial<Record<FieldTarget, string>>): FieldMap {
  const map: Record<string, readonly string[]> = { ...DEFAULT_FIELD_MAP };
  for (const [target, name] of Object.entries(overrides)) if (name) map[target] = [name];
  return map as unknown as FieldMap;
}
