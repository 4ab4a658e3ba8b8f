import { createHash } from 'node:crypto';

/** SHA-256 hex of a string's UTF-8 bytes. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The hash that decides "same content": title and text, already normalised. */
export function contentHash(title: string, text: string): string {
  return sha256Hex(`${title}\n\n${text}`);
}
