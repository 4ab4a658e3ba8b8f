import { describe, expect, it } from 'vitest';
import { buildNameForms, collectProperNounRuns, NameFormCoverage, wordTokens } from '../../../../src/reuse/signals/proper-noun-runs.js';

const forms = (text: string) => collectProperNounRuns(text).map((r) => r.form);

describe('collectProperNounRuns', () => {
  it('joins capitalised words by spaces and hyphens, with name particles', () => {
    expect(forms('President Ilse Marand met Jarek Sol-Varenne at Lisgar General Hospital.')).toEqual(['Ilse Marand', 'Jarek Sol-Varenne', 'Lisgar General Hospital']);
    expect(forms('The award went to Pieter van der Berg and to Ali al-Sadr on Monday.')).toEqual(['Pieter van der Berg', 'Ali al-Sadr']);
    expect(forms('A report by van der Berg was cited.')).toEqual(['van der Berg']);
  });

  it('leaves out words capitalised by position, leading titles, dates and all-capital datelines', () => {
    expect(forms('Residents fled. Officials said Varro was hit.')).toEqual(['Varro']);
    expect(forms('The Caldrian Geological Survey measured it.')).toEqual(['Caldrian Geological Survey']);
    expect(forms('PORT AVEL, March 4 (Meridian Wire) - Prime Minister Elin Harrow spoke on Monday.')).toEqual(['Meridian Wire', 'Elin Harrow']);
  });

  it('keeps offsets into the text and drops possessive endings', () => {
    const text = "The operator LisPort's director, Ilka Vos-Brandt, said so.";
    const runs = collectProperNounRuns(text);
    expect(runs.map((r) => r.form)).toEqual(['LisPort', 'Ilka Vos-Brandt']);
    for (const r of runs) expect(text.slice(r.start, r.end)).toBe(r.form);
  });
});

describe('wordTokens', () => {
  it('reads the joint to the previous word: one space, one hyphen of any of three kinds, or nothing', () => {
    const joints = (text: string) => wordTokens(text).map((t) => t.joint);
    expect(joints('Sol Varenne')).toEqual([null, ' ']);
    expect(joints('Sol-Varenne Sol\u2010Varenne Sol\u2011Varenne')).toEqual([null, '-', ' ', '-', ' ', '-']);
    // Two spaces, a line break, a comma, an en dash, a digit between: no joint.
    expect(joints('Sol  Varenne\nPort, Avel\u2013Kesh 4Brenn')).toEqual([null, null, null, null, null, null]);
    expect(wordTokens('Ilka Vos-Brandt').map((t) => [t.word, t.start, t.end])).toEqual([['Ilka', 0, 4], ['Vos', 5, 8], ['Brandt', 9, 15]]);
  });
});

describe('buildNameForms', () => {
  it('counts the articles that use each form, and the lower-case uses of name words', () => {
    const list = buildNameForms([
      'Fishing in the Strait of Kesh resumed. Boats left the strait at dawn.',
      'Patrols in the Strait of Kesh begin in June under Jarek Sol-Varenne.',
      'The deal was signed by Jarek Sol-Varenne in Port Avel.',
    ]);
    expect(list).toContainEqual({ form: 'Jarek Sol-Varenne', count: 2 });
    expect(list).toContainEqual({ form: 'Kesh', count: 2 });
    expect(list).toContainEqual({ form: 'strait', count: 1 });
  });
});

describe('NameFormCoverage', () => {
  it('gives for each text exactly the name forms of all the others', () => {
    const texts = [
      'President Ilse Marand met Jarek Sol-Varenne in Port Avel. The strait was calm.',
      'Ilse Marand and jarek Sol Varenne signed the Kesh accord at the Strait of Kesh.',
      'In Port Avel, the harbour master said the strait would reopen; Marand agreed.',
      'Sol-Varenne flew home from Port Avel on Friday.',
    ];
    const coverage = new NameFormCoverage(texts);
    for (let i = 0; i < texts.length; i++) expect(coverage.without(i)).toEqual(buildNameForms(texts.filter((_, j) => j !== i)));
    expect(coverage.without(-1)).toEqual(buildNameForms(texts));
    // A lower-case word counts only while some other text still uses it in a name.
    expect(coverage.without(1).some((f) => f.form === 'strait')).toBe(false);
  });
});
