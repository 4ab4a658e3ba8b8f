import type { StoryAssignment, StoryMerge, StoryProfile } from '../model/story.js';

/**
 * What the online story clusterer (src/stories/story-clusterer.ts) needs from storage: document frequencies, the
 * candidate stories an article could join, and one write per article. The clusterer never scans the corpus: a
 * lookup touches the posting lists of an article's few rare keys and the profiles of at most `limit` stories, so
 * the cost per article stays flat as the store grows.
 *
 * Implementations: MemoryStoryIndex (src/stories/memory-story-index.ts) for tests and benchmarks; the SQL store
 * later, behind the same contract.
 */

/** Document frequencies of some terms, and how many documents they were counted over. */
export interface TermStatistics {
  readonly documents: number;
  /** Terms never seen are absent (frequency 0). */
  readonly frequencies: ReadonlyMap<string, number>;
  /**
   * Optional: each looked-up term's id, aligned with the terms asked for: an integer the index gives a term once
   * and keeps for its lifetime (src/stories/id-vector.ts). An index that gives them lets the clusterer score by
   * integer probes instead of string lookups; without them it scores through maps, to the same numbers.
   */
  readonly slots?: Int32Array;
}

export interface StoryCandidateQuery {
  /**
   * The posting lists to read, one group per rare term or entity key of the article (src/stories/candidate-keys.ts,
   * posting-buckets.ts), each group's lists in reading order: a story must be in one. A story counts once a group.
   */
  readonly keyGroups: readonly (readonly string[])[];
  /** The article's publication time (epoch ms), or null when unknown: then no time window applies. */
  readonly atMs: number | null;
  /** Only stories whose time span comes within this many days of `atMs` (undated stories always qualify). */
  readonly windowDays: number;
  /** At most this many stories: those sharing the most keys, then the most recently updated, then by id. */
  readonly limit: number;
  /** How many postings of one group to read, newest first: bounds the cost of a key common in the past. */
  readonly postingsPerKey: number;
}

/** One article's assignment, written atomically: its story, the story's new profile, merges and frequencies. */
export interface StoryIndexUpdate {
  readonly articleId: string;
  readonly storyId: string;
  /** The posting lists under which the story can now be found (the article's candidate keys, posting-buckets.ts). */
  readonly keys: readonly string[];
  /** The article's distinct terms and entity keys: each one's document frequency rises by one. */
  readonly terms: readonly string[];
  /** The story's profile after the article joined (or opened) it: replaces the stored one. */
  readonly profile: StoryProfile;
  /** Stories absorbed into `storyId` by this article: their profiles go, their articles and keys now point here. */
  readonly merges: readonly StoryMerge[];
  /**
   * Written after the rest, when the article's arrival split a story (story-split.ts): each story's profile is
   * replaced (or created), the listed articles, assigned before, now belong to it, and its keys are posted to it.
   */
  readonly regroups?: readonly StoryRegroup[];
}

/** One side of a split story: its new profile, the earlier articles that move into it, the keys to post it under. */
export interface StoryRegroup {
  readonly storyId: string;
  readonly profile: StoryProfile;
  readonly articleIds: readonly string[];
  readonly keys: readonly string[];
}

export interface StoryIndex {
  termStatistics(terms: readonly string[]): Promise<TermStatistics>;
  candidates(query: StoryCandidateQuery): Promise<StoryProfile[]>;
  /** The story an article is in now (following merges), or null when it was never assigned. */
  storyOf(articleId: string): Promise<string | null>;
  profile(storyId: string): Promise<StoryProfile | null>;
  apply(update: StoryIndexUpdate): Promise<void>;
}

/** The index as an article's unit of work writes it (StoreTransaction.stories): the port, and how the article found its story. */
export interface StoryIndexWriter extends StoryIndex {
  /** Records the assignment's decision and probability beside the article's story, for readers; call after apply. */
  recordDecision(assignment: StoryAssignment): Promise<void>;
}
