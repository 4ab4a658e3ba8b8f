import { canonicalUrl, hostOutlet } from '../../text/canonical-url.js';
import type { JsonLdArticle } from './01-json-ld.js';
import type { MetaTags } from './meta-tags.js';

/**
 * Which page this is and whose: the canonical URL and the outlet's name. Both prefer what the publisher declares
 * (link rel=canonical, og:url, JSON-LD; og:site_name, JSON-LD publisher) over what the fetch address implies, because
 * the same article arrives under many addresses (AMP, tracking parameters, syndication) but declares one.
 */

export interface IdentityInputs {
  readonly meta: MetaTags;
  readonly jsonLd: JsonLdArticle | null;
  /** The address the page was fetched from, if known; relative declarations resolve against it. */
  readonly url: string | undefined;
}

/**
 * The canonical URL, absolute and without fragment or tracking parameters. A declared canonical that points at the
 * site's home page while the page itself is deeper is a CMS default, not a statement about this page, and is skipped.
 */
export function extractUrl(inputs: IdentityInputs): string | null {
  const given = inputs.url ? canonicalUrl(inputs.url) : null;
  const declared = [...inputs.meta.links('canonical'), inputs.meta.first(['og:url', 'twitter:url']), inputs.jsonLd?.url ?? null];
  for (const value of declared) {
    if (!value) continue;
    const resolved = canonicalUrl(value, inputs.url);
    if (!resolved) continue;
    if (given && isHomePage(resolved) && !isHomePage(given)) continue;
    return resolved;
  }
  return given;
}

function isHomePage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === '/' || parsed.pathname === '') && parsed.search === '';
  } catch {
    return false;
  }
}

/** Longest plausible outlet name; longer values are slogans or descriptions. */
const MAX_OUTLET_CHARS = 80;

export function extractOutlet(inputs: IdentityInputs, canonical: string | null): string | null {
  const declared = [inputs.meta.first(['og:site_name']), inputs.jsonLd?.publisher ?? null,
    inputs.meta.first(['application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher', 'copyright'])];
  for (const value of declared) {
    const name = value?.replace(/\s+/g, ' ').trim();
    if (name && name.length <= MAX_OUTLET_CHARS && !/^https?:/i.test(name)) return name;
  }
  return hostOutlet(canonical ?? (inputs.url ? canonicalUrl(inputs.url) : null));
}
