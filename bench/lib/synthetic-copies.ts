/**
 * Generated news-like documents with a realistic word distribution, and edited copies of them, for the LSH
 * benchmark. synthetic-news.ts builds every article from 40 stock clauses, so any two of its articles share most of
 * their 3-word shingles; copy detection needs unrelated documents to look unrelated, as real ones do.
 *
 * Words follow Zipf's law with exponent 1 over a 30,000-word vocabulary (Zipf 1949; the exponent of English news
 * text is close to 1, Piantadosi 2014). The 60 most frequent ranks are English's own most frequent words, in their
 * order in the Brown corpus (Francis & Kučera 1982): they make ~40% of the running words, as function words do in
 * news, so the language and signal stages see English as they do on real articles. The rest are made-up words of
 * 1-4 syllables. Sentences are 8-30 words with capitalised starts, commas, numbers and a
 * stock news phrase ("officials said") a third of the time, ~400 words a document. Document `i` is a pure function
 * of `i`, so a 1M-document store never has to keep its texts: a candidate's text is generated again to compute its
 * exact Jaccard similarity.
 */
import { mulberry32 } from './synthetic-news.js';

const VOCABULARY_SIZE = 30_000;
const WORDS_PER_DOCUMENT = 400;
const STOCK_PHRASES = ['officials said', 'according to the ministry', 'in a statement on', 'the government said',
  'local media reported', 'it was not immediately clear', 'a spokesperson for the', 'told reporters on'];
const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st'];

/** English's most frequent words, most frequent first (Brown corpus). */
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'was', 'he', 'for', 'it', 'with', 'as', 'his',
  'on', 'be', 'at', 'by', 'i', 'this', 'had', 'not', 'are', 'but', 'from', 'or', 'have', 'an', 'they', 'which', 'one',
  'you', 'were', 'her', 'all', 'she', 'there', 'would', 'their', 'we', 'him', 'been', 'has', 'when', 'who', 'will',
  'more', 'no', 'if', 'out', 'so', 'said', 'what', 'up', 'its', 'about', 'into', 'than', 'them'];

/** The vocabulary, most frequent first: function words, then distinct made-up words (short words are the frequent ones). */
const vocabulary: readonly string[] = (() => {
  const random = mulberry32(0x5eed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const seen = new Set<string>(FUNCTION_WORDS);
  const words: string[] = [...FUNCTION_WORDS];
  while (words.length < VOCABULARY_SIZE) {
    const syllables = 1 + Math.min(3, Math.floor((words.length / VOCABULARY_SIZE) * 3 + random() * 1.5));
    let word = '';
    for (let s = 0; s < syllables; s++) word += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
})();

/** Cumulative Zipf(1) probabilities, for sampling a rank by binary search. */
const cumulative: Float64Array = (() => {
  const c = new Float64Array(VOCABULARY_SIZE);
  let total = 0;
  for (let r = 0; r < VOCABULARY_SIZE; r++) c[r] = total += 1 / (r + 1);
  for (let r = 0; r < VOCABULARY_SIZE; r++) c[r]! /= total;
  return c;
})();

export function zipfWord(random: () => number): string {
  const u = random();
  let lo = 0;
  let hi = VOCABULARY_SIZE - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}

/** Document `index` of the generated corpus: the same text for the same index, every run. */
export function corpusDocument(index: number): string {
  const random = mulberry32(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b));
  const sentences: string[] = [];
  let words = 0;
  while (words < WORDS_PER_DOCUMENT) {
    const length = 8 + Math.floor(random() * 23);
    const parts: string[] = [];
    if (random() < 1 / 3) parts.push(STOCK_PHRASES[Math.floor(random() * STOCK_PHRASES.length)]!);
    for (let w = 0; w < length; w++) {
      const r = random();
      parts.push(r < 0.03 ? String(Math.floor(random() * 2000)) : r < 0.08 ? `${zipfWord(random)},` : zipfWord(random));
    }
    const sentence = parts.join(' ');
    sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    words += parts.length;
  }
  return sentences.join(' ');
}

/**
 * An edited copy: each word is, with probability `editRate`, replaced (half the edits), deleted (a quarter) or
 * followed by an inserted word (a quarter), the way a rewrite changes wording while keeping the order of the text.
 */
export function editedCopy(text: string, editRate: number, random: () => number): string {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const r = random();
    if (r >= editRate) out.push(word);
    else if (r < editRate / 2) out.push(zipfWord(random));
    else if (r < (editRate * 3) / 4) continue;
    else out.push(word, zipfWord(random));
  }
  return out.join(' ');
}
