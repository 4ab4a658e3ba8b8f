import { describe, expect, it } from 'vitest';
import { corroborate } from '../../../src/corroborate/corroborate.js';
import type { Corroboration } from '../../../src/model/corroboration.js';
import { article } from './story-fixture.js';

/**
 * The contradiction rules added for recall (docs/corroboration.md, "Contradictions"): each case is two reports of
 * one invented sentence that differ in exactly one value, a change the earlier rules did not see.
 */
const MORNING = '2031-05-06T08:00:00.000Z';
const NOON = '2031-05-06T12:00:00.000Z';

function pair(a: string, b: string): Corroboration {
  return corroborate([article('a', 'fa', MORNING, a), article('b', 'fb', NOON, b)]);
}

function kinds(r: Corroboration): string[] {
  return r.contradictions.map((c) => `${c.kind} ${c.sides.map((s) => s.value).sort().join(' | ')}`);
}

describe('date pairing (date-pairing.ts)', () => {
  it('finds a moved year among dates that still agree', () => {
    const r = pair('Between 2011 and 2019, Orsolya Brandt ran the Kestrel Valley observatory before it closed in March 2024.',
      'Between 2011 and 2018, Orsolya Brandt ran the Kestrel Valley observatory before it closed in March 2024.');
    expect(kinds(r)).toEqual(['date 2018 | 2019']);
  });

  it('finds a moved day when a week containing both days is also stated', () => {
    const r = pair('In a notice posted this week (May 5), the harbour board closed the Tavi ferry terminal for repairs.',
      'In a notice posted this week (May 7), the harbour board closed the Tavi ferry terminal for repairs.');
    expect(kinds(r)).toEqual(['date 2031-05-05 | 2031-05-07']);
  });

  it('does not oppose a date that only one report states', () => {
    const r = pair('Between 2011 and 2019, Orsolya Brandt ran the Kestrel Valley observatory before it closed in March 2024.',
      'Orsolya Brandt ran the Kestrel Valley observatory from 2011 before it closed in March 2024.');
    expect(r.contradictions.filter((c) => c.kind === 'date')).toEqual([]);
  });
});

describe('swapped named actor (claim-mismatches.ts, actor-names.ts)', () => {
  it('reads a surname alone that opens the sentence as a name', () => {
    const r = pair('Orsolya Brandt will chair the inquiry into the Tavi ferry collision.',
      'Okafor will chair the inquiry into the Tavi ferry collision.');
    expect(kinds(r)).toEqual(['person okafor | orsolya brandt']);
  });

  it('sees one name changed in a list of actors', () => {
    const r = pair('Elin Harrow and Orsolya Brandt signed the Kestrel Valley water accord in Tavi.',
      'Elin Harrow and Ruben Okafor signed the Kestrel Valley water accord in Tavi.');
    expect(kinds(r)).toEqual(['person orsolya brandt | ruben okafor']);
  });

  it('compares different subjects of a state verb when the sentences align closely', () => {
    const r = pair('Orsolya Brandt was the longest-serving harbour master in the history of the Tavi port.',
      'Ruben Okafor was the longest-serving harbour master in the history of the Tavi port.');
    expect(kinds(r)).toEqual(['person orsolya brandt | ruben okafor']);
  });

  it('does not read a plural or a pronoun that opens the sentence as a name', () => {
    expect(pair('Orsolya Brandt will chair the inquiry into the Tavi ferry collision.',
      'Investigators will chair the inquiry into the Tavi ferry collision.').contradictions).toEqual([]);
    expect(pair('Orsolya Brandt will chair the inquiry into the Tavi ferry collision.',
      'She will chair the inquiry into the Tavi ferry collision.').contradictions).toEqual([]);
  });

  it('does not oppose two people who each said the same thing', () => {
    expect(pair('Orsolya Brandt said the Tavi ferry terminal would reopen within a month.',
      'Ruben Okafor said the Tavi ferry terminal would reopen within a month.').contradictions.filter((c) => c.kind === 'person')).toEqual([]);
  });
});

describe('place inside one claim group (place-mismatches.ts groupPlaceMismatch)', () => {
  it('finds a different destination of the same trip', () => {
    const r = pair('Elin Harrow flew to Varro on Tuesday to meet the striking dock workers and their union leaders.',
      'Elin Harrow flew to Selm on Tuesday to meet the striking dock workers and their union leaders.');
    expect(kinds(r)).toEqual(['place Selm | Varro']);
  });

  it('finds a different place inside the actor', () => {
    const r = pair('A judge in Varro County sentenced the two smugglers to nine years in prison on Monday.',
      'A judge in Selm County sentenced the two smugglers to nine years in prison on Monday.');
    expect(kinds(r)).toEqual(['place Selm County | Varro County']);
  });

  it('does not oppose a place and the place it lies in', () => {
    expect(pair('Elin Harrow flew to Varro on Tuesday to meet the striking dock workers and their union leaders.',
      'Elin Harrow flew to North Varro on Tuesday to meet the striking dock workers and their union leaders.').contradictions).toEqual([]);
  });

  it('does not oppose a place one report adds to the other', () => {
    expect(pair('Elin Harrow flew to Varro on Tuesday to meet the striking dock workers and their union leaders.',
      'Elin Harrow flew from Selm to Varro on Tuesday to meet the striking dock workers and their union leaders.').contradictions).toEqual([]);
  });
});
