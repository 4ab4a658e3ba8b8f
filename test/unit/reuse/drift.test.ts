import { describe, expect, it } from 'vitest';
import type { DriftChange } from '../../../src/model/drift.js';
import { alignSentences } from '../../../src/reuse/align-sentences.js';
import type { DriftPair } from '../../../src/reuse/drift.js';
import { describeDrift } from '../../../src/reuse/drift.js';
import { findDates } from '../../../src/reuse/drift-dates.js';
import { findHedges } from '../../../src/reuse/drift-hedges.js';
import { findNumbers } from '../../../src/reuse/drift-numbers.js';
import { profileText } from '../../../src/reuse/sentence-profile.js';

// Hand-written fixtures about a fictional port town; every pair is built by hand, so the tests do not depend on
// what the aligner decides.

/** One aligned pair of one sentence each, the whole of both texts. */
function single(source: string, derived: string): DriftChange[] {
  const pair: DriftPair = { source: [{ index: 0, start: 0, end: source.length }], derived: [{ index: 0, start: 0, end: derived.length }] };
  return describeDrift(source, derived, [pair]);
}

const values = (changes: readonly DriftChange[]) =>
  changes.map((c) => (c.kind === 'number' || c.kind === 'date' || c.kind === 'name' ? `${c.kind}: ${c.from} -> ${c.to}` : c.kind === 'hedge-added' || c.kind === 'hedge-removed' ? `${c.kind}: ${c.cue}` : c.kind));

describe('number values', () => {
  it('reads digits, separators, scales, words and percentages as values', () => {
    const found = findNumbers('About 1,200 people, two dozen boats, 3.5 million euros, twenty-five trucks, 12% of fares and a dozen tugs.');
    expect(found.map((n) => [n.value, n.unit])).toEqual([[1200, ''], [24, ''], [3.5e6, ''], [25, ''], [12, '%'], [12, '']]);
  });

  it('leaves the digits of dates to the dates, and "one" as a pronoun alone', () => {
    expect(findNumbers('On March 5, 2008 at 3 p.m. one of the 40 ships left.').map((n) => n.value)).toEqual([40]);
  });

  it('reports "two missiles" vs "three missiles"', () => {
    const changes = single('The navy said two missiles hit the pier.', 'The navy said three missiles hit the pier.');
    expect(values(changes)).toEqual(['number: two -> three']);
    expect(changes[0]!.source?.text).toBe('The navy said two missiles hit the pier.');
    expect(changes[0]!.derived?.text).toBe('The navy said three missiles hit the pier.');
  });

  it('reports nothing for "two" vs "2", "3.5 million" vs "3,500,000", "12%" vs "12 percent"', () => {
    expect(single('Two missiles hit the pier.', 'The pier was hit by 2 missiles.')).toEqual([]);
    expect(single('The repairs will cost 3.5 million euros.', 'Repairs will cost 3,500,000 euros.')).toEqual([]);
    expect(single('Fares rose 12% in a year.', 'Fares rose by 12 percent in a year.')).toEqual([]);
  });

  it('pairs changed numbers by the word they count, and does not invent a partner for a dropped one', () => {
    expect(values(single('Four ferries and 30 trucks were stuck for six hours.', 'Four ferries and 35 trucks were stuck for hours.'))).toEqual(['number: 30 -> 35']);
    expect(single('The 230 passengers waited for six hours.', 'The passengers waited for hours.')).toEqual([]);
  });
});

describe('dates', () => {
  it('splits full dates into comparable parts', () => {
    expect(findDates('Talks ended on Tuesday, March 5, 2008, at 3 p.m., a day after they began yesterday.').map((d) => `${d.dateClass}=${d.value}`))
      .toEqual(['weekday=tuesday', 'month-day=3-5', 'year=2008', 'time=15:00', 'relative=yesterday']);
  });

  it('does not call a tense change a date change', () => {
    expect(single('The ministers will meet on Tuesday in Port Avel.', 'The ministers met on Tuesday in Port Avel.')).toEqual([]);
  });

  it('reports a changed weekday, day of month and year', () => {
    expect(values(single('The ministers met on Tuesday.', 'The ministers met on Wednesday.'))).toEqual(['date: Tuesday -> Wednesday']);
    expect(values(single('The port closed on March 5, 2008.', 'The port closed on March 6, 2008.'))).toEqual(['date: March 5 -> March 6']);
    expect(values(single('The port closed in 2008.', 'The port closed in 2009.'))).toEqual(['date: 2008 -> 2009']);
  });

  it('does not compare different kinds of date ("yesterday" may be Tuesday)', () => {
    expect(single('The port closed yesterday.', 'The port closed on Tuesday.')).toEqual([]);
  });
});

