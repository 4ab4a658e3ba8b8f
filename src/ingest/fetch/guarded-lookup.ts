import type { LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { AddressClass } from './address-policy.js';

/**
 * The address check that runs inside the socket's own DNS lookup. Checking a hostname first and connecting later
 * would resolve it twice, and a hostile DNS server can answer the check with a public address and the connect with
 * 127.0.0.1 (DNS rebinding). Handing http.request a `lookup` that resolves, checks and then passes exactly the
 * checked addresses on to the connect leaves no second resolution to rebind.
 */

/** dns.lookup with { all: true }: the one shape of resolver the fetcher calls (dns.lookup itself fits). */
export type LookupAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/** What decides whether an address may be contacted. */
export interface AddressGuard {
  readonly classify: (ip: string) => AddressClass;
  /** Lifts the whole policy: loopback, private, link-local and reserved addresses are all contacted. */
  readonly allowPrivate: boolean;
}

/** Throws CC_PRIVATE_ADDRESS when `ip` (which `host` resolved to, or is) may not be contacted. */
export function assertAddressAllowed(host: string, ip: string, guard: AddressGuard): void {
  if (guard.allowPrivate) return;
  const kind = guard.classify(ip);
  if (kind === 'public') return;
  const what = host === ip || host === `[${ip}]` ? `${host} is a ${kind} address` : `${host} resolves to ${kind} address ${ip}`;
  throw new CrosscheckError('CC_PRIVATE_ADDRESS', `refused: ${what} (allow with --allow-private)`);
}

/**
 * A `lookup` for http.request / https.request. Every address the resolver returns is checked, not just the first:
 * the socket may fall back to any of them (Happy Eyeballs, RFC 8305), so one private address among public ones is
 * enough to refuse the host. `onRefused` lets the caller recognise the refusal whatever the socket layer wraps it in.
 */
export function createGuardedLookup(resolve: LookupAll, guard: AddressGuard, onRefused: (error: CrosscheckError) => void): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    const reply = callback as (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) {
        reply(err, '');
        return;
      }
      const first = addresses[0];
      if (!first) {
        reply(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND', hostname }), '');
        return;
      }
      try {
        for (const { address } of addresses) assertAddressAllowed(hostname, address, guard);
      } catch (error) {
        if (error instanceof CrosscheckError) onRefused(error);
        reply(error as NodeJS.ErrnoException, '');
        return;
      }
      // net asks for every address when it races IPv4 and IPv6 (autoSelectFamily), and for one otherwise.
      if (options.all) reply(null, addresses);
      else reply(null, first.address, first.family);
    });
  };
}
