import type { CopyEdge, CopyRelation } from '../model/copy-edge.js';
import { DERIVATION_LADDER } from './derivation.js';
import type { LinkSide, PairLink } from './link-pair.js';
import { linkPairWithOverlap } from './link-pair.js';
import { shareWithin } from './shared-part.js';

/**
 * The copy edges a newly arrived article brings, given its candidates (articles already stored that may share
 * text with it) and the parent edge each candidate already has. Incremental: only the new article's pairs are
 * assessed. Each pair is assessed with the stored candidate first (linkPair's `a`), so a direction that nothing
 * decides goes to the article seen first.
 *
 * An article keeps at most one parent (its most likely source). Without that rule, two copies of one wire story
 * would also be linked to each other (each reads as a copy of the other), inventing a derivation between them.
 * - Among the candidates the new article derives from, its parent is the one it derives from most closely: among
 *   those whose score is within SAME_CLOSENESS of the best, the ANCESTOR when one candidate descends from another
 *   (a rewrite of a wire story reads about as close to the story's other copies as to the story; the story explains
 *   them all, while a copy of a copy reads clearly closer to its own source); then the highest score; ties go to the
 *   earlier one (publication time, then id), the likelier original. No parent when the chosen one descends from
 *   an article the new one reads as a sibling of (it would only be that article's copy).
 * - A candidate that turns out to derive from the new article (the new one is older: feeds arrive out of order)
 *   takes it as parent when it had none (unless the new article's own parent is linked to it: their common
 *   source explains the overlap), when the new edge scores higher than its current parent's, or when its
 *   current parent also derives from the new article at no higher relation (both copied the new one; the edge
 *   between them was the artefact the one-parent rule exists to avoid).
 * - Siblings edges are kept between the new article and a candidate unless one of them is the parent of the other,
 *   they share a parent, the candidate's parent is linked to the new article, or the new article's parent is linked
 *   to the candidate: then that article explains the overlap (two rewrites of one visible story are not siblings,
 *   whichever arrived first), or a sibling it shares clearly more with is linked to the candidate (CLOSER_RELATIVE).
 *   Except for a shared parent, the third article must really hold what the two share (EXPLAINED_SHARE, on both
 *   texts; shared-part.ts): three rewrites of a story that is not in the corpus each keep sentences the others
 *   dropped, so none of them explains the other two's overlap even when one reads as another's light edit.
 *   When the new article becomes the parent of two candidates, a siblings edge between them is removed for the
 *   same reason.
 */

export interface ParentEdge {
  readonly from: string;
  readonly score: number;
  /** The parent edge's relation; when absent, the score alone compares parents. */
  readonly relation?: CopyRelation;
}

export interface LinkResult {
  /** Edges to store. */
  readonly add: readonly CopyEdge[];
  /**
   * Edges to delete, as (from, to): parent edges that a better source replaces, and siblings edges (smaller id
   * first) between two candidates the new article now explains. A siblings edge listed may not exist: deleting it
   * is then a no-op.
   */
  readonly remove: readonly { readonly from: string; readonly to: string }[];
}

/**
 * Two sources whose edges into the new article score within this of each other are equally close to it: the score
 * is the expected rung of the derivation ladder over three (a rung is 0.33), and 0.1 is under a third of a rung.
 * On the tuning topics, a rewrite read up to 0.08 closer to another copy of its source than to the source itself;
 * a copy of a light edit reads about 0.2 closer to the light edit than to the original.
 */
const SAME_CLOSENESS = 0.1;
/**
 * How much more of the new article a sibling must share (siblings edges' score is the shared share) to count as
 * the closer relative. Two rewrites of one visible text share about 0.75-0.85 with it and 0.6-0.7 with each other,
 * while rewrites of an absent text share about alike; on the rewrites bench 0.1 and 0.15 score the same on the
 * tuning topics, and over all topics 0.15 keeps more true sibling edges (siblings 0.80 vs 0.77) for a little
 * precision (0.976 vs 0.983).
 */
const CLOSER_RELATIVE = 0.15;
/**
 * Share of what two texts share that a third must hold, on each of the two, to explain their overlap (shared-part.ts).
 * Alignment misses the odd sentence, so not all of it; a text that lacks a tenth of the shared part has a path to
 * the common source of its own. On the rewrites bench (npm run bench -- rewrites) 0.8 tells apart 0.845 of the
 * sibling pairs, 0.9 0.857 at the same precision (0.976), 0.95 the same siblings at precision 0.966.
 */
