import { afterEach, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { closeAllServers, onlyFirstLoopbackIsPublic, rejection, startServer } from './local-server.js';

afterEach(closeAllServers);

/** A server where /hop/N redirects to /hop/N-1 (absolute Location) and /hop/0 is the article. */
async function chainServer(status = 302) {
  return startServer((req, res, { origin }) => {
    const n = Number(/^\/hop\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
    if (n > 0) {
      res.writeHead(status, { location: `${origin}/hop/${n - 1}` });
      res.end();
    } else if (n === 0) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('arrived');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
}

const fetcher = (maxRedirects?: number) =>
  createSafeFetcher({ classify: onlyFirstLoopbackIsPublic, ...(maxRedirects === undefined ? {} : { maxRedirects }) });

describe('safe fetcher: redirects', () => {
  it('follows a chain of exactly maxRedirects and reports the final URL', async () => {
    const server = await chainServer();
    const fetched = await fetcher(5).fetch(`${server.origin}/hop/5`);
    expect(fetched.url).toBe(`${server.origin}/hop/0`);
    expect(fetched.status).toBe(200);
    expect(new TextDecoder().decode(fetched.bytes)).toBe('arrived');
    expect(server.requests()).toBe(6);
  });

  it('fails with CC_TOO_MANY_REDIRECTS one hop over the limit, without following it', async () => {
    const server = await chainServer();
    const url = `${server.origin}/hop/6`;
    const error = await rejection(fetcher(5).fetch(url));
    expect(error.code).toBe('CC_TOO_MANY_REDIRECTS');
    expect(error.message).toContain('more than 5 redirects');
    expect(error.input).toBe(url);
    expect(server.requests()).toBe(6);
  });

  it('maxRedirects 0 refuses the first redirect', async () => {
    const server = await chainServer();
    expect((await rejection(fetcher(0).fetch(`${server.origin}/hop/1`))).code).toBe('CC_TOO_MANY_REDIRECTS');
  });

  it.each([301, 303, 307, 308])('follows a %i', async (status) => {
    const server = await chainServer(status);
    expect((await fetcher().fetch(`${server.origin}/hop/2`)).url).toBe(`${server.origin}/hop/0`);
  });

  it('resolves relative Location headers against the current URL', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/news/2024/story') {
        res.writeHead(301, { location: '../latest?ref=a' });
      } else if (req.url === '/news/latest?ref=a') {
        res.writeHead(302, { location: '/final' });
      } else if (req.url === '/final') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>final</p>');
        return;
      } else {
        res.writeHead(404);
      }
      res.end();
    });
    const fetched = await fetcher().fetch(`${server.origin}/news/2024/story`);
    expect(fetched.url).toBe(`${server.origin}/final`);
    expect(new TextDecoder().decode(fetched.bytes)).toBe('<p>final</p>');
  });

  it('refuses a redirect to a non-http scheme with CC_URL_INVALID', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    });
    const url = `${server.origin}/`;
    const error = await rejection(fetcher().fetch(url));
    expect(error.code).toBe('CC_URL_INVALID');
    expect(error.message).toContain('file:');
    expect(error.input).toBe(url);
  });

  it('treats a 3xx without Location as a final status', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(302);
      res.end();
    });
    const error = await rejection(fetcher().fetch(`${server.origin}/`));
    expect(error.code).toBe('CC_HTTP_STATUS');
    expect(error.message).toContain('HTTP 302');
  });
});
