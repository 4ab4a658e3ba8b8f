import type { StoryAssignment } from '../model/story.js';
import type { SaveResult, StoreTransaction } from '../ports/store.js';
import type { ArticleFeatures } from '../stories/article-features.js';
import { StoryClusterer } from '../stories/story-clusterer.js';
import { storyMembersOf } from './story-members.js';

/**
 * Puts a stored article into its story, in the article's own unit of work (so an article is never stored without
 * its story, nor a story counted with an article that is not stored). Its features were computed with the text
 * (prepare-article.ts); here they get what only the store knows: the article's id, the source it copies (its parent
 * edge, stored by linking just before) and its independence family.
 *
 * A new version of an article keeps the story its first version joined: the story's profile already counts it, and
 * moving it would need the profile without it. `crosscheck rebuild` assigns every current version afresh.
 */
export async function assignStory(
  tx: StoreTransaction,
  saved: SaveResult,
  features: ArticleFeatures,
  options: { readonly linked: boolean },
): Promise<StoryAssignment | null> {
  if (saved.status === 'unchanged') return null;
  if (saved.status === 'updated' && (await tx.stories.storyOf(saved.id)) !== null) return null;
  // Only an article that was linked can have a parent or a family yet: skip two lookups for all the others.
  const parent = options.linked ? (await tx.parentsOf([saved.id])).get(saved.id) : undefined;
  const familyId = options.linked ? ((await tx.familiesOf([saved.id])).get(saved.id) ?? saved.id) : saved.id;
  const assignment = await new StoryClusterer(tx.stories, { members: storyMembersOf(tx) }).assignFeatures({ ...features, id: saved.id, sourceArticleId: parent?.from ?? null, familyId });
  await tx.stories.recordDecision(assignment);
  return assignment;
}
