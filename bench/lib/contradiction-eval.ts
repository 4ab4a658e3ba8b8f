/**
 * Contradiction typing scored on report pairs (contradiction-generator.ts, or any labelled pairs): each pair is two
 * articles of two independence families, claims from extractClaims, run through corroborate(). A contradiction
 * found is CORRECT when its kind is the planted type and its two sides hold the two planted values (in either
 * order); every other contradiction, in a planted pair, a control or an update pair, is a false one of its kind.
 * Per type: precision = correct / found of that kind, recall = planted pairs with a correct one / planted pairs.
 * Update pairs must give a FigureUpdate from the old value to the new, never a number contradiction.
 */
import { extractClaims } from '../../src/analyze/claims.js';
import type { Claim } from '../../src/model/claim.js';
import type { Contradiction, ContradictionKind } from '../../src/model/corroboration.js';
import { nameKey } from '../../src/corroborate/claim-profile.js';
import { corroborate } from '../../src/corroborate/corroborate.js';
import type { PlantedType, ReportPair } from './contradiction-generator.js';
import { PLANTED_TYPES } from './contradiction-generator.js';

export interface TypeScores {
  readonly planted: number;
  readonly recalled: number;
  readonly found: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
}

export interface ContradictionScores {
  readonly pairs: number;
  readonly perType: Readonly<Record<PlantedType, TypeScores>>;
  /** Contradictions of a kind never planted (organisation), all false. */
  readonly unplantedKinds: Readonly<Record<string, number>>;
  readonly controls: number;
  /** Share of control pairs (identical texts) with any contradiction. */
  readonly falseContradictionRate: number;
  readonly updates: number;
  /** Update pairs whose revision was found as a FigureUpdate old -> new. */
  readonly updatesFound: number;
  /** Update pairs whose revision was reported as a number contradiction. */
  readonly updatesAsContradiction: number;
  /** Some misses and false ones, for reading: "<pair id>: <what>". */
  readonly examples: readonly string[];
}

const EXAMPLES = 30;

export function evaluateContradictions(pairs: readonly ReportPair[]): ContradictionScores {
  const counts = Object.fromEntries(PLANTED_TYPES.map((t) => [t, { planted: 0, recalled: 0, found: 0, correct: 0 }])) as Record<PlantedType, { planted: number; recalled: number; found: number; correct: number }>;
  const unplanted: Record<string, number> = {};
  const examples: string[] = [];
  let controls = 0;
  let controlsHit = 0;
  let updates = 0;
  let updatesFound = 0;
  let updatesAsContradiction = 0;
  const firstClaims = new Map<string, Claim[]>();
  for (const pair of pairs) {
    let first = firstClaims.get(pair.source);
    if (first === undefined) {
      firstClaims.clear();
      first = extractClaims(pair.first.text, { articleId: 'first', publishedAt: pair.first.publishedAt });
      firstClaims.set(pair.source, first);
    }
    const second = extractClaims(pair.second.text, { articleId: 'second', publishedAt: pair.second.publishedAt });
    const result = corroborate([
      { id: 'first', familyId: 'family-1', publishedAt: pair.first.publishedAt, outlet: null, claims: first },
      { id: 'second', familyId: 'family-2', publishedAt: pair.second.publishedAt, outlet: null, claims: second },
    ]);
    let recalled = false;
    for (const c of result.contradictions) {
      const correct = pair.kind === c.kind && pair.values !== null && holds(c.kind, c, pair.values);
      if (correct) recalled = true;
      if (pair.kind === 'update' && c.kind === 'number' && pair.values !== null && holds('number', c, pair.values)) updatesAsContradiction++;
      const bucket = (PLANTED_TYPES as readonly string[]).includes(c.kind) ? counts[c.kind as PlantedType] : null;
      if (bucket) {
        bucket.found++;
        if (correct) bucket.correct++;
      } else unplanted[c.kind] = (unplanted[c.kind] ?? 0) + 1;
      if (!correct && examples.length < EXAMPLES) examples.push(`${pair.id}: false ${c.kind} ${c.sides[0].value} | ${c.sides[1].value}`);
    }
    if (pair.kind === 'control') {
      controls++;
      if (result.contradictions.length > 0) controlsHit++;
    } else if (pair.kind === 'update') {
      updates++;
      if (result.updates.some((u) => sameNumbers([u.from.value, u.to.value], pair.values!, true))) updatesFound++;
    } else {
      counts[pair.kind].planted++;
      if (recalled) counts[pair.kind].recalled++;
      else if (examples.length < EXAMPLES) examples.push(`${pair.id}: missed ${pair.values![0]} -> ${pair.values![1]}`);
    }
  }
  const perType = Object.fromEntries(PLANTED_TYPES.map((t) => {
    const k = counts[t];
    return [t, { ...k, precision: k.found === 0 ? 0 : k.correct / k.found, recall: k.planted === 0 ? 0 : k.recalled / k.planted }];
  })) as Record<PlantedType, TypeScores>;
  return {
    pairs: pairs.length, perType, unplantedKinds: unplanted, controls, falseContradictionRate: controls === 0 ? 0 : controlsHit / controls,
    updates, updatesFound, updatesAsContradiction, examples,
  };
}

/** The contradiction's sides hold the planted values, one each, in either order. */
function holds(kind: ContradictionKind, c: Contradiction, values: readonly [string, string]): boolean {
  const sides = [c.sides[0].value, c.sides[1].value] as const;
  if (kind === 'number') return sameNumbers(sides, values, false);
  const match = (side: string, value: string): boolean => {
    switch (kind) {
      case 'date': return side.split(' ').pop() === value;
      case 'place': return nameKey(side) === nameKey(value);
      case 'person': return nameKey(side).includes(nameKey(value));
      default: return side === value;
    }
  };
  return (match(sides[0], values[0]) && match(sides[1], values[1])) || (match(sides[0], values[1]) && match(sides[1], values[0]));
}

/** The leading numbers of two figure values ("12 person", "about 300 ship") against the planted ones. */
function sameNumbers(sides: readonly [string, string], values: readonly [string, string], ordered: boolean): boolean {
  const number = (v: string) => Number(/-?\d+(?:\.\d+)?/.exec(v)?.[0] ?? NaN);
  const [a, b] = sides.map(number) as [number, number];
  const [x, y] = values.map(Number) as [number, number];
  return (a === x && b === y) || (!ordered && a === y && b === x);
}
