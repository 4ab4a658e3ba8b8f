import { CrosscheckError } from '../model/crosscheck-error.js';

/**
 * Bytes to text, the way a browser would for news pages: a BOM wins, then the charset the caller was told (HTTP
 * Content-Type, XML declaration), then a <meta charset> in the first 2 KiB of HTML, then strict UTF-8. Nothing is
 * ever decoded by guessing: undeclared bytes that are not UTF-8 fail with CC_INVALID_UTF8, because silently
 * turning names into mojibake would poison every later comparison between articles.
 */

export interface DecodeOptions {
  /** A charset stated outside the bytes (HTTP header, --encoding); beats anything found inside. */
  readonly declared?: string;
  /** Look for <meta charset> / <?xml encoding?> in the first bytes. */
  readonly sniffMarkup?: boolean;
  /** The charset to use when nothing is declared (`--encoding`), instead of requiring UTF-8. */
  readonly fallback?: string;
}

/** How far into a page the HTML spec looks for a charset declaration (the "prescan" reads 1024 bytes; we allow 2 KiB). */
const PRESCAN_BYTES = 2048;

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bom.charset, bytes.subarray(bom.length), 'byte order mark');

  if (options.declared) return decodeWith(normaliseCharset(options.declared), bytes, 'declared');

  if (options.sniffMarkup) {
    const found = sniffMarkupCharset(bytes);
    if (found) return decodeWith(normaliseCharset(found), bytes, 'declared in the markup');
  }
  if (options.fallback) return decodeWith(normaliseCharset(options.fallback), bytes, 'given with --encoding');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new CrosscheckError('CC_INVALID_UTF8',
      `not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}) and no charset is declared; pass --encoding to name one`);
  }
}

function decodeWith(charset: string, bytes: Uint8Array, how: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new CrosscheckError('CC_UNKNOWN_CHARSET', `charset "${charset}" (${how}) is not one crosscheck can decode`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CrosscheckError('CC_CHARSET_MISMATCH', `the bytes are not valid ${decoder.encoding} as ${how}`);
  }
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** The charset a page or XML document declares in its first bytes, read as ASCII. */
export function sniffMarkupCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/** A charset named in a Content-Type header value (`text/html; charset=ISO-8859-1`). */
export function charsetFromContentType(contentType: string | undefined | null): string | undefined {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return match?.[1];
}

function normaliseCharset(name: string): string {
  const lower = name.trim().toLowerCase();
  // Pages that say "utf8" or "unicode" mean UTF-8; TextDecoder knows the labels of the WHATWG Encoding standard.
  if (lower === 'utf8' || lower === 'unicode') return 'utf-8';
  return lower;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // A plain scan of UTF-8 sequence structure; only run on the error path, to say where the bad byte is.
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

/** True when the bytes look like binary data rather than text: NUL bytes, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return false;
  // UTF-16 text has NULs in every other byte but starts with a BOM, which decodeText honours first.
  if (bomCharset(sample)?.charset.startsWith('utf-16')) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  // More than 10% control characters is not prose in any encoding we read (libmagic uses a similar ratio test).
  return control / sample.length > 0.1;
}
