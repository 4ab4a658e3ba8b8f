import type { Store } from '../ports/store.js';
import { copyKeys } from '../reuse/copy-signature.js';
import { runLinkJob } from './link-job.js';
import { closeCandidates, linkJob } from './analyze-article.js';
import { storyCandidates } from './story-candidates.js';

/**
 * Links the articles a stopped run stored without their copy edges (deferred-links.ts), in the order they were
 * stored, each against the candidates it had when it arrived (signatures stored before its own), so the store ends
 * as an uninterrupted run would have left it. Returns how many it linked.
 */
export async function relinkPending(store: Store): Promise<number> {
  const waiting = await store.pendingLinks();
  for (const id of waiting) {
    await store.atomically(async (tx) => {
      const article = await tx.getArticle(id);
      const signature = (await tx.getSignatures([id])).get(id);
      if (article && signature) {
        const candidates = await closeCandidates(tx, id, signature, copyKeys(signature), id);
        // The story members it saw when it arrived, as storeArticle chose them then.
        const storyId = await tx.stories.storyOf(id);
        const fromStory = storyId === null ? [] : await storyCandidates(tx, id, signature, storyId, { assessed: candidates, before: id });
        if (candidates.length > 0 || fromStory.length > 0) {
          const pending = { article: { id, text: article.text, publishedAt: article.publishedAt, signals: article.signals }, candidates, storyCandidates: fromStory };
          await tx.saveLinks(runLinkJob(await linkJob(tx, pending)));
        }
      }
      await tx.clearLinksPending(id);
    });
  }
  return waiting.length;
}
