import { afterEach, describe, expect, it } from 'vitest';
import { classifyAddress } from '../../src/ingest/fetch/address-policy.js';
import { assertAddressAllowed } from '../../src/ingest/fetch/guarded-lookup.js';
import { createSafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { closeAllServers, onlyFirstLoopbackIsPublic, rejection, startServer, tableLookup } from './local-server.js';

afterEach(closeAllServers);

const page = '<html><body>hello</body></html>';

describe('safe fetcher: address policy', () => {
  it('refuses a loopback literal before connecting, and fetches it with allowPrivate', async () => {
    const server = await startServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page);
    });
    const url = `${server.origin}/article`;

    const error = await rejection(createSafeFetcher().fetch(url));
    expect(error.code).toBe('CC_PRIVATE_ADDRESS');
    expect(error.message).toContain('127.0.0.1');
    expect(error.message).toContain('loopback');
    expect(error.input).toBe(url);
    expect(server.connections()).toBe(0);
    expect(server.requests()).toBe(0);

    const fetched = await createSafeFetcher({ allowPrivate: true }).fetch(url);
    expect(fetched.status).toBe(200);
    expect(fetched.url).toBe(url);
    expect(fetched.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(fetched.bytes)).toBe(page);
    expect(server.requests()).toBe(1);
  });

  it('refuses localhost, which resolves to loopback, without connecting', async () => {
    const server = await startServer((_req, res) => res.end(page));
    const url = `http://localhost:${server.port}/`;
    const error = await rejection(createSafeFetcher().fetch(url));
    expect(error.code).toBe('CC_PRIVATE_ADDRESS');
    expect(error.message).toMatch(/localhost resolves to loopback address (127\.0\.0\.1|::1)/);
    expect(error.input).toBe(url);
    expect(server.connections()).toBe(0);
  });

  // Only loopback literals are fetched here, so that even a broken check could not send a packet off this machine.
  // Non-loopback targets (10/8, 169.254.169.254, ...) are covered by the check itself, called directly below.
  it.each(['http://[::1]:9/', 'http://[::ffff:127.0.0.1]:9/', 'http://127.1.2.3:9/', 'http://2130706433:9/'])(
    'refuses the loopback literal %s', async (url) => {
      const error = await rejection(createSafeFetcher().fetch(url));
      expect(error.code).toBe('CC_PRIVATE_ADDRESS');
      expect(error.message).toContain('loopback');
    });

  it.each([
    ['169.254.169.254', 'refused: 169.254.169.254 is a link-local address (allow with --allow-private)'],
    ['::ffff:a00:1', 'refused: ::ffff:a00:1 is a private address (allow with --allow-private)'],
    ['0.0.0.0', 'refused: 0.0.0.0 is a reserved address (allow with --allow-private)'],
  ])('the address check refuses %s', (ip, message) => {
    const guard = { classify: classifyAddress, allowPrivate: false };
    expect(() => assertAddressAllowed(ip, ip, guard)).toThrow(message);
    expect(() => assertAddressAllowed(ip, ip, { ...guard, allowPrivate: true })).not.toThrow();
    expect(() => assertAddressAllowed('metadata.test', ip, guard)).toThrow(`metadata.test resolves to`);
  });

  it('checks every resolved address: one private address among public ones refuses the host', async () => {
    const server = await startServer((_req, res) => res.end(page));
    const lookup = tableLookup({ 'news.test': ['127.0.0.1', '127.0.0.2'] });
    const fetcher = createSafeFetcher({ classify: onlyFirstLoopbackIsPublic, lookup });
    const error = await rejection(fetcher.fetch(`http://news.test:${server.port}/`));
    expect(error.code).toBe('CC_PRIVATE_ADDRESS');
    expect(error.message).toContain('news.test resolves to private address 127.0.0.2');
    expect(server.connections()).toBe(0);
  });

  it('connects to the address it checked: the name is resolved once per hop (no rebinding window)', async () => {
    const server = await startServer((_req, res) => res.end(page));
    // A rebinding resolver: public on the first answer, private on every later one.
    let answers = 0;
    const calls: string[] = [];
    const fetcher = createSafeFetcher({
      classify: onlyFirstLoopbackIsPublic,
      lookup: (hostname, _options, callback) => {
        calls.push(hostname);
        answers += 1;
        const address = answers === 1 ? '127.0.0.1' : '127.0.0.2';
        setImmediate(() => callback(null, [{ address, family: 4 }]));
      },
    });
    const fetched = await fetcher.fetch(`http://rebind.test:${server.port}/`);
    expect(new TextDecoder().decode(fetched.bytes)).toBe(page);
    expect(calls).toEqual(['rebind.test']);
    expect(server.requests()).toBe(1);
  });

  it('re-checks the address of a redirect target and never connects to a private one', async () => {
    const inside = await startServer((_req, res) => res.end('secret'), '127.0.0.2');
    const outside = await startServer((_req, res) => {
      res.writeHead(302, { location: `http://127.0.0.2:${inside.port}/` });
      res.end();
    });
    const fetcher = createSafeFetcher({ classify: onlyFirstLoopbackIsPublic });
    const url = `${outside.origin}/start`;
    const error = await rejection(fetcher.fetch(url));
    expect(error.code).toBe('CC_PRIVATE_ADDRESS');
    expect(error.message).toContain('127.0.0.2 is a private address');
    expect(error.input).toBe(url);
    expect(outside.requests()).toBe(1);
    expect(inside.connections()).toBe(0);
  });

  it('re-checks a redirect to a hostname that resolves to a private address', async () => {
    const inside = await startServer((_req, res) => res.end('secret'), '127.0.0.2');
    const outside = await startServer((_req, res) => {
      res.writeHead(301, { location: `http://intranet.test:${inside.port}/` });
      res.end();
    });
    const lookup = tableLookup({ 'intranet.test': ['127.0.0.2'] });
    const fetcher = createSafeFetcher({ classify: onlyFirstLoopbackIsPublic, lookup });
    const error = await rejection(fetcher.fetch(`${outside.origin}/`));
    expect(error.code).toBe('CC_PRIVATE_ADDRESS');
    expect(error.message).toContain('intranet.test resolves to private address 127.0.0.2');
    expect(lookup.calls).toEqual(['intranet.test']);
    expect(inside.connections()).toBe(0);
  });
});
