import type { TermVector } from '../model/story.js';
import type { ArticleVectors } from './article-vectors.js';
import type { JoinModel } from './join-model.js';
import { joinLogit } from './join-model.js';
import type { StoryFeatures } from './story-score.js';
import { spanGapDays } from './story-score.js';

/**
 * The join model's logit of every member of a story against a one-article story of every other member: the
 * similarity a split check clusters on (story-split.ts). It is the same number articleStoryFeatures(member i,
 * openStory(member j)) gives, bit for bit, computed the way a matrix can be: each term the members name gets a
 * small integer once per check, and each member's query maps are spread into dense arrays for its row, so a pair
 * costs array reads instead of string-keyed map lookups. A split check compares up to 64 members pairwise (~4,000
 * pairs of ~150 term reads each); done through maps it was a quarter of an article's assignment time (CPU profile,
 * 200-a-day stream, 100k stored).
 *
 * Exactness: each cosine sums the column vector's terms in its own order, as cosineWith does, and a term the row
 * lacks reads 0, which adds nothing (every weight is positive, so the sum is never -0); norms are summed in the
 * same order once per member. The logits are then joinLogit's over the same feature values.
 */

/** A member as a one-article story's column: its profile vectors' terms as integers, their weights and norms. */
interface Column {
  readonly vectors: readonly IndexedVector[];
  readonly publishedMs: number | null;
}

interface IndexedVector {
  readonly ids: Int32Array;
  readonly weights: readonly number[];
  /** Sum of squared weights in term order (cosineWith's `norm`). */
  readonly norm: number;
}

/** Title, body, entities, times, figures: the order of Column.vectors and of a row's dense arrays. */
const TITLE = 0;
const BODY = 1;
const ENTITIES = 2;
const TIMES = 3;
const NUMBERS = 4;
const FIELDS = 5;

export interface LogitMember {
  readonly vectors: ArticleVectors;
  readonly publishedMs: number | null;
}

/** directed[i][j]: member i against a one-article story of member j (0 on the diagonal). */
export function memberLogits(members: readonly LogitMember[], model: JoinModel): number[][] {
  const ids = new Map<string, number>();
  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  };
  const columns: Column[] = members.map((m) => ({
    vectors: [m.vectors.titleVector, m.vectors.bodyVector, m.vectors.entityVector, m.vectors.timeVector, m.vectors.numberVector].map((v) => indexed(v, idOf)),
    publishedMs: m.publishedMs,
  }));
  // One dense array per query field; a row fills its member's entries and clears them after.
  const dense = Array.from({ length: FIELDS }, () => new Float64Array(ids.size + 1));
  const rowIds = (query: ReadonlyMap<string, number>) => [...query.keys()].map((t) => ids.get(t) ?? ids.size);
  return members.map((m, i) => {
    const queries = [m.vectors.title, m.vectors.body, m.vectors.entities, m.vectors.times, m.vectors.numbers];
    const spread = queries.map(rowIds);
    queries.forEach((q, f) => {
      let k = 0;
      // A term no column names gets the spare last slot: no column reads it.
      for (const w of q.values()) dense[f]![spread[f]![k++]!] = w;
    });
    const row = columns.map((column, j) => (i === j ? 0 : joinLogit(pairFeatures(dense, queries, m.publishedMs, column), model)));
    spread.forEach((list, f) => list.forEach((id) => (dense[f]![id] = 0)));
    return row;
  });
}

function indexed(vector: TermVector, idOf: (term: string) => number): IndexedVector {
  let norm = 0;
  for (const w of vector.weights) norm += w * w;
  return { ids: Int32Array.from(vector.terms, idOf), weights: vector.weights, norm };
}

/** articleStoryFeatures of a row's member against a column's one-article story. */
function pairFeatures(dense: readonly Float64Array[], queries: readonly ReadonlyMap<string, number>[], publishedMs: number | null, column: Column): StoryFeatures {
  const body = column.vectors[BODY]!;
  let dotBody = 0;
  let dotTitleBody = 0;
  for (let k = 0; k < body.ids.length; k++) {
    const w = body.weights[k]!;
    dotBody += dense[BODY]![body.ids[k]!]! * w;
    dotTitleBody += dense[TITLE]![body.ids[k]!]! * w;
  }
  const length = Math.sqrt(body.norm);
  const times = column.vectors[TIMES]!;
  const timesNamed = queries[TIMES]!.size > 0 && times.ids.length > 0;
  const timesSimilarity = timesNamed ? cosine(dense[TIMES]!, queries[TIMES]!, times) : 0;
  return {
    body: body.norm === 0 ? 0 : dotBody / length,
    title: cosine(dense[TITLE]!, queries[TITLE]!, column.vectors[TITLE]!),
    entities: cosine(dense[ENTITIES]!, queries[ENTITIES]!, column.vectors[ENTITIES]!),
    titleBody: body.norm === 0 ? 0 : dotTitleBody / length,
    times: timesSimilarity,
    timesDiffer: timesNamed && timesSimilarity === 0 ? 1 : 0,
    // ln of a one-article story's size.
    size: 0,
    numbers: cosine(dense[NUMBERS]!, queries[NUMBERS]!, column.vectors[NUMBERS]!),
    // A one-article story's span is its article's time.
    gapDays: spanGapDays(publishedMs, publishedMs, column.publishedMs, column.publishedMs),
  };
}

/** cosineWith(query, vector) with the query spread in `dense`. */
function cosine(dense: Float64Array, query: ReadonlyMap<string, number>, vector: IndexedVector): number {
  if (query.size === 0) return 0;
  let dot = 0;
  for (let k = 0; k < vector.ids.length; k++) dot += dense[vector.ids[k]!]! * vector.weights[k]!;
  return vector.norm === 0 ? 0 : dot / Math.sqrt(vector.norm);
}
