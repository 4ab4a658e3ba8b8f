import type { Brief, BriefArticle, BriefClaim, BriefContradiction, BriefCopy, BriefEntity, BriefStory, BriefTimelineEntry, BriefUpdate } from '../model/brief.js';
import { BRIEF_FORMAT } from '../model/brief.js';
import type { Corroboration } from '../model/corroboration.js';

/**
 * Assembles a story's Brief (docs/brief.md) from what the earlier stages found: the story record, its articles with
 * their families, sources and signals, the corroboration of their claims (corroborate.ts) and the copy edges
 * between them. Pure: the use-case (src/app/brief.ts) reads the store and calls this.
 */

export interface BriefInput {
  readonly story: BriefStory;
  /** The story's articles; `claims` is filled in here. */
  readonly articles: readonly Omit<BriefArticle, 'claims'>[];
  readonly corroboration: Corroboration;
  readonly copies: readonly BriefCopy[];
  /** The story's entities under their canonical forms (entity-forms.ts). */
  readonly entities: readonly BriefEntity[];
}

export function buildBrief(input: BriefInput): Brief {
  const { corroboration } = input;
  const order = publicationOrder(input.articles);
  const claimCount = new Map<string, number>();
  const firstStated = new Map<string, number>();
  const claims: BriefClaim[] = corroboration.groups.map(({ claimIds, ...group }) => {
    for (const claimId of claimIds) {
      const articleId = articleOfClaim(claimId);
      claimCount.set(articleId, (claimCount.get(articleId) ?? 0) + 1);
    }
    const first = earliest(group.articleIds, order);
    if (first !== null) firstStated.set(first, (firstStated.get(first) ?? 0) + 1);
    return group;
  });
  const groupText = new Map(corroboration.groups.map((g) => [g.id, g.text]));
  const contradictions: BriefContradiction[] = corroboration.contradictions.map((c) => ({
    id: c.id, kind: c.kind, claimId: c.groupId, claim: groupText.get(c.groupId) ?? '', sides: c.sides,
  }));
  const updates: BriefUpdate[] = corroboration.updates.map((u) => ({
    id: u.id, claimId: u.groupId, claim: groupText.get(u.groupId) ?? '', from: u.from, to: u.to,
  }));
  const articles: BriefArticle[] = input.articles.map((a) => ({ ...a, claims: claimCount.get(a.id) ?? 0 }));
  return {
    format: BRIEF_FORMAT,
    story: input.story,
    summary: {
      corroborated: claims.filter((c) => c.status === 'corroborated').length,
      disputed: claims.filter((c) => c.status === 'disputed').length,
      singleSource: claims.filter((c) => c.status === 'single-source').length,
      speculative: claims.filter((c) => c.status === 'speculative').length,
      contradictions: contradictions.length,
      updates: updates.length,
      copies: articles.filter((a) => a.copyOf !== null).length,
      machineRewrites: articles.filter((a) => a.machineRewrite.likely).length,
    },
    articles,
    entities: input.entities,
    claims,
    contradictions,
    updates,
    copies: input.copies,
    timeline: timeline(articles, order, firstStated, updates),
  };
}

/** Claim ids are `${articleId}#${sentence}.${n}` (src/analyze/claims.ts). */
function articleOfClaim(claimId: string): string {
  const hash = claimId.lastIndexOf('#');
  return hash < 0 ? claimId : claimId.slice(0, hash);
}

/** Publication order: dated articles by time (ISO 8601 UTC strings), undated after, ties by id (deterministic). */
export function byPublication(a: { readonly id: string; readonly publishedAt: string | null }, b: { readonly id: string; readonly publishedAt: string | null }): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each article's rank in publication order. */
function publicationOrder(articles: readonly Omit<BriefArticle, 'claims'>[]): Map<string, number> {
  return new Map([...articles].sort(byPublication).map((a, i) => [a.id, i]));
}

function earliest(ids: readonly string[], order: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const id of ids) if (best === null || (order.get(id) ?? Infinity) < (order.get(best) ?? Infinity)) best = id;
  return best;
}

/** Articles in publication order, each with the claims it was first to state; a figure's update where it appeared. */
function timeline(articles: readonly BriefArticle[], order: ReadonlyMap<string, number>, firstStated: ReadonlyMap<string, number>, updates: readonly BriefUpdate[]): BriefTimelineEntry[] {
  const rank = (id: string) => order.get(id) ?? Infinity;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const entries: { rank: number; entry: BriefTimelineEntry }[] = articles.map((a) => ({
    rank: rank(a.id),
    entry: { kind: 'article', at: a.publishedAt, articleId: a.id, outlet: a.outlet, title: a.title, newClaims: firstStated.get(a.id) ?? 0, copyOf: a.copyOf?.id ?? null },
  }));
  for (const u of updates) {
    const first = earliest(u.to.articleIds, order);
    // Just after the article that first reported the new figure.
    entries.push({
      rank: (first === null ? Infinity : rank(first)) + 0.5,
      entry: { kind: 'update', at: first === null ? null : (byId.get(first)?.publishedAt ?? null), updateId: u.id, from: u.from.value, to: u.to.value },
    });
  }
  return entries.sort((a, b) => a.rank - b.rank).map((e) => e.entry);
}
