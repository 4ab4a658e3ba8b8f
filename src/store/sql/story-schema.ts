import type { Database } from './schema.js';

/**
 * The story tables (migration 0006-stories, story-migrations.ts), as Kysely sees them: the StoryIndex port
 * (src/ports/story-index.ts) kept in the store. A "document" is one applied assignment, numbered 1, 2, 3... in the
 * order they were applied: it orders postings and profile updates as MemoryStoryIndex's sequence does, and it is
 * the unit of the high-water mark below.
 */

/**
 * Document frequencies of terms and entity keys, counted over documents 1..counted_through (story_state). Newer
 * documents' counts are in `story_log` and in memory (story-index-memory.ts), written here in sorted batches.
 */
export interface StoryTermsTable {
  term: string;
  df: number;
}

/** One row (id = 1): how many documents were applied, and how far `story_terms` and `story_keys` are written. */
export interface StoryStateTable {
  id: number;
  documents: number;
  counted_through: number;
}

/**
 * The durable record of the documents past the mark: what each added to the frequencies and posting lists. Rows
 * go when their batch is written (story-index-memory.ts), so the table holds at most one batch.
 */
export interface StoryLogTable {
  document: number;
  story_id: string;
  /** JSON array: the keys whose posting lists got this document (a key whose newest posting was this story got none). */
  keys: string;
  /** JSON array: the terms whose document frequency rose by one. */
  terms: string;
}

/** One row per live story; an absorbed story's row goes (its id is in `story_merges`). */
export interface StoryProfilesTable {
  story_id: string;
  /** JSON of the StoryProfile (src/model/story.ts). */
  profile: string;
  /** JSON of the profile's Story record (what listings show), kept apart so a listing never parses a profile. */
  record: string;
  /** The profile's time span (epoch ms), kept beside the JSON so the time window is checked without parsing it. */
  first_ms: number | null;
  last_ms: number | null;
  article_count: number;
  /** The document that last wrote this profile: candidates rank ties by it, caches check it. */
  updated: number;
}

/** Which story each article was assigned to; follow `story_merges` from `story_id` for its story now. */
export interface StoryArticlesTable {
  article_id: string;
  story_id: string;
  document: number;
  /** How it found its story (StoryDecision) and the join probability; null until recorded (SqlStoryIndex.recordDecision). */
  decision: string | null;
  probability: number | null;
}

/**
 * Posting lists: the stories registered under each candidate key, in document order (documents <= counted_through),
 * stored a run at a time. Each batch adds one row per key it touched, holding that key's postings of the batch (at
 * most StoryIndexMemoryOptions.postingsPerRow; more are split over several rows): a lookup reads a few rows a key
 * instead of one row per posting (story-statements.ts, newestPostingRuns).
 */
export interface StoryKeysTable {
  key: string;
  /** The newest document of the run. */
  document: number;
  /** JSON array of story ids, oldest first; the run's first may repeat the previous run's last only if the key's list does. */
  stories: string;
}

/** Absorbed stories and where they went: read as redirects, so postings and assignments are never rewritten. */
export interface StoryMergesTable {
  from_id: string;
  into_id: string;
  /** The bridging article, its join probability for the absorbed story, and its document. */
  article_id: string;
  probability: number;
  document: number;
}

export interface StoryTables {
  story_terms: StoryTermsTable;
  story_state: StoryStateTable;
  story_log: StoryLogTable;
  story_profiles: StoryProfilesTable;
  story_articles: StoryArticlesTable;
  story_keys: StoryKeysTable;
  story_merges: StoryMergesTable;
}

export type StoryDatabase = Database & StoryTables;
