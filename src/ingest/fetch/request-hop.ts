import { request as httpRequest } from 'node:http';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { CrosscheckError } from '../../model/crosscheck-error.js';
import { decodeBody, readCappedBody } from './body-reader.js';
import { abortError, toFetchError } from './fetch-errors.js';
import { assertAddressAllowed, createGuardedLookup } from './guarded-lookup.js';
import type { AddressGuard, LookupAll } from './guarded-lookup.js';

/**
 * One HTTP GET, one URL, no redirect following: the redirect loop in safe-fetcher decides what a 3xx means, so that
 * every hop goes through the same address check here. A hop answers with a redirect target, a final non-2xx status
 * (body discarded unread) or a 2xx body, capped and decoded.
 */

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface HopOptions {
  readonly guard: AddressGuard;
  readonly lookup: LookupAll;
  readonly maxBytes: number;
  readonly userAgent: string;
  /** Aborting it (timeout or caller) destroys the connection; its reason is what the hop rejects with. */
  readonly signal: AbortSignal;
}

export type HopResult =
  | { readonly kind: 'redirect'; readonly status: number; readonly location: string }
  | { readonly kind: 'status'; readonly status: number; readonly statusText: string }
  | { readonly kind: 'body'; readonly status: number; readonly contentType: string | null; readonly bytes: Uint8Array };

export function requestHop(url: URL, options: HopOptions): Promise<HopResult> {
  return new Promise<HopResult>((resolve, reject) => {
    // URL hostnames keep IPv6 brackets; sockets want the bare address.
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    let refusal: CrosscheckError | undefined;
    let req: ClientRequest | undefined;
    let res: IncomingMessage | undefined;

    const fail = (error: unknown): void => {
      options.signal.removeEventListener('abort', onAbort);
      reject(error);
    };
    const succeed = (result: HopResult): void => {
      options.signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    function onAbort(): void {
      res?.destroy();
      req?.destroy();
      fail(abortError(options.signal.reason));
    }
    if (options.signal.aborted) {
      fail(abortError(options.signal.reason));
      return;
    }
    options.signal.addEventListener('abort', onAbort, { once: true });

    try {
      // Node connects to a literal IP without calling `lookup`, so a literal is checked here, before any socket.
      if (isIP(host)) assertAddressAllowed(host, host, options.guard);
      req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(requestOptions(url, host, options, (error) => {
        refusal = error;
      }));
    } catch (error) {
      fail(toFetchError(error, url));
      return;
    }

    req.on('error', (error) => fail(refusal ?? toFetchError(error, url)));
    req.on('response', (response) => {
      res = response;
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location !== undefined) {
        response.destroy();
        succeed({ kind: 'redirect', status, location });
        return;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        succeed({ kind: 'status', status, statusText: response.statusMessage ?? '' });
        return;
      }
      readCappedBody(response, url, options.maxBytes)
        .then((raw) => decodeBody(raw, response.headers['content-encoding'], url, options.maxBytes))
        .then((body) => succeed({
          kind: 'body',
          status,
          contentType: response.headers['content-type'] ?? null,
          // A plain Uint8Array view: the pure stages downstream must not come to rely on Buffer methods.
          bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
        }))
        .catch(fail);
    });
    req.end();
  });
}

function requestOptions(url: URL, host: string, options: HopOptions, onRefused: (error: CrosscheckError) => void): RequestOptions {
  return {
    protocol: url.protocol,
    hostname: host,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    // A private one-shot agent: a pooled keep-alive socket opened by other code would skip our lookup entirely.
    agent: false,
    lookup: createGuardedLookup(options.lookup, options.guard, onRefused),
    headers: {
      'user-agent': options.userAgent,
      accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
      // Only what body-reader can undo (and cap): anything else would arrive as undecodable bytes.
      'accept-encoding': 'gzip, deflate, br',
    },
  };
}
