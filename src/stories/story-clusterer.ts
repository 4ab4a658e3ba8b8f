import type { StoryAssignment, StoryMerge, StoryProfile, StorySplitRecord } from '../model/story.js';
import type { StoryIndex, StoryRegroup, TermStatistics } from '../ports/story-index.js';
import type { ArticleFeatures, StoryArticle } from './article-features.js';
import { articleFeatures, documentTerms } from './article-features.js';
import type { ArticleVectors } from './article-vectors.js';
import { articleVectors, countingArticle, termIds } from './article-vectors.js';
import { candidateKeys } from './candidate-keys.js';
import type { JoinModel } from './join-model.js';
import { JOIN_MODEL, JOIN_THRESHOLD, MERGE_MODEL, joinProbability, MERGE_THRESHOLD, STORY_MERGE_THRESHOLD, STORY_WINDOW_DAYS } from './join-model.js';
import { lookupGroups, postingKeys } from './posting-buckets.js';
import type { StoryQuery } from './story-score.js';
import { articleStoryFeatures, storyQuery, storyStoryFeatures } from './story-score.js';
import { joinStory, mergeStories, openStory, STORY_ID_PREFIX, storyOfMembers } from './story-profile.js';
import type { SplitMember } from './story-split.js';
import { proposeSplit, reachesSplitCheckpoint, SPLIT_CHECKPOINTS, SPLIT_MEMBER_LIMIT, SPLIT_THRESHOLD } from './story-split.js';

/**
 * Online story clustering: each article is assigned the moment it arrives, against the stories that exist then,
 * and never revisited (a later bridging article may merge two stories; the merge is recorded). For one input
 * order the result is always the same: no randomness, and every tie is broken by id.
 *
 * Per article: its features; the document frequencies of its terms (plus itself); its candidate keys; then
 * - a copy whose source is already in a story joins that story (copies follow their source);
 * - otherwise the index returns the stories sharing a key within the time window, the join model scores each, and
 *   the article joins the most probable one if it reaches the join threshold, or opens a new story;
 * - an article that would also join a second story bridges the two: they merge when the stories themselves match;
 * - a story that reaches a checkpoint size is checked for two events (story-split.ts): its members, seen together,
 *   correct a join that looked right when the story had one article. The check needs the members' features
 *   (`members`); without them no story is split.
 */

/**
 * The features of a story's articles, in the order they joined (earliest first, those of merged stories included),
 * at most `limit`: what a split check compares. The store reads them back from the articles; a benchmark keeps them.
 */
export type StoryMembers = (storyId: string, limit: number) => Promise<readonly ArticleFeatures[]>;

export interface StoryClustererOptions {
  readonly model?: JoinModel;
  readonly mergeModel?: JoinModel;
  readonly joinThreshold?: number;
  readonly mergeThreshold?: number;
  readonly storyMergeThreshold?: number;
  readonly windowDays?: number;
  /** Candidate stories scored per article (DEFAULT_CANDIDATE_LIMIT). */
  readonly candidateLimit?: number;
  /** Most recent postings read per key (see StoryCandidateQuery.postingsPerKey): bounds a common key's cost. */
  readonly postingsPerKey?: number;
  /** Where a split check reads a story's members; without it stories are never split. */
  readonly members?: StoryMembers;
  /** The merge model's probability below which a checked story splits (SPLIT_THRESHOLD). */
  readonly splitThreshold?: number;
  /** Story sizes at which a story is checked for two events (SPLIT_CHECKPOINTS). */
  readonly splitCheckpoints?: readonly number[];
}

/**
 * The true story is nearly always among the few sharing most keys: on ECB+ topics 1-25, 5, 10 and 20 candidates
 * give the same online F1, and 5 and 10 the same on every evaluation of the stories bench (session 5). Each
 * candidate costs a profile read (a JSON parse when not cached) and a score: with 10, candidates took 16% of an
 * ingest's time at 100k stored.
 */
export const DEFAULT_CANDIDATE_LIMIT = 5;
/**
 * A key names at most a few live stories at a time; 200 postings reach back over hundreds of stories while a key
 * common in the past ("president") costs no more than 200 reads.
 */
export const DEFAULT_POSTINGS_PER_KEY = 200;

/** An article made ready to score: its features, weighted vectors, candidate keys and the terms it counts. */
export interface PreparedArticle {
  readonly features: ArticleFeatures;
  readonly vectors: ArticleVectors;
  readonly keys: readonly string[];
  readonly terms: readonly string[];
  readonly stats: TermStatistics;
}

