/**
 * The sentence pairs worth scoring, and their paraphrase probabilities. Only pairs that share a content stem are
 * scored (an inverted index from stems to source sentences), so a pair of long articles costs about as many
 * sentence comparisons as they have sentences on common topics, not the product of their lengths.
 */
import type { SentenceProfile } from './sentence-profile.js';
import type { SentenceModel } from './sentence-similarity.js';
import { paraphraseProbability, sentenceFeatures } from './sentence-similarity.js';

export interface Candidate {
  readonly source: number;
  readonly derived: number;
  /** Content stems the two sentences share. */
  readonly shared: number;
  /** Paraphrase probability of the pair. */
  readonly score: number;
}

export function scoreCandidates(sources: readonly SentenceProfile[], deriveds: readonly SentenceProfile[], model: SentenceModel): Candidate[] {
  const index = new Map<string, number[]>();
  sources.forEach((s, i) => {
    for (const word of s.content) (index.get(word) ?? index.set(word, []).get(word)!).push(i);
  });
  const out: Candidate[] = [];
  deriveds.forEach((d, j) => {
    const shared = new Map<number, number>();
    for (const word of d.content) for (const i of index.get(word) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, count] of shared) {
      out.push({ source: i, derived: j, shared: count, score: paraphraseProbability(sentenceFeatures(sources[i]!, d), model) });
    }
  });
  return out;
}

/** Candidates grouped by one side's sentence index. */
export function groupCandidates(candidates: readonly Candidate[], side: 'source' | 'derived'): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const key = c[side];
    const list = out.get(key);
    if (list) list.push(c);
    else out.set(key, [c]);
  }
  return out;
}

/**
 * Token-weighted mean, over the derived sentences, of each one's best candidate score: how much of the derived
 * text reads like some source sentence, whether or not it ends up aligned.
 */
export function supportOf(candidates: readonly Candidate[], deriveds: readonly SentenceProfile[]): number {
  const best = new Float64Array(deriveds.length);
  for (const c of candidates) best[c.derived] = Math.max(best[c.derived]!, c.score);
  let weighted = 0;
  let tokens = 0;
  deriveds.forEach((sentence, j) => {
    weighted += best[j]! * sentence.tokens.length;
    tokens += sentence.tokens.length;
  });
  return tokens === 0 ? 0 : weighted / tokens;
}
