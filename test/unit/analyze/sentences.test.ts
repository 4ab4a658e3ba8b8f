import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/analyze/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(texts('The strike began. It may last weeks! Will it end? Nobody knows.')).toEqual([
      'The strike began.', 'It may last weeks!', 'Will it end?', 'Nobody knows.',
    ]);
  });

  it('does not split after titles, initials, months before a day, or "No." before a number', () => {
    expect(texts('Mr. Lind met Dr. Ana K. Ruiz on Jan. 5 at No. 10 Harbour Road. They talked.')).toEqual([
      'Mr. Lind met Dr. Ana K. Ruiz on Jan. 5 at No. 10 Harbour Road.', 'They talked.',
    ]);
    expect(texts('George W. Bush spoke.')).toEqual(['George W. Bush spoke.']);
  });

  it('splits after a dotted abbreviation or company suffix only when a sentence-opening word follows', () => {
    expect(texts('The U.S. President spoke. He left.')).toEqual(['The U.S. President spoke.', 'He left.']);
    expect(texts('Talks resumed in the U.S. The union agreed.')).toEqual(['Talks resumed in the U.S.', 'The union agreed.']);
    expect(texts('Shares of Acme Inc. rose. The rest fell.')).toEqual(['Shares of Acme Inc. rose.', 'The rest fell.']);
    expect(texts('He sold it to Acme Inc. The deal closed.')).toEqual(['He sold it to Acme Inc.', 'The deal closed.']);
  });

  it('still splits "no." at the end of a sentence', () => {
    expect(texts('The answer was no. He left.')).toEqual(['The answer was no.', 'He left.']);
  });

  it('keeps decimals, URLs and e-mail addresses whole', () => {
    expect(texts('Growth was 3.5 percent, see example.com/data or ask press@example.org for details. Next.')).toEqual([
      'Growth was 3.5 percent, see example.com/data or ask press@example.org for details.', 'Next.',
    ]);
  });

  it('ends a sentence after closing quotes, and not before a lower-case attribution', () => {
    expect(texts('"We will stay out." Lind said so. "Is it over?" she asked. It was.')).toEqual([
      '"We will stay out."', 'Lind said so.', '"Is it over?" she asked.', 'It was.',
    ]);
  });

  it('treats a blank line as a boundary and a single line break as a space', () => {
    expect(texts('A headline without a stop\n\nThe body starts here and\nwraps onto a new line. Then ends.')).toEqual([
      'A headline without a stop', 'The body starts here and\nwraps onto a new line.', 'Then ends.',
    ]);
    expect(texts('First paragraph.\r\n\r\nsecond paragraph in lower case')).toEqual(['First paragraph.', 'second paragraph in lower case']);
  });

  it('splits sentences glued by a missing space, but not domains or numbers', () => {
    expect(texts('It covers document clustering.We first develop the idea.')).toEqual(['It covers document clustering.', 'We first develop the idea.']);
    expect(texts('Visit Example.Com today.')).toEqual(['Visit Example.Com today.']);
  });

  it('returns offsets that slice back to each sentence', () => {
    const text = '  Mr. Lind spoke.  "Go," she said.\n\nEnd';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });

  it('splits faster than 1 MB/s', () => {
    const paragraph = 'Mr. Lind said the U.S. port handled 3.5 million tons. "We will stay out," she said. Talks resume on Jan. 5.\n\n';
    const text = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length));
    const started = performance.now();
    const sentences = splitSentences(text);
    const seconds = (performance.now() - started) / 1000;
    expect(sentences.length).toBe(3 * Math.ceil(2_000_000 / paragraph.length));
    expect(text.length / 1e6 / seconds).toBeGreaterThan(1);
  });
});
