import type { CopyEdge } from '../model/copy-edge.js';
import type { LinkSide } from './link-pair.js';
import { linkPair } from './link-pair.js';

/**
 * The copy edges a newly arrived article brings, given its candidates (articles already stored that may share
 * text with it) and the parent edge each candidate already has. Incremental: only the new article's pairs are
 * assessed.
 *
 * An article keeps at most one parent (its most likely source). Without that rule, two copies of one wire story
 * would also be linked to each other (each reads as a copy of the other), inventing a derivation between them.
 * - Among the candidates the new article derives from, its parent is the one with the highest score; ties go to
 *   the earlier one (publication time, then id), the likelier original.
 * - A candidate that turns out to derive from the new article (the new one is older: feeds arrive out of order)
 *   takes it as parent when it had none, or when the new edge scores higher than its current parent's.
 * - Siblings edges are kept between the new article and a candidate unless one of them is already the parent of the
 *   other or they share a parent (then the shared parent explains the overlap).
 */

export interface ParentEdge {
  readonly from: string;
  readonly score: number;
}

export interface LinkResult {
  /** Edges to store. */
  readonly add: readonly CopyEdge[];
  /** Parent edges that a better source replaces: (from, to) to delete. */
  readonly remove: readonly { readonly from: string; readonly to: string }[];
}

export function linkNewArticle(article: LinkSide, candidates: readonly LinkSide[], parents: ReadonlyMap<string, ParentEdge>): LinkResult {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const edges = candidates.map((candidate) => linkPair(candidate, article)).filter((e): e is CopyEdge => e !== null);
  const intoNew = edges.filter((e) => e.relation !== 'siblings' && e.to === article.id);
  const fromNew = edges.filter((e) => e.relation !== 'siblings' && e.from === article.id);
  const add: CopyEdge[] = [];
  const remove: { from: string; to: string }[] = [];

  const parent = intoNew.sort((x, y) => y.score - x.score || earlier(byId.get(x.from)!, byId.get(y.from)!))[0];
  if (parent) add.push(parent);

  for (const edge of fromNew) {
    const current = parents.get(edge.to);
    if (!current) add.push(edge);
    else if (edge.score > current.score) {
      add.push(edge);
      remove.push({ from: current.from, to: edge.to });
    }
  }

  for (const edge of edges.filter((e) => e.relation === 'siblings')) {
    const other = edge.from === article.id ? edge.to : edge.from;
    const otherParent = parents.get(other)?.from;
    if (otherParent === article.id || (parent && (parent.from === other || parent.from === otherParent))) continue;
    add.push(edge);
  }
  return { add, remove };
}

/** Negative when `a` is the likelier original: published earlier, or, undated or equal, the smaller id. */
function earlier(a: LinkSide, b: LinkSide): number {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : Infinity;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : Infinity;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
