import { describe, expect, it } from 'vitest';
import { corroborate } from '../../../src/corroborate/corroborate.js';
import { article } from './story-fixture.js';

/** A small story: a wire report and its copy, two independent reports, an explainer, a next-day update. */
const STORY = [
  article('wire', 'wire', '2031-05-06T06:00:00.000Z', 'VENMARK, May 6 (Coast Wire) - Twelve people were killed when a fire swept through the Orlen grain warehouse on Tuesday night, officials said. ' +
    'Three barges were destroyed in the fire, the harbour master said. The coast guard urged vessels to keep clear of the northern basin.'),
  article('copy', 'wire', '2031-05-06T07:30:00.000Z', 'Twelve people were killed when a fire swept through the Orlen grain warehouse on Tuesday night, officials said. ' +
    'Three barges were destroyed in the fire, the harbour master said. The coast guard urged vessels to keep clear of the northern basin.'),
  article('own', 'own', '2031-05-06T09:00:00.000Z', 'Two barges were destroyed in the fire at the Orlen grain warehouse, according to the port authority. ' +
    'The coast guard has urged all vessels to keep clear of the northern basin until further notice.'),
  article('explainer', 'explainer', '2031-05-06T12:00:00.000Z', 'The fire could lead to new safety rules for grain warehouses across the region. ' +
    'Insurers may raise premiums for warehouses on the waterfront.'),
  article('update', 'update', '2031-05-07T10:00:00.000Z', 'Fifteen people have now been killed in the fire at the Orlen grain warehouse, after divers recovered three bodies.'),
];

describe('determinism', () => {
  it('gives the same output for the same input', () => {
    expect(JSON.stringify(corroborate(STORY))).toBe(JSON.stringify(corroborate(STORY)));
  });

  it('gives the same output whatever order the articles arrive in', () => {
    const expected = JSON.stringify(corroborate(STORY));
    for (const order of [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 3, 0, 4, 2]]) {
      expect(JSON.stringify(corroborate(order.map((i) => STORY[i]!)))).toBe(expected);
    }
  });

  it('finds the story\'s dispute, update and speculation', () => {
    const r = corroborate(STORY);
    expect(r.contradictions.map((c) => [c.kind, c.sides[0].value, c.sides[1].value])).toEqual([['number', '3 barge', '2 barge']]);
    expect(r.updates.map((u) => [u.from.value, u.to.value])).toEqual([['12 person', '15 person']]);
    const urged = r.groups.find((g) => g.text.includes('urged vessels'))!;
    expect(urged.status).toBe('corroborated');
    expect(urged.independentSources).toBe(2);
    expect(urged.articleIds).toEqual(['wire', 'copy', 'own']);
    expect(r.groups.filter((g) => g.status === 'speculative').length).toBeGreaterThanOrEqual(1);
  });
});
