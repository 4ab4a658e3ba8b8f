/**
 * Figures of the same count that differ between two families (figure-alignment.ts says which figures count the
 * same thing, and what each family's one voice is). A disagreement is either a `conflict` (the two wordings cannot
 * both be true: "three ships" / "two ships") or `compatible` ("at least 12" / "15": both can hold, but the later
 * may still be a revision). figure-updates.ts decides which are updates; the remaining conflicts are number
 * contradictions. Pairs are merged by unit and the two values, so one dispute is reported once with every
 * article on each side.
 */
import type { Quantity } from '../model/claim.js';
import type { ClaimProfile } from './claim-profile.js';
import type { FigureMention } from './figure-alignment.js';
import { familyVoice, figureMentions, figuresAligned } from './figure-alignment.js';
import { figuresAgree } from './figure-values.js';

export interface FigureSide {
  readonly quantity: Quantity;
  readonly profiles: readonly ClaimProfile[];
}

export interface FigureDisagreement {
  readonly kind: 'conflict' | 'compatible';
  readonly unit: string;
  /** The side whose first claim is earlier first. */
  readonly sides: readonly [FigureSide, FigureSide];
}

/** `groupOf`: profile order -> claim group index (claim-groups.ts). */
export function figureDisagreements(profiles: readonly ClaimProfile[], groupOf: ReadonlyMap<number, number>): FigureDisagreement[] {
  const mentions = figureMentions(profiles);
  const byUnit = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    const list = byUnit.get(m.figure.quantity.unit!);
    if (list) list.push(m);
    else byUnit.set(m.figure.quantity.unit!, [m]);
  }
  const merged = new Map<string, { kind: 'conflict' | 'compatible'; unit: string; sides: Map<number, { quantity: Quantity; profiles: Map<number, ClaimProfile> }> }>();
  const voices = new Map<string, Quantity | null>();
  const voiceOf = (list: readonly FigureMention[], m: FigureMention, index: number) => {
    const key = `${m.figure.quantity.unit}\u0000${index}`;
    if (!voices.has(key)) voices.set(key, familyVoice(list, m, m.profile.article.familyId, groupOf));
    return voices.get(key)!;
  };
  for (const [unit, list] of [...byUnit].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        const qa = a.figure.quantity;
        const qb = b.figure.quantity;
        if (a.profile.article.familyId === b.profile.article.familyId || qa.value === qb.value) continue;
        if (!figuresAligned(a.figure, b.figure, groupOf.get(a.profile.order) === groupOf.get(b.profile.order))) continue;
        if (voiceOf(list, a, i)?.value !== qa.value || voiceOf(list, b, j)?.value !== qb.value) continue;
        const kind = figuresAgree(qa, qb) ? 'compatible' : 'conflict';
        const [low, high] = qa.value < qb.value ? [a, b] : [b, a];
        const key = `${kind}\u0000${unit}\u0000${low.figure.quantity.value}\u0000${high.figure.quantity.value}`;
        let entry = merged.get(key);
        if (!entry) {
          entry = { kind, unit, sides: new Map() };
          merged.set(key, entry);
        }
        for (const m of [low, high]) {
          const side = entry.sides.get(m.figure.quantity.value) ?? { quantity: m.figure.quantity, profiles: new Map() };
          side.profiles.set(m.profile.order, m.profile);
          entry.sides.set(m.figure.quantity.value, side);
        }
      }
    }
  }
  const out: FigureDisagreement[] = [];
  for (const entry of merged.values()) {
    const sides = [...entry.sides.values()].map((s) => ({ quantity: s.quantity, profiles: [...s.profiles.values()].sort((x, y) => x.order - y.order) }));
    sides.sort((x, y) => x.profiles[0]!.order - y.profiles[0]!.order);
    out.push({ kind: entry.kind, unit: entry.unit, sides: [sides[0]!, sides[1]!] });
  }
  return out;
}
