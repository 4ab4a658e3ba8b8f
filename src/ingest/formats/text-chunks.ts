import { CrosscheckError } from '../../model/crosscheck-error.js';

/**
 * A byte stream (or a string) as a stream of text chunks with one kind of line end, for parsers that read text
 * incrementally. Decoding is strict, as src/text/decode.ts is for whole files: a CSV has no place to declare its
 * charset, so bytes that are not valid in the one we assume fail loudly instead of turning names into mojibake.
 */

type Decoder = InstanceType<typeof TextDecoder>;

/** Slices of a string input: small enough that a parser's queue of records stays short between reads. */
const SLICE_CHARS = 64 * 1024;

/**
 * Text chunks with CRLF (and the BOM) removed. CRLF becomes LF because csv-parse counts lines wrongly across a
 * CRLF inside a quoted field, and a field's text is cleaner without CRs; a CR split from its LF by a chunk boundary
 * is carried over to the next chunk. Throws CrosscheckError CC_INVALID_UTF8 / CC_UNKNOWN_CHARSET / CC_CHARSET_MISMATCH.
 */
export async function* textChunks(
  source: string | AsyncIterable<Uint8Array | string>, encoding?: string,
): AsyncGenerator<string> {
  const lines = new LineEnds();
  if (typeof source === 'string') {
    for (const slice of slices(source.replace(/^\uFEFF/, ''))) yield lines.push(slice);
  } else {
    const decoder = makeDecoder(encoding);
    let offset = 0;
    for await (const chunk of source) {
      if (typeof chunk === 'string') {
        yield lines.push(offset === 0 ? chunk.replace(/^\uFEFF/, '') : chunk);
      } else {
        yield lines.push(decodeChunk(decoder, chunk, offset, true));
      }
      offset += chunk.length;
    }
    yield lines.push(decodeChunk(decoder, new Uint8Array(0), offset, false));
  }
  yield lines.end();
}

class LineEnds {
  private heldCr = false;

  push(text: string): string {
    const joined = (this.heldCr ? '\r' : '') + text;
    this.heldCr = joined.endsWith('\r');
    return (this.heldCr ? joined.slice(0, -1) : joined).replace(/\r\n/g, '\n');
  }

  end(): string {
    const rest = this.heldCr ? '\r' : '';
    this.heldCr = false;
    return rest;
  }
}

/** Slices that never split a surrogate pair (an astral character would turn into two U+FFFD). */
function* slices(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + SLICE_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}

function makeDecoder(encoding: string | undefined): Decoder {
  const label = encoding?.trim().toLowerCase() || 'utf-8';
  try {
    return new TextDecoder(label === 'utf8' ? 'utf-8' : label, { fatal: true });
  } catch {
    throw new CrosscheckError('CC_UNKNOWN_CHARSET', `charset "${encoding}" is not one crosscheck can decode`);
  }
}

function decodeChunk(decoder: Decoder, bytes: Uint8Array, offset: number, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    const code = decoder.encoding === 'utf-8' ? 'CC_INVALID_UTF8' : 'CC_CHARSET_MISMATCH';
    throw new CrosscheckError(code,
      `the bytes after offset ${offset} are not valid ${decoder.encoding}; pass --encoding to name the file's charset`);
  }
}
