import type { StoryProfile } from '../model/story.js';
import type { ArticleVectors } from './article-vectors.js';
import { BODY_FIELD, ENTITY_FIELD, NUMBER_FIELD, TIME_FIELD, TITLE_FIELD } from './id-query.js';
import { IdVector } from './id-vector.js';
import { asMap, cosinePairWith, cosineWith, normalise } from './term-vector.js';

/**
 * How an article (or a story) compares with a story: Miranda et al.'s (EMNLP 2018) similarity features, cosines
 * of TF-IDF sub-vectors kept apart by field, plus the time between them. The join decision (join-model.ts) weighs
 * those named in FEATURE_NAMES; the time gap enters as a prior there, since the training data (ECB+) has no dates.
 */
export interface StoryFeatures {
  /** Body vs the story's body centroid. */
  readonly body: number;
  /** Title vs the story's title centroid: headlines name the event in a few words. */
  readonly title: number;
  /** Entity keys vs the story's entity centroid: who and where, what tells two events of one kind apart. */
  readonly entities: number;
  /** Title vs the story's body centroid: a short or odd headline still names words the story's bodies use. */
  readonly titleBody: number;
  /**
   * Time anchors (years, month-year dates the texts name) vs the story's: 0 when either names none. Shown, not
   * weighed: the models leave it out (join-model.ts says why).
   */
  readonly times: number;
  /** 1 when both name times and share none ("2008" against "2013"): a recurring event, not this one. */
  readonly timesDiffer: number;
  /**
   * ln of the story's article count. A centroid of many articles is further from any one of them than two articles
   * are from each other, and a one-article story is a single noisy sample: the size lets the model calibrate both.
   */
  readonly size: number;
  /** Figures (numbers other than years) vs the story's figures: 0 when either names none. */
  readonly numbers: number;
  /** Days between the article and the nearest end of the story's time span (0 inside it); null when either is undated. */
  readonly gapDays: number | null;
}

export const FEATURE_NAMES = ['body', 'title', 'entities', 'titleBody', 'timesDiffer', 'size', 'numbers'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

const DAY_MS = 86_400_000;

export function articleStoryFeatures(vectors: ArticleVectors, publishedMs: number | null, profile: StoryProfile): StoryFeatures {
  const cosines = byIds(vectors, profile) ?? byMaps(vectors, profile);
  return {
    body: cosines.body,
    title: cosines.title,
    entities: cosines.entities,
    titleBody: cosines.titleBody,
    ...timeFeatures(vectors.times.size > 0 ? cosines.times : null, profile.times.terms.length > 0),
    size: Math.log(profile.story.articleCount),
    numbers: cosines.numbers,
    gapDays: gapDays(publishedMs, publishedMs, profile),
  };
}

type FieldCosines = Pick<StoryFeatures, 'body' | 'title' | 'entities' | 'titleBody' | 'times' | 'numbers'>;

/** The article's fields against the story's centroids through the string-keyed maps. */
function byMaps(vectors: ArticleVectors, profile: StoryProfile): FieldCosines {
  const [body, titleBody] = cosinePairWith(vectors.body, vectors.title, profile.body);
  return {
    body,
    title: cosineWith(vectors.title, profile.title),
    entities: cosineWith(vectors.entities, profile.entities),
    titleBody,
    times: vectors.times.size > 0 ? cosineWith(vectors.times, profile.times) : 0,
    numbers: cosineWith(vectors.numbers, profile.numbers),
  };
}

/** The same numbers by term id (id-query.ts), when the article's query and every centroid carry ids; else null. */
function byIds(vectors: ArticleVectors, profile: StoryProfile): FieldCosines | null {
  const query = vectors.query;
  if (query === null) return null;
  const bodyIds = IdVector.idsOf(profile.body);
  const titleIds = IdVector.idsOf(profile.title);
  const entityIds = IdVector.idsOf(profile.entities);
  const timeIds = IdVector.idsOf(profile.times);
  const numberIds = IdVector.idsOf(profile.numbers);
  if (bodyIds === undefined || titleIds === undefined || entityIds === undefined || timeIds === undefined || numberIds === undefined) return null;
  const [body, titleBody] = query.cosinePair(BODY_FIELD, TITLE_FIELD, profile.body, bodyIds);
  return {
    body,
    title: query.cosine(TITLE_FIELD, profile.title, titleIds),
    entities: query.cosine(ENTITY_FIELD, profile.entities, entityIds),
    titleBody,
    times: query.cosine(TIME_FIELD, profile.times, timeIds),
    numbers: query.cosine(NUMBER_FIELD, profile.numbers, numberIds),
  };
}

/** A story made ready to be compared with many others: its centroids as unit-length maps, built once. */
export interface StoryQuery {
  readonly profile: StoryProfile;
  readonly title: ReadonlyMap<string, number>;
  readonly body: ReadonlyMap<string, number>;
  readonly entities: ReadonlyMap<string, number>;
  readonly times: ReadonlyMap<string, number>;
  readonly numbers: ReadonlyMap<string, number>;
}

export function storyQuery(profile: StoryProfile): StoryQuery {
  return {
    profile,
    title: normalise(asMap(profile.title)),
    body: normalise(asMap(profile.body)),
    entities: normalise(asMap(profile.entities)),
    times: normalise(asMap(profile.times)),
    numbers: normalise(asMap(profile.numbers)),
  };
}

/** The same features between two stories (centroid against centroid), for deciding whether to merge them. */
export function storyStoryFeatures(query: StoryQuery, b: StoryProfile): StoryFeatures {
  const a = query.profile;
  const [body, titleInBody] = cosinePairWith(query.body, query.title, b.body);
  return {
    body,
    title: cosineWith(query.title, b.title),
    entities: cosineWith(query.entities, b.entities),
    titleBody: Math.max(titleInBody, cosineWith(normalise(asMap(b.title)), a.body)),
    ...timeFeatures(query.times.size > 0 ? cosineWith(query.times, b.times) : null, b.times.terms.length > 0),
    size: Math.log(Math.min(a.story.articleCount, b.story.articleCount)),
    numbers: cosineWith(query.numbers, b.numbers),
    gapDays: gapDays(a.firstMs, a.lastMs, b),
  };
}

/** `similarity` is null when the first side names no time. */
function timeFeatures(similarity: number | null, otherNamesTimes: boolean): { times: number; timesDiffer: number } {
  if (similarity === null || !otherNamesTimes) return { times: 0, timesDiffer: 0 };
  return { times: similarity, timesDiffer: similarity === 0 ? 1 : 0 };
}

function gapDays(fromMs: number | null, toMs: number | null, profile: StoryProfile): number | null {
  return spanGapDays(fromMs, toMs, profile.firstMs, profile.lastMs);
}

/** Days between the span [fromMs, toMs] and the span [firstMs, lastMs] (0 when they overlap); null when either is undated. */
export function spanGapDays(fromMs: number | null, toMs: number | null, firstMs: number | null, lastMs: number | null): number | null {
  if (fromMs === null || toMs === null || firstMs === null || lastMs === null) return null;
  if (toMs < firstMs) return (firstMs - toMs) / DAY_MS;
  if (fromMs > lastMs) return (fromMs - lastMs) / DAY_MS;
  return 0;
}

export function featureRow(features: StoryFeatures): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}
