import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddingEndpoint } from '../../../src/app/semantic/embedding-endpoint.js';
import type { FakeEmbeddingServer } from './fake-embedding-server.js';
import { bagOfWords, startFakeEmbeddingServer } from './fake-embedding-server.js';

let server: FakeEmbeddingServer;
beforeAll(async () => {
  server = await startFakeEmbeddingServer();
});
afterAll(() => server.close());

const texts = Array.from({ length: 150 }, (_, i) => `Claim number ${i} about the ferry ${i % 7}`);

describe('the embeddings endpoint backend (src/app/semantic/embedding-endpoint.ts)', () => {
  it('embeds every text in order, a batch at a time, with the model named', async () => {
    server.mode = 'ok';
    server.requests.length = 0;
    const vectors = await embeddingEndpoint({ url: server.url, model: 'minilm', batch: 64 }).embed(texts);
    expect(server.requests.map((r) => [r.model, r.input.length])).toEqual([['minilm', 64], ['minilm', 64], ['minilm', 22]]);
    expect(vectors.length).toBe(150);
    expect([...vectors[97]!]).toEqual(bagOfWords(texts[97]!));
  });

  it('fails with CC_SEMANTIC_BACKEND naming the endpoint on an error status, a short answer and a stalled server', async () => {
    const backend = embeddingEndpoint({ url: server.url, model: 'minilm', timeoutMs: 300 });
    server.mode = 'error';
    await expect(backend.embed(['a'])).rejects.toMatchObject({ code: 'CC_SEMANTIC_BACKEND', message: expect.stringContaining('HTTP 500 model not loaded') });
    server.mode = 'short';
    await expect(backend.embed(['a', 'b'])).rejects.toMatchObject({ code: 'CC_SEMANTIC_BACKEND', message: expect.stringContaining('expected 2 embeddings') });
    server.mode = 'silent';
    await expect(backend.embed(['a'])).rejects.toMatchObject({ code: 'CC_SEMANTIC_BACKEND', message: expect.stringContaining(`${server.url}: no answer within 300 ms`) });
    server.mode = 'ok';
  });

  it('refuses a public address before sending anything, and what is not an http(s) URL', () => {
    const before = server.requests.length;
    expect(() => embeddingEndpoint({ url: 'http://93.184.216.34/v1/embeddings', model: 'm' })).toThrow(expect.objectContaining({ code: 'CC_SEMANTIC_BACKEND', message: expect.stringContaining('public address') }));
    expect(() => embeddingEndpoint({ url: 'http://[2606:4700::1111]/v1/embeddings', model: 'm' })).toThrow(expect.objectContaining({ code: 'CC_SEMANTIC_BACKEND' }));
    expect(() => embeddingEndpoint({ url: 'file:///etc/passwd', model: 'm' })).toThrow(expect.objectContaining({ code: 'CC_SEMANTIC_BACKEND' }));
    expect(() => embeddingEndpoint({ url: 'not a url', model: 'm' })).toThrow(expect.objectContaining({ code: 'CC_SEMANTIC_BACKEND' }));
    expect(server.requests.length).toBe(before);
  });
});
