import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/analyze/claims.js';
import type { EntityArticle } from '../../../src/corroborate/entity-forms.js';
import { skeleton, storyEntities } from '../../../src/corroborate/entity-forms.js';

/** A story's entities under one canonical form each (src/corroborate/entity-forms.ts), on fictional coverage. */

const DAY = '2031-09-14T09:00:00.000Z';
const article = (id: string, familyId: string, text: string): EntityArticle =>
  ({ id, familyId, text, claims: extractClaims(text, { articleId: id, publishedAt: DAY }) });

const coverage = [
  article('a', 'fa', 'Prime Minister Odile Brand-Havel met President Tomas Kruger at the Orsan Palace in Vellmar on Monday. ' +
    'Brand-Havel said the talks were useful. The Orsan Fisheries Ministry confirmed the meeting.'),
  article('b', 'fb', 'Odile Brand Havel and President Tomas Krüger signed the Vellmar Accord in Vellmar. ' +
    'Krüger told reporters that Orsani trawlers would stay in port.'),
  article('c', 'fc', 'President Tomas Kruger and Odile Brand-Havel held talks in Vellmar. Could Vellmar host the next round? ' +
    'Anna Kruger, a fisheries official, said the Orsan Fisheries Ministry would publish the text.'),
];

describe('story entities', () => {
  it('folds hyphens, case, marks and transliterations into one skeleton', () => {
    expect(skeleton('Brand-Havel')).toBe(skeleton('Brand Havel'));
    expect(skeleton('Krüger')).toBe(skeleton('Kruger'));
    expect(skeleton('Krüger')).toBe(skeleton('Krueger'));
    expect(skeleton('Vellmar')).not.toBe(skeleton('Vellmor'));
  });

  it('gives each person, organisation and place one canonical form with the spellings used', () => {
    const entities = storyEntities(coverage);
    const byName = new Map(entities.map((e) => [e.name, e]));
    const brand = byName.get('Odile Brand-Havel')!;
    expect(brand.kind).toBe('person');
    // The mangled "Brand Havel" and the surname alone are the same person.
    expect(brand.variants.map((v) => v.form).sort()).toEqual(['Brand-Havel', 'Odile Brand Havel', 'Odile Brand-Havel']);
    expect(brand.families).toBe(3);
    const kruger = byName.get('Tomas Kruger')!;
    expect(kruger.variants.map((v) => v.form).sort()).toEqual(['Tomas Kruger', 'Tomas Krüger']);
    // Two people of one surname: "Krüger" alone belongs to neither.
    expect(byName.get('Anna Kruger')?.kind).toBe('person');
    expect(kruger.variants.some((v) => v.form === 'Krüger')).toBe(false);
    expect(byName.get('Vellmar')?.kind).toBe('place');
    // "Could Vellmar host ...": the question's verb is not part of the name.
    expect(entities.some((e) => e.variants.some((v) => v.form.startsWith('Could')))).toBe(false);
    expect(byName.get('Orsan Fisheries Ministry')?.kind).toBe('organisation');
    expect(byName.get('Orsan Palace')?.kind).toBe('place');
    expect(byName.get('Vellmar Accord')?.kind).toBe('other');
    expect(byName.get('Orsani')?.kind).toBe('other');
    // Most families first.
    const families = entities.map((e) => e.families);
    expect(families).toEqual([...families].sort((x, y) => y - x));
  });
});
