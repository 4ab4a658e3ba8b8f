import type { TermStatistics } from '../ports/story-index.js';
import type { ArticleVectors } from './article-vectors.js';
import { ENTITY_PREFIX } from './story-entities.js';

/**
 * The keys of the inverted index that finds candidate stories: an article's heaviest entities and its heaviest
 * rare words. A story is registered under the keys of each of its articles, and an article is compared only with
 * stories sharing one of its keys, so the lookup never scans the corpus (the blocking step of every streaming
 * clusterer; Miranda et al. 2018 look up clusters through the article's terms the same way).
 *
 * Counts: eight entities and eight words. Replaying the ECB+ training topics (1-22) with gold assignments, the
 * lookup returned the article's own story for 210 of the 211 articles whose story already existed (recall 0.995;
 * `npm run bench -- stories` prints it as lookupRecall). Fewer keys lose recall on short articles; more only
 * lengthen the posting lists read.
 */
export const ENTITY_KEYS = 8;
export const WORD_KEYS = 8;
/**
 * A word is rare enough to be a key when at most this share of documents contains it. Frequent words ("said",
 * "people") would put every story on the list and say nothing about the event; 5% keeps topical words
 * ("rehab", "earthquake") and drops the news vocabulary every story shares.
 */
export const RARE_WORD_SHARE = 0.05;

export function candidateKeys(vectors: ArticleVectors, stats: TermStatistics): string[] {
  const entities = heaviest([...vectors.entities].filter(([k]) => k.startsWith(ENTITY_PREFIX)), ENTITY_KEYS);
  const limit = Math.max(1, RARE_WORD_SHARE * stats.documents);
  const words = new Map<string, number>();
  for (const map of [vectors.title, vectors.body]) {
    for (const [term, weight] of map) {
      if ((stats.frequencies.get(term) ?? 0) > limit) continue;
      words.set(term, (words.get(term) ?? 0) + weight);
    }
  }
  return [...entities, ...heaviest([...words], WORD_KEYS)];
}

function heaviest(entries: [string, number][], n: number): string[] {
  return entries
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([key]) => key);
}