describe('names', () => {
  it('reports a different person', () => {
    expect(values(single('Harbour master Jon Halvorsen ordered the port shut.', 'Harbour master Jon Brekke ordered the port shut.')))
      .toEqual(['name: Jon Halvorsen -> Jon Brekke']);
  });

  it('leaves case and hyphen variants and second references to the mangled-name signal', () => {
    expect(single('Mayor Ilse Sol-Varenne ordered the port shut.', 'Mayor ilse Sol Varenne ordered the port shut.')).toEqual([]);
    expect(single('Mayor Ilse Marand ordered the port shut.', 'Marand, the mayor, ordered the port shut.')).toEqual([]);
  });
});

describe('hedges', () => {
  it('finds the listed cues and leaves "could not" and the month May alone', () => {
    expect(findHedges('The port may reopen in May, officials could not say; it is expected to, according to sources, and likely will.').map((h) => h.text))
      .toEqual(['may', 'is expected to', 'according to', 'likely']);
  });

  it('reports a hedge added ("will reopen" -> "could reopen") and removed', () => {
    const added = single('Officials said the port will reopen on Friday.', 'The port could reopen on Friday.');
    expect(values(added)).toEqual(['hedge-added: could']);
    expect(values(single('The captain was reportedly drunk.', 'The captain was drunk.'))).toEqual(['hedge-removed: reportedly']);
  });

  it('does not count one hedge swapped for another of the same kind', () => {
    expect(single('The port could reopen on Friday.', 'The port may reopen on Friday.')).toEqual([]);
  });
});

describe('describeDrift over aligned texts', () => {
  const SOURCE = [
    'A passenger ferry ran aground off the island of Korsa on Sunday evening, leaving 230 people stranded on board.',
    'The coast guard said nobody was seriously hurt and that all passengers were taken ashore by lifeboats.',
    'The ferry operator Nordline said it would suspend the route until divers had inspected the hull.',
    'The harbour master promised a review of the channel depth before the summer season.',
  ].join('\n\n');
  const DERIVED = [
    'A passenger ferry ran aground off the island of Korsa on Saturday evening, leaving 320 people stranded on board.',
    'The coast guard said nobody was seriously hurt and that all passengers were reportedly taken ashore by lifeboats.',
    'The ferry operator Nordline said it would suspend the route until divers had inspected the hull.',
    'Passengers described a sudden jolt and hours of waiting in the dark.',
  ].join('\n\n');

  it('reports value changes, hedges, and sentences added and dropped, with quotes from each text', () => {
    const pairs = alignSentences(profileText(SOURCE), profileText(DERIVED)).pairs;
    const changes = describeDrift(SOURCE, DERIVED, pairs);
    expect(values(changes)).toEqual(['number: 230 -> 320', 'date: Sunday -> Saturday', 'hedge-added: reportedly', 'sentence-added', 'sentence-dropped']);
    const added = changes.find((c) => c.kind === 'sentence-added')!;
    expect(DERIVED.slice(added.derived!.start, added.derived!.end)).toBe('Passengers described a sudden jolt and hours of waiting in the dark.');
    const dropped = changes.find((c) => c.kind === 'sentence-dropped')!;
    expect(dropped.source!.text).toBe('The harbour master promised a review of the channel depth before the summer season.');
  });

  it('does not report a rewrite admission line as an added fact', () => {
    const derived = `${SOURCE}\n\nThis story has been rephrased from its original source.`;
    const changes = describeDrift(SOURCE, derived, alignSentences(profileText(SOURCE), profileText(derived)).pairs);
    expect(changes).toEqual([]);
  });
});
