/**
 * The `stories` evaluation: feed a labelled stream to a fresh StoryClusterer over a MemoryStoryIndex, one article
 * at a time, and score the final clustering against gold. Shared by bench/stories.bench.ts and the quality gate.
 *
 * Document frequencies start from the ECB+ training topics (1-22), as a store starts from the corpus it already
 * holds; they then grow online with every article of the stream. Nothing is computed from a test stream ahead
 * of time.
 */
import type { TermStatistics } from '../../src/ports/story-index.js';
import { articleFeatures, documentTerms } from '../../src/stories/article-features.js';
import { MemoryStoryIndex } from '../../src/stories/memory-story-index.js';
import type { StoryClustererOptions, StoryMembers } from '../../src/stories/story-clusterer.js';
import type { ArticleFeatures } from '../../src/stories/article-features.js';
import { StoryClusterer } from '../../src/stories/story-clusterer.js';
import type { Scores } from './cluster-metrics.js';
import { bcubed, clusterPairs, pairwise } from './cluster-metrics.js';
import type { EcbSplit, LabelledArticle } from './story-corpus.js';
import { ecbPlusStream, newsWcl50Stream, storyChainSet } from './story-corpus.js';

export interface StreamRun {
  /** Article id -> story id, after the whole stream. */
  readonly assignments: Map<string, string>;
  readonly stories: number;
  readonly merges: number;
  /** Stories divided by a split check. */
  readonly splits: number;
  readonly seconds: number;
}

export interface ClusterScores {
  readonly bcubed: Scores;
  readonly pairwise: Scores;
  readonly articles: number;
  readonly goldStories: number;
  readonly stories: number;
  readonly merges: number;
  readonly splits: number;
}

const priorCache = new Map<string, TermStatistics>();

/** Document frequencies of the ECB+ training topics: the statistics a store would already hold. */
export function trainingPrior(): TermStatistics {
  return priorOf(ecbPlusStream('train'));
}

/** Document frequencies of a stream's articles (cached by their ids). */
export function priorOf(stream: readonly LabelledArticle[]): TermStatistics {
  const key = stream.map((a) => a.article.id).join('\n');
  const cached = priorCache.get(key);
  if (cached) return cached;
  const frequencies = new Map<string, number>();
  for (const { article } of stream) {
    for (const term of documentTerms(articleFeatures(article))) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  const prior = { documents: stream.length, frequencies };
  priorCache.set(key, prior);
  return prior;
}

/**
 * The stream through a fresh clusterer. Split checks (src/stories/story-split.ts) read the members' features as the
 * store reads them back; `{ members: undefined }` in `options` turns them off.
 */
export async function runStream(stream: readonly LabelledArticle[], options: StoryClustererOptions = {}, prior: TermStatistics = trainingPrior()): Promise<StreamRun> {
  const index = new MemoryStoryIndex({ prior });
  // The members a split check reads, as the store reads them back: the features of every article assigned so far.
  const assigned = new Map<string, ArticleFeatures>();
  const members: StoryMembers = async (storyId, limit) => index.membersOf(storyId).slice(0, limit).map((id) => assigned.get(id)!);
  const clusterer = new StoryClusterer(index, { members, ...options });
  let merges = 0;
  let splits = 0;
  const started = performance.now();
  for (const { article } of stream) {
    const features = articleFeatures(article);
    assigned.set(features.id, features);
    const assignment = await clusterer.assignFeatures(features);
    merges += assignment.merges.length;
    if (assignment.split !== null) splits++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { assignments: index.assignments(), stories: index.stories().length, merges, splits, seconds };
}

export function scoreClusters(stream: readonly LabelledArticle[], run: StreamRun): ClusterScores {
  const gold = new Map(stream.map((a) => [a.article.id, a.gold]));
  return {
    bcubed: bcubed(run.assignments, gold),
    pairwise: pairwise(clusterPairs(new Map([...gold.keys()].map((id) => [id, run.assignments.get(id)!]))), clusterPairs(gold)),
    articles: stream.length,
    goldStories: new Set(gold.values()).size,
    stories: run.stories,
    merges: run.merges,
    splits: run.splits,
  };
}

export async function evaluateEcbPlus(split: EcbSplit, options: StoryClustererOptions = {}): Promise<ClusterScores> {
  const stream = ecbPlusStream(split);
  return scoreClusters(stream, await runStream(stream, options));
}

export async function evaluateNewsWcl50(options: StoryClustererOptions = {}, order: 'published' | 'file' = 'published'): Promise<ClusterScores> {
  const stream = newsWcl50Stream(order);
  return scoreClusters(stream, await runStream(stream, options));
}

export interface ChainScores extends Scores {
  readonly predictedPairs: number;
  readonly goldPairs: number;
  readonly stories: number;
}

export async function evaluateStoryChains(options: StoryClustererOptions = {}): Promise<ChainScores> {
  const { stream, positives } = storyChainSet();
  const run = await runStream(stream, options);
  const predicted = clusterPairs(run.assignments);
  return { ...pairwise(predicted, positives), predictedPairs: predicted.size, goldPairs: positives.size, stories: run.stories };
}

