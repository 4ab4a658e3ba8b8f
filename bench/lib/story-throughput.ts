/**
 * Assignment throughput of the online clusterer over the in-memory index: `stored` generated articles
 * (bench/lib/synthetic-news.ts: seeded, ~400-word Zipf bodies, one in ten an edited copy of a recent one) are
 * assigned first, then the next `measured` ones are timed, twice: end to end (features, lookup, scoring, write)
 * and with features computed beforehand (the index and decision alone, as a store-backed worker would see it when
 * features come from the analysis stage).
 */
import type { ArticleFeatures, StoryArticle } from '../../src/stories/article-features.js';
import { articleFeatures } from '../../src/stories/article-features.js';
import { MemoryStoryIndex } from '../../src/stories/memory-story-index.js';
import { StoryClusterer } from '../../src/stories/story-clusterer.js';
import { mulberry32, syntheticArticle } from './synthetic-news.js';

export interface ThroughputResult {
  readonly stored: number;
  readonly measured: number;
  /** Articles per second, end to end. */
  readonly perSecond: number;
  /** Articles per second with features already computed. */
  readonly assignPerSecond: number;
  readonly msPerArticle: number;
  readonly stories: number;
  readonly loadSeconds: number;
}

const SEED = 20_240_301;

function toStoryArticle(index: number, random: () => number): StoryArticle {
  const a = syntheticArticle(index, random);
  return { id: `synthetic-${index}`, title: a.title, text: a.text, publishedAt: a.published, outlet: a.outlet };
}

export async function measureThroughput(stored: number, measured = 2_000): Promise<ThroughputResult> {
  const random = mulberry32(SEED);
  const index = new MemoryStoryIndex();
  const clusterer = new StoryClusterer(index);
  const loadStarted = performance.now();
  for (let i = 0; i < stored; i++) await clusterer.assign(toStoryArticle(i, random));
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const endToEnd = Array.from({ length: measured }, (_, k) => toStoryArticle(stored + k, random));
  const started = performance.now();
  for (const article of endToEnd) await clusterer.assign(article);
  const seconds = (performance.now() - started) / 1000;

  const prepared: ArticleFeatures[] = Array.from({ length: measured }, (_, k) => articleFeatures(toStoryArticle(stored + measured + k, random)));
  const assignStarted = performance.now();
  for (const features of prepared) await clusterer.assignFeatures(features);
  const assignSeconds = (performance.now() - assignStarted) / 1000;

  return {
    stored, measured,
    perSecond: Math.round(measured / seconds),
    assignPerSecond: Math.round(measured / assignSeconds),
    msPerArticle: Math.round((seconds / measured) * 1000 * 1000) / 1000,
    stories: index.stories().length,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
  };
}
