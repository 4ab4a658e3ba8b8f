import type { StoreTransaction } from '../ports/store.js';
import type { Signature } from '../reuse/minhash.js';
import { estimateJaccard } from '../reuse/minhash.js';

/**
 * Copy candidates from the article's story. The LSH index finds texts sharing half their word triples or more
 * (copy-signature.ts): copies and light edits. Heavy rewrites and siblings (two rewrites of one absent wire
 * story) keep the facts and the names but few triples: on the demo corpus their estimated Jaccard with their source
 * is 0.06-0.24 (median 0.14), under the index's reach. They report the same event, so they sit in one story: the
 * story's most recent members are ranked by the Jaccard their stored signatures estimate and the closest few are
 * aligned, at a bounded cost however large the story grows.
 */

/**
 * Members read: a content farm rewrites the news of the day, so a source is among a story's recent articles (the
 * demo corpus's stories hold 6-15); the bound keeps a story of thousands from costing thousands of signature reads.
 */
const RECENT_MEMBERS = 30;
/**
 * Members aligned at most, one per family: each alignment costs milliseconds. On the demo corpus five reach every
 * heavy rewrite's source (the farthest, a rewrite at J 0.063, ranked fourth among its story's members not found
 * by LSH).
 */
const MAX_STORY_CANDIDATES = 5;
/**
 * Below this estimated Jaccard a member shares only the event's names and numbers, not sentences: the demo
 * corpus's least similar heavy rewrite is at 0.063, and unrelated generated texts of one template share ~0.2 of
 * their triples only because they share a template (analyze-article.ts), so this bound keeps the cost on real
 * relatives without claiming to separate them: alignment and the derivation model decide.
 */
const MIN_STORY_JACCARD = 0.05;

/** The story members worth aligning with the article, closest first, leaving out those already assessed. */
export async function storyCandidates(
  tx: StoreTransaction,
  articleId: string,
  signature: Signature,
  storyId: string,
  options: { readonly assessed?: readonly string[]; readonly before?: string } = {},
): Promise<string[]> {
  const skip = new Set([articleId, ...(options.assessed ?? [])]);
  const members = (await tx.storyMembers(storyId, RECENT_MEMBERS, options.before)).filter((id) => !skip.has(id));
  if (members.length === 0) return [];
  const signatures = await tx.getSignatures(members);
  const ranked: [string, number][] = [];
  for (const id of members) {
    const stored = signatures.get(id);
    if (stored === undefined) continue;
    const similarity = estimateJaccard(signature, stored);
    if (similarity >= MIN_STORY_JACCARD) ranked.push([id, similarity]);
  }
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // One member per family: a wire story and its copies are one text, and aligning with each of them would cost
  // an alignment apiece for no new relative. The closest member of each family stands for it.
  const families = await tx.familiesOf(ranked.map(([id]) => id));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [id] of ranked) {
    const family = families.get(id) ?? id;
    if (seen.has(family)) continue;
    seen.add(family);
    out.push(id);
    if (out.length === MAX_STORY_CANDIDATES) break;
  }
  return out;
}
