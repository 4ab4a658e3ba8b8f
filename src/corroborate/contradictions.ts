/**
 * Typed contradictions of one story, between INDEPENDENT families only (issue 5, item 5):
 * - number: figures of the same count that cannot both be true (figure-disagreements.ts), unless a later report
 *   revised the figure, which is a FigureUpdate instead (figure-updates.ts);
 * - place: the same thing located in different places (place-mismatches.ts), across groups by the words around
 *   the place, and inside a group between closely aligned claims with the same verb;
 * - status across groups: an explicit plan against a report of the event as done (claim-mismatches.ts);
 * - date, person/organisation, negation, status: mismatches between aligned claims of one group
 *   (claim-mismatches.ts).
 * Pairs are merged per group, kind and pair of values, so one dispute is reported once with every article on each
 * side. A family found on both sides of one dispute contradicts itself: that is drift along its copy edges (a
 * rewrite that changed its source), reported there, not a dispute between sources, and it is dropped here.
 * Unaligned claims contradict nothing.
 */
import type { Contradiction, ContradictionKind, FigureUpdate } from '../model/corroboration.js';
import type { ClaimProfile } from './claim-profile.js';
import { orderSides, sideOf } from './claim-quotes.js';
import { claimMismatches, planMismatches, statesSame } from './claim-mismatches.js';
import { figureDisagreements } from './figure-disagreements.js';
import { splitUpdates, updateRecord } from './figure-updates.js';
import { figureValue } from './figure-values.js';
import { groupPlaceMismatch, nestedPairs, placeMismatches } from './place-mismatches.js';

export interface ContradictionResult {
  readonly contradictions: readonly Contradiction[];
  readonly updates: readonly FigureUpdate[];
  /** Indexes (into the grouping's groups) of the groups a contradiction is filed under. */
  readonly disputedGroups: ReadonlySet<number>;
}

interface Dispute {
  readonly kind: ContradictionKind;
  /** The group both claims of an in-group mismatch share; null for figures and places, aligned across groups. */
  readonly group: number | null;
  readonly values: readonly [string, string];
  readonly sides: readonly [Map<number, ClaimProfile>, Map<number, ClaimProfile>];
}

const KIND_ORDER: readonly ContradictionKind[] = ['number', 'date', 'person', 'organisation', 'place', 'negation', 'status'];

export function findContradictions(groups: readonly (readonly ClaimProfile[])[], groupIds: readonly string[]): ContradictionResult {
  const groupOf = new Map<number, number>();
  groups.forEach((members, g) => members.forEach((p) => groupOf.set(p.order, g)));
  const profiles = groups.flat().sort((a, b) => a.order - b.order);
  const disputes = new Map<string, Dispute>();
  const add = (kind: ContradictionKind, group: number | null, values: readonly [string, string], a: readonly ClaimProfile[], b: readonly ClaimProfile[]) => {
    const flip = values[0] > values[1];
    const key = `${kind}\u0000${group ?? ''}\u0000${flip ? values[1] : values[0]}\u0000${flip ? values[0] : values[1]}`;
    let dispute = disputes.get(key);
    if (!dispute) {
      dispute = { kind, group, values: flip ? [values[1], values[0]] : [values[0], values[1]], sides: [new Map(), new Map()] };
      disputes.set(key, dispute);
    }
    for (const p of a) dispute.sides[flip ? 1 : 0].set(p.order, p);
    for (const p of b) dispute.sides[flip ? 0 : 1].set(p.order, p);
  };

  const { updates: revised, conflicts } = splitUpdates(figureDisagreements(profiles, groupOf));
  for (const c of conflicts) add('number', null, [figureValue(c.sides[0].quantity), figureValue(c.sides[1].quantity)], c.sides[0].profiles, c.sides[1].profiles);
  const nested = nestedPairs(profiles);
  for (const m of placeMismatches(profiles, nested)) add('place', null, m.values, [m.a], [m.b]);
  for (const m of planMismatches(profiles, groupOf)) add('status', null, m.mismatch.values, [m.planned], [m.done]);
  groups.forEach((members, g) => {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (a.article.familyId === b.article.familyId) continue;
        for (const m of claimMismatches(a, b)) add(m.kind, g, m.values, [a], [b]);
        // Filed like the cross-group place disputes (no group), so one pair of places found both ways is one dispute.
        const place = groupPlaceMismatch(a, b, nested);
        if (place) add('place', null, place.values, [a], [b]);
      }
    }
  });

  const contradictions: Contradiction[] = [];
  const disputedGroups = new Set<number>();
  for (const dispute of disputes.values()) {
    const [sa, sb] = dispute.sides.map((s) => [...s.values()].sort((x, y) => x.order - y.order));
    if (onBothSides(dispute, sa!, sb!, groups)) continue;
    const sides = orderSides(sideOf(dispute.values[0], sa!), sa![0]!.order, sideOf(dispute.values[1], sb!), sb![0]!.order);
    // Filed under the group of the leading side's earliest claim (for an in-group mismatch, the group itself).
    const g = dispute.group ?? groupOf.get((sides[0].value === dispute.values[0] ? sa! : sb!)[0]!.order)!;
    disputedGroups.add(g);
    contradictions.push({ id: '', kind: dispute.kind, groupId: groupIds[g]!, sides });
  }
  contradictions.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || compare(x.groupId, y.groupId) ||
    compare(x.sides[0].value, y.sides[0].value) || compare(x.sides[1].value, y.sides[1].value));
  // Filed under the group of the old figure's earliest claim; ids are given once the updates are sorted.
  const updates = revised.map((u) => updateRecord('', groupIds[groupOf.get(u.from.profiles[0]!.order)!]!, u.from, u.to));
  return { contradictions: withIds(contradictions), updates: withUpdateIds(updates), disputedGroups };
}

/**
 * A family on both sides: either its articles appear on both, or (for an in-group mismatch) another of its claims
 * in the group states what the other side states.
 */
function onBothSides(dispute: Dispute, sa: readonly ClaimProfile[], sb: readonly ClaimProfile[], groups: readonly (readonly ClaimProfile[])[]): boolean {
  const familiesA = new Set(sa.map((p) => p.article.familyId));
  if (sb.some((p) => familiesA.has(p.article.familyId))) return true;
  if (dispute.group === null) return false;
  const members = groups[dispute.group]!;
  const agrees = (side: readonly ClaimProfile[], other: readonly ClaimProfile[]) => {
    const families = new Set(side.map((p) => p.article.familyId));
    const inSide = new Set(side.map((p) => p.order));
    return members.some((m) => families.has(m.article.familyId) && !inSide.has(m.order) && other.some((o) => statesSame(dispute.kind, m, o)));
  };
  return agrees(sa, sb) || agrees(sb, sa);
}

/** `${groupId}:${kind}`, with `:${n}` from the second of one kind in one group on. */
function withIds(list: readonly Contradiction[]): Contradiction[] {
  const counts = new Map<string, number>();
  return list.map((c) => {
    const base = `${c.groupId}:${c.kind}`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    return { ...c, id: n === 0 ? base : `${base}:${n}` };
  });
}

function withUpdateIds(list: readonly FigureUpdate[]): FigureUpdate[] {
  const counts = new Map<string, number>();
  return [...list].sort((x, y) => compare(x.groupId, y.groupId) || compare(x.from.value, y.from.value) || compare(x.to.value, y.to.value)).map((u) => {
    const base = `${u.groupId}:update`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    return { ...u, id: n === 0 ? base : `${base}:${n}` };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
