import { describe, expect, it } from 'vitest';
import { findClaimDates } from '../../../src/analyze/claim-dates.js';

/** Thursday 6 June 2024, the fixed article date of these cases. */
const THURSDAY = '2024-06-06T09:30:00Z';
const dates = (sentence: string, publishedAt: string | null = THURSDAY, tense: 'past' | 'future' = 'past') =>
  findClaimDates(sentence, 0, { publishedAt, tense }).map((d) => [d.text, d.value, d.granularity, d.basis]);

describe('findClaimDates', () => {
  it('reads absolute dates in both orders, with or without a weekday', () => {
    expect(dates('The accord was signed on 4 March 2024.')).toEqual([['4 March 2024', '2024-03-04', 'day', 'explicit']]);
    expect(dates('The accord was signed on Monday, March 4, 2024.')).toEqual([['Monday, March 4, 2024', '2024-03-04', 'day', 'explicit']]);
    expect(dates('The plant opened in March 2019.')).toEqual([['March 2019', '2019-03', 'month', 'explicit']]);
    expect(dates('Figures dated 2024-05-30 were released.')).toEqual([['2024-05-30', '2024-05-30', 'day', 'explicit']]);
  });

  it('gives a month-day without a year the article year, or the previous one', () => {
    expect(dates('The fire broke out on June 2.')).toEqual([['June 2', '2024-06-02', 'day', 'article-year']]);
    expect(dates('The border closes on July 1.', THURSDAY, 'future')).toEqual([['July 1', '2024-07-01', 'day', 'article-year']]);
    // In a January article, "December 28" is last December, not eleven months ahead.
    expect(dates('The talks collapsed on December 28.', '2025-01-09T00:00:00Z')).toEqual([['December 28', '2024-12-28', 'day', 'previous-year']]);
    // In a December article, a planned "January 15" is next January.
    expect(dates('The port will reopen on January 15.', '2024-12-20T00:00:00Z', 'future')).toEqual([['January 15', '2025-01-15', 'day', 'next-year']]);
  });

  it('resolves weekdays before the article date in the past tense and after it in the future', () => {
    expect(dates('The ministers met on Tuesday.')).toEqual([['Tuesday', '2024-06-04', 'day', 'weekday']]);
    expect(dates('The ministers met on Thursday.')).toEqual([['Thursday', '2024-06-06', 'day', 'weekday']]);
    expect(dates('The ministers will meet on Tuesday.', THURSDAY, 'future')).toEqual([['Tuesday', '2024-06-11', 'day', 'weekday']]);
    expect(dates('They met last Thursday.')).toEqual([['Thursday', '2024-05-30', 'day', 'weekday']]);
    expect(dates('They meet next Friday.')).toEqual([['Friday', '2024-06-07', 'day', 'weekday']]);
  });

  it('resolves relative phrases from the article date', () => {
    expect(dates('The ship sank yesterday.')).toEqual([['yesterday', '2024-06-05', 'day', 'relative']]);
    expect(dates('Talks resume tomorrow.')).toEqual([['tomorrow', '2024-06-07', 'day', 'relative']]);
    expect(dates('The strike began last week.')).toEqual([['last week', '2024-W22', 'week', 'relative']]);
    expect(dates('The strike ends next month.')).toEqual([['next month', '2024-07', 'month', 'relative']]);
    expect(dates('The quay was rebuilt three years ago.')).toEqual([['three years ago', '2021', 'year', 'relative']]);
    expect(dates('Divers returned two days later.')).toEqual([['two days later', null, 'day', 'unresolved']]);
    const [week] = findClaimDates('The strike began last week.', 0, { publishedAt: THURSDAY });
    expect([week!.first, week!.last]).toEqual(['2024-05-27', '2024-06-02']);
  });

  it('reads bare years with their relation', () => {
    const read = (s: string) => findClaimDates(s, 0, { publishedAt: THURSDAY }).map((d) => [d.value, d.granularity, d.relation]);
    expect(read('The crossing has been closed since 2019.')).toEqual([['2019', 'year', 'since']]);
    expect(read('The dispute began in 2022.')).toEqual([['2022', 'year', 'at']]);
    expect(read('Emissions must halve by 2030.')).toEqual([['2030', 'year', 'by']]);
    expect(read('The ban lasts until 2027.')).toEqual([['2027', 'year', 'until']]);
    expect(read('About 2000 people attended.')).toEqual([]);
    expect(read('Prices doubled in the 1990s.')).toEqual([]);
  });

  it('leaves relative dates unresolved without an article date, and still resolves explicit ones', () => {
    expect(dates('They met on Tuesday, 4 June 2024, and again yesterday.', null)).toEqual([
      ['Tuesday, 4 June 2024', '2024-06-04', 'day', 'explicit'], ['yesterday', null, 'day', 'unresolved'],
    ]);
  });

  it('reports spans in article offsets and ignores times of day', () => {
    const [d, ...rest] = findClaimDates('Fire broke out at 9 p.m. on Tuesday.', 50, { publishedAt: THURSDAY });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'date', text: 'Tuesday', start: 78, end: 85, value: '2024-06-04' });
  });

  it('drops dates that do not exist', () => {
    expect(dates('The vote was on February 30.')).toEqual([]);
  });
});
