import type { StoryProfile } from '../model/story.js';

/**
 * Story profiles kept as JSON bytes outside the JavaScript heap: where MemoryStoryIndex puts the profiles of stories
 * that have gone quiet (memory-story-index.ts), so a long stream's heap holds only the stories an article can
 * still join.
 *
 * Why bytes and not the objects: a young-generation collection costs about a microsecond for every page of the
 * old generation, whatever the page holds (session 19's micro-benchmark: 1.3 ms beside 19 MB of old objects,
 * 10.7 ms beside 1.6 GB), and with 1M articles stored ~470k profiles of ~7 kB each were most of a 5 GB heap that
 * dozens of young collections every thousand articles paid for. The bytes live in a few large ArrayBuffers, whose
 * contents the collector never visits.
 *
 * A profile is a JSON record by design (src/model/story.ts) and the stored index keeps it as JSON too, so a profile
 * read back is the same profile, bar the private term ids of its centroids (id-vector.ts): it is then scored
 * through the maps, to the same numbers. Bytes of a profile read back are not reused: a quiet story rarely comes
 * back, and a chunk is never rewritten.
 */
export class ProfileArchive {
  readonly #chunks: Uint8Array[] = [];
  #used = 0;
  #bytes = 0;
  #count = 0;
  readonly #encoder = new TextEncoder();
  readonly #decoder = new TextDecoder();

  constructor(private readonly chunkBytes = CHUNK_BYTES) {}

  /** Stores the profile; the returned handle reads it back. */
  put(profile: StoryProfile): ArchivedProfile {
    const json = this.#encoder.encode(JSON.stringify(profile));
    let chunk = this.#chunks[this.#chunks.length - 1];
    if (chunk === undefined || this.#used + json.length > chunk.length) {
      chunk = new Uint8Array(Math.max(this.chunkBytes, json.length));
      this.#chunks.push(chunk);
      this.#used = 0;
    }
    chunk.set(json, this.#used);
    const handle = { chunk: this.#chunks.length - 1, at: this.#used, length: json.length };
    this.#used += json.length;
    this.#bytes += json.length;
    this.#count++;
    return handle;
  }

  get(handle: ArchivedProfile): StoryProfile {
    const chunk = this.#chunks[handle.chunk]!;
    return JSON.parse(this.#decoder.decode(chunk.subarray(handle.at, handle.at + handle.length))) as StoryProfile;
  }

  /** Profiles stored and their bytes, read-back ones included. */
  get stats(): { readonly profiles: number; readonly bytes: number; readonly chunks: number } {
    return { profiles: this.#count, bytes: this.#bytes, chunks: this.#chunks.length };
  }
}

/** Where one profile's bytes are. */
export interface ArchivedProfile {
  readonly chunk: number;
  readonly at: number;
  readonly length: number;
}

/** 16 MB: few enough buffers for the collector to track, small enough that the last one's unused tail is no waste. */
const CHUNK_BYTES = 16 * 1024 * 1024;
