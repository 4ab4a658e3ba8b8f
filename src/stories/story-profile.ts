import type { StoryProfile, StoryRepresentative, TermVector } from '../model/story.js';
import type { ArticleFeatures } from './article-features.js';
import type { ArticleVectors } from './article-vectors.js';
import { ENTITY_PREFIX } from './story-entities.js';
import { addVectors, cosine, EMPTY_VECTOR } from './term-vector.js';

/**
 * A story's profile, built and updated one article at a time: the sums of its members' vectors, its time span,
 * its entities, outlets and families, and the Story record readers see. Opening, joining and merging are the only
 * updates; each costs the size of the profile, which the caps below bound, never the number of articles.
 */

/**
 * Centroid sizes. A story's title vocabulary is small (a few dozen stems across its headlines), its body's larger;
 * the caps keep the heaviest terms of the sum, which carry the cosine, and bound a long story's profile.
 */
export const TITLE_CENTROID_TERMS = 100;
export const BODY_CENTROID_TERMS = 300;
export const ENTITY_CENTROID_TERMS = 100;
/** Years and month-year dates: a story's coverage names a few dozen at most. */
export const TIME_CENTROID_TERMS = 50;
/** Figures: an article names a few dozen at most; a story's heaviest 100 are the ones its coverage repeats. */
export const NUMBER_CENTROID_TERMS = 100;
/** Entity counts kept per story (the most-named); the record shows the top STORY_MAIN_ENTITIES. */
export const ENTITY_COUNT_LIMIT = 200;
export const STORY_MAIN_ENTITIES = 5;

export const STORY_ID_PREFIX = 'story:';

type EntityCount = StoryProfile['entityCounts'][number];

/** A story of one article, named after it unless given another `id` (one side of a split: story-split.ts). */
export function openStory(features: ArticleFeatures, vectors: ArticleVectors, id = STORY_ID_PREFIX + features.id): StoryProfile {
  const representative: StoryRepresentative = { articleId: features.id, title: features.title, vector: vectors.titleVector };
  return build({
    id,
    title: vectors.titleVector,
    body: vectors.bodyVector,
    entities: vectors.entityVector,
    times: vectors.timeVector,
    numbers: vectors.numberVector,
    entityCounts: articleEntityCounts(features),
    representative,
    firstMs: features.publishedMs,
    lastMs: features.publishedMs,
    families: [features.familyId],
    outlets: features.outlet === null ? [] : [features.outlet],
    articleCount: 1,
  });
}

export function joinStory(profile: StoryProfile, features: ArticleFeatures, vectors: ArticleVectors): StoryProfile {
  const title = addVectors(profile.title, vectors.titleVector, TITLE_CENTROID_TERMS);
  const own: StoryRepresentative = { articleId: features.id, title: features.title, vector: vectors.titleVector };
  return build({
    id: profile.story.id,
    title,
    body: addVectors(profile.body, vectors.bodyVector, BODY_CENTROID_TERMS),
    entities: addVectors(profile.entities, vectors.entityVector, ENTITY_CENTROID_TERMS),
    times: addVectors(profile.times, vectors.timeVector, TIME_CENTROID_TERMS),
    numbers: addVectors(profile.numbers, vectors.numberVector, NUMBER_CENTROID_TERMS),
    entityCounts: mergeEntityCounts(profile.entityCounts, articleEntityCounts(features)),
    representative: moreRepresentative(profile.representative, own, title),
    firstMs: earliest(profile.firstMs, features.publishedMs),
    lastMs: latest(profile.lastMs, features.publishedMs),
    families: union(profile.families, [features.familyId]),
    outlets: features.outlet === null ? profile.story.outlets : union(profile.story.outlets, [features.outlet]),
    articleCount: profile.story.articleCount + 1,
  });
}

/** A story built afresh from its members, in the order they joined, under `id`. */
export function storyOfMembers(id: string, members: readonly { readonly features: ArticleFeatures; readonly vectors: ArticleVectors }[]): StoryProfile {
  let profile = openStory(members[0]!.features, members[0]!.vectors, id);
  for (const m of members.slice(1)) profile = joinStory(profile, m.features, m.vectors);
  return profile;
}

