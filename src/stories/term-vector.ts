import type { TermVector } from '../model/story.js';

/**
 * Sparse term vectors: an article's L2-normalised TF-IDF vector, or a story's sum of them (its centroid, unnormalised:
 * the cosine divides by its norm). Kept heaviest first so truncation keeps what carries the similarity, and as two
 * parallel arrays so a profile serialises to JSON as is.
 */

export const EMPTY_VECTOR: TermVector = { terms: [], weights: [] };

/** Heaviest first, ties by term: the same bag always gives the same vector. */
function order(entries: [string, number][]): [string, number][] {
  return entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** A vector from term weights, at most `limit` terms (the heaviest), zero weights dropped. */
export function toVector(weights: ReadonlyMap<string, number>, limit = Infinity): TermVector {
  const entries = order([...weights].filter(([, w]) => w > 0));
  const kept = entries.length > limit ? entries.slice(0, limit) : entries;
  return { terms: kept.map(([t]) => t), weights: kept.map(([, w]) => w) };
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
