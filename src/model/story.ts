/**
 * Stories: the articles that report one real-world event, grouped online as they arrive (src/stories). Readers
 * see stories, never loose articles. Every record here is readonly and JSON-serialisable, so a store can keep a
 * story profile as one JSON column and a rebuild can compare two runs value by value.
 */

/** A sparse weighted bag of terms, heaviest first (ties by term): a TF-IDF vector or a sum of them. */
export interface TermVector {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
}

/** One of a story's main entities and how many of its articles name it. */
export interface StoryEntity {
  readonly name: string;
  readonly articles: number;
}

/** What readers see of a story. */
export interface Story {
  /** The founding article's id with a `story:` prefix: stable for one input order, so rebuilds reproduce ids. */
  readonly id: string;
  /** The most representative headline: the member title closest to the story's title centroid. */
  readonly title: string;
  readonly titleArticleId: string;
  /** Earliest and latest publication time of its articles, ISO 8601; null while no article has a date. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly articleCount: number;
  /** Independence families among its articles (copies of one source count once); articles without one count alone. */
  readonly familyCount: number;
  /** The entities most of its articles name, most articles first (at most STORY_MAIN_ENTITIES). */
  readonly mainEntities: readonly StoryEntity[];
  /** Outlets, in the order they first reported the story. */
  readonly outlets: readonly string[];
}

/** The headline currently chosen as the story's title, with the vector it was chosen by. */
export interface StoryRepresentative {
  readonly articleId: string;
  readonly title: string;
  readonly vector: TermVector;
}

/**
 * Everything the online clusterer needs to score an article against a story and to update the story without
 * re-reading its articles: sums of the members' L2-normalised TF-IDF vectors (title, body, entities, time anchors,
 * figures),
 * publication times, and
 * the bookkeeping behind the Story record. A store keeps one per live story.
 */
export interface StoryProfile {
  readonly story: Story;
  readonly title: TermVector;
  readonly body: TermVector;
  readonly entities: TermVector;
  /** Sum of the members' time-anchor vectors (years and month-year dates their texts name). */
  readonly times: TermVector;
  /** Sum of the members' figure vectors (the numbers their texts name, years aside). */
  readonly numbers: TermVector;
  /** Per entity key, how many member articles name it, and the surface form shown for it. */
  readonly entityCounts: readonly { readonly key: string; readonly name: string; readonly articles: number }[];
  readonly representative: StoryRepresentative;
  /** Publication times of its dated members, epoch milliseconds: earliest and latest. */
  readonly firstMs: number | null;
  readonly lastMs: number | null;
  readonly families: readonly string[];
}

/** Two stories joined by an article that bridged them; `from` no longer exists, its articles are in `into`. */
export interface StoryMerge {
  readonly from: string;
  readonly into: string;
  /** The bridging article. */
  readonly articleId: string;
  /** The join probability of the bridging article for the story that was absorbed. */
  readonly probability: number;
}

/** How an article found its story. */
export type StoryDecision = 'opened' | 'joined' | 'followed-source';

export interface StoryAssignment {
  readonly articleId: string;
  readonly storyId: string;
  readonly decision: StoryDecision;
  /** The calibrated join probability of the best candidate story; null when there was no candidate. */
  readonly probability: number | null;
  /** How many candidate stories the index returned. */
  readonly candidates: number;
  readonly merges: readonly StoryMerge[];
  /** A story the article's arrival divided in two (src/stories/story-split.ts), or null. */
  readonly split: StorySplitRecord | null;
}

/** A story found to hold two events: `articleIds` left `from` for the new story `into`. */
export interface StorySplitRecord {
  readonly from: string;
  readonly into: string;
  /** The article whose arrival triggered the check. */
  readonly articleId: string;
  readonly articleIds: readonly string[];
  /** The merge model's probability that the two groups are one event (below the split threshold). */
  readonly probability: number;
}
