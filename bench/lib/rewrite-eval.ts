/**
 * Scoring the copy graph on the generated rewrites (rewrite-generator.ts). Each topic group is fed to the pure
 * linking stage (src/reuse/link-article.ts) one article at a time in arrival order; the candidates of a new article
 * are all the articles of its group fed before it. Candidate generation (MinHash LSH) is measured by the `lsh` bench;
 * here every same-topic article is a candidate, the hardest case for precision. The parent map is kept as
 * linkNewArticle expects (one parent per article; removals applied), and the final edge set is scored:
 * - an edge is correct when its two articles are truly related: a visible original and one of its derivatives, or
 *   two siblings of one hidden original. Two derivatives of the same VISIBLE original are not related: each should
 *   link to the original. Precision over edges (unordered pairs), recall over related pairs;
 * - relation accuracy (copy / light-edit / heavy-rewrite / siblings) over correct edges;
 * - direction accuracy over correct edges between an original and a derivative that carry a direction;
 * - siblings told apart: the share of true sibling pairs whose edge is labelled `siblings` (not a copy relation,
 *   not missing), and the precision of `siblings` labels; beside it, the share of true sibling pairs that end in
 *   one independence family (joined by any path of edges), which is what every count of sources depends on;
 * - drift recall: the share of injected drift operations that describeDrift reports on the found edge (in the
 *   edge's direction, the derivative's alignment against its source), by kind.
 */
import { performance } from 'node:perf_hooks';
import type { CopyEdge } from '../../src/model/copy-edge.js';
import type { DriftChange } from '../../src/model/drift.js';
import { assessDerivation } from '../../src/reuse/derivation.js';
import { describeDrift } from '../../src/reuse/drift.js';
import { findNumbers } from '../../src/reuse/drift-numbers.js';
import type { ParentEdge } from '../../src/reuse/link-article.js';
import { linkNewArticle } from '../../src/reuse/link-article.js';
import type { LinkSide } from '../../src/reuse/link-pair.js';
import { profileText } from '../../src/reuse/sentence-profile.js';
import { detectArticleSignals } from '../../src/reuse/signals/detect-signals.js';
import { machineRewriteScore } from '../../src/reuse/signals/machine-rewrite-score.js';
import type { InjectedDrift } from './rewrite-derive.js';
import type { GeneratedArticle, GeneratedGroup } from './rewrite-generator.js';
import type { DriftOperation } from './rewrite-operations.js';
import { containment, trigrams } from './rewrite-generator.js';

export type TrueRelation = 'copy' | 'light-edit' | 'heavy-rewrite' | 'siblings';

export interface RewriteScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly directionAccuracy: number;
  readonly siblingsAccuracy: number;
  readonly siblingsPrecision: number;
  /** True sibling pairs whose two articles the edges join into one family (any path, any relations). */
  readonly siblingsSameFamily: number;
  readonly relationAccuracy: number;
  readonly driftRecall: number;
  readonly driftRecallByKind: Record<string, number>;
  /** Value changes reported on correct edges that no operation injected, over all value changes reported. */
  readonly driftFalseShare: number;
  readonly counts: { articles: number; edges: number; correctEdges: number; relatedPairs: number; siblingPairs: number; driftOps: number; pairsAssessed: number };
  /** Recall by the derivative's kind (siblings as one). */
  readonly recallByRelation: Record<string, number>;
  /** Direction accuracy split by what the generator gave the derivative: a later time, or none/the same. */
  readonly directionByTiming: Record<string, number>;
  readonly confusion: Record<string, Record<string, number>>;
  readonly falseEdges: readonly string[];
  readonly missedPairs: readonly string[];
}

export interface RewriteRun {
  readonly scores: RewriteScores;
  readonly edges: readonly CopyEdge[];
  readonly linkSeconds: number;
  readonly pairsAssessed: number;
}

