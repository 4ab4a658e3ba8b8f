import { describe, expect, it } from 'vitest';
import { dateDrop, placeDrop } from '../../../bench/lib/plant-genuineness.js';
import { extractClaims } from '../../../src/analyze/claims.js';

/** The generator's rules for dropping plants that are no contradiction of their type (invented sentences). */
const AT = '2031-05-06T08:00:00.000Z';

function firstDate(text: string) {
  const claim = extractClaims(text, { articleId: 'x', publishedAt: AT }).find((c) => c.dates.length > 0)!;
  return { claim, date: claim.dates[0]! };
}

describe('plant genuineness', () => {
  it('drops a date plant in a line that is only a date, keeps one in a sentence', () => {
    const stamp = firstDate('May 2, 2029');
    expect(dateDrop(stamp.claim, stamp.date, 'May 2, 2029', false)).toBe('date-only-line');
    const text = 'The Tavi ferry terminal closed on May 2, 2029 after the storm.';
    const event = firstDate(text);
    expect(dateDrop(event.claim, event.date, text, false)).toBeNull();
    expect(dateDrop(event.claim, event.date, text, true)).toBeNull();
  });

  it('drops a year plant whose "year" is a street number or part of a figure', () => {
    const address = 'The family lives in a flat inside 1920 Marrow Ave., the building where the fire began.';
    const a = firstDate(address);
    expect(dateDrop(a.claim, a.date, address, true)).toBe('year-not-a-date');
    const year = 'The family has lived in Marrow since 1920, when the mill opened.';
    const y = firstDate(year);
    expect(dateDrop(y.claim, y.date, year, true)).toBeNull();
  });

  it('drops a place swapped for one that contains it, keeps another place', () => {
    const text = 'The earthquake struck in Varro on Monday.';
    const place = extractClaims(text, { articleId: 'x', publishedAt: AT })[0]!.places[0]!;
    expect(placeDrop(place, 'North Varro')).toBe('place-nested');
    expect(placeDrop(place, 'Selm')).toBeNull();
  });
});
