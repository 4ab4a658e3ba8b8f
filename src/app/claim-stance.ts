import type { Article } from '../model/article.js';
import { CrosscheckError } from '../model/crosscheck-error.js';
import type { Store } from '../ports/store.js';
import type { ArticleStance, ClaimStance } from '../corroborate/stance.js';
import { checkClaim } from '../corroborate/stance.js';
import type { StanceBody } from '../corroborate/stance-features.js';
import { contentStemCounts, inverseDocumentFrequency, readStanceBody, storedDocumentFrequency } from '../corroborate/stance-features.js';
import { isStopword, wordTokens } from '../text/tokens.js';

/**
 * `crosscheck stance "<claim>"`: where the stored coverage stands on one claim (src/corroborate/stance.ts). The
 * articles checked are a story's (`storyId`), or the `limit` best full-text matches of the claim's content words
 * (any of them, BM25): never the whole corpus. Each article is read as its title over its text. Words are weighed
 * by the store's document frequencies (the story index's counts), or, in a store without stories, by their
 * frequency among the articles checked. Counts are given by articles and by INDEPENDENT families: a wire story and
 * its twenty copies that agree are one source agreeing.
 */
export interface StanceReport {
  readonly claim: string;
  readonly scope: { readonly kind: 'story'; readonly storyId: string } | { readonly kind: 'search'; readonly limit: number };
  /** Articles checked. */
  readonly checked: number;
  /** Per stance: how many articles, and how many independence families among them. */
  readonly counts: Readonly<Record<ClaimStance, { readonly articles: number; readonly families: number }>>;
  /** The related articles (not `unrelated`), disagreeing first, then agreeing, then discussing; most probable first. */
  readonly articles: readonly StanceArticle[];
}

export interface StanceArticle extends ArticleStance {
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly familyId: string;
}

/** 50 search hits: a story's worth of coverage, and a bounded cost (each is read and weighed once). */
export const DEFAULT_STANCE_LIMIT = 50;
/** A story is checked whole up to this many of its articles (its most recent), so one huge story stays bounded. */
const STORY_CAP = 1_000;
const ORDER: readonly ClaimStance[] = ['disagree', 'agree', 'discuss'];

export async function claimStance(store: Store, claim: string, options: { readonly storyId?: string; readonly limit?: number } = {}): Promise<StanceReport> {
  const words = wordTokens(claim).filter((w) => !isStopword(w));
  if (words.length === 0) throw new CrosscheckError('CC_USAGE', `the claim "${claim}" has no content word to check`);
  const limit = options.limit ?? DEFAULT_STANCE_LIMIT;
  let ids: readonly string[];
  if (options.storyId !== undefined) {
    const story = await store.getStory(options.storyId);
    if (!story) throw new CrosscheckError('CC_STORY_NOT_FOUND', `no story has id "${options.storyId}" (list them with: crosscheck stories)`);
    ids = story.articleIds.slice(-STORY_CAP);
  } else {
    ids = (await store.search(words.join(' '), { limit, match: 'any' })).map((h) => h.id);
  }
  const articles = (await Promise.all(ids.map((id) => store.getArticle(id)))).filter((a): a is Article => a !== null);
  const bodies = articles.map((a) => ({ id: a.id, body: readStanceBody(a.title ? `${a.title}\n\n${a.text}` : a.text) }));
  const weight = await storeWeight(store, claim, bodies.map((b) => b.body));
  const stances = checkClaim(claim, bodies, { weight });
  const families = await store.familiesOf(articles.map((a) => a.id));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const rows: StanceArticle[] = stances.map((s) => {
    const a = byId.get(s.articleId)!;
    return { ...s, title: a.title, outlet: a.outlet, url: a.url, publishedAt: a.publishedAt, familyId: families.get(a.id) ?? a.id };
  });
  const counts = Object.fromEntries((['agree', 'disagree', 'discuss', 'unrelated'] as const).map((k) => {
    const of = rows.filter((r) => r.stance === k);
    return [k, { articles: of.length, families: new Set(of.map((r) => r.familyId)).size }];
  })) as Record<ClaimStance, { articles: number; families: number }>;
  const related = rows
    .filter((r) => r.stance !== 'unrelated')
    .sort((x, y) => ORDER.indexOf(x.stance) - ORDER.indexOf(y.stance) || y.probabilities[y.stance] - x.probabilities[x.stance] || (x.articleId < y.articleId ? -1 : 1));
  return {
    claim,
    scope: options.storyId !== undefined ? { kind: 'story', storyId: options.storyId } : { kind: 'search', limit },
    checked: rows.length,
    counts,
    articles: related,
  };
}

/** IDF from the store's counts of the stems these bodies hold; from the bodies themselves when the store has none. */
async function storeWeight(store: Store, claim: string, bodies: readonly StanceBody[]) {
  const stems = new Set<string>(contentStemCounts(claim).keys());
  for (const b of bodies) for (const t of b.stems) stems.add(t);
  const stats = await store.termStatistics([...stems]);
  return stats.documents > 0 ? storedDocumentFrequency(stats.documents, stats.frequencies) : inverseDocumentFrequency(bodies);
}