/** Feed every group to the linking stage and score the final edges. */
export function runRewrites(groups: readonly GeneratedGroup[]): RewriteRun {
  const articles = new Map(groups.flatMap((g) => g.articles.map((a) => [a.id, a] as const)));
  const edges: CopyEdge[] = [];
  let linkMs = 0;
  let pairsAssessed = 0;
  for (const group of groups) {
    const sides = group.articles.map(linkSide);
    const parents = new Map<string, ParentEdge>();
    const found = new Map<string, CopyEdge>();
    for (let i = 0; i < sides.length; i++) {
      const candidates = sides.slice(0, i);
      const t0 = performance.now();
      const result = linkNewArticle(sides[i]!, candidates, parents);
      linkMs += performance.now() - t0;
      pairsAssessed += candidates.length;
      for (const r of result.remove) {
        found.delete(`${r.from}|${r.to}`);
        if (parents.get(r.to)?.from === r.from) parents.delete(r.to);
      }
      for (const edge of result.add) {
        found.set(`${edge.from}|${edge.to}`, edge);
        if (edge.relation !== 'siblings') parents.set(edge.to, { from: edge.from, score: edge.score, relation: edge.relation });
      }
    }
    edges.push(...found.values());
  }
  return { scores: scoreEdges(groups, articles, edges, pairsAssessed), edges, linkSeconds: linkMs / 1000, pairsAssessed };
}

export function linkSide(article: GeneratedArticle): LinkSide {
  const signals = detectArticleSignals({ title: '', text: article.text, publishedAt: article.publishedAt });
  return { id: article.id, publishedAt: article.publishedAt, machineScore: machineRewriteScore(signals).score, profile: profileText(article.text) };
}

/** The truly related pairs of a group: key "a|b" with a < b, and the relation and source. */
export function relatedPairs(group: GeneratedGroup): Map<string, { relation: TrueRelation; source: string | null; derived: GeneratedArticle }> {
  const out = new Map<string, { relation: TrueRelation; source: string | null; derived: GeneratedArticle }>();
  for (const a of group.articles) {
    if (a.role === 'copy' || a.role === 'light-edit' || a.role === 'heavy-rewrite') out.set(pairKey(a.id, a.source!), { relation: a.role, source: a.source, derived: a });
  }
  const siblings = group.articles.filter((a) => a.role === 'sibling');
  for (let i = 0; i < siblings.length; i++) {
    for (let j = i + 1; j < siblings.length; j++) {
      if (siblings[i]!.source === siblings[j]!.source) out.set(pairKey(siblings[i]!.id, siblings[j]!.id), { relation: 'siblings', source: null, derived: siblings[j]! });
    }
  }
  return out;
}

/** Scores of a subset of the groups of a run (the held-out topics, say). */
export function scoreGroups(groups: readonly GeneratedGroup[], run: RewriteRun): RewriteScores {
  const articles = new Map(groups.flatMap((g) => g.articles.map((a) => [a.id, a] as const)));
  return scoreEdges(groups, articles, run.edges.filter((e) => articles.has(e.from)), 0);
}

