import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { classifyAddress } from '../../ingest/fetch/address-policy.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { SemanticBackend } from '../../ports/semantic-backend.js';

/**
 * The semantic backend over an OpenAI-compatible embeddings endpoint (`POST <url>` with `{"model", "input": [...]}`,
 * answering `{"data": [{"index", "embedding": [...]}]}`): what llama.cpp's server, Ollama, LocalAI and
 * text-embeddings-inference serve at /v1/embeddings. Off unless the user names it (`crosscheck brief --semantic`).
 *
 * It must run offline: the claims of a story are the user's material, so they are sent only to this machine or the
 * user's own network. An endpoint on a public address (an IP literal, or a host name any of whose addresses is
 * public, checked inside the socket's own lookup so the name cannot be re-resolved elsewhere) is refused with
 * CC_SEMANTIC_BACKEND before anything is sent. Every failure (refused, unreachable, timeout, a non-2xx status, an
 * answer that is not one vector per text of one length) is CC_SEMANTIC_BACKEND, naming the endpoint.
 */
export interface EmbeddingEndpointOptions {
  readonly url: string;
  /** The model name the server expects; servers that host one model ignore it. */
  readonly model: string;
  readonly timeoutMs?: number;
  /** Texts per request. */
  readonly batch?: number;
}

/**
 * 60 s a request: a CPU-only server embeds a batch of 64 short sentences in a few seconds; a minute allows a cold
 * model load at the first request.
 */
const DEFAULT_TIMEOUT_MS = 60_000;
/** 64 texts a request: the default batch of llama.cpp and text-embeddings-inference servers is 32-512 inputs. */
const DEFAULT_BATCH = 64;
/** 64 MiB an answer: 64 vectors of 4,096 floats as JSON are about 5 MiB; more is not an embeddings answer. */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

export function embeddingEndpoint(options: EmbeddingEndpointOptions): SemanticBackend {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new CrosscheckError('CC_SEMANTIC_BACKEND', `semantic backend ${options.url}: not a URL`, { input: options.url });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CrosscheckError('CC_SEMANTIC_BACKEND', `semantic backend ${options.url}: only http and https endpoints`, { input: options.url });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) refusePublic(options.url, host, host);
  const name = `${options.url} (model ${options.model})`;
  const batch = options.batch ?? DEFAULT_BATCH;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    name,
    async embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += batch) {
        const part = texts.slice(i, i + batch);
        out.push(...vectorsOf(await post(url, { model: options.model, input: part }, timeoutMs), part.length, options.url));
      }
      if (out.some((v) => v.length !== out[0]!.length)) fail(options.url, 'answered vectors of different lengths');
      return out;
    },
  };
}

function fail(endpoint: string, why: string, cause?: unknown): never {
  throw new CrosscheckError('CC_SEMANTIC_BACKEND', `semantic backend ${endpoint}: ${why}`, { input: endpoint, cause });
}

function refusePublic(endpoint: string, host: string, ip: string): void {
  if (classifyAddress(ip) === 'public') {
    fail(endpoint, `${host === ip ? host : `${host} resolves to ${ip}, which`} is a public address; the semantic backend must run on this machine or your own network, where the story's text may go`);
  }
}

/** dns.lookup, then the offline check on every address, before the socket connects to any of them. */
function offlineLookup(endpoint: string): LookupFunction {
  return (hostname, options, callback) => {
    const reply = callback as (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return reply(err, '');
      try {
        for (const { address } of addresses) refusePublic(endpoint, hostname, address);
      } catch (error) {
        return reply(error as NodeJS.ErrnoException, '');
      }
      if (options.all) return reply(null, addresses);
      const first = addresses[0]!;
      return reply(null, first.address, first.family);
    });
  };
}

function post(url: URL, body: unknown, timeoutMs: number): Promise<unknown> {
  const endpoint = url.href;
  const payload = JSON.stringify(body);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST', lookup: offlineLookup(endpoint), timeout: timeoutMs,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), accept: 'application/json' },
    }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          req.destroy();
          reject(new CrosscheckError('CC_SEMANTIC_BACKEND', `semantic backend ${endpoint}: answer larger than ${MAX_ANSWER_BYTES} bytes`, { input: endpoint }));
        } else chunks.push(chunk);
      });
      res.on('error', (error) => reject(error));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) {
          reject(new CrosscheckError('CC_SEMANTIC_BACKEND', `semantic backend ${endpoint}: HTTP ${res.statusCode} ${text.slice(0, 200)}`, { input: endpoint }));
          return;
        }
        try {
          resolve(JSON.parse(text));
        } catch (error) {
          reject(new CrosscheckError('CC_SEMANTIC_BACKEND', `semantic backend ${endpoint}: the answer is not JSON`, { input: endpoint, cause: error }));
        }
      });
    });
    req.on('timeout', () => req.destroy(new CrosscheckError('CC_SEMANTIC_BACKEND', `semantic backend ${endpoint}: no answer within ${timeoutMs} ms`, { input: endpoint })));
    req.on('error', (error) => {
      reject(error instanceof CrosscheckError ? error : new CrosscheckError('CC_SEMANTIC_BACKEND', `semantic backend ${endpoint}: ${error.message}`, { input: endpoint, cause: error }));
    });
    req.end(payload);
  });
}

function vectorsOf(answer: unknown, expected: number, endpoint: string): Float32Array[] {
  const data = (answer as { data?: unknown } | null)?.data;
  if (!Array.isArray(data) || data.length !== expected) fail(endpoint, `expected ${expected} embeddings in "data", got ${Array.isArray(data) ? data.length : 'none'}`);
  const out = new Array<Float32Array>(expected);
  data.forEach((item: { index?: unknown; embedding?: unknown }, position) => {
    const index = typeof item?.index === 'number' ? item.index : position;
    const values = item?.embedding;
    if (!Array.isArray(values) || values.length === 0 || !values.every((x) => typeof x === 'number' && Number.isFinite(x)) || index < 0 || index >= expected) {
      fail(endpoint, `embedding ${position} is not a list of numbers`);
    }
    out[index] = Float32Array.from(values as number[]);
  });
  if (out.some((v) => v === undefined)) fail(endpoint, 'the answer repeats an index and leaves another out');
  return out;
}
