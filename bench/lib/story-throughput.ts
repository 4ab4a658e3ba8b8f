/**
 * Assignment throughput of the online clusterer over the in-memory index: `stored` generated articles
 * (bench/lib/synthetic-news.ts: seeded, ~400-word Zipf bodies, one in ten an edited copy of a recent one) are
 * assigned first, then the next `measured` ones are timed, twice: end to end (features, lookup, scoring, write)
 * and with features computed beforehand (the index and decision alone, as a store-backed worker would see it when
 * features come from the analysis stage).
 *
 * Speed at scale is worth nothing if the stories go wrong at scale, where the labelled sets (a few hundred articles)
 * never reach: every generated article knows the event it reports, so the run also scores the final clustering of
 * all its articles against those events (B-cubed, `quality`). A change to the lookup that reads less (fewer
 * postings, fewer candidates) shows here whether it loses stories once the posting lists are long.
 */
import type { ArticleFeatures, StoryArticle } from '../../src/stories/article-features.js';
import { articleFeatures } from '../../src/stories/article-features.js';
import { MemoryStoryIndex } from '../../src/stories/memory-story-index.js';
import type { StoryClustererOptions, StoryMembers } from '../../src/stories/story-clusterer.js';
import { StoryClusterer } from '../../src/stories/story-clusterer.js';
import type { Scores } from './cluster-metrics.js';
import { bcubed } from './cluster-metrics.js';
import { mulberry32, syntheticArticle } from './synthetic-news.js';

export interface ThroughputResult {
  readonly stored: number;
  readonly measured: number;
  /** Articles per second, end to end. */
  readonly perSecond: number;
  /** Articles per second with features already computed. */
  readonly assignPerSecond: number;
  readonly msPerArticle: number;
  /** The same with features given. */
  readonly assignMsPerArticle: number;
  /** Articles a day of the generated stream, or null for the one-month corpus. */
  readonly perDay: number | null;
  readonly stories: number;
  readonly loadSeconds: number;
  /** B-cubed of the final stories of every article of the run (stored and measured) against their events. */
  readonly quality: Scores;
}

const SEED = 20_240_301;

/**
 * `perDay`: the generator's stream rate (synthetic-news.ts); without it every article falls in one month, so a
 * larger corpus is a denser window rather than a longer stream.
 */
export async function measureThroughput(stored: number, measured = 2_000, options: StoryClustererOptions = {}, perDay?: number): Promise<ThroughputResult> {
  const random = mulberry32(SEED);
  const events = new Map<string, string>();
  const toStoryArticle = (index: number): StoryArticle => {
    const a = syntheticArticle(index, random, undefined, perDay);
    const id = `synthetic-${index}`;
    events.set(id, String(a.event));
    return { id, title: a.title, text: a.text, publishedAt: a.published, outlet: a.outlet };
  };
  const index = new MemoryStoryIndex();
  // Split checks read members' features back, as the store does; keeping them here costs memory, not time.
  const assigned = new Map<string, ArticleFeatures>();
  const members: StoryMembers = async (storyId, limit) => index.membersOf(storyId).slice(0, limit).map((id) => assigned.get(id)!);
  const clusterer = new StoryClusterer(index, { members, ...options });
  const assign = (features: ArticleFeatures) => {
    assigned.set(features.id, features);
    return clusterer.assignFeatures(features);
  };
  const loadStarted = performance.now();
  for (let i = 0; i < stored; i++) await assign(articleFeatures(toStoryArticle(i)));
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const endToEnd = Array.from({ length: measured }, (_, k) => toStoryArticle(stored + k));
  const started = performance.now();
  for (const article of endToEnd) await assign(articleFeatures(article));
  const seconds = (performance.now() - started) / 1000;

  const prepared: ArticleFeatures[] = Array.from({ length: measured }, (_, k) => articleFeatures(toStoryArticle(stored + measured + k)));
  const assignStarted = performance.now();
  for (const features of prepared) await assign(features);
  const assignSeconds = (performance.now() - assignStarted) / 1000;

  return {
    stored, measured,
    perSecond: Math.round(measured / seconds),
    assignPerSecond: Math.round(measured / assignSeconds),
    msPerArticle: Math.round((seconds / measured) * 1000 * 1000) / 1000,
    assignMsPerArticle: Math.round((assignSeconds / measured) * 1000 * 1000) / 1000,
    perDay: perDay ?? null,
    stories: index.stories().length,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    quality: roundScores(bcubed(index.assignments(), events)),
  };
}

function roundScores(s: Scores): Scores {
  const r = (x: number) => Math.round(x * 10_000) / 10_000;
  return { precision: r(s.precision), recall: r(s.recall), f1: r(s.f1) };
}
