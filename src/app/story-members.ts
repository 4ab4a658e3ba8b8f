import type { StoreTransaction } from '../ports/store.js';
import type { ArticleFeatures } from '../stories/article-features.js';
import { articleFeatures } from '../stories/article-features.js';
import type { StoryMembers } from '../stories/story-clusterer.js';

/**
 * A story's members as a split check reads them (story-split.ts): the stored articles, earliest first, their story
 * features computed again from title and text exactly as an ingest and a rebuild compute them, with the copy edge
 * and family the unit of work sees now. Only checkpoint sizes ask (4, 6, 8 ... 64 articles), so the cost is a few
 * feature computations per article assigned, never a scan.
 */
export function storyMembersOf(tx: StoreTransaction): StoryMembers {
  return async (storyId, limit) => {
    const ids = (await tx.storyMembers(storyId, limit)).reverse();
    const [parents, families] = [await tx.parentsOf(ids), await tx.familiesOf(ids)];
    const out: ArticleFeatures[] = [];
    for (const id of ids) {
      const article = await tx.getArticle(id);
      // An article gone from the store (never, short of a damaged file) leaves the list short: no split then.
      if (article === null) continue;
      const features = articleFeatures({ id, title: article.title, text: article.text, publishedAt: article.publishedAt, outlet: article.outlet });
      out.push({ ...features, sourceArticleId: parents.get(id)?.from ?? null, familyId: families.get(id) ?? id });
    }
    return out;
  };
}
