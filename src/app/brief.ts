import type { Article } from '../model/article.js';
import type { Brief, BriefArticle, BriefCopy } from '../model/brief.js';
import type { SemanticBackend } from '../ports/semantic-backend.js';
import type { Store } from '../ports/store.js';
import { buildBrief, byPublication } from '../corroborate/build-brief.js';
import type { CorroborationArticle } from '../corroborate/corroborate.js';
import { corroborate } from '../corroborate/corroborate.js';
import type { EntityArticle } from '../corroborate/entity-forms.js';
import { storyEntities } from '../corroborate/entity-forms.js';
import { machineRewriteScore } from '../reuse/signals/machine-rewrite-score.js';
import { articleClaims } from './article-claims.js';
import { sourceEdges } from './copy-sources.js';
import { storyReport } from './story-report.js';
import { storySignalsOfStory } from './story-signals.js';

/**
 * The Brief of one story (`crosscheck brief`, docs/brief.md): its articles as stored, their families and sources
 * from the copy graph as it is now, their signals (stored ones and those found against the story, story-signals.ts),
 * their claims (src/analyze/claims.ts) and the corroboration of those claims across independence families
 * (src/corroborate). Read and computed when asked, so it is always current: a story's reads are its members and
 * their copy edges, never the rest of the store. Claims, the costliest part (about half of a Brief), are extracted
 * once per article and kept (article-claims.ts): asked again after an article joined, a Brief extracts that
 * article's claims alone, and regroups the story's claims (grouping depends on the whole story: which stems are
 * too common to block on, which entities are the story's topic).
 */

/**
 * Members briefed at most, the first to join (a stream joins in about publication order): a story of thousands of
 * copies (a wire story republished everywhere) would otherwise cost seconds, while its first few hundred articles
 * hold what the rest repeat. The result says how many were left out.
 */
export const BRIEF_MEMBER_LIMIT = 500;

export interface BriefResult {
  readonly brief: Brief;
  /** Members not briefed because the story has more than BRIEF_MEMBER_LIMIT. */
  readonly omitted: number;
  /** Members whose stored claims were used, and those whose claims were extracted for this Brief. */
  readonly claims: { readonly reused: number; readonly extracted: number };
  /** Why the newly extracted claims could not be kept for the next Brief (article-claims.ts); null when they were. */
  readonly unsaved: string | null;
}

export interface BriefOptions {
  /**
   * Sentence embeddings for claim alignment (src/ports/semantic-backend.ts), off by default: each distinct claim
   * text of the story is embedded once per Brief. Its failures fail the Brief (CC_SEMANTIC_BACKEND): asked for, it
   * is not silently left out.
   */
  readonly semantic?: SemanticBackend;
}

/** The story's Brief, by its id or the id of a story merged into it; null when there is no such story. */
export async function storyBrief(store: Store, storyId: string, options: BriefOptions = {}): Promise<BriefResult | null> {
  const stored = await store.getStory(storyId);
  if (!stored) return null;
  const report = await storyReport(store, stored);
  const members: Article[] = [];
  for (const id of stored.articleIds.slice(0, BRIEF_MEMBER_LIMIT)) {
    const article = await store.getArticle(id);
    if (article) members.push(article);
  }
  const briefed = members.sort(byPublication);
  const ids = briefed.map((a) => a.id);
  const byId = new Map(briefed.map((a) => [a.id, a]));
  const families = await store.familiesOf(ids);
  const edges = (await store.copyEdges(ids)).filter((e) => byId.has(e.from) && byId.has(e.to));
  const sources = sourceEdges(edges);
  const fromStory = await storySignalsOfStory(store, stored, byId);
  const claimed = await articleClaims(store, briefed);

  const articles: Omit<BriefArticle, 'claims'>[] = [];
  const corroborated: CorroborationArticle[] = [];
  const named: EntityArticle[] = [];
  for (const article of briefed) {
    const signals = [...article.signals, ...(fromStory.get(article.id) ?? [])];
    const rewrite = machineRewriteScore(signals);
    const familyId = families.get(article.id) ?? article.id;
    const source = sources.get(article.id);
    articles.push({
      id: article.id, title: article.title, url: article.url, outlet: article.outlet, publishedAt: article.publishedAt, familyId,
      copyOf: source ? { id: source.from, relation: source.relation } : null,
      machineRewrite: { score: rewrite.score, likely: rewrite.likely, reasons: rewrite.reasons },
      signals: signals.map((s) => ({ kind: s.kind, evidence: s.evidence, confidence: s.confidence })),
    });
    const claims = claimed.claims.get(article.id)!;
    corroborated.push({ id: article.id, familyId, publishedAt: article.publishedAt, outlet: article.outlet, claims });
    named.push({ id: article.id, familyId, text: article.text, claims });
  }
  const copies: BriefCopy[] = edges.map((e) => ({ from: e.from, to: e.to, relation: e.relation, score: e.score }));
  const brief = buildBrief({
    story: {
      id: report.id, title: report.title, firstSeen: report.firstSeen, lastSeen: report.lastSeen, articleCount: report.articleCount,
      families: report.families, outlets: report.outlets, mainEntities: report.mainEntities,
    },
    articles,
    corroboration: corroborate(corroborated, options.semantic ? { embeddings: await embedClaims(options.semantic, corroborated) } : {}),
    copies,
    entities: storyEntities(named),
  });
  return {
    brief, omitted: Math.max(0, stored.articleIds.length - BRIEF_MEMBER_LIMIT),
    claims: { reused: claimed.reused, extracted: claimed.extracted }, unsaved: claimed.unsaved,
  };
}

/** Each distinct claim text of the story, embedded once (copies of a wire sentence share theirs). */
async function embedClaims(backend: SemanticBackend, articles: readonly CorroborationArticle[]): Promise<Map<string, Float32Array>> {
  const texts = [...new Set(articles.flatMap((a) => a.claims.map((c) => c.text)))];
  const vectors = await backend.embed(texts);
  return new Map(texts.map((t, i) => [t, vectors[i]!]));
}
