import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../src/ingest/fetch/address-policy.js';
import { createGuardedLookup } from '../../src/ingest/fetch/guarded-lookup.js';
import { CrosscheckError } from '../../src/model/crosscheck-error.js';
import { tableLookup } from './local-server.js';

// The lookup handed to http.request, called the way net calls it; nothing here opens a socket or queries DNS.
type Reply = { err: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family: number | undefined };

function call(lookup: ReturnType<typeof createGuardedLookup>, host: string, all: boolean): Promise<Reply> {
  return new Promise((resolve) => {
    lookup(host, { all }, (err, address, family) => resolve({ err, address, family }));
  });
}

const table = tableLookup({
  'public.test': ['8.8.8.8', '2001:4860:4860::8888'],
  'mixed.test': ['8.8.8.8', '10.0.0.5'],
});

describe('guarded lookup', () => {
  const refusals: CrosscheckError[] = [];
  const lookup = createGuardedLookup(table, { classify: classifyAddress, allowPrivate: false }, (e) => refusals.push(e));

  it('passes every checked address on when net asks for all of them (autoSelectFamily)', async () => {
    const reply = await call(lookup, 'public.test', true);
    expect(reply.err).toBeNull();
    expect(reply.address).toEqual([{ address: '8.8.8.8', family: 4 }, { address: '2001:4860:4860::8888', family: 6 }]);
  });

  it('passes the first checked address and its family when net asks for one', async () => {
    const reply = await call(lookup, 'public.test', false);
    expect(reply).toEqual({ err: null, address: '8.8.8.8', family: 4 });
  });

  it('refuses the host when any address is not public, and reports the refusal', async () => {
    const reply = await call(lookup, 'mixed.test', true);
    expect(reply.err).toBeInstanceOf(CrosscheckError);
    expect((reply.err as CrosscheckError).code).toBe('CC_PRIVATE_ADDRESS');
    expect(reply.err?.message).toBe('refused: mixed.test resolves to private address 10.0.0.5 (allow with --allow-private)');
    expect(refusals.map((e) => e.code)).toEqual(['CC_PRIVATE_ADDRESS']);
  });

  it('passes resolver errors through unchanged', async () => {
    const reply = await call(lookup, 'missing.test', true);
    expect(reply.err?.code).toBe('ENOTFOUND');
  });

  it('turns an empty answer into ENOTFOUND', async () => {
    const empty = createGuardedLookup((_h, _o, cb) => cb(null, []), { classify: classifyAddress, allowPrivate: false }, () => undefined);
    expect((await call(empty, 'void.test', true)).err?.code).toBe('ENOTFOUND');
  });
});
