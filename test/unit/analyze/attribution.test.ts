import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../../src/analyze/attribution.js';

function who(sentence: string): [string, string | null, string | null, string] {
  const r = findAttribution(sentence, 0);
  const a = r.attribution;
  const content = sentence.slice(r.contentStart, r.contentEnd);
  return a.kind === 'none' ? ['none', null, null, content] : [a.kind, a.source.text, a.verb?.text ?? null, content];
}

describe('findAttribution', () => {
  it('finds a trailing speaker after a comma or a quotation', () => {
    expect(who('The quay will stay closed, officials said on Tuesday.')).toEqual(['source', 'officials', 'said', 'The quay will stay closed']);
    expect(who('"We will rebuild the pier," Mayor Ilka Dorn told reporters.')).toEqual(['source', 'Mayor Ilka Dorn', 'told', 'We will rebuild the pier']);
    expect(who('"The harbour is safe," said Tomas Rell, a port engineer.')).toEqual(['source', 'Tomas Rell', 'said', 'The harbour is safe']);
    expect(who('"Our crews are exhausted," he says.')).toEqual(['source', 'he', 'says', 'Our crews are exhausted']);
  });

  it('finds a leading speaker and takes the content after the verb', () => {
    expect(who('Ilse Marand said the patrols would start in June.')).toEqual(['source', 'Ilse Marand', 'said', 'the patrols would start in June.']);
    expect(who('The foreign ministry has warned that it will not accept the limits.')).toEqual(['source', 'The foreign ministry', 'warned', 'it will not accept the limits.']);
    expect(who('The ministry, whose fleet fishes the strait, said on Monday that talks had failed.')).toEqual(['source', 'The ministry', 'said', 'talks had failed.']);
    expect(who('In a statement, the coast guard announced that the channel had reopened.')).toEqual(['source', 'the coast guard', 'announced', 'the channel had reopened.']);
    expect(who('The council denied that any permits were issued.')).toEqual(['source', 'The council', 'denied', 'any permits were issued.']);
    expect(who('Harbour officials claimed the fire was contained by midnight.')).toEqual(['source', 'Harbour officials', 'claimed', 'the fire was contained by midnight.']);
  });

  it('keeps a directive whole: the speaker urging is what is attributed', () => {
    expect(who('The coast guard urged vessels to keep clear of the basin.')).toEqual(['source', 'The coast guard', 'urged', 'The coast guard urged vessels to keep clear of the basin.']);
  });

  it('reads "according to" at the start, at the end, and for reports', () => {
    expect(who('According to the port authority, two tugs sank.')).toEqual(['source', 'the port authority', 'According to', 'two tugs sank.']);
    expect(who('Two tugs sank, according to the port authority.')).toEqual(['source', 'the port authority', 'according to', 'Two tugs sank']);
    expect(who('The fire began in a pump room, according to local media reports.')[0]).toBe('reports');
  });

  it('tells anonymous sources and reports from named speakers', () => {
    expect(who('Sources close to the talks said a deal was near.')[0]).toBe('anonymous');
    expect(who('A senior official, who asked not to be named, said the vote was delayed.')[0]).toBe('anonymous');
    expect(who('Reports suggest the fire began during a fuel transfer.')).toEqual(['reports', 'Reports', 'suggest', 'the fire began during a fuel transfer.']);
    expect(who('It is understood that the minister will resign.').slice(0, 3)).toEqual(['anonymous', 'It is understood', 'understood']);
    expect(who('The minister reportedly offered to resign.').slice(0, 3)).toEqual(['reports', 'reportedly', null]);
  });

  it('finds no attribution in a plain statement, and does not take a clause for a speaker', () => {
    expect(who('Fire crews from Dunmere joined the operation overnight.')).toEqual(['none', null, null, 'Fire crews from Dunmere joined the operation overnight.']);
    expect(who('Tarsany responded by closing the crossing.')[0]).toBe('none');
    expect(who('The ships that reported damage were towed to Lisgar.')[0]).toBe('none');
    expect(who('The pier was closed, and he said nothing more.')[0]).toBe('none');
  });

  it('reports spans in article offsets', () => {
    const r = findAttribution('Two tugs sank, officials said.', 40);
    expect(r.attribution).toEqual({ kind: 'source', source: { text: 'officials', start: 55, end: 64 }, verb: { text: 'said', start: 65, end: 69 } });
    expect([r.contentStart, r.contentEnd]).toEqual([40, 53]);
  });
});
