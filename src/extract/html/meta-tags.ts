import type { PageIndex } from './page-index.js';

/**
 * Every `<meta>` and `<link>` of the page, read once into lookup tables: each metadata field asks for its keys in
 * its own order of trust. Keys are lowercased (`og:title`, `article:published_time`, `dc.date`, `itemprop:datepublished`)
 * because publishers spell them every way.
 */
export interface MetaTags {
  /** The first non-empty value for the first key present, in the order given. */
  first(keys: readonly string[]): string | null;
  /** Every value of one key, in page order. */
  all(key: string): readonly string[];
  /** hrefs of `<link rel=...>` for one rel value (lowercased). */
  links(rel: string): readonly string[];
}

export function readMetaTags(index: PageIndex): MetaTags {
  const values = new Map<string, string[]>();
  const add = (key: string | null, value: string | null): void => {
    if (!key || value === null) return;
    const trimmed = value.trim();
    if (trimmed.length === 0) return;
    const k = key.trim().toLowerCase();
    const list = values.get(k);
    if (list) list.push(trimmed);
    else values.set(k, [trimmed]);
  };
  for (const meta of index.metas) {
    const content = meta.getAttribute('content') ?? meta.getAttribute('value');
    add(meta.getAttribute('property'), content);
    add(meta.getAttribute('name'), content);
    const itemprop = meta.getAttribute('itemprop');
    if (itemprop) add(`itemprop:${itemprop}`, content);
    const equiv = meta.getAttribute('http-equiv');
    if (equiv) add(`http-equiv:${equiv}`, content);
  }
  const links = new Map<string, string[]>();
  for (const link of index.links) {
    const href = link.getAttribute('href')?.trim();
    if (!href) continue;
    for (const rel of (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)) {
      if (!rel) continue;
      const list = links.get(rel);
      if (list) list.push(href);
      else links.set(rel, [href]);
    }
  }
  return {
    first(keys) {
      for (const key of keys) {
        const found = values.get(key);
        if (found && found.length > 0) return found[0]!;
      }
      return null;
    },
    all(key) {
      return values.get(key) ?? [];
    },
    links(rel) {
      return links.get(rel) ?? [];
    },
  };
}
