import type { TermVector } from '../model/story.js';
import type { TermStatistics } from '../ports/story-index.js';
import type { ArticleFeatures } from './article-features.js';
import { AlignedFrequencies } from './aligned-frequencies.js';
import { BODY_FIELD, ENTITY_FIELD, IdQuery, NUMBER_FIELD, TIME_FIELD, TITLE_FIELD } from './id-query.js';
import { toVector } from './term-vector.js';

/**
 * An article's TF-IDF sub-vectors (title, body, entities, time anchors, figures), weighted with the document frequencies of the moment it
 * arrives, itself included: frequencies grow online, as in a stream, and are never computed from data yet to come.
 * Weights are sublinear (1 + ln tf) times smoothed idf, ln((1 + N) / (1 + df)) + 1 (scikit-learn's defaults,
 * Manning et al. 2008 ch. 6), then each sub-vector is scaled to unit length.
 */

/**
 * How many terms of an article's body vector are added to its story's centroid. A 500-word body has ~200 distinct
 * content stems; the 100 heaviest carry most of its TF-IDF mass and keep a stored profile small. The query side
 * (`body`) keeps every term.
 */
export const ARTICLE_VECTOR_TERMS = 100;

export interface ArticleVectors {
  /** Unit-length maps, for scoring the article against candidate stories. */
  readonly title: ReadonlyMap<string, number>;
  readonly body: ReadonlyMap<string, number>;
  readonly entities: ReadonlyMap<string, number>;
  readonly times: ReadonlyMap<string, number>;
  readonly numbers: ReadonlyMap<string, number>;
  /** The same as vectors to add into a story profile (the body truncated to ARTICLE_VECTOR_TERMS). */
  readonly titleVector: TermVector;
  readonly bodyVector: TermVector;
  readonly entityVector: TermVector;
  readonly timeVector: TermVector;
  readonly numberVector: TermVector;
  /** The maps as one query by term id, when the index gave ids (id-query.ts); null otherwise. */
  readonly query: IdQuery | null;
}

export function idf(documentFrequency: number, documents: number): number {
  return Math.log((1 + documents) / (1 + documentFrequency)) + 1;
}

/**
 * The statistics as they are once this article is counted: N + 1, and + 1 for each of its terms. Built from the
 * article's terms, which are usually all the statistics hold: copying the map and then writing each term again
 * allocated twice what the weighting itself did.
 */
export function countingArticle(stats: TermStatistics, terms: readonly string[]): TermStatistics {
  const slots = stats.slots === undefined ? {} : { slots: stats.slots };
  // The index's lookup of exactly these terms (aligned-frequencies.ts): counted as arrays, with no map built.
  if (stats.frequencies instanceof AlignedFrequencies && stats.frequencies.alignedWith(terms)) {
    return { documents: stats.documents + 1, frequencies: stats.frequencies.counted(), ...slots };
  }
  const frequencies = new Map<string, number>();
  let known = 0;
  for (const term of terms) {
    const frequency = stats.frequencies.get(term);
    if (frequency !== undefined) known++;
    frequencies.set(term, (frequency ?? 0) + 1);
  }
  // Terms the statistics hold beyond the article's (a caller's wider lookup) keep their frequency.
  if (known < stats.frequencies.size) for (const [term, frequency] of stats.frequencies) if (!frequencies.has(term)) frequencies.set(term, frequency);
  return { documents: stats.documents + 1, frequencies, ...slots };
}

/**
 * `ids`: every term's id (id-vector.ts), when the index gives them (termIds): the vectors then carry them and
 * `query` scores by them. Each field's ids are looked up once, for both.
 */
export function articleVectors(features: ArticleFeatures, stats: TermStatistics, ids?: TermIds): ArticleVectors {
  const title = weigh(features.titleCounts, stats);
  const body = weigh(features.bodyCounts, stats);
  const entities = weigh(features.entityCounts, stats);
  const times = weigh(features.timeCounts, stats);
  const numbers = weigh(features.numberCounts, stats);
  const fields = [title, body, entities, times, numbers];
  const fieldIds = ids === undefined ? undefined : fields.map((field) => idsInOrder(field, ids));
  return {
    title, body, entities, times, numbers,
    titleVector: toVector(title, Infinity, fieldIds?.[0]),
    bodyVector: toVector(body, ARTICLE_VECTOR_TERMS, fieldIds?.[1]),
    entityVector: toVector(entities, Infinity, fieldIds?.[2]),
    timeVector: toVector(times, Infinity, fieldIds?.[3]),
    numberVector: toVector(numbers, ARTICLE_VECTOR_TERMS, fieldIds?.[4]),
    query: fieldIds === undefined ? null : idQuery(fields, fieldIds),
  };
}

/** A term's id by its text: what articleVectors reads of a map of them. */
export interface TermIds {
  get(term: string): number | undefined;
}

/** Each term's id, from the statistics of a lookup of `terms` (undefined when the index gives no ids). */
export function termIds(terms: readonly string[], stats: TermStatistics): TermIds | undefined {
  const slots = stats.slots;
  if (slots === undefined) return undefined;
  const frequencies = stats.frequencies;
  // Aligned with the same terms: each id is read through their shared positions, with no map of its own.
  if (frequencies instanceof AlignedFrequencies && frequencies.alignedWith(terms)) {
    return { get: (term) => { const at = frequencies.positionOf(term); return at === undefined ? undefined : slots[at]; } };
  }
  const ids = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) ids.set(terms[i]!, slots[i]!);
  return ids;
}

/** The ids of a field's terms, in the order the field iterates. */
function idsInOrder(field: ReadonlyMap<string, number>, ids: TermIds): Int32Array {
  const out = new Int32Array(field.size);
  let at = 0;
  for (const term of field.keys()) out[at++] = ids.get(term)!;
  return out;
}

/** The fields, in TITLE_FIELD... order, as one query by id (`fieldIds`: each field's ids, in its order). */
function idQuery(fields: readonly ReadonlyMap<string, number>[], fieldIds: readonly Int32Array[]): IdQuery {
  let size = 0;
  for (const field of fields) size += field.size;
  const query = new IdQuery(size);
  const order = [TITLE_FIELD, BODY_FIELD, ENTITY_FIELD, TIME_FIELD, NUMBER_FIELD];
  fields.forEach((field, k) => {
    let at = 0;
    for (const weight of field.values()) query.set(order[k]!, fieldIds[k]![at++]!, weight);
  });
  return query;
}

/** Weights, then scaled to unit length as `normalise` does (the same sums in the same order), in one map rather than two. */
function weigh(counts: ReadonlyMap<string, number>, stats: TermStatistics): Map<string, number> {
  const raw = new Float64Array(counts.size);
  let k = 0;
  let sum = 0;
  // forEach, not for-of over entries: that allocated a [term, count] pair per term.
  counts.forEach((count, term) => {
    const w = (1 + Math.log(count)) * idf(stats.frequencies.get(term) ?? 0, stats.documents);
    raw[k++] = w;
    sum += w * w;
  });
  const out = new Map<string, number>();
  const norm = Math.sqrt(sum);
  if (norm === 0) return out;
  k = 0;
  counts.forEach((_, term) => {
    out.set(term, raw[k++]! / norm);
  });
  return out;
}
