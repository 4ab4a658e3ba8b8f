import { sha256Hex } from '../text/content-hash.js';

/**
 * An article's identity: its canonical URL when it has one (a changed page at a known URL is a new version of the
 * same article), else its content (a text file with no URL is the same article exactly when its text is the same).
 * The id users type is a short, stable digest of that identity: the same input gives the same id in every store,
 * which keeps ids valid across export/import and across workers.
 */
export function identityKey(url: string | null, contentHash: string): string {
  return url ? `url:${url}` : `content:${contentHash}`;
}

/** 16 hex digits = 64 bits: at a billion articles the chance of any collision is about 3%; at a million, 3e-8. */
const ID_HEX_DIGITS = 16;

export function articleId(key: string): string {
  return sha256Hex(key).slice(0, ID_HEX_DIGITS);
}
