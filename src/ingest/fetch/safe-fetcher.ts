import { lookup as dnsLookup } from 'node:dns';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { FetchedPage, Fetcher } from '../../ports/fetcher.js';
import { classifyAddress } from './address-policy.js';
import type { AddressClass } from './address-policy.js';
import { abortError, toFetchError } from './fetch-errors.js';
import type { LookupAll } from './guarded-lookup.js';
import { requestHop } from './request-hop.js';

/**
 * The Fetcher port over node:http / node:https, safe to point at URLs nobody vetted (a feed's links, a redirect's
 * target): only http(s), only public addresses (checked for every hop, at connect time), a bounded number of
 * redirects, one deadline for the whole fetch and a cap on the bytes kept in memory.
 */

/**
 * 15 s for the whole fetch (DNS, connect, TLS, headers, body, every redirect). A healthy news site answers in well
 * under 2 s; 15 s still covers a slow CDN edge on a bad link, and a batch of hundreds of URLs is not held up for
 * minutes by a server that accepts the connection and then stalls.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * 10 MiB per response, after decompression. An article page, even with inline scripts and styles, is typically
 * 50 KiB-2 MiB and a large RSS feed a few MiB; 10 MiB leaves headroom while stopping a runaway or hostile response
 * (an endless stream, a zip bomb) from exhausting memory when many fetches run at once.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * 5 redirects. Real chains are short (http -> https -> www -> canonical path, maybe a tracker hop: 1-4);
 * longer chains are loops or redirect games. Browsers allow 20, but a news fetcher gains nothing from the extra
 * hops, and every hop is one more address an attacker can steer.
 */
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'crosscheck/0.1 (+news corroboration)';

export interface SafeFetcherOptions {
  /** Deadline for one whole fetch, redirects included. */
  readonly timeoutMs?: number;
  /** Cap on the body, on the wire and after decompression. */
  readonly maxBytes?: number;
  /** How many redirects are followed; the next one fails with CC_TOO_MANY_REDIRECTS. */
  readonly maxRedirects?: number;
  /** Contact loopback, private, link-local and reserved addresses too (a local test server, an intranet). */
  readonly allowPrivate?: boolean;
  readonly userAgent?: string;
  /** The address policy; injectable so tests can play public and private servers on loopback. */
  readonly classify?: (ip: string) => AddressClass;
  /** The resolver (dns.lookup by default); injectable so tests resolve names without DNS traffic. */
  readonly lookup?: LookupAll;
}

export function createSafeFetcher(options: SafeFetcherOptions = {}): Fetcher {
  const timeoutMs = positiveInteger('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const maxBytes = positiveInteger('maxBytes', options.maxBytes ?? DEFAULT_MAX_BYTES);
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0) {
    throw new CrosscheckError('CC_USAGE', `maxRedirects must be a whole number >= 0, got ${maxRedirects}`);
  }
  const hop = {
    guard: { classify: options.classify ?? classifyAddress, allowPrivate: options.allowPrivate ?? false },
    lookup: options.lookup ?? dnsLookup,
    maxBytes,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
  };

  return {
    async fetch(requested: string, fetchOptions: { readonly signal?: AbortSignal } = {}): Promise<FetchedPage> {
      const deadline = new AbortController();
      const timer = setTimeout(() => {
        deadline.abort(new CrosscheckError('CC_FETCH_TIMEOUT', `no complete response within ${timeoutMs} ms`));
      }, timeoutMs);
      const caller = fetchOptions.signal;
      const onCallerAbort = (): void => deadline.abort(abortError(caller?.reason));
      if (caller?.aborted) onCallerAbort();
      else caller?.addEventListener('abort', onCallerAbort, { once: true });

      let url: URL | undefined;
      try {
        url = parseHttpUrl(requested, 'not a valid URL');
        for (let redirects = 0; ; redirects += 1) {
          const result = await requestHop(url, { ...hop, signal: deadline.signal });
          if (result.kind === 'body') return { url: url.href, status: result.status, contentType: result.contentType, bytes: result.bytes };
          if (result.kind === 'status') {
            const text = result.statusText ? ` ${result.statusText}` : '';
            throw new CrosscheckError('CC_HTTP_STATUS', `HTTP ${result.status}${text} from ${url.href}`);
          }
          if (redirects >= maxRedirects) {
            throw new CrosscheckError('CC_TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects (the last one from ${url.href})`);
          }
          url = parseHttpUrl(result.location, `HTTP ${result.status} from ${url.href} redirects to an invalid URL`, url);
        }
      } catch (error) {
        // Every rejection below is already a CrosscheckError; the fallback keeps the port's promise if one is not.
        const failure = error instanceof CrosscheckError || !url ? error : toFetchError(error, url);
        if (!(failure instanceof CrosscheckError)) throw failure;
        throw withRequestedInput(failure, requested);
      } finally {
        clearTimeout(timer);
        caller?.removeEventListener('abort', onCallerAbort);
      }
    },
  };
}

/** Parses `text` (relative to `base` for a Location header) and accepts only http: and https:. */
function parseHttpUrl(text: string, invalid: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch (error) {
    throw new CrosscheckError('CC_URL_INVALID', `${invalid}: ${JSON.stringify(text)}`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const what = base ? `redirect from ${base.href} to a ${url.protocol} URL` : `unsupported URL scheme "${url.protocol}"`;
    throw new CrosscheckError('CC_URL_INVALID', `${what} (only http and https are fetched)`);
  }
  return url;
}

/** Every error names the URL the user asked for, even when it happened three redirects later. */
function withRequestedInput(error: CrosscheckError, requested: string): CrosscheckError {
  if (error.input === requested) return error;
  return new CrosscheckError(error.code, error.message, { input: requested, cause: error.cause });
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) throw new CrosscheckError('CC_USAGE', `${name} must be a whole number > 0, got ${value}`);
  return value;
}
