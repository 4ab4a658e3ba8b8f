import type { TermVector } from '../model/story.js';
import { IdTable } from './id-table.js';
import { IdVector } from './id-vector.js';

/**
 * Sparse term vectors: an article's L2-normalised TF-IDF vector, or a story's sum of them (its centroid, unnormalised:
 * the cosine divides by its norm). Kept heaviest first so truncation keeps what carries the similarity, and as two
 * parallel arrays so a profile serialises to JSON as is.
 */

export const EMPTY_VECTOR: TermVector = { terms: [], weights: [] };

/**
 * A vector from term weights, at most `limit` terms (the heaviest), zero weights dropped; heaviest first, ties by
 * term, so the same bag always gives the same vector. With `ids` (each term's id, id-vector.ts, in the order the map
 * iterates) it carries them.
 */
export function toVector(weights: ReadonlyMap<string, number>, limit = Infinity, ids?: Int32Array): TermVector {
  const scratch = scratchFor(weights.size);
  let n = 0;
  let at = 0;
  // forEach, not for-of: an entries loop allocated a [term, weight] pair per term.
  weights.forEach((weight, term) => {
    const id = ids === undefined ? 0 : ids[at++]!;
    if (!(weight > 0)) return;
    scratch.ids[n] = id;
    scratch.terms[n] = term;
    scratch.values[n++] = weight;
  });
  return heaviestOf(scratch, n, limit, ids !== undefined);
}

/**
 * Building vectors (five an article, five a join) was a tenth of an assignment and a third of what it allocated
 * (heap sampling, 30k stored, 200 a day): term/weight arrays, a Map per sum, and the sort's comparator returning a
 * fresh heap number per comparison. So the candidates are gathered into reused scratch arrays and ordered by a
 * merge sort over positions written here; only the vector returned is allocated. The order is total (weight, then
 * term; an article's or a sum's terms are distinct), so any correct sort gives the same vector.
 */
interface Scratch {
  terms: string[];
  /**
   * The vector being returned, in order; kept packed (always filled from index 0). The terms are emptied after
   * each call so no string outlives it; the weights are plain numbers and are just overwritten.
   */
  orderedTerms: string[];
  orderedWeights: number[];
  values: Float64Array;
  ids: Int32Array;
  order: Uint32Array;
  buffer: Uint32Array;
}

const scratchOf = (capacity: number, terms: string[]): Scratch => ({
  terms, orderedTerms: [], orderedWeights: [], values: new Float64Array(capacity), ids: new Int32Array(capacity), order: new Uint32Array(capacity), buffer: new Uint32Array(capacity),
});

let shared = scratchOf(1024, []);

function scratchFor(size: number): Scratch {
  if (size > shared.values.length) shared = scratchOf(Math.max(size, 2 * shared.values.length), shared.terms);
  return shared;
}

/**
 * The `limit` heaviest of the scratch's first `n` candidates as a vector (heaviest first, ties by term), with their
 * ids when `withIds`.
 */
function heaviestOf(scratch: Scratch, n: number, limit: number, withIds: boolean): TermVector {
  const { terms, values, order } = scratch;
  for (let i = 0; i < n; i++) order[i] = i;
  sortPositions(scratch, n);
  const kept = Math.min(n, limit);
  // Written in order into the scratch's packed arrays and copied out by `slice`: packed arrays read faster in the
  // cosines than preallocated (holey) ones, and a slice is allocated at its exact length where pushing one term at
  // a time allocated each array ~2.4 times over as it grew (toVector and addVectors, mostly that, were 18% of what an
  // assignment allocated: heap sampling, 30k stored).
  const { orderedTerms, orderedWeights } = scratch;
  for (let i = 0; i < kept; i++) {
    orderedTerms[i] = terms[order[i]!]!;
    orderedWeights[i] = values[order[i]!]!;
  }
  const outTerms = orderedTerms.slice(0, kept);
  const outWeights = orderedWeights.slice(0, kept);
  // The scratch keeps no term alive past the call.
  terms.length = 0;
  orderedTerms.length = 0;
  if (!withIds) return { terms: outTerms, weights: outWeights };
  const ids = new Int32Array(kept);
  for (let i = 0; i < kept; i++) ids[i] = scratch.ids[order[i]!]!;
  return new IdVector(outTerms, outWeights, ids);
}

/** Whether candidate `a` goes before `b`: heavier first, then by term. */
function before(terms: readonly string[], values: Float64Array, a: number, b: number): boolean {
  const wa = values[a]!;
  const wb = values[b]!;
  return wa > wb || (wa === wb && terms[a]! < terms[b]!);
}

/** Orders scratch.order[0..n) by `before`: insertion-sorted runs of 16, then bottom-up merges. */
function sortPositions(scratch: Scratch, n: number): void {
  const { terms, values } = scratch;
  let from = scratch.order;
  let to = scratch.buffer;
  const RUN = 16;
  for (let start = 0; start < n; start += RUN) {
    const end = Math.min(start + RUN, n);
    for (let i = start + 1; i < end; i++) {
      const x = from[i]!;
      let j = i - 1;
      while (j >= start && before(terms, values, x, from[j]!)) {
        from[j + 1] = from[j]!;
        j--;
      }
      from[j + 1] = x;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) to[k++] = before(terms, values, from[j]!, from[i]!) ? from[j++]! : from[i++]!;
      while (i < middle) to[k++] = from[i++]!;
      while (j < right) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  if (from !== scratch.order) scratch.order.set(from.subarray(0, n));
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
 * Summed without a map of `a` (a centroid of up to 300 terms when an article joins): `a`'s terms in order, each plus
 * its weight in `b` (found through a table of `b`'s ids, or a map of its terms), then `b`'s terms that `a` lacks.
 */
export function addVectors(a: TermVector, b: TermVector, limit: number): TermVector {
  const aIds = IdVector.idsOf(a);
  const bIds = IdVector.idsOf(b);
  const withIds = aIds !== undefined && bIds !== undefined;
  // Where each of b's terms is: its ids' table (ids are distinct, so b's i-th id gets index i), or a map of its terms.
  const idsInB = withIds ? new IdTable(bIds.length) : null;
  const termsInB = withIds ? null : new Map<string, number>();
  for (let i = 0; i < b.terms.length; i++) {
    if (idsInB !== null) idsInB.add(bIds![i]!);
    else termsInB!.set(b.terms[i]!, i);
  }
  const scratch = scratchFor(a.terms.length + b.terms.length);
  const used = new Uint8Array(b.terms.length);
  let n = 0;
  for (let i = 0; i < a.terms.length; i++) {
    const at = idsInB !== null ? idsInB.find(aIds![i]!) : termsInB!.get(a.terms[i]!) ?? -1;
    let weight = a.weights[i]!;
    if (at >= 0) {
      weight += b.weights[at]!;
      used[at] = 1;
    }
    if (!(weight > 0)) continue;
    if (withIds) scratch.ids[n] = aIds![i]!;
    scratch.terms[n] = a.terms[i]!;
    scratch.values[n++] = weight;
  }
  for (let i = 0; i < b.terms.length; i++) {
    if (used[i] === 1) continue;
    // A term new to the sum: 0 + w, as the sum over a map of `a` counted it.
    const weight = 0 + b.weights[i]!;
    if (!(weight > 0)) continue;
    if (withIds) scratch.ids[n] = bIds![i]!;
    scratch.terms[n] = b.terms[i]!;
    scratch.values[n++] = weight;
  }
  return heaviestOf(scratch, n, limit, withIds);
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
