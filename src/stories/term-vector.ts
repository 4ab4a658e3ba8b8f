import type { TermVector } from '../model/story.js';

/**
 * Sparse term vectors: an article's L2-normalised TF-IDF vector, or a story's sum of them (its centroid, unnormalised:
 * the cosine divides by its norm). Kept heaviest first so truncation keeps what carries the similarity, and as two
 * parallel arrays so a profile serialises to JSON as is.
 */

export const EMPTY_VECTOR: TermVector = { terms: [], weights: [] };

/**
 * A vector from term weights, at most `limit` terms (the heaviest), zero weights dropped; heaviest first, ties by
 * term, so the same bag always gives the same vector. Sorted as positions into two arrays rather than as
 * [term, weight] pairs: building vectors (five an article, five a join) was 10% of an assignment, most of it
 * allocating and sorting the pairs.
 */
export function toVector(weights: ReadonlyMap<string, number>, limit = Infinity): TermVector {
  const terms: string[] = [];
  const values: number[] = [];
  for (const [term, weight] of weights) {
    if (!(weight > 0)) continue;
    terms.push(term);
    values.push(weight);
  }
  const order = new Uint32Array(terms.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => values[b]! - values[a]! || (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const kept = Math.min(order.length, limit);
  // Pushed, not preallocated: packed arrays read faster in the cosines.
  const outTerms: string[] = [];
  const outWeights: number[] = [];
  for (let i = 0; i < kept; i++) {
    outTerms.push(terms[order[i]!]!);
    outWeights.push(values[order[i]!]!);
  }
  return { terms: outTerms, weights: outWeights };
}

/** Scale to unit length (an empty or zero vector stays as it is). */
export function normalise(weights: ReadonlyMap<string, number>): Map<string, number> {
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  const norm = Math.sqrt(sum);
  const out = new Map<string, number>();
  if (norm === 0) return out;
  for (const [t, w] of weights) out.set(t, w / norm);
  return out;
}

export function asMap(vector: TermVector): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < vector.terms.length; i++) out.set(vector.terms[i]!, vector.weights[i]!);
  return out;
}

/**
 * The sum of two vectors, truncated to the `limit` heaviest terms. Truncation bounds a long-running story's
 * profile (and so the cost of scoring against it) whatever its size; the terms it drops weigh least in the sum.
 */
export function addVectors(a: TermVector, b: TermVector, limit: number): TermVector {
  const sum = asMap(a);
  for (let i = 0; i < b.terms.length; i++) sum.set(b.terms[i]!, (sum.get(b.terms[i]!) ?? 0) + b.weights[i]!);
  return toVector(sum, limit);
}

/** Cosine between a query given as a unit-length map and any vector (a centroid is normalised here). */
export function cosineWith(query: ReadonlyMap<string, number>, vector: TermVector): number {
  if (query.size === 0) return 0;
  let dot = 0;
  let norm = 0;
  const { terms, weights } = vector;
  for (let i = 0; i < terms.length; i++) {
    const w = weights[i]!;
    norm += w * w;
    const q = query.get(terms[i]!);
    if (q !== undefined) dot += q * w;
  }
  return norm === 0 ? 0 : dot / Math.sqrt(norm);
}

/** Cosines of two queries with one vector in a single pass over it (its norm is computed once). */
export function cosinePairWith(first: ReadonlyMap<string, number>, second: ReadonlyMap<string, number>, vector: TermVector): [number, number] {
  let dotFirst = 0;
  let dotSecond = 0;
  let norm = 0;
  const { terms, weights } = vector;
  for (let i = 0; i < terms.length; i++) {
    const w = weights[i]!;
    norm += w * w;
    const a = first.get(terms[i]!);
    if (a !== undefined) dotFirst += a * w;
    const b = second.get(terms[i]!);
    if (b !== undefined) dotSecond += b * w;
  }
  if (norm === 0) return [0, 0];
  const length = Math.sqrt(norm);
  return [dotFirst / length, dotSecond / length];
}

/** Cosine between two vectors of any length. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  if (small.terms.length === 0) return 0;
  return cosineWith(normalise(asMap(small)), large);
}