const EXPLAINED_SHARE = 0.9;
/** How far up the parent chain an ancestor is looked for: chains of copies are short; this only bounds a cycle. */
const MAX_ANCESTRY = 32;

export function linkNewArticle(article: LinkSide, candidates: readonly LinkSide[], parents: ReadonlyMap<string, ParentEdge>): LinkResult {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const links = candidates.map((candidate) => linkPairWithOverlap(candidate, article));
  const edges = links.map((link) => link.edge).filter((e): e is CopyEdge => e !== null);
  const linkOf = new Map(candidates.map((candidate, i) => [candidate.id, links[i]!]));
  // Links between two stored candidates, assessed at most once per new article.
  const storedLinks = new Map<string, PairLink>();
  const storedLink = (x: string, y: string): PairLink => {
    const key = `${x}|${y}`;
    if (!storedLinks.has(key)) storedLinks.set(key, linkPairWithOverlap(byId.get(x)!, byId.get(y)!));
    return storedLinks.get(key)!;
  };
  // Whether `via` explains the overlap of the new article and `other` (shared-part.ts): on each of the two texts,
  // the part it shares with the other lies (EXPLAINED_SHARE of its tokens) inside the part it shares with `via`.
  const explains = (via: string, other: string): boolean => {
    const onNew = shareWithin(article.profile, linkOf.get(other)!.bShared, linkOf.get(via)!.bShared);
    if (onNew < EXPLAINED_SHARE) return false;
    return shareWithin(byId.get(other)!.profile, linkOf.get(other)!.aShared, storedLink(via, other).bShared) >= EXPLAINED_SHARE;
  };

  const intoNew = edges.filter((e) => e.relation !== 'siblings' && e.to === article.id);
  const fromNew = edges.filter((e) => e.relation !== 'siblings' && e.from === article.id);
  const add: CopyEdge[] = [];
  const remove: { from: string; to: string }[] = [];

  const siblingIds = new Set(edges.filter((e) => e.relation === 'siblings').map((e) => (e.from === article.id ? e.to : e.from)));
  const chosen = chooseParent(intoNew, parents, byId);
  // A parent that descends from an article the new one reads as a sibling of is only that article's copy: the
  // sibling relation to the ancestor is the better account (the copy explains nothing the ancestor does not).
  const parent = chosen && ancestors(chosen.from, parents, byId).some((a) => siblingIds.has(a)) ? undefined : chosen;
  if (parent) add.push(parent);

  // Whether the new article's parent is itself linked to `id` (any relation): then the overlap between the new
  // article and `id` is explained through the parent, and a direct edge between them would invent a derivation.
  const parentSide = parent ? byId.get(parent.from) : undefined;
  const viaParent = new Map<string, boolean>();
  const explainedByParent = (id: string): boolean => {
    if (!parentSide || id === parentSide.id) return false;
    if (!viaParent.has(id)) viaParent.set(id, parents.get(id)?.from === parentSide.id || storedLink(parentSide.id, id).edge !== null);
    return viaParent.get(id)!;
  };

  const children = new Set(fromNew.map((e) => e.to));
  const ancestry = parent ? [parent.from, ...ancestors(parent.from, parents, byId)] : [];
  const newParents = new Map<string, string>();
  for (const edge of fromNew) {
    const current = parents.get(edge.to);
    if (!current && explainedByParent(edge.to)) continue;
    if (!adopts(edge, current, children, ancestry)) continue;
    add.push(edge);
    newParents.set(edge.to, article.id);
    if (current) remove.push({ from: current.from, to: edge.to });
  }
  const parentAfter = (id: string) => newParents.get(id) ?? parents.get(id)?.from;

  const adopted = [...newParents.keys()].sort();
  for (let i = 0; i < adopted.length; i++) {
    for (let j = i + 1; j < adopted.length; j++) remove.push({ from: adopted[i]!, to: adopted[j]! });
  }

  // What the new article is linked to in this step, by any edge: a siblings overlap with X is explained when X's
  // parent is among them, or when the new article's parent is linked to X.
  const linked = new Set([...(parent ? [parent.from] : []), ...newParents.keys(), ...siblingIds]);
  const siblingEdges = edges.filter((e) => e.relation === 'siblings');
  const otherEnd = (e: CopyEdge) => (e.from === article.id ? e.to : e.from);
  for (const edge of siblingEdges) {
    const other = otherEnd(edge);
    const otherParent = parentAfter(other);
    if (otherParent === article.id || (parent && (parent.from === other || parent.from === otherParent))) continue;
    if (otherParent !== undefined && linked.has(otherParent) && explains(otherParent, other)) continue;
    if (otherParent === undefined && explainedByParent(other) && explains(parent!.from, other)) continue;
    // A sibling it shares clearly more with, itself linked to this one, is the closer relative: two rewrites of one
    // text each share more with that text than with each other, while rewrites of an absent text share alike.
    const closer = siblingEdges.filter((e) => e.score >= edge.score + CLOSER_RELATIVE);
    if (closer.some((e) => linkedPair(otherEnd(e), other, parents, storedLink) && explains(otherEnd(e), other))) continue;
    add.push(edge);
  }
  return { add, remove };
}