export interface ScoredCandidate {
  readonly profile: StoryProfile;
  readonly probability: number;
}

export class StoryClusterer {
  private readonly model: JoinModel;
  private readonly mergeModel: JoinModel;
  private readonly joinThreshold: number;
  private readonly mergeThreshold: number;
  private readonly storyMergeThreshold: number;
  private readonly windowDays: number;
  private readonly candidateLimit: number;
  private readonly postingsPerKey: number;
  private readonly members: StoryMembers | null;
  private readonly splitThreshold: number;
  private readonly splitCheckpoints: readonly number[];

  constructor(private readonly index: StoryIndex, options: StoryClustererOptions = {}) {
    this.model = options.model ?? JOIN_MODEL;
    this.mergeModel = options.mergeModel ?? MERGE_MODEL;
    this.joinThreshold = options.joinThreshold ?? JOIN_THRESHOLD;
    this.mergeThreshold = options.mergeThreshold ?? MERGE_THRESHOLD;
    this.storyMergeThreshold = options.storyMergeThreshold ?? STORY_MERGE_THRESHOLD;
    this.windowDays = options.windowDays ?? STORY_WINDOW_DAYS;
    this.candidateLimit = options.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT;
    this.postingsPerKey = options.postingsPerKey ?? DEFAULT_POSTINGS_PER_KEY;
    this.members = options.members ?? null;
    this.splitThreshold = options.splitThreshold ?? SPLIT_THRESHOLD;
    this.splitCheckpoints = options.splitCheckpoints ?? SPLIT_CHECKPOINTS;
  }

  async assign(article: StoryArticle): Promise<StoryAssignment> {
    return this.assignFeatures(articleFeatures(article));
  }

  /** The same for features computed elsewhere (a worker thread, a rebuild that keeps them). */
  async assignFeatures(articleFeaturesOf: ArticleFeatures): Promise<StoryAssignment> {
    const prepared = await this.prepare(articleFeaturesOf);
    const { features, vectors } = prepared;
    if (features.sourceArticleId !== null) {
      const sourceStory = await this.index.storyOf(features.sourceArticleId);
      const profile = sourceStory === null ? null : await this.index.profile(sourceStory);
      if (profile !== null) {
        await this.write(prepared, joinStory(profile, features, vectors), []);
        return { articleId: features.id, storyId: profile.story.id, decision: 'followed-source', probability: null, candidates: 0, merges: [], split: null };
      }
    }
    const scored = await this.score(prepared);
    const best = scored[0];
    if (best === undefined || best.probability < this.joinThreshold) {
      const opened = openStory(features, vectors);
      await this.write(prepared, opened, []);
      return { articleId: features.id, storyId: opened.story.id, decision: 'opened', probability: best?.probability ?? null, candidates: scored.length, merges: [], split: null };
    }
    let story = joinStory(best.profile, features, vectors);
    // Built when a second candidate could merge, not for every join: ten maps of the story's centroids.
    let query: StoryQuery | null = null;
    const merges: StoryMerge[] = [];
    for (const other of scored.slice(1)) {
      if (other.probability < this.mergeThreshold) break;
      query ??= storyQuery(story);
      if (joinProbability(storyStoryFeatures(query, other.profile), this.mergeModel) < this.storyMergeThreshold) continue;
      const [into, from] = survivorFirst(story, other.profile);
      merges.push({ from: from.story.id, into: into.story.id, articleId: features.id, probability: other.probability });
      story = mergeStories(into, from);
      query = null;
    }
    const divided = await this.divide(prepared, best.profile.story.articleCount, story);
    await this.write(prepared, divided.profile, merges, divided.regroups);
    return { articleId: features.id, storyId: divided.profile.story.id, decision: 'joined', probability: best.probability, candidates: scored.length, merges, split: divided.split };
  }

