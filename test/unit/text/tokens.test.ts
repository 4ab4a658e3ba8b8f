import { describe, expect, it } from 'vitest';
import { isNumberToken, isStopword, sStem, stem, wordSpans, wordTokens } from '../../../src/text/tokens.js';

describe('wordTokens', () => {
  it('lowercases words and splits on punctuation and hyphens', () => {
    expect(wordTokens('The well-known Port, re-opened!')).toEqual(['the', 'well', 'known', 'port', 're', 'opened']);
  });

  it('keeps decimals and thousands separators inside one number token', () => {
    expect(wordTokens('Prices rose 3.5% to 1,200 euros, up from 1.050,5.')).toEqual(['prices', 'rose', '3.5', 'to', '1,200', 'euros', 'up', 'from', '1.050,5']);
  });

  it('keeps inner apostrophes (typographic ones become ASCII) and dotted abbreviations', () => {
    expect(wordTokens('O’Brien’s plan didn\'t reach the U.S. at 9 a.m.')).toEqual(["o'brien's", 'plan', "didn't", 'reach', 'the', 'u.s.', 'at', '9', 'a.m.']);
  });

  it('handles letters beyond ASCII', () => {
    expect(wordTokens('Größe, café, Привет мир, Ελλάδα')).toEqual(['größe', 'café', 'привет', 'мир', 'ελλάδα']);
  });

  it('gives spans that point back into the text', () => {
    const text = 'Lind said: "40 ships."';
    const spans = wordSpans(text);
    expect(spans.map((s) => s.text)).toEqual(['lind', 'said', '40', 'ships']);
    for (const span of spans) expect(text.slice(span.start, span.end).toLowerCase()).toBe(span.text);
  });

  it('tokenises a megabyte in well under a second', () => {
    const text = 'Dock workers at the port of Valmora walked off the job on Tuesday, halting 40 ships. '.repeat(12_000);
    const started = performance.now();
    const tokens = wordTokens(text);
    expect(tokens.length).toBe(16 * 12_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('stopwords and numbers', () => {
  it('treats function words as stopwords but not negations', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword('would')).toBe(true);
    expect(isStopword('not')).toBe(false);
    expect(isStopword('never')).toBe(false);
    expect(isStopword('ships')).toBe(false);
  });

  it('recognises number tokens', () => {
    expect(isNumberToken('1,200')).toBe(true);
    expect(isNumberToken('5th')).toBe(true);
    expect(isNumberToken('fifth')).toBe(false);
  });
});

describe('stem (Porter 1980)', () => {
  it('matches the published examples of each step', () => {
    const cases: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', cats: 'cat', agreed: 'agre', plastered: 'plaster', motoring: 'motor',
      hopping: 'hop', filing: 'file', happy: 'happi', relational: 'relat', conditional: 'condit',
      generalizations: 'gener', electrical: 'electr', hopeful: 'hope', adoption: 'adopt', controll: 'control',
    };
    for (const [word, expected] of Object.entries(cases)) expect(stem(word), word).toBe(expected);
  });

  it('joins inflections and derivations of one word', () => {
    expect(new Set(['inherits', 'inherited', 'inheriting', 'inheritance'].map(stem))).toEqual(new Set(['inherit']));
  });

  it('drops a possessive and leaves numbers and short words alone', () => {
    expect(stem("union's")).toBe('union');
    expect(stem('1,200')).toBe('1,200');
    expect(stem('us')).toBe('us');
  });
});

describe('sStem (the s-stripper kept for comparison)', () => {
  it('strips plurals only', () => {
    expect(sStem('ponies')).toBe('pony');
    expect(sStem('ships')).toBe('ship');
    expect(sStem('glass')).toBe('glass');
    expect(sStem('inherited')).toBe('inherited');
  });
});
