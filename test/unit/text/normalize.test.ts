import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/text/normalize.js';

/**
 * normalizeText returns an already normal text after one scan (src/text/normalize.ts); this checks that the shortcut
 * never changes a result, against the full pass written out here, and that a normal text stays as it is.
 */
function reference(text: string): string {
  const lines = text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
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

/** Pieces that exercise every rule: letters, spaces of every kind, invisible characters, line ends, decomposed é. */
const PIECES = ['a', 'Bé', 'e\u0301', ' ', '  ', '\n', '\n\n', '\n\n\n', '\r\n', '\r', '\t', '\u00A0', '\u2003', '\u200B', '\u00AD',
  '\uFEFF', '\u2028', '\u3000', '\u000B', 'word', '.', ' \n', '\n ', '\u0085', '\u180E',
  '\u0300', '\u2126', '\u0001', '\u001F', '\u200D', '\u2060', '\u205F', '\u202F', '\u1680', '\u200A', '\u2029', '\f'];

describe('normalizeText', () => {
  it('gives the full pass result on random mixtures of every special case, normal or not', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % PIECES.length;
    for (let i = 0; i < 20_000; i++) {
      const length = 1 + (i % 12);
      const text = Array.from({ length }, () => PIECES[next()]).join('');
      expect(normalizeText(text), JSON.stringify(text)).toBe(reference(text));
      expect(normalizeText(reference(text))).toBe(reference(text));
    }
  });

  it('returns a normal text as it is and fixes each thing the shortcut looks for', () => {
    const normal = 'Ferries resume\n\nOfficials said on Tuesday that service would resume.\nMore later.';
    expect(normalizeText(normal)).toBe(normal);
    expect(normalizeText(`${normal}\n`)).toBe(normal);
    expect(normalizeText(`\n${normal}`)).toBe(normal);
    expect(normalizeText(normal.replace('\n\n', '\n\n\n'))).toBe(normal);
    expect(normalizeText(normal.replace('said on', 'said  on'))).toBe(normal);
    expect(normalizeText(normal.replace('More', ' More'))).toBe(normal);
    expect(normalizeText(normal.replace('later.', 'later. '))).toBe(normal);
    expect(normalizeText(normal.replace('Ferries', 'Fer\u00ADries'))).toBe(normal);
    expect(normalizeText('Cafe\u0301 reopens')).toBe('Café reopens');
    // An invisible joiner between a letter and its accent does not keep them from composing.
    expect(normalizeText('Cafe\u2060\u0301 reopens')).toBe('Café reopens');
  });
});
