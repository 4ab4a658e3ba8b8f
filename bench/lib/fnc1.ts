import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedDataDir } from './baseline.js';

/**
 * The Fake News Challenge stage 1 (FNC-1) competition test set, read from ../shared/data/fnc-1: 25,413 (headline,
 * body) pairs over 904 bodies, each labelled unrelated, discuss, agree or disagree. The training stances are not in
 * ../shared (ABOUT.txt: their blob is absent from every copy), so bench/lib/stance-eval.ts evaluates by grouped
 * cross-validation on this set, never by scoring a model on the rows it was fitted to.
 */
export type Stance = 'agree' | 'disagree' | 'discuss' | 'unrelated';
export const STANCES: readonly Stance[] = ['agree', 'disagree', 'discuss', 'unrelated'];

export interface StancePair {
  readonly headline: string;
  readonly bodyId: number;
  readonly stance: Stance;
}

export interface Fnc1 {
  readonly pairs: readonly StancePair[];
  readonly bodies: ReadonlyMap<number, string>;
}

export function loadFnc1(): Fnc1 {
  const read = (file: string) => parse(readFileSync(sharedDataDir('fnc-1', file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const bodies = new Map<number, string>();
  for (const row of read('competition_test_bodies.csv')) bodies.set(Number(row['Body ID']), row['articleBody'] ?? '');
  const pairs: StancePair[] = [];
  for (const row of read('competition_test_stances.csv')) {
    const stance = row['Stance'] as Stance;
    if (!STANCES.includes(stance)) throw new Error(`fnc-1: unknown stance ${JSON.stringify(row['Stance'])}`);
    pairs.push({ headline: row['Headline'] ?? '', bodyId: Number(row['Body ID']), stance });
  }
  return { pairs, bodies };
}
