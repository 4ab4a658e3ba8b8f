import { afterEach, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { closeAllServers, closedPort, onlyFirstLoopbackIsPublic, rejection, startServer, tableLookup } from './local-server.js';

afterEach(closeAllServers);

describe('safe fetcher: failures', () => {
  it('reports a 404 as CC_HTTP_STATUS with the status', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(404, 'Not Found');
      res.end('gone');
    });
    const url = `${server.origin}/missing`;
    const error = await rejection(createSafeFetcher({ allowPrivate: true }).fetch(url));
    expect(error.code).toBe('CC_HTTP_STATUS');
    expect(error.message).toBe(`HTTP 404 Not Found from ${url}`);
    expect(error.input).toBe(url);
  });

  it('reports a refused connection as CC_FETCH_FAILED', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/`;
    const error = await rejection(createSafeFetcher({ allowPrivate: true }).fetch(url));
    expect(error.code).toBe('CC_FETCH_FAILED');
    expect(error.message).toBe(`cannot fetch from 127.0.0.1:${port}: connection refused (ECONNREFUSED)`);
    expect(error.input).toBe(url);
  });

  it('reports a DNS failure as CC_FETCH_FAILED (resolver injected: no DNS traffic)', async () => {
    const lookup = tableLookup({});
    const error = await rejection(createSafeFetcher({ lookup }).fetch('http://no-such-host.test/'));
    expect(error.code).toBe('CC_FETCH_FAILED');
    expect(error.message).toBe('cannot fetch from no-such-host.test: DNS lookup failed (ENOTFOUND)');
    expect(lookup.calls).toEqual(['no-such-host.test']);
  });

  it('reports a connection cut mid-body as CC_FETCH_FAILED', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('only part of it');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejection(createSafeFetcher({ allowPrivate: true }).fetch(`${server.origin}/`));
    expect(error.code).toBe('CC_FETCH_FAILED');
    expect(error.message).toContain('connection closed before the body was complete');
  });

  it('reports a server that resets the connection as CC_FETCH_FAILED', async () => {
    const server = await startServer((req) => req.socket.destroy());
    const error = await rejection(createSafeFetcher({ allowPrivate: true }).fetch(`${server.origin}/`));
    expect(error.code).toBe('CC_FETCH_FAILED');
    expect(error.message).toContain('connection reset (ECONNRESET)');
  });

  it.each([
    ['ftp://127.0.0.1/file', 'unsupported URL scheme "ftp:"'],
    ['file:///etc/passwd', 'unsupported URL scheme "file:"'],
    ['not a url', 'not a valid URL: "not a url"'],
    ['http://', 'not a valid URL: "http://"'],
  ])('refuses %j with CC_URL_INVALID before any network activity', async (url, message) => {
    const lookup = tableLookup({});
    const error = await rejection(createSafeFetcher({ lookup }).fetch(url));
    expect(error.code).toBe('CC_URL_INVALID');
    expect(error.message).toContain(message);
    expect(error.input).toBe(url);
    expect(lookup.calls).toEqual([]);
  });

  it('returns status, content type and the exact bytes of a 2xx answer', async () => {
    const payload = Buffer.from([0, 1, 2, 250, 251, 252]);
    const server = await startServer((_req, res) => {
      res.writeHead(203, { 'content-type': 'application/octet-stream' });
      res.end(payload);
    });
    const fetched = await createSafeFetcher({ classify: onlyFirstLoopbackIsPublic }).fetch(`${server.origin}/raw`);
    expect(fetched).toMatchObject({ url: `${server.origin}/raw`, status: 203, contentType: 'application/octet-stream' });
    expect([...fetched.bytes]).toEqual([0, 1, 2, 250, 251, 252]);
  });

  it('sends the configured User-Agent', async () => {
    let seen: string | undefined;
    const server = await startServer((req, res) => {
      seen = req.headers['user-agent'];
      res.end('ok');
    });
    await createSafeFetcher({ allowPrivate: true }).fetch(`${server.origin}/`);
    expect(seen).toBe('crosscheck/0.1 (+news corroboration)');
  });

  it('rejects nonsensical limits with CC_USAGE', () => {
    expect(() => createSafeFetcher({ maxBytes: 0 })).toThrow(/maxBytes must be a whole number > 0/);
    expect(() => createSafeFetcher({ timeoutMs: -1 })).toThrow(/timeoutMs/);
    expect(() => createSafeFetcher({ maxRedirects: 1.5 })).toThrow(/maxRedirects/);
  });
});