function scoreEdges(groups: readonly GeneratedGroup[], articles: ReadonlyMap<string, GeneratedArticle>, edges: readonly CopyEdge[], pairsAssessed: number): RewriteScores {
  const truth = new Map(groups.flatMap((g) => [...relatedPairs(g)]));
  const byPair = new Map<string, CopyEdge>();
  for (const e of edges) byPair.set(pairKey(e.from, e.to), e);
  const falseEdges: string[] = [];
  const confusion: Record<string, Record<string, number>> = {};
  let correct = 0;
  let relationRight = 0;
  const direction = { right: 0, total: 0 };
  const timing: Record<string, { right: number; total: number }> = { timed: { right: 0, total: 0 }, untimed: { right: 0, total: 0 } };
  for (const [key, edge] of byPair) {
    const t = truth.get(key);
    if (!t) {
      const [a, b] = [articles.get(edge.from)!, articles.get(edge.to)!];
      falseEdges.push(`${edge.relation} ${a.role}(${a.id}) -> ${b.role}(${b.id}) score ${edge.score}`);
      continue;
    }
    correct++;
    confusion[t.relation] ??= {};
    confusion[t.relation]![edge.relation] = (confusion[t.relation]![edge.relation] ?? 0) + 1;
    if (t.relation === edge.relation) relationRight++;
    if (t.relation !== 'siblings' && edge.relation !== 'siblings') {
      const right = edge.from === t.source;
      direction.total++;
      if (right) direction.right++;
      const bucket = t.derived.publishedAt === null || t.derived.publishedAt === articles.get(t.source!)!.publishedAt ? 'untimed' : 'timed';
      timing[bucket]!.total++;
      if (right) timing[bucket]!.right++;
    }
  }
  const missedPairs: string[] = [];
  const recallBy: Record<string, { found: number; total: number }> = {};
  let siblingPairs = 0;
  let siblingsLabelled = 0;
  for (const [key, t] of truth) {
    recallBy[t.relation] ??= { found: 0, total: 0 };
    recallBy[t.relation]!.total++;
    const edge = byPair.get(key);
    if (edge) recallBy[t.relation]!.found++;
    else missedPairs.push(`${t.relation} ${key}`);
    if (t.relation === 'siblings') {
      siblingPairs++;
      if (edge?.relation === 'siblings') siblingsLabelled++;
    }
  }
  const familyOf = families(edges);
  const siblingsTogether = [...truth].filter(([key, t]) => t.relation === 'siblings' && sameFamily(familyOf, key)).length;
  const siblingEdges = [...byPair].filter(([, e]) => e.relation === 'siblings');
  const drift = scoreDrift(articles, truth, byPair);
  const precision = byPair.size === 0 ? 0 : correct / byPair.size;
  const recall = truth.size === 0 ? 0 : correct / truth.size;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    directionAccuracy: ratio(direction.right, direction.total),
    siblingsAccuracy: ratio(siblingsLabelled, siblingPairs),
    siblingsPrecision: ratio(siblingEdges.filter(([k]) => truth.get(k)?.relation === 'siblings').length, siblingEdges.length),
    siblingsSameFamily: ratio(siblingsTogether, siblingPairs),
    relationAccuracy: ratio(relationRight, correct),
    driftRecall: drift.recall,
    driftRecallByKind: drift.byKind,
    driftFalseShare: drift.falseShare,
    counts: { articles: articles.size, edges: byPair.size, correctEdges: correct, relatedPairs: truth.size, siblingPairs, driftOps: drift.ops, pairsAssessed },
    recallByRelation: Object.fromEntries(Object.entries(recallBy).map(([k, v]) => [k, ratio(v.found, v.total)])),
    directionByTiming: Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, ratio(v.right, v.total)])),
    confusion,
    falseEdges,
    missedPairs,
  };
}

/** Each article's family root, joining the two ends of every edge (union-find with path halving). */
function families(edges: readonly CopyEdge[]): Map<string, string> {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) {
      const up = parent.get(parent.get(x)!) ?? parent.get(x)!;
      parent.set(x, up);
      x = up;
    }
    return x;
  };
  for (const e of edges) {
    const [a, b] = [root(e.from), root(e.to)];
    if (a !== b) parent.set(a, b);
  }
  const out = new Map<string, string>();
  for (const id of parent.keys()) out.set(id, root(id));
  return out;
}

function sameFamily(familyOf: ReadonlyMap<string, string>, key: string): boolean {
  const [a, b] = key.split('|') as [string, string];
  return (familyOf.get(a) ?? a) === (familyOf.get(b) ?? b);
}

/** The value kinds the issue names; sentence-level drift is reported by kind but not in the headline figure. */
const HEADLINE_DRIFT = new Set(['number', 'date', 'name', 'hedge-added']);

