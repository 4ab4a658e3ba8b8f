import type { TermVector } from '../model/story.js';
import { IdTable } from './id-table.js';

/**
 * An article's weighted fields as a scoring query keyed by term id (id-vector.ts): a table from id to a row
 * (id-table.ts), and per row the term's weight in each field (0 where the field lacks it). A centroid term's
 * weights in the article are then one integer probe in a table that stays in the first-level cache (a few hundred
 * terms), instead of one string-keyed map lookup per field.
 *
 * The cosines here are cosineWith and cosinePairWith (term-vector.ts) bit for bit: each sums over the centroid's
 * terms in its order, and a field that lacks a term adds 0 * w = +0, which leaves the sum as it was (the sum starts
 * at +0 and every weight is positive, so it is never -0).
 */

/** Fields of a query, in the order of ArticleVectors' maps. */
export const TITLE_FIELD = 0;
export const BODY_FIELD = 1;
export const ENTITY_FIELD = 2;
export const TIME_FIELD = 3;
export const NUMBER_FIELD = 4;
const FIELDS = 5;

export class IdQuery {
  /** Each term's row. */
  readonly #rows: IdTable;
  /** Row r's weight in field f at r * FIELDS + f. */
  readonly #weights: Float64Array;
  /** Terms in each field: a field with none scores 0 without reading the centroid, as cosineWith does. */
  readonly #fieldSizes = new Int32Array(FIELDS);

  /** A query for at most `terms` distinct ids. */
  constructor(terms: number) {
    this.#rows = new IdTable(terms);
    this.#weights = new Float64Array(Math.max(1, terms) * FIELDS);
  }

  /** Sets a term's weight in one field (each term once a field). */
  set(field: number, id: number, weight: number): void {
    this.#weights[this.#rows.add(id) * FIELDS + field] = weight;
    this.#fieldSizes[field]!++;
  }

  /** Cosine of a field with a vector whose term ids are `ids` (cosineWith's number). */
  cosine(field: number, vector: TermVector, ids: Int32Array): number {
    if (this.#fieldSizes[field] === 0) return 0;
    let dot = 0;
    let norm = 0;
    const weights = vector.weights;
    for (let i = 0; i < ids.length; i++) {
      const w = weights[i]!;
      norm += w * w;
      const row = this.#rows.find(ids[i]!);
      if (row >= 0) dot += this.#weights[row * FIELDS + field]! * w;
    }
    return norm === 0 ? 0 : dot / Math.sqrt(norm);
  }

  /** Cosines of two fields with one vector in one pass over it (cosinePairWith's numbers). */
  cosinePair(first: number, second: number, vector: TermVector, ids: Int32Array): [number, number] {
    let dotFirst = 0;
    let dotSecond = 0;
    let norm = 0;
    const weights = vector.weights;
    for (let i = 0; i < ids.length; i++) {
      const w = weights[i]!;
      norm += w * w;
      const row = this.#rows.find(ids[i]!);
      if (row < 0) continue;
      dotFirst += this.#weights[row * FIELDS + first]! * w;
      dotSecond += this.#weights[row * FIELDS + second]! * w;
    }
    if (norm === 0) return [0, 0];
    const length = Math.sqrt(norm);
    return [dotFirst / length, dotSecond / length];
  }
}
