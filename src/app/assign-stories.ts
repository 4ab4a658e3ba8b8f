import type { Store } from '../ports/store.js';
import { articleFeatures } from '../stories/article-features.js';
import { assignStory } from './assign-story.js';

/**
 * Assigning stored articles to stories again, in publication order (ingestion order where undated): what
 * `crosscheck rebuild` does after forgetting every story, and what an ingest does first for articles stored before
 * stories existed (a store made by an older crosscheck). Articles are read a page at a time, never all at once;
 * each is assigned in its own unit of work, so a rebuild that stops leaves every article either with its new story
 * or without one, and running it again starts over.
 */

export interface AssignProgress {
  readonly done: number;
  readonly total: number;
}

export interface AssignOptions {
  /** Leave articles that already have a story where they are (the ingest's catch-up); a rebuild assigns all. */
  readonly onlyMissing?: boolean;
  readonly onProgress?: (progress: AssignProgress) => void;
}

/** Returns how many articles were assigned. */
export async function assignStories(store: Store, options: AssignOptions = {}): Promise<number> {
  const total = await store.countArticles();
  let done = 0;
  let assigned = 0;
  for await (const article of store.iterateArticles({ order: 'time' })) {
    const features = articleFeatures({ id: article.id, title: article.title, text: article.text, publishedAt: article.publishedAt, outlet: article.outlet });
    const result = await store.atomically(async (tx) => {
      if (options.onlyMissing && (await tx.stories.storyOf(article.id)) !== null) return null;
      // The copy graph is complete here: every article may have a parent, so each is looked up.
      return assignStory(tx, { status: 'ingested', id: article.id, version: article.version }, features, { linked: true });
    });
    if (result) assigned++;
    done++;
    if (done % 100 === 0 || done === total) options.onProgress?.({ done, total });
  }
  return assigned;
}

/** `crosscheck rebuild`: forgets every story and assigns every article again with the current settings. */
export async function rebuildStories(store: Store, onProgress?: (progress: AssignProgress) => void): Promise<number> {
  await store.resetStories();
  return assignStories(store, onProgress ? { onProgress } : {});
}

/** Before an ingest: articles stored without a story (an older store) get one first, so the stream stays in order. */
export async function assignMissingStories(store: Store, onProgress?: (progress: AssignProgress) => void): Promise<number> {
  if ((await store.countAssignedArticles()) >= (await store.countArticles())) return 0;
  return assignStories(store, { onlyMissing: true, ...(onProgress ? { onProgress } : {}) });
}