function scoreDrift(articles: ReadonlyMap<string, GeneratedArticle>, truth: ReadonlyMap<string, { relation: TrueRelation; source: string | null; derived: GeneratedArticle }>, byPair: ReadonlyMap<string, CopyEdge>) {
  const byKind: Record<string, { found: number; total: number }> = {};
  let reportedValues = 0;
  let unexplainedValues = 0;
  for (const [key, t] of truth) {
    if (t.relation === 'siblings' || t.derived.drift.length === 0) continue;
    const edge = byPair.get(key);
    let changes: DriftChange[] = [];
    if (edge) {
      const [from, to] = [articles.get(edge.from)!, articles.get(edge.to)!];
      const derivation = assessDerivation(profileText(from.text), profileText(to.text));
      changes = describeDrift(from.text, to.text, derivation.pairs);
      for (const c of changes) {
        if (c.kind !== 'number' && c.kind !== 'date' && c.kind !== 'name') continue;
        reportedValues++;
        if (!t.derived.drift.some((d) => reportedAs(d, c))) unexplainedValues++;
      }
    }
    for (const op of t.derived.drift) {
      byKind[op.kind] ??= { found: 0, total: 0 };
      byKind[op.kind]!.total++;
      if (changes.some((c) => reportedAs(op, c))) byKind[op.kind]!.found++;
    }
  }
  const headline = Object.entries(byKind).filter(([k]) => HEADLINE_DRIFT.has(k)).map(([, v]) => v);
  const found = headline.reduce((n, v) => n + v.found, 0);
  const total = headline.reduce((n, v) => n + v.total, 0);
  return {
    recall: ratio(found, total),
    ops: total,
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, ratio(v.found, v.total)])),
    falseShare: ratio(unexplainedValues, reportedValues),
  };
}

/** Whether a reported change is the injected one (either direction of the edge: values compared as sets). */
function reportedAs(op: InjectedDrift, c: DriftChange): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const overlaps = (a: string, b: string) => norm(a) !== '' && norm(b) !== '' && (norm(a).includes(norm(b)) || norm(b).includes(norm(a)));
  if (op.kind === 'sentence-added' || op.kind === 'sentence-dropped') {
    const quote = op.kind === 'sentence-added' ? (c.kind === 'sentence-added' ? c.derived.text : null) : (c.kind === 'sentence-dropped' ? c.source.text : null);
    return quote !== null && overlaps(quote, op.sentence);
  }
  if (op.kind === 'hedge-added') return c.kind === 'hedge-added' && norm(c.cue) === norm(op.to);
  const value = op as DriftOperation;
  if (c.kind !== value.kind || (c.kind !== 'number' && c.kind !== 'date' && c.kind !== 'name')) return false;
  // Numbers as values: a heavy rewrite writes some small numbers in digits after the drift was injected ("nine" -> "9").
  const same = c.kind === 'number' ? (a: string, b: string) => numberValue(a) !== null && numberValue(a) === numberValue(b) : overlaps;
  return (same(c.from, value.from) && same(c.to, value.to)) || (same(c.from, value.to) && same(c.to, value.from));
}

function numberValue(text: string): number | null {
  return findNumbers(text)[0]?.value ?? null;
}

/**
 * The simple baseline: an edge wherever the word 3-gram containment of the smaller text reaches `threshold`, the
 * earlier-published article as its source (undated or equal: the one fed first). No parent rule, no siblings.
 */
export function baselineScores(groups: readonly GeneratedGroup[], threshold: number): { precision: number; recall: number; f1: number; directionAccuracy: number } {
  let edges = 0;
  let correct = 0;
  let related = 0;
  const direction = { right: 0, total: 0 };
  for (const group of groups) {
    const truth = relatedPairs(group);
    related += truth.size;
    const grams = group.articles.map((a) => trigrams(a.text));
    for (let i = 0; i < group.articles.length; i++) {
      for (let j = i + 1; j < group.articles.length; j++) {
        if (containment(grams[i]!, grams[j]!) < threshold) continue;
        const [a, b] = [group.articles[i]!, group.articles[j]!];
        edges++;
        const t = truth.get(pairKey(a.id, b.id));
        if (!t) continue;
        correct++;
        if (t.relation === 'siblings') continue;
        const ta = a.publishedAt ? Date.parse(a.publishedAt) : Infinity;
        const tb = b.publishedAt ? Date.parse(b.publishedAt) : Infinity;
        // Articles are in arrival order, so i < j means `a` was fed first.
        const source = tb < ta ? b : a;
        direction.total++;
        if (source.id === t.source) direction.right++;
      }
    }
  }
  const precision = ratio(correct, edges);
  const recall = ratio(correct, related);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), directionAccuracy: ratio(direction.right, direction.total) };
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}
