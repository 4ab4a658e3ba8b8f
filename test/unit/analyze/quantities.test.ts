import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/analyze/quantities.js';

const read = (sentence: string) => findQuantities(sentence, 0).map((q) => [q.value, q.unit, q.qualifier]);

describe('findQuantities', () => {
  it('reads numbers written in words', () => {
    expect(read('Two missiles struck the depot.')).toEqual([[2, 'missile', 'exact']]);
    expect(read('Rescuers found a dozen survivors.')).toEqual([[12, 'survivor', 'exact']]);
    expect(read('The ferry carried twenty-one passengers.')).toEqual([[21, 'passenger', 'exact']]);
    expect(read('The council will hire three hundred and forty nurses.')).toEqual([[340, 'nurse', 'exact']]);
  });

  it('reads digits with separators, decimals and scales', () => {
    expect(read('The fund lost 12,000 members.')).toEqual([[12000, 'member', 'exact']]);
    expect(read('The region has 1.5 million residents.')).toEqual([[1_500_000, 'resident', 'exact']]);
    expect(read('Half a million households lost power.')).toEqual([[500_000, 'household', 'exact']]);
  });

  it('normalises currencies to ISO codes, before or after the number', () => {
    expect(read('The port was sold for $3.5bn.')).toEqual([[3_500_000_000, 'USD', 'exact']]);
    expect(read('Repairs will cost €20 million.')).toEqual([[20_000_000, 'EUR', 'exact']]);
    expect(read('The grant is worth 4 million euros.')).toEqual([[4_000_000, 'EUR', 'exact']]);
    expect(read('Fines reached 300,000 dollars.')).toEqual([[300_000, 'USD', 'exact']]);
    const [q] = findQuantities('Repairs will cost €20 million.', 100);
    expect(q!.text).toBe('€20 million');
    expect(q!.start).toBe(118);
    expect(q!.unitText).toEqual({ text: '€', start: 118, end: 119 });
  });

  it('normalises measures and plurals', () => {
    expect(read('The slick stretched 40 kilometres along the coast.')).toEqual([[40, 'km', 'exact']]);
    expect(read('Crews pumped 300 tonnes of water.')).toEqual([[300, 'tonne', 'exact']]);
    expect(read('Turnout fell to 12% in the north.')).toEqual([[12, '%', 'exact']]);
    expect(read('Turnout fell by 3.5 per cent.')).toEqual([[3.5, '%', 'exact']]);
    expect(read('Four people and two crewmen were rescued.')).toEqual([[4, 'person', 'exact'], [2, 'crewman', 'exact']]);
    expect(read('Seven casualties were reported.')).toEqual([[7, 'casualty', 'exact']]);
    expect(read('Each country will send three patrol ships.')).toEqual([[3, 'ship', 'exact']]);
  });

  it('keeps approximate markers as the qualifier, and the span covers them', () => {
    expect(read('About 300 protesters gathered.')).toEqual([[300, 'protester', 'about']]);
    expect(read('Nearly 40 homes burned.')).toEqual([[40, 'home', 'nearly']]);
    expect(read('More than 2,000 people fled.')).toEqual([[2000, 'person', 'more-than']]);
    expect(read('At least 12 people died.')).toEqual([[12, 'person', 'at-least']]);
    expect(read('Up to 15 vessels may be affected.')).toEqual([[15, 'vessel', 'up-to']]);
    expect(read('Fewer than ten boats remained.')).toEqual([[10, 'boat', 'less-than']]);
    expect(read('Forty or more trucks waited.')).toEqual([[40, 'truck', 'at-least']]);
    expect(findQuantities('At least 12 people died.', 0)[0]!.text).toBe('At least 12 people');
  });

  it('does not count years, dates, ordinals or numbers inside names', () => {
    expect(read('The crossing has been closed since 2019.')).toEqual([]);
    expect(read('Talks were held in 2022 and on March 5.')).toEqual([]);
    expect(read('The third round of talks began.')).toEqual([]);
    expect(read('The fire started on Quay 7 near Pier 12.')).toEqual([]);
    expect(read('She finished 5th in the race.')).toEqual([]);
  });

  it('counts a four-digit number followed by a counted noun', () => {
    expect(read('About 2000 people attended the rally.')).toEqual([[2000, 'person', 'about']]);
    expect(read('The 2024 elections were postponed.')).toEqual([]);
  });

  it('leaves the unit empty when nothing countable follows', () => {
    expect(read('The toll rose to 15.')).toEqual([[15, null, 'exact']]);
    expect(read('Three were killed.')).toEqual([[3, null, 'exact']]);
    expect(read('A magnitude 5.8 earthquake struck.')).toEqual([[5.8, 'magnitude', 'exact']]);
  });
});