  /**
   * The story the article joined, divided in two when it reached a checkpoint size and its members read as two
   * events: the article's own side as `profile`, the other side (and the earlier articles that move) as regroups.
   */
  private async divide(prepared: PreparedArticle, before: number, story: StoryProfile): Promise<{ profile: StoryProfile; regroups: StoryRegroup[]; split: StorySplitRecord | null }> {
    const unchanged = { profile: story, regroups: [], split: null };
    if (this.members === null || !reachesSplitCheckpoint(before, story.story.articleCount, this.splitCheckpoints)) return unchanged;
    const earlier = await this.members(story.story.id, SPLIT_MEMBER_LIMIT);
    // A story past the limit is not checked: its profile could not be rebuilt from the members compared. Nor is one
    // that absorbed another with this article: the index lists the merged members only once the merge is written.
    if (earlier.length + 1 !== story.story.articleCount) return unchanged;
    // One frequency lookup for every member's terms: a lookup per member cost a quarter of the check.
    const terms = new Set<string>();
    for (const features of earlier) for (const term of documentTerms(features)) terms.add(term);
    const memberTerms = [...terms];
    const stats = await this.index.termStatistics(memberTerms);
    const ids = termIds(memberTerms, stats);
    const members: (SplitMember & { readonly stats: TermStatistics })[] = earlier.map((features) => ({ features, vectors: articleVectors(features, stats, ids), stats }));
    members.push({ features: prepared.features, vectors: prepared.vectors, stats: prepared.stats });
    const split = proposeSplit(members, { model: this.model, mergeModel: this.mergeModel, threshold: this.splitThreshold });
    if (split === null) return unchanged;
    const articleId = prepared.features.id;
    const newId = `${STORY_ID_PREFIX}split:${articleId}`;
    const leaving = new Set(split.leave);
    const stay = storyOfMembers(story.story.id, members.filter((m) => !leaving.has(m.features.id)));
    const leave = storyOfMembers(newId, members.filter((m) => leaving.has(m.features.id)));
    const moved = members.filter((m) => leaving.has(m.features.id) && m.features.id !== articleId);
    const keys = moved.flatMap((m) => postingKeys(candidateKeys(m.vectors, m.stats), m.features.publishedMs));
    const movedIds = moved.map((m) => m.features.id);
    const record: StorySplitRecord = { from: story.story.id, into: newId, articleId, articleIds: split.leave, probability: split.probability };
    if (!leaving.has(articleId)) return { profile: stay, regroups: [{ storyId: newId, profile: leave, articleIds: movedIds, keys }], split: record };
    return {
      profile: leave,
      regroups: [{ storyId: story.story.id, profile: stay, articleIds: [], keys: [] }, { storyId: newId, profile: leave, articleIds: movedIds, keys }],
      split: record,
    };
  }

  /** Features, frequencies (the article counted), vectors and keys. */
  async prepare(features: ArticleFeatures): Promise<PreparedArticle> {
    const terms = documentTerms(features);
    const stats = countingArticle(await this.index.termStatistics(terms), terms);
    const vectors = articleVectors(features, stats, termIds(terms, stats));
    return { features, vectors, keys: candidateKeys(vectors, stats), terms, stats };
  }

  /** The candidate stories of a prepared article, most probable first (ties by story id). */
  async score(prepared: PreparedArticle): Promise<ScoredCandidate[]> {
    const candidates = await this.index.candidates({
      keyGroups: lookupGroups(prepared.keys, prepared.features.publishedMs, this.windowDays),
      atMs: prepared.features.publishedMs,
      windowDays: this.windowDays,
      limit: this.candidateLimit,
      postingsPerKey: this.postingsPerKey,
    });
    return candidates
      .map((profile) => ({ profile, probability: joinProbability(articleStoryFeatures(prepared.vectors, prepared.features.publishedMs, profile), this.model) }))
      .sort((a, b) => b.probability - a.probability || (a.profile.story.id < b.profile.story.id ? -1 : 1));
  }

  /** Writes the article's assignment: used by assign(), and by replays that choose the story themselves. */
  async write(prepared: PreparedArticle, profile: StoryProfile, merges: readonly StoryMerge[], regroups: readonly StoryRegroup[] = []): Promise<void> {
    await this.index.apply({
      articleId: prepared.features.id,
      storyId: profile.story.id,
      keys: postingKeys(prepared.keys, prepared.features.publishedMs),
      terms: prepared.terms,
      profile,
      merges,
      ...(regroups.length > 0 ? { regroups } : {}),
    });
  }
}

/** The larger story survives a merge (fewer ids change); on equal size the smaller id does. */
function survivorFirst(a: StoryProfile, b: StoryProfile): [StoryProfile, StoryProfile] {
  if (a.story.articleCount !== b.story.articleCount) return a.story.articleCount > b.story.articleCount ? [a, b] : [b, a];
  return a.story.id < b.story.id ? [a, b] : [b, a];
}
