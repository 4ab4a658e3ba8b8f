import type { StoryProfile, TermVector } from '../model/story.js';
import { IdVector } from './id-vector.js';

/**
 * Story profiles kept as bytes outside the JavaScript heap: where MemoryStoryIndex puts the profiles of stories
 * that have gone quiet (memory-story-index.ts), so a long stream's heap holds only the stories an article can
 * still join.
 *
 * Why bytes and not the objects: a young-generation collection costs about a microsecond for every page of the
 * old generation, whatever the page holds (session 19's micro-benchmark: 1.3 ms beside 19 MB of old objects,
 * 10.7 ms beside 1.6 GB), and with 1M articles stored ~470k profiles of ~7 kB each were most of a 5 GB heap that
 * dozens of young collections every thousand articles paid for. The bytes live in a few large ArrayBuffers, whose
 * contents the collector never visits.
 *
 * The layout: the profile without its six vectors as JSON, their weights as raw doubles, their terms as the index's
 * term ids. JSON.stringify of a whole profile spent most of its time writing ~650 weights as decimal text (a CPU
 * profile at 20k stored: archiving was 9% of an assignment); raw doubles are exact and cost a copy. A profile read
 * back is the same profile, its centroids with their private term ids (id-vector.ts). Without the index's terms,
 * or for a vector without ids (every profile MemoryStoryIndex archived on the 30k bench stream had them), the
 * whole profile is kept as JSON. Bytes of a profile read back are not reused: a quiet story rarely comes back, and
 * a chunk is never rewritten.
 */
export class ProfileArchive {
  readonly #chunks: Uint8Array[] = [];
  #used = 0;
  #bytes = 0;
  #count = 0;
  readonly #encoder = new TextEncoder();
  readonly #decoder = new TextDecoder();

  /**
   * `terms`: the index's terms by id, when the profiles' centroids carry ids (id-vector.ts, MemoryStoryIndex's
   * frequency slots): vectors are then stored as ids, with no text to encode, and read back with their ids.
   */
  constructor(private readonly terms?: TermsById, private readonly chunkBytes = CHUNK_BYTES) {}

  /** Stores the profile; the returned handle reads it back. */
  put(profile: StoryProfile): ArchivedProfile {
    const vectors = vectorsOf(profile);
    const ids = this.terms === undefined ? undefined : idsOf(vectors);
    let count = 0;
    if (ids !== undefined) for (const vectorIds of ids) count += vectorIds.length;
    const head = this.#encoder.encode(JSON.stringify(ids === undefined ? { whole: profile } : withoutVectors(profile, vectors)));
    // The head's length, the head, then (aligned to 8) the weights and the ids.
    const weightsAt = align8(4 + head.length);
    const length = weightsAt + 12 * count;
    const [chunk, at] = this.#room(length);
    new DataView(chunk.buffer, chunk.byteOffset + at, 4).setUint32(0, head.length);
    chunk.set(head, at + 4);
    if (ids !== undefined) {
      const weights = new Float64Array(chunk.buffer, chunk.byteOffset + at + weightsAt, count);
      const out = new Int32Array(chunk.buffer, chunk.byteOffset + at + weightsAt + 8 * count, count);
      let w = 0;
      for (let v = 0; v < vectors.length; v++) {
        out.set(ids[v]!, w);
        for (const weight of vectors[v]!.weights) weights[w++] = weight;
      }
    }
    this.#bytes += length;
    this.#count++;
    return { chunk: this.#chunks.length - 1, at, length };
  }

  get(handle: ArchivedProfile): StoryProfile {
    const chunk = this.#chunks[handle.chunk]!;
    const headLength = new DataView(chunk.buffer, chunk.byteOffset + handle.at, 4).getUint32(0);
    const start = handle.at + 4;
    const head = JSON.parse(this.#decoder.decode(chunk.subarray(start, start + headLength))) as Head;
    if ('whole' in head) return head.whole;
    let count = 0;
    for (const n of head.counts) count += n;
    const weightsAt = chunk.byteOffset + handle.at + align8(4 + headLength);
    const weights = new Float64Array(chunk.buffer, weightsAt, count);
    const ids = new Int32Array(chunk.buffer, weightsAt + 8 * count, count);
    let w = 0;
    const vector = (n: number): TermVector => {
      const vectorIds = ids.slice(w, w + n);
      const terms = new Array<string>(n);
      for (let i = 0; i < n; i++) terms[i] = this.terms!.termOf(vectorIds[i]!);
      const out = new IdVector(terms, Array.from(weights.subarray(w, w + n)), vectorIds);
      w += n;
      return out;
    };
    const [title, body, entities, times, numbers, representative] = head.counts.map(vector) as [TermVector, TermVector, TermVector, TermVector, TermVector, TermVector];
    const p = head.profile;
    // Keys in the order a profile is built with (story-profile.ts), so a profile read back serialises as it was.
    return {
      story: p.story, title, body, entities, times, numbers, entityCounts: p.entityCounts,
      representative: { ...p.representative, vector: representative },
      firstMs: p.firstMs, lastMs: p.lastMs, families: p.families,
    };
  }

  /** Profiles stored and their bytes, read-back ones included. */
  get stats(): { readonly profiles: number; readonly bytes: number; readonly chunks: number } {
    return { profiles: this.#count, bytes: this.#bytes, chunks: this.#chunks.length };
  }

  /** A chunk with `length` bytes free at an offset aligned to 8 (the weights' Float64Array needs it). */
  #room(length: number): [Uint8Array, number] {
    let chunk = this.#chunks[this.#chunks.length - 1];
    if (chunk === undefined || this.#used + length > chunk.length) {
      chunk = new Uint8Array(Math.max(this.chunkBytes, length));
      this.#chunks.push(chunk);
      this.#used = 0;
    }
    const at = this.#used;
    this.#used = align8(at + length);
    return [chunk, at];
  }
}

/** The JSON part of a stored profile: all of it, or all but its vectors, with each vector's length. */
type Head = { readonly whole: StoryProfile } | {
  readonly profile: Omit<StoryProfile, VectorKey | 'representative'> & { readonly representative: Omit<StoryProfile['representative'], 'vector'> };
  readonly counts: readonly number[];
};
type VectorKey = 'title' | 'body' | 'entities' | 'times' | 'numbers';

/** The index's term of an id. */
export interface TermsById {
  termOf(id: number): string;
}

function vectorsOf(profile: StoryProfile): TermVector[] {
  return [profile.title, profile.body, profile.entities, profile.times, profile.numbers, profile.representative.vector];
}

function withoutVectors(profile: StoryProfile, vectors: readonly TermVector[]): Head {
  const { title: _t, body: _b, entities: _e, times: _ti, numbers: _n, representative, ...rest } = profile;
  const { vector: _v, ...shown } = representative;
  return { profile: { ...rest, representative: shown }, counts: vectors.map((v) => v.terms.length) };
}

/** Each vector's ids, or undefined when one of them has none. */
function idsOf(vectors: readonly TermVector[]): Int32Array[] | undefined {
  const out: Int32Array[] = [];
  for (const vector of vectors) {
    const ids = IdVector.idsOf(vector);
    if (ids === undefined) return undefined;
    out.push(ids);
  }
  return out;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** Where one profile's bytes are. */
export interface ArchivedProfile {
  readonly chunk: number;
  readonly at: number;
  readonly length: number;
}

/** 16 MB: few enough buffers for the collector to track, small enough that the last one's unused tail is no waste. */
const CHUNK_BYTES = 16 * 1024 * 1024;
