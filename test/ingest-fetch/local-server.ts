import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { LookupAddress } from 'node:dns';
import type { AddressClass } from '../../src/ingest/fetch/address-policy.js';
import type { LookupAll } from '../../src/ingest/fetch/guarded-lookup.js';
import { CrosscheckError } from '../../src/model/crosscheck-error.js';

/**
 * Loopback-only HTTP servers for the fetcher tests. Every server listens on a 127.x address with port 0 and counts
 * the connections and requests it sees, so a test can prove that a refused fetch never reached it. Nothing here
 * ever connects anywhere else: the fetcher's refusals happen at the address check, before any socket exists.
 */

export interface LocalServer {
  readonly host: string;
  readonly port: number;
  /** http://host:port, no trailing slash. */
  readonly origin: string;
  readonly connections: () => number;
  readonly requests: () => number;
  readonly close: () => Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, server: { origin: string }) => void;

const open = new Set<LocalServer>();

export async function startServer(handler: Handler, host = '127.0.0.1'): Promise<LocalServer> {
  let connections = 0;
  let requests = 0;
  const info = { origin: '' };
  const server: Server = createServer((req, res) => {
    requests += 1;
    handler(req, res, info);
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  info.origin = `http://${host}:${address.port}`;
  const local: LocalServer = {
    host,
    port: address.port,
    origin: info.origin,
    connections: () => connections,
    requests: () => requests,
    close: () => {
      open.delete(local);
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  open.add(local);
  return local;
}

/** Closes every server a test started (call from afterEach). */
export async function closeAllServers(): Promise<void> {
  await Promise.all([...open].map((server) => server.close()));
}

/** A port nothing listens on: opened, then closed again. */
export async function closedPort(): Promise<number> {
  const server = await startServer(() => undefined);
  await server.close();
  return server.port;
}

/** The address policy of the redirect tests: 127.0.0.1 plays a public site, everything else is private. */
export function onlyFirstLoopbackIsPublic(ip: string): AddressClass {
  return ip === '127.0.0.1' ? 'public' : 'private';
}

/** A resolver from a fixed table, counting calls; unknown names fail like DNS does (ENOTFOUND), offline. */
export function tableLookup(table: Record<string, string[]>): LookupAll & { calls: string[] } {
  const calls: string[] = [];
  const lookup = (hostname: string, _options: unknown, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void): void => {
    calls.push(hostname);
    const addresses = table[hostname];
    setImmediate(() => {
      if (!addresses) callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
      else callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
    });
  };
  return Object.assign(lookup, { calls });
}

/** Runs `promise`, expecting a CrosscheckError, and returns it. */
export async function rejection(promise: Promise<unknown>): Promise<CrosscheckError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CrosscheckError) return error;
    throw new Error(`expected a CrosscheckError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the fetch to fail, but it succeeded');
}
