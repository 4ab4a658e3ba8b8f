import { describe, expect, it } from 'vitest';
import { corroborate } from '../../../src/corroborate/corroborate.js';
import type { Corroboration } from '../../../src/model/corroboration.js';
import { article } from './story-fixture.js';

const MORNING = '2031-05-06T08:00:00.000Z';
const NOON = '2031-05-06T12:00:00.000Z';
const AFTERNOON = '2031-05-06T15:00:00.000Z';
const NEXT_DAY = '2031-05-07T10:00:00.000Z';

function pair(a: string, b: string, timeB = NOON): Corroboration {
  return corroborate([article('a', 'fa', MORNING, a), article('b', 'fb', timeB, b)]);
}

function only(r: Corroboration) {
  expect(r.contradictions).toHaveLength(1);
  return r.contradictions[0]!;
}

describe('contradictions', () => {
  it('types a different figure of the same count as a number contradiction, with both quotes', () => {
    const r = pair('Under the agreement, each country will commit three patrol ships to a joint squadron based in Tavi.',
      'Each country will send two patrol ships to the new joint squadron in Tavi, officials said.');
    const c = only(r);
    expect(c.kind).toBe('number');
    expect(c.sides.map((s) => s.value)).toEqual(['3 ship', '2 ship']);
    expect(c.sides[0].quotes[0]!.text).toContain('three patrol ships');
    expect(c.sides[1].quotes[0]!.text).toContain('two patrol ships');
    expect(c.sides[0].familyIds).toEqual(['fa']);
    expect(c.sides[1].articleIds).toEqual(['b']);
    expect(c.id).toBe(`${c.groupId}:number`);
    expect(r.groups.find((g) => g.id === c.groupId)!.status).toBe('disputed');
  });

  it('puts the side stated by more families first', () => {
    const r = corroborate([
      article('a', 'fa', MORNING, 'Two ships were destroyed in the fire at the Orlen oil jetty, the port authority said.'),
      article('b', 'fb', NOON, 'Three ships were destroyed in the fire at the Orlen oil jetty, the coast guard said.'),
      article('c', 'fc', AFTERNOON, 'Three ships were destroyed in the fire at the Orlen oil jetty, firefighters said.'),
    ]);
    const c = only(r);
    expect(c.sides[0].value).toBe('3 ship');
    expect(c.sides[0].familyIds).toEqual(['fb', 'fc']);
    expect(c.sides[1].value).toBe('2 ship');
  });

  it('respects qualifiers: "about 300" agrees with 300, "more than 40" with 45', () => {
    expect(pair('About 300 protesters gathered outside the parliament in Tavi on Sunday.',
      'Some 300 protesters gathered outside the parliament in Tavi on Sunday.').contradictions).toEqual([]);
    expect(pair('More than 40 people were injured when the stand collapsed at the Dalmor stadium.',
      'Forty-five people were injured when the stand collapsed at the Dalmor stadium.').contradictions).toEqual([]);
    expect(pair('At least 12 people were injured when the stand collapsed at the Dalmor stadium.',
      'Twelve people were injured when the stand collapsed at the Dalmor stadium.').contradictions).toEqual([]);
  });

  it('still sees a figure outside its qualifier: "about 300" against 120', () => {
    const c = only(pair('About 300 protesters gathered outside the parliament in Tavi on Sunday.',
      'Some 120 protesters gathered outside the parliament in Tavi on Sunday.'));
    expect(c.kind).toBe('number');
  });

  it('types different dates of one event as a date contradiction', () => {
    const c = only(pair('The Kovel bridge reopened to traffic on 4 May 2031 after two years of repairs.',
      'The Kovel bridge reopened to traffic on 9 May 2031 after two years of repairs.'));
    expect(c.kind).toBe('date');
    expect(c.sides.map((s) => s.value).sort()).toEqual(['2031-05-04', '2031-05-09']);
  });

  it('types a different place in the same role as a place contradiction', () => {
    const c = only(pair('The epicentre of the earthquake was near the town of Dalmor, at a depth of 8 km, the survey said.',
      'The epicentre of the earthquake was near the village of Pelsk, at a depth of 8 km, the seismic institute said.'));
    expect(c.kind).toBe('place');
    expect(c.sides.map((s) => s.value).sort()).toEqual(['Dalmor', 'Pelsk']);
    expect(c.sides[0].quotes[0]!.text).toContain(c.sides[0].value);
  });

  it('does not read nested places as a contradiction', () => {
    expect(corroborate([
      article('a', 'fa', MORNING, 'The treaty was signed at the Marble Hall in Tavi on Monday.'),
      article('b', 'fb', NOON, 'The treaty was signed at the Marble Hall on Monday.'),
      article('c', 'fc', AFTERNOON, 'The treaty was signed in Tavi on Monday.'),
    ]).contradictions).toEqual([]);
  });

  it('types a different named actor for the same action as a person or organisation contradiction', () => {
    const person = only(pair('Anna Velk won the mayoral election in Sarrow on Sunday with a clear majority.',
      'Marek Donn won the mayoral election in Sarrow on Sunday with a clear majority.'));
    expect(person.kind).toBe('person');
    expect(person.sides.map((s) => s.value).sort()).toEqual(['anna velk', 'marek donn']);
    const organisation = only(pair('The Orlen Shipping Company bought the old shipyard at Venmark for an undisclosed sum.',
      'The Tavi Port Authority bought the old shipyard at Venmark for an undisclosed sum.'));
    expect(organisation.kind).toBe('organisation');
  });

  it('types one side negating the other as a negation contradiction', () => {
    const c = only(pair('The foreign minister attended the signing ceremony in Kovel on Sunday.',
      'The foreign minister did not attend the signing ceremony in Kovel on Sunday.'));
    expect(c.kind).toBe('negation');
    expect(c.sides.map((s) => s.value).sort()).toEqual(['affirmed', 'negated']);
  });

  it('types held against planned as a status contradiction', () => {
    const c = only(pair('The two governments signed the fisheries treaty in Kovel on Monday.',
      'The two governments will sign the fisheries treaty in Kovel on Monday.'));
    expect(c.kind).toBe('status');
    expect(c.sides.map((s) => s.value).sort()).toEqual(['done', 'planned']);
  });

  it('sets an explicit plan against a report of the event as held, even worded apart', () => {
    const r = pair('The two prime ministers signed the Kovel fisheries treaty at the Marble Hall in Tavi on Monday.',
      'Both governments have announced plans to hold a summit in Tavi, where the two prime ministers are expected to discuss a fisheries treaty.');
    const c = only(r);
    expect(c.kind).toBe('status');
    expect(c.sides.map((s) => s.value)).toEqual(['done', 'planned']);
    expect(c.sides[1].quotes[0]!.text).toContain('announced plans to hold');
  });

  it('reports nothing between articles of one family: a rewrite that changed its source is drift', () => {
    const r = corroborate([
      article('a', 'wire', MORNING, 'Under the agreement, each country will commit three patrol ships to a joint squadron based in Tavi.'),
      article('b', 'wire', NOON, 'Under the agreement, each country will commit four patrol ships to a joint squadron based in Tavi.'),
    ]);
    expect(r.contradictions).toEqual([]);
    expect(r.updates).toEqual([]);
  });

  it('gives each family one voice: its majority figure, not a rewrite\'s drift', () => {
    const r = corroborate([
      article('a', 'wire', MORNING, 'Under the agreement, each country will commit three patrol ships to a joint squadron based in Tavi.'),
      article('b', 'wire', NOON, 'Under the agreement, each country will commit three patrol ships to a joint squadron based in Tavi.'),
      article('c', 'wire', NOON, 'Under the agreement, each country will commit four patrol ships to a joint squadron based in Tavi.'),
      article('d', 'own', AFTERNOON, 'Each country will send two patrol ships to the new joint squadron in Tavi, officials said.'),
    ]);
    const c = only(r);
    expect(c.sides.map((s) => s.value).sort()).toEqual(['2 ship', '3 ship']);
  });

  it('finds nothing between claims that are not aligned', () => {
    expect(pair('The Kovel bridge reopened to traffic on 4 May 2031 after two years of repairs.',
      'The ferry company said 300 passengers had been stranded at Venmark by the storm.').contradictions).toEqual([]);
  });
});

