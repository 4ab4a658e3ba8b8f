import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { closeAllServers, rejection, startServer } from './local-server.js';

afterEach(closeAllServers);

const local = (options: Parameters<typeof createSafeFetcher>[0] = {}) => createSafeFetcher({ allowPrivate: true, ...options });

describe('safe fetcher: timeout', () => {
  it('fails with CC_FETCH_TIMEOUT when the server never answers', async () => {
    const server = await startServer(() => undefined);
    const url = `${server.origin}/`;
    const started = performance.now();
    const error = await rejection(local({ timeoutMs: 300 }).fetch(url));
    const elapsed = performance.now() - started;
    expect(error.code).toBe('CC_FETCH_TIMEOUT');
    expect(error.message).toContain('300 ms');
    expect(error.input).toBe(url);
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1000);
  });

  it('counts the body against the same deadline: a slow drip times out', async () => {
    const timers: NodeJS.Timeout[] = [];
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const drip = setInterval(() => res.write('.'), 50);
      timers.push(drip);
      res.on('close', () => clearInterval(drip));
    });
    const started = performance.now();
    const error = await rejection(local({ timeoutMs: 300 }).fetch(`${server.origin}/`));
    timers.forEach(clearInterval);
    expect(error.code).toBe('CC_FETCH_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('aborts on the caller signal: CC_FETCH_FAILED for an abort, CC_FETCH_TIMEOUT for AbortSignal.timeout', async () => {
    const server = await startServer(() => undefined);
    const controller = new AbortController();
    const pending = local().fetch(`${server.origin}/`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const aborted = await rejection(pending);
    expect(aborted.code).toBe('CC_FETCH_FAILED');
    expect(aborted.message).toContain('aborted');

    const timedOut = await rejection(local().fetch(`${server.origin}/`, { signal: AbortSignal.timeout(100) }));
    expect(timedOut.code).toBe('CC_FETCH_TIMEOUT');
  });
});

describe('safe fetcher: size cap', () => {
  it('refuses a body whose Content-Length announces more than maxBytes, before reading it', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-length': '5000' });
      res.end('x'.repeat(5000));
    });
    const error = await rejection(local({ maxBytes: 1000 }).fetch(`${server.origin}/`));
    expect(error.code).toBe('CC_TOO_LARGE');
    expect(error.message).toBe('Content-Length 5000 exceeds the 1000-byte cap');
  });

  it('stops reading a streamed body (no Content-Length) once it passes maxBytes', async () => {
    let written = 0;
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no length announced
      const pump = (): void => {
        // An endless body: only the fetcher hanging up ends it.
        while (!res.destroyed && res.write('y'.repeat(16 * 1024))) written += 16 * 1024;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const error = await rejection(local({ maxBytes: 64 * 1024 }).fetch(`${server.origin}/`));
    expect(error.code).toBe('CC_TOO_LARGE');
    expect(error.message).toBe('response body exceeds the 65536-byte cap');
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('accepts a body of exactly maxBytes', async () => {
    const server = await startServer((_req, res) => res.end('z'.repeat(1000)));
    expect((await local({ maxBytes: 1000 }).fetch(`${server.origin}/`)).bytes.length).toBe(1000);
  });

  it('caps the decompressed size: 1 MB of zeros gzipped is CC_TOO_LARGE at maxBytes 64 KiB', async () => {
    const bomb = gzipSync(Buffer.alloc(1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    const error = await rejection(local({ maxBytes: 64 * 1024 }).fetch(`${server.origin}/`));
    expect(error.code).toBe('CC_TOO_LARGE');
    expect(error.message).toBe('decompressed body exceeds the 65536-byte cap');
  });
});

describe('safe fetcher: content encodings', () => {
  const text = 'Parliament passed the bill on Tuesday. '.repeat(50);
  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync], // raw deflate, which some servers send under the same name
    ['br', brotliCompressSync],
  ] as const)('decodes %s', async (coding, compress) => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-encoding': coding, 'content-type': 'text/plain' });
      res.end(compress(Buffer.from(text)));
    });
    const fetched = await local().fetch(`${server.origin}/`);
    expect(new TextDecoder().decode(fetched.bytes)).toBe(text);
  });

  it('fails with CC_FETCH_FAILED on a corrupt or unknown encoding', async () => {
    const server = await startServer((req, res) => {
      res.writeHead(200, { 'content-encoding': req.url === '/zstd' ? 'zstd' : 'gzip' });
      res.end('this is not gzip');
    });
    const corrupt = await rejection(local().fetch(`${server.origin}/gz`));
    expect(corrupt.code).toBe('CC_FETCH_FAILED');
    expect(corrupt.message).toContain('corrupt gzip body');
    const unknown = await rejection(local().fetch(`${server.origin}/zstd`));
    expect(unknown.code).toBe('CC_FETCH_FAILED');
    expect(unknown.message).toContain('unsupported Content-Encoding "zstd"');
  });
});