/** `from` absorbed into `into`: the surviving id is `into`'s. */
export function mergeStories(into: StoryProfile, from: StoryProfile): StoryProfile {
  const title = addVectors(into.title, from.title, TITLE_CENTROID_TERMS);
  return build({
    id: into.story.id,
    title,
    body: addVectors(into.body, from.body, BODY_CENTROID_TERMS),
    entities: addVectors(into.entities, from.entities, ENTITY_CENTROID_TERMS),
    times: addVectors(into.times, from.times, TIME_CENTROID_TERMS),
    numbers: addVectors(into.numbers, from.numbers, NUMBER_CENTROID_TERMS),
    entityCounts: mergeEntityCounts(into.entityCounts, from.entityCounts),
    representative: moreRepresentative(into.representative, from.representative, title),
    firstMs: earliest(into.firstMs, from.firstMs),
    lastMs: latest(into.lastMs, from.lastMs),
    families: union(into.families, from.families),
    outlets: union(into.story.outlets, from.story.outlets),
    articleCount: into.story.articleCount + from.story.articleCount,
  });
}

interface ProfileParts {
  readonly id: string;
  readonly title: TermVector;
  readonly body: TermVector;
  readonly entities: TermVector;
  readonly times: TermVector;
  readonly numbers: TermVector;
  readonly entityCounts: readonly EntityCount[];
  readonly representative: StoryRepresentative;
  readonly firstMs: number | null;
  readonly lastMs: number | null;
  readonly families: readonly string[];
  readonly outlets: readonly string[];
  readonly articleCount: number;
}

function build(parts: ProfileParts): StoryProfile {
  return {
    story: {
      id: parts.id,
      title: parts.representative.title,
      titleArticleId: parts.representative.articleId,
      firstSeen: parts.firstMs === null ? null : new Date(parts.firstMs).toISOString(),
      lastSeen: parts.lastMs === null ? null : new Date(parts.lastMs).toISOString(),
      articleCount: parts.articleCount,
      familyCount: parts.families.length,
      mainEntities: parts.entityCounts.slice(0, STORY_MAIN_ENTITIES).map((e) => ({ name: e.name, articles: e.articles })),
      outlets: parts.outlets,
    },
    title: parts.title,
    body: parts.body,
    entities: parts.entities,
    times: parts.times,
    numbers: parts.numbers,
    entityCounts: parts.entityCounts,
    representative: parts.representative,
    firstMs: parts.firstMs,
    lastMs: parts.lastMs,
    families: parts.families,
  };
}

/** The headline closest to the story's title centroid; the current one stays on a tie, so titles do not flicker. */
function moreRepresentative(current: StoryRepresentative, other: StoryRepresentative, centroid: TermVector): StoryRepresentative {
  const vector = centroid.terms.length > 0 ? centroid : EMPTY_VECTOR;
  return cosine(other.vector, vector) > cosine(current.vector, vector) + 1e-12 ? other : current;
}

function articleEntityCounts(features: ArticleFeatures): EntityCount[] {
  return [...features.entityNames]
    .filter(([key]) => key.startsWith(ENTITY_PREFIX))
    .map(([key, name]) => ({ key, name, articles: 1 }))
    .sort(byCount);
}

function mergeEntityCounts(a: readonly EntityCount[], b: readonly EntityCount[]): EntityCount[] {
  const byKey = new Map<string, EntityCount>();
  for (const e of a) byKey.set(e.key, e);
  for (const e of b) {
    const seen = byKey.get(e.key);
    byKey.set(e.key, seen ? { key: e.key, name: seen.name, articles: seen.articles + e.articles } : e);
  }
  return [...byKey.values()].sort(byCount).slice(0, ENTITY_COUNT_LIMIT);
}

function byCount(a: EntityCount, b: EntityCount): number {
  return b.articles - a.articles || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** `a` with the items of `b` it lacks appended; `a` itself when nothing is new (the common case: no copy). */
function union(a: readonly string[], b: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (const x of b) {
    if ((out ?? a).includes(x)) continue;
    out ??= [...a];
    out.push(x);
  }
  return out ?? a;
}

function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function latest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

