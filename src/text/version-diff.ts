import type { VersionChanges } from '../model/article.js';
import { paragraphs } from './normalize.js';

/**
 * What a new version of a page changed, at paragraph level: editors add, cut and rewrite paragraphs, and a reader
 * wants to see which. A rewritten paragraph shows as one removed and one added.
 */
export function versionChanges(
  before: { title: string; text: string; publishedAt: string | null },
  after: { title: string; text: string; publishedAt: string | null },
): VersionChanges {
  const old = new Set(paragraphs(before.text));
  const now = new Set(paragraphs(after.text));
  return {
    ...(before.title !== after.title ? { title: { from: before.title, to: after.title } } : {}),
    ...(before.publishedAt !== after.publishedAt ? { publishedAt: { from: before.publishedAt, to: after.publishedAt } } : {}),
    paragraphsAdded: [...now].filter((p) => !old.has(p)),
    paragraphsRemoved: [...old].filter((p) => !now.has(p)),
  };
}
