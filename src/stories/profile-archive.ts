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
 * term ids (or, for vectors without ids, as one UTF-8 string). JSON.stringify of a whole profile spent most of its
 * time writing ~650 weights as decimal text (a CPU profile at 20k stored: archiving was 9% of an assignment); raw
 * doubles are exact and cost a copy. A profile read back is the same profile, with its centroids' private term ids
 * (id-vector.ts) when the archive was given the index's terms; without them it is scored through the maps, to the
 * same numbers. Bytes of a profile read back are not reused: a quiet story rarely comes back, and a chunk is never
 * rewritten.
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
   * frequency slots): a vector is then stored as ids, with no text to encode, and read back with its ids.
   */
  constructor(private readonly terms?: TermsById, private readonly chunkBytes = CHUNK_BYTES) {}

  /** Stores the profile; the returned handle reads it back. */
  put(profile: StoryProfile): ArchivedProfile {
    const vectors = vectorsOf(profile);
    let count = 0;
    for (const vector of vectors) count += vector.terms.length;
    const ids = this.terms === undefined ? undefined : idsOf(vectors);
    let joined = '';
    let form: Form = ids === undefined ? 'text' : 'ids';
    if (form === 'text') {
      joined = vectors.map((v) => v.terms.join(SEPARATOR)).join(SEPARATOR);
      // A term holding the separator (the tokenisers make none) would split wrongly: such a profile goes whole.
      if (joined.split(SEPARATOR).length !== count + countEmpty(vectors)) form = 'whole';
    }
    const head = this.#encoder.encode(JSON.stringify(form === 'whole' ? { whole: profile } : withoutVectors(profile, vectors, form)));
    const text = form === 'text' ? this.#encoder.encode(joined) : EMPTY;
    // Head length, text length, the head, the text, then (aligned to 8) the weights and the ids.
    const weightsAt = align8(8 + head.length + text.length);
    const length = weightsAt + (form === 'whole' ? 0 : 8 * count) + (form === 'ids' ? 4 * count : 0);
    const [chunk, at] = this.#room(length);
    const view = new DataView(chunk.buffer, chunk.byteOffset + at, 8);
    view.setUint32(0, head.length);
    view.setUint32(4, text.length);
    chunk.set(head, at + 8);
    chunk.set(text, at + 8 + head.length);
    if (form !== 'whole') {
      const weights = new Float64Array(chunk.buffer, chunk.byteOffset + at + weightsAt, count);
      let w = 0;
      for (const vector of vectors) for (const weight of vector.weights) weights[w++] = weight;
    }
    if (ids !== undefined) {
      const out = new Int32Array(chunk.buffer, chunk.byteOffset + at + weightsAt + 8 * count, count);
      let i = 0;
      for (const vectorIds of ids) {
        out.set(vectorIds, i);
        i += vectorIds.length;
      }
    }
    this.#bytes += length;
    this.#count++;
    return { chunk: this.#chunks.length - 1, at, length };
  }

  get(handle: ArchivedProfile): StoryProfile {
    const chunk = this.#chunks[handle.chunk]!;
    const view = new DataView(chunk.buffer, chunk.byteOffset + handle.at, 8);
    const headLength = view.getUint32(0);
    const textLength = view.getUint32(4);
    const start = handle.at + 8;
    const head = JSON.parse(this.#decoder.decode(chunk.subarray(start, start + headLength))) as Head;
    if ('whole' in head) return head.whole;
    let count = 0;
    for (const n of head.counts) count += n;
    const weightsAt = chunk.byteOffset + handle.at + align8(8 + headLength + textLength);
    const weights = new Float64Array(chunk.buffer, weightsAt, count);
    const ids = head.form === 'ids' ? new Int32Array(chunk.buffer, weightsAt + 8 * count, count) : undefined;
    const text = ids === undefined ? this.#decoder.decode(chunk.subarray(start + headLength, start + headLength + textLength)).split(SEPARATOR) : [];
    let t = 0;
    let w = 0;
    const vector = (n: number): TermVector => {
      const vectorWeights = Array.from(weights.subarray(w, w + n));
      let out: TermVector;
      if (ids !== undefined) {
        const vectorIds = ids.slice(w, w + n);
        const terms = new Array<string>(n);
        for (let i = 0; i < n; i++) terms[i] = this.terms!.termOf(vectorIds[i]!);
        out = new IdVector(terms, vectorWeights, vectorIds);
      } else {
        out = { terms: n === 0 ? [] : text.slice(t, t + n), weights: vectorWeights };
        // An empty vector joined to nothing still took one (empty) piece of the split.
        t += n === 0 ? 1 : n;
      }
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
  readonly form: 'text' | 'ids';
};
/** How the vectors are kept: terms as text, as ids, or the whole profile as JSON. */
type Form = 'text' | 'ids' | 'whole';

/** The index's term of an id. */
export interface TermsById {
  termOf(id: number): string;
}
type VectorKey = 'title' | 'body' | 'entities' | 'times' | 'numbers';

/** Never in a term: terms are word stems, entity keys, figures and dates cut from text by the tokenisers. */
const SEPARATOR = '\u0001';
const EMPTY = new Uint8Array(0);

function vectorsOf(profile: StoryProfile): TermVector[] {
  return [profile.title, profile.body, profile.entities, profile.times, profile.numbers, profile.representative.vector];
}

function withoutVectors(profile: StoryProfile, vectors: readonly TermVector[], form: 'text' | 'ids'): Head {
  const { title: _t, body: _b, entities: _e, times: _ti, numbers: _n, representative, ...rest } = profile;
  const { vector: _v, ...shown } = representative;
  return { profile: { ...rest, representative: shown }, counts: vectors.map((v) => v.terms.length), form };
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

function countEmpty(vectors: readonly TermVector[]): number {
  let empty = 0;
  for (const v of vectors) if (v.terms.length === 0) empty++;
  return empty;
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
