import { describe, expect, it } from 'vitest';
import { detectLateDate, medianDate } from '../../../../src/reuse/signals/date-disagreement.js';

const LATE = 'The recently held summit between Veloria and Tarsany has been hailed as the end of a dispute.';

describe('detectLateDate', () => {
  it('reports an article dated far after the coverage that calls the event recent', () => {
    const [signal] = detectLateDate({ text: LATE, publishedAt: '2024-05-06T00:00:00.000Z', storyMedianDate: '2024-03-05T00:00:00.000Z' });
    expect(signal).toMatchObject({ kind: 'date.late' });
    expect(signal!.evidence).toBe("recently held (dated 2024-05-06, 62 days after the coverage's median date 2024-03-05)");
    expect(LATE.slice(signal!.span!.start, signal!.span!.end)).toBe('recently held');
    expect(signal!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('takes the tightest cue, and grows more confident the later the date', () => {
    const text = 'The summit recently held in Port Avel was discussed. Last week the accord was signed.';
    const [signal] = detectLateDate({ text, publishedAt: '2024-05-06T00:00:00.000Z', storyMedianDate: '2024-03-05T00:00:00.000Z' });
    expect(signal!.evidence).toMatch(/^Last week/);
    expect(signal!.confidence).toBe(0.8);
  });

  it('says nothing when the article is late but does not claim recency (a retrospective)', () => {
    const text = 'Two months after the summit in Port Avel, skippers count the cost.';
    expect(detectLateDate({ text, publishedAt: '2024-05-06T00:00:00.000Z', storyMedianDate: '2024-03-05T00:00:00.000Z' })).toEqual([]);
  });

  it('says nothing within one news cycle, or within what the cue allows', () => {
    const within = { publishedAt: '2024-03-10T00:00:00.000Z', storyMedianDate: '2024-03-05T00:00:00.000Z' };
    expect(detectLateDate({ text: 'Last week the accord was signed.', ...within })).toEqual([]);
    const month = { publishedAt: '2024-03-25T00:00:00.000Z', storyMedianDate: '2024-03-05T00:00:00.000Z' };
    expect(detectLateDate({ text: LATE, ...month })).toEqual([]);
  });

  it('ignores a cue whose sentence dates a later development', () => {
    const text = 'The agreement recently signed on 2 May extends the patrols.';
    expect(detectLateDate({ text, publishedAt: '2024-05-06T00:00:00.000Z', storyMedianDate: '2024-03-05T00:00:00.000Z' })).toEqual([]);
  });

  it('needs both dates', () => {
    expect(detectLateDate({ text: LATE, publishedAt: null, storyMedianDate: '2024-03-05T00:00:00.000Z' })).toEqual([]);
    expect(detectLateDate({ text: LATE, publishedAt: '2024-05-06T00:00:00.000Z', storyMedianDate: null })).toEqual([]);
  });
});

describe('medianDate', () => {
  it('takes the middle date, or the midpoint of the two middle ones, ignoring missing dates', () => {
    expect(medianDate(['2024-03-05T00:00:00.000Z', null, '2024-03-01T00:00:00.000Z', '2024-03-04T00:00:00.000Z'])).toBe('2024-03-04T00:00:00.000Z');
    expect(medianDate(['2024-03-01T00:00:00.000Z', '2024-03-03T00:00:00.000Z'])).toBe('2024-03-02T00:00:00.000Z');
    expect(medianDate([null])).toBeNull();
  });
});
