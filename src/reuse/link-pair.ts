import type { AlignedSentenceEvidence, CopyEdge, DirectionBasis } from '../model/copy-edge.js';
import type { Derivation } from './derivation.js';
import { DERIVATION_LADDER, assessDerivation } from './derivation.js';
import type { TextProfile } from './sentence-profile.js';
import { siblingVerdict } from './siblings.js';

/**
 * Whether and how two articles derive from each other: the edge between them, or null when they are independent.
 * Both directions are assessed (alignment is not symmetric), then:
 * - siblings (siblings.ts) get an undirected `siblings` edge, and no invented source;
 * - otherwise the source is decided by, in order of trust: publication times (a copy cannot precede its source),
 *   machine-rewrite markers (a text carrying them is the rewrite, not the original), then containment asymmetry
 *   (the text that sits inside the other was cut from it), and finally a tie broken by id so the result is
 *   reproducible. Dong, Berti-Equille & Srivastava (VLDB 2009) order copy direction evidence the same way: time
 *   first, then which side shows the other's particular traits.
 */

export interface LinkSide {
  readonly id: string;
  /** ISO 8601 or null. */
  readonly publishedAt: string | null;
  /** Machine-rewrite score in [0, 1] (signals/machine-rewrite-score.ts). */
  readonly machineScore: number;
  readonly profile: TextProfile;
}

/**
 * Publication times closer than this decide nothing: feeds and pages round times, and a wire story and its verbatim
 * republication often carry the same minute. One hour is our choice; the demo corpus's copies trail by 1-30 hours.
 */
const TIME_TOLERANCE_MS = 60 * 60 * 1000;
/** A marker score this far apart (and the rewrite's above the likely-rewrite line 0.5) points to the rewrite. */
const MARKER_GAP = 0.35;
/** Containment asymmetry needed to read direction from it: a tenth of the shorter text. */
const CONTAINMENT_GAP = 0.1;
/** Evidence pairs kept on an edge: enough to show, few enough to store for every edge. */
const MAX_EVIDENCE = 40;

export function linkPair(a: LinkSide, b: LinkSide): CopyEdge | null {
  const ab = assessDerivation(a.profile, b.profile);
  const ba = assessDerivation(b.profile, a.profile);
  if (ab.kind === 'independent' && ba.kind === 'independent') return null;

  const sibling = siblingVerdict(ab, ba);
  if (sibling.kind === 'siblings') {
    const [first, second, derivation] = a.id < b.id ? [a, b, ab] : [b, a, ba];
    return {
      from: first.id, to: second.id, relation: 'siblings', score: round(sibling.shared), direction: null,
      containment: containmentOf(derivation), evidence: evidenceOf(derivation),
    };
  }

  const { aIsSource, basis, confidence } = direction(a, b, ab, ba);
  const [source, derived, derivation, reverse] = aIsSource ? [a, b, ab, ba] : [b, a, ba, ab];
  // The relation is the stronger of the two directions' readings: alignment from the other side can see more.
  const kind = rung(derivation.kind) >= rung(reverse.kind) ? derivation.kind : reverse.kind;
  if (kind === 'independent') return null;
  return {
    from: source.id, to: derived.id, relation: kind, score: round(Math.max(derivation.score, reverse.score)),
    direction: { basis, confidence: round(confidence) }, containment: containmentOf(derivation), evidence: evidenceOf(derivation),
  };
}

function direction(a: LinkSide, b: LinkSide, ab: Derivation, ba: Derivation): { aIsSource: boolean; basis: DirectionBasis; confidence: number } {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : NaN;
  if (Number.isFinite(ta) && Number.isFinite(tb) && Math.abs(ta - tb) > TIME_TOLERANCE_MS) {
    return { aIsSource: ta < tb, basis: 'published-time', confidence: 0.95 };
  }
  const markerGap = a.machineScore - b.machineScore;
  if (Math.abs(markerGap) >= MARKER_GAP && Math.max(a.machineScore, b.machineScore) >= 0.5) {
    return { aIsSource: markerGap < 0, basis: 'markers', confidence: 0.8 };
  }
  // B inside A (most of B aligned, much of A not) says B was cut from A; the reverse says A was cut from B.
  const bInA = ab.containment.derivedInSource - ab.containment.sourceInDerived;
  const aInB = ba.containment.derivedInSource - ba.containment.sourceInDerived;
  if (Math.abs(bInA - aInB) >= CONTAINMENT_GAP) return { aIsSource: bInA > aInB, basis: 'containment', confidence: 0.6 };
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return { aIsSource: ta < tb, basis: 'published-time', confidence: 0.55 };
  return { aIsSource: a.id < b.id, basis: 'tie', confidence: 0.5 };
}

function rung(kind: Derivation['kind']): number {
  return DERIVATION_LADDER.indexOf(kind);
}

function containmentOf(derivation: Derivation): CopyEdge['containment'] {
  return { toInFrom: round(derivation.containment.derivedInSource), fromInTo: round(derivation.containment.sourceInDerived) };
}

function evidenceOf(derivation: Derivation): AlignedSentenceEvidence[] {
  return derivation.pairs.slice(0, MAX_EVIDENCE).map((pair) => ({
    kind: pair.kind,
    from: pair.source.map((s) => [s.start, s.end] as const),
    to: pair.derived.map((s) => [s.start, s.end] as const),
    score: round(pair.score),
  }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
