import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible /v1/embeddings server on loopback for tests: each text's vector is its lower-cased words
 * hashed into 64 dimensions (a bag of words, not a model), answered in reverse order with their indexes, so a client
 * that ignores `index` gets them wrong. `mode` makes it misbehave.
 */
export interface FakeEmbeddingServer {
  url: string;
  readonly requests: { model: string; input: string[] }[];
  mode: 'ok' | 'error' | 'short' | 'silent';
  close(): Promise<void>;
}

export function bagOfWords(text: string): number[] {
  const v = new Array<number>(64).fill(0);
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    let h = 2166136261;
    for (const c of w) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
    v[(h >>> 0) % 64]! += 1;
  }
  return v;
}

export async function startFakeEmbeddingServer(): Promise<FakeEmbeddingServer> {
  const state: FakeEmbeddingServer = {
    url: '', requests: [], mode: 'ok',
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; input: string[] };
      state.requests.push(body);
      if (state.mode === 'silent') return;
      if (state.mode === 'error') {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('model not loaded');
        return;
      }
      const inputs = state.mode === 'short' ? body.input.slice(1) : body.input;
      const data = inputs.map((t, index) => ({ object: 'embedding', index, embedding: bagOfWords(t) })).reverse();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model: body.model }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/embeddings`;
  // A silent request must not keep the server open after the test.
  const close = state.close;
  state.close = () => {
    server.closeAllConnections();
    return close();
  };
  return state;
}
