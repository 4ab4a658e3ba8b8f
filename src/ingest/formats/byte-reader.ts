/**
 * Pull-style reading of an async byte stream: lines, exact byte counts, skipping and pushing back. The WARC reader
 * is built on it so that it holds at most one record (plus one stream chunk) in memory, whatever the file size.
 */

export interface ByteLine {
  /** The line without its LF or CRLF; for an over-long line, its first `max` bytes. */
  readonly bytes: Uint8Array;
  /** False when the stream ended before a line feed. */
  readonly terminated: boolean;
  /** True when the line was longer than `max`: the rest of it was read and thrown away. */
  readonly tooLong: boolean;
}

const EMPTY = new Uint8Array(0);

export class ByteReader {
  private buffer: Uint8Array = EMPTY;
  private position = 0;
  private ended = false;
  private readonly chunks: AsyncIterator<Uint8Array>;
  /** Bytes consumed since the start of the stream: the offset of the next byte. */
  offset = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.chunks = source[Symbol.asyncIterator]();
  }

  private get available(): number {
    return this.buffer.length - this.position;
  }

  /** The next non-empty chunk from the stream, or null at its end. */
  private async nextChunk(): Promise<Uint8Array | null> {
    while (!this.ended) {
      const next = await this.chunks.next();
      if (next.done) this.ended = true;
      else if (next.value.length > 0) return next.value;
    }
    return null;
  }

  /** Appends one more chunk to the buffer; false at the end of the stream. */
  private async fill(): Promise<boolean> {
    const chunk = await this.nextChunk();
    if (chunk === null) return false;
    this.buffer = this.available === 0 ? chunk : concatBytes([this.buffer.subarray(this.position), chunk]);
    this.position = 0;
    return true;
  }

  /** Up to `n` bytes without consuming them (fewer only at the end of the stream). */
  async peek(n: number): Promise<Uint8Array> {
    while (this.available < n && (await this.fill()));
    return this.buffer.subarray(this.position, this.position + Math.min(n, this.available));
  }

  /** The next line, or null when the stream is exhausted. A line longer than `max` bytes is read to its end. */
  async readLine(max: number): Promise<ByteLine | null> {
    let scanned = 0;
    for (;;) {
      const lf = this.buffer.indexOf(0x0a, this.position + scanned);
      if (lf !== -1 && lf - this.position <= max) {
        const line = this.take(lf - this.position + 1);
        return { bytes: stripLineEnd(line), terminated: true, tooLong: false };
      }
      if (lf !== -1 || this.available > max) return this.discardLongLine(max);
      scanned = this.available;
      if (!(await this.fill())) {
        if (this.available === 0) return null;
        return { bytes: this.take(this.available), terminated: false, tooLong: false };
      }
    }
  }

  private async discardLongLine(max: number): Promise<ByteLine> {
    const head = this.buffer.slice(this.position, this.position + max);
    for (;;) {
      const lf = this.buffer.indexOf(0x0a, this.position);
      if (lf !== -1) {
        this.take(lf - this.position + 1);
        return { bytes: head, terminated: true, tooLong: true };
      }
      this.take(this.available);
      if (!(await this.fill())) return { bytes: head, terminated: false, tooLong: true };
    }
  }

  /** Exactly `n` bytes, or fewer if the stream ends first. */
  async readExact(n: number): Promise<Uint8Array> {
    if (this.available >= n) return this.take(n);
    const parts: Uint8Array[] = [this.take(this.available)];
    let got = parts[0]!.length;
    while (got < n) {
      const chunk = await this.nextChunk();
      if (chunk === null) break;
      const used = Math.min(chunk.length, n - got);
      parts.push(chunk.subarray(0, used));
      got += used;
      this.offset += used;
      if (used < chunk.length) {
        this.buffer = chunk;
        this.position = used;
      }
    }
    return concatBytes(parts);
  }

  /** Consumes `n` bytes without keeping them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.available === 0 && !(await this.fill())) break;
      skipped += this.take(Math.min(this.available, n - skipped)).length;
    }
    return skipped;
  }

  /** Puts bytes back in front of the stream, to re-read them (resynchronising after a damaged record). */
  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.buffer = concatBytes([bytes, this.buffer.subarray(this.position)]);
    this.position = 0;
    this.offset -= bytes.length;
  }

  private take(n: number): Uint8Array {
    const out = this.buffer.subarray(this.position, this.position + n);
    this.position += out.length;
    this.offset += out.length;
    if (this.position === this.buffer.length) {
      this.buffer = EMPTY;
      this.position = 0;
    }
    return out;
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function stripLineEnd(line: Uint8Array): Uint8Array {
  let end = line.length;
  if (end > 0 && line[end - 1] === 0x0a) end--;
  if (end > 0 && line[end - 1] === 0x0d) end--;
  return line.subarray(0, end);
}

/** Bytes as Latin-1 text: every byte is one character, so offsets stay byte offsets. For header lines and sniffing. */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}
