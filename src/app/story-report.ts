import type { StoryEntity } from '../model/story.js';
import type { StoredStory, Store } from '../ports/store.js';
import { storyNamesEntity } from '../stories/entity-match.js';

/**
 * Stories as `crosscheck stories` and `crosscheck story` show them (docs/cli.md). The record's counts are kept as
 * assignments happen; the independence families are counted here, from the copy graph as it is now, because a
 * later copy can join two families that an earlier assignment saw apart.
 */

export interface StoryReport {
  readonly id: string;
  readonly title: string;
  readonly articleIds: readonly string[];
  /** Independence families among the story's articles: copies of one source count once. */
  readonly families: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly articleCount: number;
  readonly outlets: readonly string[];
  readonly mainEntities: readonly StoryEntity[];
  /** Ids of stories merged into this one; they still lead here. */
  readonly mergedIds: readonly string[];
}

export interface StoryReportOptions {
  readonly limit?: number;
  /** ISO instant: only stories with a dated article at or after it. */
  readonly since?: string;
  /** Only stories whose main entities name this (entity-match.ts). */
  readonly entity?: string;
}

/** Stories newest first, filtered, at most `limit`; the store is read a page at a time. */
export async function storyReports(store: Store, options: StoryReportOptions = {}): Promise<StoryReport[]> {
  const out: StoryReport[] = [];
  if (options.limit === 0) return out;
  for await (const stored of store.iterateStories(options.since === undefined ? {} : { since: options.since })) {
    if (options.entity !== undefined && !storyNamesEntity(stored.story, options.entity)) continue;
    out.push(await storyReport(store, stored));
    if (options.limit !== undefined && out.length >= options.limit) break;
  }
  return out;
}

export async function storyReport(store: Store, stored: StoredStory): Promise<StoryReport> {
  const { story } = stored;
  const families = new Set((await store.familiesOf(stored.articleIds)).values());
  return {
    id: story.id, title: story.title, articleIds: stored.articleIds, families: families.size,
    firstSeen: story.firstSeen, lastSeen: story.lastSeen, articleCount: stored.articleIds.length,
    outlets: story.outlets, mainEntities: story.mainEntities, mergedIds: stored.mergedIds,
  };
}
