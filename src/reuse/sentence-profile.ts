/**
 * What sentence alignment and the derivation features need to know about one text, computed once per text and
 * reused for every candidate it is compared with: its sentences (with offsets), each sentence's tokens and stems,
 * its content stems (no stopwords), its numbers, and the whole text's token stream.
 */
import type { Sentence } from '../analyze/sentences.js';
import { splitSentences } from '../analyze/sentences.js';
import { isNumberToken, isStopword, stem, wordTokens } from '../text/tokens.js';

export interface SentenceProfile {
  readonly sentence: Sentence;
  /** Lowercase word tokens, in order. */
  readonly tokens: readonly string[];
  /** The stem of every token, in order (same length as tokens). */
  readonly stems: readonly string[];
  /** 32-bit hashes of tokens and stems: sequence comparisons (LCS, runs) compare integers, not strings. */
  readonly tokenIds: Int32Array;
  readonly stemIds: Int32Array;
  /** Distinct surface bigrams, each as one number (two token hashes combined). */
  readonly bigrams: ReadonlySet<number>;
  /** Distinct stems of the content words (not stopwords). */
  readonly content: ReadonlySet<string>;
  /** Distinct number tokens ("3.5", "1,200", "2024"). */
  readonly numbers: ReadonlySet<string>;
}

export interface TextProfile {
  readonly sentences: readonly SentenceProfile[];
  /** All tokens of the text in order (the sentences' tokens concatenated). */
  readonly tokens: readonly string[];
  /** All stems of the text in order. */
  readonly stems: readonly string[];
  readonly tokenIds: Int32Array;
  readonly stemIds: Int32Array;
  /** Index of the first token of each sentence in `tokens` (sentence i spans [offsets[i], offsets[i + 1])). */
  readonly offsets: readonly number[];
}

/** Profile a text: split it into sentences and tokenise each one. */
export function profileText(text: string): TextProfile {
  const sentences: SentenceProfile[] = [];
  const tokens: string[] = [];
  const stems: string[] = [];
  const offsets: number[] = [];
  for (const sentence of splitSentences(text)) {
    const profile = profileSentence(sentence);
    if (profile.tokens.length === 0) continue;
    offsets.push(tokens.length);
    sentences.push(profile);
    for (let i = 0; i < profile.tokens.length; i++) {
      tokens.push(profile.tokens[i]!);
      stems.push(profile.stems[i]!);
    }
  }
  offsets.push(tokens.length);
  return { sentences, tokens, stems, tokenIds: Int32Array.from(tokens, tokenHash), stemIds: Int32Array.from(stems, tokenHash), offsets };
}

/** Profile one sentence (or any short text: a claim, an MRPC sentence); `stemmer` is for comparing stemmers. */
export function profileSentence(sentence: Sentence, stemmer: (token: string) => string = stem): SentenceProfile {
  const tokens = wordTokens(sentence.text);
  const stems = tokens.map(stemmer);
  const content = new Set<string>();
  const numbers = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isNumberToken(token)) numbers.add(token);
    if (!isStopword(token)) content.add(stems[i]!);
  }
  const tokenIds = Int32Array.from(tokens, tokenHash);
  return { sentence, tokens, stems, tokenIds, stemIds: Int32Array.from(stems, tokenHash), bigrams: bigramKeys(tokenIds), content, numbers };
}

/**
 * FNV-1a over UTF-16 code units, 32 bits. Two different words collide with probability ~2^-32, which at worst
 * counts one word as shared: harmless for a similarity measure, and it keeps every comparison an integer one.
 */
export function tokenHash(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Adjacent token pairs as numbers below 2^53 (exact in a double): high 21 bits of one hash, all 32 of the next. */
export function bigramKeys(ids: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < ids.length; i++) out.add((ids[i - 1]! & 0x1fffff) * 0x100000000 + (ids[i]! >>> 0));
  return out;
}

/** A profile for a bare string treated as one sentence. */
export function profileString(text: string, index = 0): SentenceProfile {
  return profileSentence({ index, start: 0, end: text.length, text });
}

/** One profile standing for several sentences read in order (the side of a split or merged alignment). */
export function mergeProfiles(parts: readonly SentenceProfile[]): SentenceProfile {
  if (parts.length === 1) return parts[0]!;
  const first = parts[0]!.sentence;
  const concat = (pick: (p: SentenceProfile) => Int32Array) => {
    const out = new Int32Array(parts.reduce((n, p) => n + pick(p).length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(pick(p), at);
      at += pick(p).length;
    }
    return out;
  };
  const tokenIds = concat((p) => p.tokenIds);
  const last = parts[parts.length - 1]!.sentence;
  return {
    sentence: { index: first.index, start: first.start, end: last.end, text: parts.map((p) => p.sentence.text).join(' ') },
    tokens: parts.flatMap((p) => p.tokens),
    stems: parts.flatMap((p) => p.stems),
    tokenIds,
    stemIds: concat((p) => p.stemIds),
    bigrams: bigramKeys(tokenIds),
    content: new Set(parts.flatMap((p) => [...p.content])),
    numbers: new Set(parts.flatMap((p) => [...p.numbers])),
  };
}
