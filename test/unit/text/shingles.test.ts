import { describe, expect, it } from 'vitest';
import { DEFAULT_SHINGLE_WORDS, shingleHashes } from '../../../src/text/shingles.js';

const hashes = (text: string, words = DEFAULT_SHINGLE_WORDS, seed = 0) => Array.from(shingleHashes(text, { words, seed }));

describe('shingleHashes', () => {
  it('gives one hash per window of three words', () => {
    expect(DEFAULT_SHINGLE_WORDS).toBe(3);
    expect(hashes('the port closed on tuesday').length).toBe(3);
    expect(hashes('the port closed on tuesday', 2).length).toBe(4);
    expect(new Set(hashes('a b c a b c a b c')).size).toBe(3);
  });

  it('ignores case, punctuation, spacing and typography', () => {
    const plain = hashes('the port closed on tuesday after the storm');
    expect(hashes('The PORT closed, on Tuesday -- after the storm!')).toEqual(plain);
    expect(hashes('  the\tport\n\nclosed   on tuesday (after) the "storm".')).toEqual(plain);
    // NFKC: full-width letters, and the "ﬁ" ligature.
    expect(hashes('ｔｈｅ ｐｏｒｔ closed on tuesday after the storm')).toEqual(plain);
    expect(hashes('ﬁsh boats sank')).toEqual(hashes('fish boats sank'));
  });

  it('keeps digits, and drops apostrophes inside words', () => {
    expect(hashes('cost 40 euros today')).not.toEqual(hashes('cost 41 euros today'));
    expect(hashes('the union’s leaders don\'t agree')).toEqual(hashes('the unions leaders dont agree'));
    expect(hashes('Müller said the école opened')).toEqual(hashes('MÜLLER said the ÉCOLE opened'));
    // Composed and decomposed é are the same letter.
    expect(hashes('the e\u0301cole opened today')).toEqual(hashes('the \u00e9cole opened today'));
  });

  it('is sensitive to word order', () => {
    expect(hashes('alpha beta gamma')).not.toEqual(hashes('gamma beta alpha'));
    expect(hashes('alpha beta gamma')).not.toEqual(hashes('alpha gamma beta'));
  });

  it('hashes a text shorter than one shingle as one shingle, and an empty text as none', () => {
    expect(hashes('storm').length).toBe(1);
    expect(hashes('big storm').length).toBe(1);
    expect(hashes('big storm')).not.toEqual(hashes('storm'));
    expect(hashes('')).toEqual([]);
    expect(hashes(' ... --- !!! ')).toEqual([]);
  });

  it('reads Han and Kana characters as words of their own', () => {
    expect(hashes('東京都庁').length).toBe(2);
    expect(hashes('東京 都庁')).toEqual(hashes('東京都庁'));
  });

  it('treats emoji as separators and letters outside the BMP as word characters', () => {
    expect(hashes('storm 🌊 hits port today')).toEqual(hashes('storm hits port today'));
    expect(hashes('the 𝐛𝐢𝐠 storm')).toEqual(hashes('the big storm')); // NFKC folds mathematical bold
    expect(hashes('𐌰𐌱 storm hits')).not.toEqual(hashes('storm hits'));
  });

  it('depends on the seed, deterministically', () => {
    const text = 'the port closed on tuesday after the storm';
    expect(hashes(text, 3, 1)).toEqual(hashes(text, 3, 1));
    expect(hashes(text, 3, 1)).not.toEqual(hashes(text, 3, 2));
  });

  it('refuses a shingle width that is not a positive integer', () => {
    expect(() => shingleHashes('a b c', { words: 0 })).toThrow(RangeError);
  });
});
