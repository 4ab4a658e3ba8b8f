/**
 * Text normalisation every stage relies on: two copies of one article must compare equal byte for byte after it.
 * Unicode NFC (a precomposed é and e + combining accent are the same letter), one kind of space, no invisible
 * characters, lines trimmed, paragraphs separated by exactly one blank line.
 */

// Zero-width space/joiners, word joiner, BOM and soft hyphen carry no text but break equality and tokenisation.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// No-break, en/em/thin/hair spaces, ideographic space: typographic variants of a space.
const SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Normalise a body of text; paragraphs stay separated by "\n\n". */
export function normalizeText(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
  const out: string[] = [];
  let blank = false;
  for (const line of lines) {
    if (line === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    out.push(line);
    blank = false;
  }
  return out.join('\n');
}

/** Normalise a one-line value (a title, a name): NFC, one space, trimmed. */
export function normalizeLine(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').trim();
}

/** Paragraphs of a normalised text. */
export function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/).filter((p) => p.length > 0);
}

/** A key for comparing short strings regardless of case, accents' composition and punctuation. */
export function comparisonKey(value: string): string {
  return normalizeLine(value).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
