import type { Signal } from '../model/signal.js';
import type { LinkResult, ParentEdge } from '../reuse/link-article.js';
import { linkNewArticle } from '../reuse/link-article.js';
import type { LinkSide } from '../reuse/link-pair.js';
import type { TextProfile } from '../reuse/sentence-profile.js';
import { profileText } from '../reuse/sentence-profile.js';
import { machineRewriteScore } from '../reuse/signals/machine-rewrite-score.js';

/**
 * Linking one new article into the copy graph, as plain data in and out: the article, its close candidates and
 * their parent edges, all read from the store beforehand. The same function runs on the ingest thread and on a
 * worker (extraction-worker.ts), where its cost (sentence profiles and alignment, ~3 ms for a copy of a 3 KB
 * article) no longer holds up storing the next articles.
 */

export interface LinkArticle {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string | null;
  readonly signals: readonly Signal[];
}

export interface LinkJob {
  readonly article: LinkArticle;
  readonly candidates: readonly LinkArticle[];
  /**
   * Members of the article's story that the LSH index did not return (story-candidates.ts): heavy rewrites and
   * siblings share too few word triples for it. Linked in a second round, only when the first gave the article no
   * source: a copy's relatives are linked through its source.
   */
  readonly storyCandidates?: readonly LinkArticle[];
  /** The candidates' parent edges, as [article id, edge] pairs (a Map crosses threads too, but this reads plainer). */
  readonly parents: readonly (readonly [string, ParentEdge])[];
}

export function runLinkJob(job: LinkJob): LinkResult {
  const article = side(job.article);
  const parents = new Map(job.parents);
  const first = linkNewArticle(article, job.candidates.map(side), parents);
  if (!job.storyCandidates?.length || hasSource(first, job.article.id)) return first;
  const second = linkNewArticle(article, job.storyCandidates.map(side), parents);
  return { add: [...first.add, ...second.add], remove: [...first.remove, ...second.remove] };
}

/** Whether linking gave the article a source (a parent edge: any relation but siblings). */
export function hasSource(result: LinkResult, articleId: string): boolean {
  return result.add.some((edge) => edge.to === articleId && edge.relation !== 'siblings');
}

function side(article: LinkArticle): LinkSide {
  return { id: article.id, publishedAt: article.publishedAt, machineScore: machineRewriteScore(article.signals).score, profile: profileOf(article) };
}

/**
 * Profiles of the texts linked most recently, by article id. Copies of one wire story arrive together and each
 * is aligned against the same source, whose profile (sentences split, tokenised and stemmed: ~40% of a link's
 * cost) is then computed once. Checked against the text, so a new version is profiled again; a profile depends
 * on the text alone, so the cache never changes a result. 256 profiles of 3 KB texts hold a few MB.
 */
const PROFILES_KEPT = 256;
const profiles = new Map<string, { readonly text: string; readonly profile: TextProfile }>();

function profileOf(article: LinkArticle): TextProfile {
  const kept = profiles.get(article.id);
  if (kept && kept.text === article.text) {
    // Most recently used last: Map keeps insertion order, so the first entry is the one to drop.
    profiles.delete(article.id);
    profiles.set(article.id, kept);
    return kept.profile;
  }
  const profile = profileText(article.text);
  profiles.set(article.id, { text: article.text, profile });
  if (profiles.size > PROFILES_KEPT) profiles.delete(profiles.keys().next().value!);
  return profile;
}
