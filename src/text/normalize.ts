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
  // Extraction normalises a text up to three times (raw, extracted, cleaned): a text already normal is returned
  // after one loop over it, where the full pass costs ~30 µs for 3 KB (test/unit/text/normalize.test.ts checks
  // that both give the same result).
  if (isNormal(text)) return text;
  // Invisible characters go before composing: one between a letter and its accent would keep them apart.
  const lines = text
    .replace(INVISIBLE, '')
    .normalize('NFC')
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

/**
 * Would normalizeText leave this text as it is? No character it removes or replaces, no two spaces, no space at a
 * line's start or end, no blank line at either end or two in a row, and composed: only characters from U+0300 up
 * can be affected by NFC (the first with NFC_Quick_Check other than Yes is U+0300), so only then is it asked.
 */
function isNormal(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === 10 || text.charCodeAt(n - 1) === 10 || text.charCodeAt(n - 1) === 32) return false;
  let previous = 10;
  let newlines = 0;
  let composing = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previous === 32 || previous === 10) return false;
    } else if (c === 10) {
      if (previous === 32 || ++newlines > 2) return false;
      previous = c;
      continue;
    } else if (c < 32) {
      if (c >= 9 && c <= 13) return false;
    } else if (c >= 0xa0) {
      if (c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
        c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff) return false;
      if (c >= 0x300) composing = true;
    }
    newlines = 0;
    previous = c;
  }
  return !composing || text.normalize('NFC') === text;
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
