import type { TermVector } from '../model/story.js';

/**
 * A term vector that also knows each term's id: the story index's slot for it (TermStatistics.slots), an integer
 * the index gives every term once. Scoring an article against a story's centroids read each centroid term's weight
 * in the article through a string-keyed map, ~650 lookups a candidate and the largest single cost of an assignment
 * (cosinePairWith 12-14% in CPU profiles of the 200-a-day stream); with ids a lookup is an integer probe
 * (id-query.ts). Sums of two such vectors carry the ids on (term-vector.ts), so a story's centroids keep them as
 * articles join.
 *
 * The ids are private to the process and to the index that gave them: the private field is not serialised
 * (JSON.stringify writes `terms` and `weights` only) and not compared by value, so a stored profile, or one read
 * back without ids, is the same profile. A vector without ids is scored through the maps, as before.
 */
export class IdVector implements TermVector {
  readonly #ids: Int32Array;

  constructor(readonly terms: readonly string[], readonly weights: readonly number[], ids: Int32Array) {
    this.#ids = ids;
  }

  /** The vector's term ids in term order, or undefined when it has none (an empty vector has an empty list). */
  static idsOf(vector: TermVector): Int32Array | undefined {
    if (#ids in vector) return vector.#ids;
    return vector.terms.length === 0 ? NO_IDS : undefined;
  }
}

const NO_IDS = new Int32Array(0);