/**
 * The new article's parent among the edges into it: among the closest (within SAME_CLOSENESS of the best score),
 * the ancestor (a candidate whose ancestor is also among them gives way to it), then the highest score, then the
 * earlier source.
 */
function chooseParent(intoNew: readonly CopyEdge[], parents: ReadonlyMap<string, ParentEdge>, byId: ReadonlyMap<string, LinkSide>): CopyEdge | undefined {
  if (intoNew.length === 0) return undefined;
  const best = Math.max(...intoNew.map((e) => e.score));
  const top = intoNew.filter((e) => e.score >= best - SAME_CLOSENESS);
  const sources = new Set(top.map((e) => e.from));
  const roots = top.filter((e) => !ancestors(e.from, parents, byId).some((a) => sources.has(a)));
  const pool = roots.length > 0 ? roots : top;
  return [...pool].sort((x, y) => y.score - x.score || earlier(byId.get(x.from)!, byId.get(y.from)!))[0];
}

/**
 * The parent chain above `id`, nearest first. A step whose parent is dated after its child ends the chain: that
 * direction was read from the text against the clock (times within linkPair's tolerance), and a choice of parent
 * must not be built on it.
 */
function ancestors(id: string, parents: ReadonlyMap<string, ParentEdge>, byId: ReadonlyMap<string, LinkSide>): string[] {
  const out: string[] = [];
  let child = id;
  let at = parents.get(id)?.from;
  while (at !== undefined && out.length < MAX_ANCESTRY && at !== id && !out.includes(at)) {
    if (datedAfter(byId.get(at), byId.get(child))) break;
    out.push(at);
    child = at;
    at = parents.get(at)?.from;
  }
  return out;
}

function datedAfter(a: LinkSide | undefined, b: LinkSide | undefined): boolean {
  const ta = a?.publishedAt ? Date.parse(a.publishedAt) : NaN;
  const tb = b?.publishedAt ? Date.parse(b.publishedAt) : NaN;
  return Number.isFinite(ta) && Number.isFinite(tb) && ta > tb;
}

/**
 * Whether candidate X (edge: the new article -> X) takes the new article as its parent instead of `current`:
 * - it has no parent;
 * - its current parent also derives from the new article, at no higher relation than the new edge (both copied the
 *   new one);
 * - its current parent is the new article's own parent or an ancestor of it (X and the new article are two
 *   derivatives of one source): only for a higher relation (X copies the new article, not their common source);
 * - otherwise, a higher relation, or the same relation and a higher score.
 */
function adopts(edge: CopyEdge, current: ParentEdge | undefined, children: ReadonlySet<string>, ancestry: readonly string[]): boolean {
  if (!current) return true;
  const higher = current.relation === undefined ? edge.score > current.score : rung(edge.relation) > rung(current.relation);
  const same = current.relation === undefined || rung(edge.relation) === rung(current.relation);
  if (children.has(current.from)) return higher || same;
  if (ancestry.includes(current.from)) return higher;
  return higher || (same && edge.score > current.score);
}

/** Whether two stored articles are linked: one is the other's parent, or linkPair finds an edge between them. */
function linkedPair(x: string, y: string, parents: ReadonlyMap<string, ParentEdge>, link: (x: string, y: string) => PairLink): boolean {
  if (parents.get(x)?.from === y || parents.get(y)?.from === x) return true;
  return link(x, y).edge !== null;
}

function rung(relation: CopyRelation): number {
  return relation === 'siblings' ? -1 : DERIVATION_LADDER.indexOf(relation);
}

/** Negative when `a` is the likelier original: published earlier, or, undated or equal, the smaller id. */
function earlier(a: LinkSide, b: LinkSide): number {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : Infinity;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : Infinity;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
