/**
 * A figure revised by later reporting is an update, not a contradiction (issue 5, item 5; SCENARIOS.md 6: a toll
 * revised from 12 to 15). One side of a figure disagreement is the newer value when
 * - every one of its articles was published after every article of the other side, at least REVISION_GAP_MS
 *   after the other side's last; or
 * - its claims say the figure changed ("rose to", "has risen", "revised", "climbed", "now", "updated",
 *   "increased to") and it did not start earlier than the other side.
 * A `compatible` disagreement ("at least 12" then "15") is an update only with such a cue: otherwise the two simply
 * agree. What is neither stays a conflict, and contradictions.ts reports it as a number contradiction.
 */
import type { FigureUpdate } from '../model/corroboration.js';
import type { ClaimProfile } from './claim-profile.js';
import { sideOf, timeRange } from './claim-quotes.js';
import type { FigureDisagreement, FigureSide } from './figure-disagreements.js';
import { figureValue } from './figure-values.js';

/**
 * Six hours between the last report of the old figure and the first of the new one. News revises a figure when new
 * information arrives (the demo's toll: 24 h later, after divers recovered bodies); rival figures published the
 * same morning are a disagreement (the demo's magnitude figures: 3 h 50 min apart, its ship counts 4 h 20 min).
 */
const REVISION_GAP_MS = 6 * 3600 * 1000;
const REVISION_CUE = /\b(?:rose|risen|rises|climbed|climbs|revised|updated|increased|jumped|now|up from|down from|fell to|dropped to|lowered)\b/i;

export interface UpdateDecision {
  readonly updates: readonly { readonly disagreement: FigureDisagreement; readonly from: FigureSide; readonly to: FigureSide }[];
  readonly conflicts: readonly FigureDisagreement[];
}

export function splitUpdates(disagreements: readonly FigureDisagreement[]): UpdateDecision {
  const updates: { disagreement: FigureDisagreement; from: FigureSide; to: FigureSide }[] = [];
  const conflicts: FigureDisagreement[] = [];
  for (const d of disagreements) {
    const newer = newerSide(d);
    if (newer !== null) updates.push({ disagreement: d, from: d.sides[1 - newer]!, to: d.sides[newer]! });
    else if (d.kind === 'conflict') conflicts.push(d);
  }
  return { updates, conflicts };
}

/** Index of the side that revises the other, or null. */
function newerSide(d: FigureDisagreement): 0 | 1 | null {
  const [a, b] = d.sides;
  const ta = timeRange(a.profiles);
  const tb = timeRange(b.profiles);
  for (const [newer, older, index] of [[tb, ta, 1], [ta, tb, 0]] as const) {
    if (newer === null || older === null) continue;
    const side = d.sides[index]!;
    const cued = side.profiles.some(hasRevisionCue);
    if (d.kind === 'conflict' && newer.first - older.last >= REVISION_GAP_MS) return index;
    if (cued && newer.first >= older.first && !d.sides[1 - index]!.profiles.some(hasRevisionCue)) return index;
  }
  return null;
}

function hasRevisionCue(profile: ClaimProfile): boolean {
  return REVISION_CUE.test(profile.claim.text);
}

export function updateRecord(id: string, groupId: string, from: FigureSide, to: FigureSide): FigureUpdate {
  return { id, groupId, from: sideOf(figureValue(from.quantity), from.profiles), to: sideOf(figureValue(to.quantity), to.profiles) };
}
