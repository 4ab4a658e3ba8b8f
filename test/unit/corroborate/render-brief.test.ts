import { describe, expect, it } from 'vitest';
import { outletsOf, said } from '../../../src/corroborate/render-brief.js';
import type { BriefArticle } from '../../../src/model/brief.js';

const article = (id: string, outlet: string, familyId: string): BriefArticle => ({
  id, title: id, url: null, outlet, publishedAt: null, familyId, copyOf: null,
  machineRewrite: { score: 0, likely: false, reasons: [] }, signals: [], claims: 0,
});
const byId = new Map([
  article('w1', 'Meridian Wire', 'w1'), article('w2', 'Harbour Post', 'w1'), article('w3', 'Avel News', 'w1'),
  article('w4', 'Desk 4', 'w1'), article('v1', 'VBC News', 'v1'), article('s1', 'Strait Observer', 's1'),
  article('s2', 'NewsPulse', 's1'), article('c1', 'Coastline', 'c1'), article('m1', 'Morvessa Herald', 'm1'),
].map((a) => [a.id, a]));

describe('the Brief as text (render-brief.ts)', () => {
  it('names one outlet per independence family, with its copies counted, so the independent sources come first', () => {
    expect(outletsOf(['w1', 'w2', 'w3', 'w4', 'v1'], byId)).toBe('Meridian Wire and 3 copies, VBC News');
    expect(outletsOf(['s1', 's2'], byId)).toBe('Strait Observer and 1 copy');
    expect(outletsOf(['w1', 'w2', 'v1', 's1', 'c1', 'm1'], byId)).toBe('Meridian Wire and 1 copy, VBC News, Strait Observer, Coastline and 1 more family');
  });

  it('leaves out speakers given only as a pronoun', () => {
    expect(said({ attributedTo: ['he'] })).toBe('');
    expect(said({ attributedTo: ['She', 'the coast guard'] })).toBe('; according to the coast guard');
    expect(said({ attributedTo: [] })).toBe('');
  });
});