describe('figure updates', () => {
  it('reads a later, revised toll as an update, not a contradiction', () => {
    const r = pair('Twelve people were killed in the fire at the Orlen grain warehouse on Tuesday night.',
      'Fifteen people have now been killed in the fire at the Orlen grain warehouse, after divers recovered three bodies.', NEXT_DAY);
    expect(r.contradictions).toEqual([]);
    expect(r.updates).toHaveLength(1);
    const u = r.updates[0]!;
    expect(u.from.value).toBe('12 person');
    expect(u.to.value).toBe('15 person');
    expect(u.from.articleIds).toEqual(['a']);
    expect(u.to.quotes[0]!.text).toContain('Fifteen');
  });

  it('reads a next-day figure as an update even without a cue, but a same-morning one as a dispute', () => {
    const later = pair('Twelve people were killed in the fire at the Orlen grain warehouse on Tuesday night.',
      'Fifteen people were killed in the fire at the Orlen grain warehouse on Tuesday night.', NEXT_DAY);
    expect(later.contradictions).toEqual([]);
    expect(later.updates).toHaveLength(1);
    const sameMorning = pair('Twelve people were killed in the fire at the Orlen grain warehouse on Tuesday night.',
      'Fifteen people were killed in the fire at the Orlen grain warehouse on Tuesday night.', NOON);
    expect(sameMorning.updates).toEqual([]);
    expect(sameMorning.contradictions.map((c) => c.kind)).toEqual(['number']);
  });

  it('reads a revision cue as an update on the same day', () => {
    const r = pair('Twelve people were killed in the fire at the Orlen grain warehouse on Tuesday night.',
      'The number of people killed in the fire at the Orlen grain warehouse has risen to 15 people, officials said.', NOON);
    expect(r.contradictions).toEqual([]);
    expect(r.updates.map((u) => [u.from.value, u.to.value])).toEqual([['12 person', '15 person']]);
  });
});
