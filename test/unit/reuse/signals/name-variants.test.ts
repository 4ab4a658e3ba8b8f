import { describe, expect, it } from 'vitest';
import { detectNameVariants, findNameVariants } from '../../../../src/reuse/signals/name-variants.js';
import type { NameForm } from '../../../../src/reuse/signals/proper-noun-runs.js';
import { buildNameForms } from '../../../../src/reuse/signals/proper-noun-runs.js';

const COVERAGE: NameForm[] = [
  { form: 'Ilse Marand', count: 6 },
  { form: 'Jarek Sol-Varenne', count: 5 },
  { form: 'Sol-Varenne', count: 5 },
  { form: 'Jean-Luc Moreau', count: 4 },
  { form: 'Pieter van der Berg', count: 3 },
  { form: 'van der Berg', count: 3 },
  { form: 'José Müller', count: 3 },
  { form: 'LisPort', count: 4 },
  { form: 'Ilka Vos-Brandt', count: 4 },
  { form: 'Halden', count: 5 },
  { form: 'Strait', count: 4 },
  { form: 'Elin Harrow', count: 3 },
  { form: 'Anna Kowalski', count: 3 },
];

const variants = (text: string, coverage: NameForm[] = COVERAGE) =>
  findNameVariants(text, coverage).map((v) => [v.form, v.dominant, v.difference]);

describe('findNameVariants', () => {
  it('finds case differences, dropped and added hyphens, and dropped diacritics', () => {
    expect(variants('On Monday President ilse Marand spoke.')).toEqual([['ilse Marand', 'Ilse Marand', 'case']]);
    expect(variants('Pieter Van Der Berg arrived late.')).toEqual([['Pieter Van Der Berg', 'Pieter van der Berg', 'case']]);
    expect(variants('The operator, Lisport, declined to comment.')).toEqual([['Lisport', 'LisPort', 'case']]);
    expect(variants('Talks with Jean Luc Moreau resumed.')).toEqual([['Jean Luc Moreau', 'Jean-Luc Moreau', 'hyphen']]);
    expect(variants('The director, Ilka Vosbrandt, said so.')).toEqual([['Ilka Vosbrandt', 'Ilka Vos-Brandt', 'hyphen']]);
    expect(variants('The minister, Jose Muller, objected.')).toEqual([['Jose Muller', 'José Müller', 'diacritics']]);
    expect(variants('The quake struck the halden valley overnight.')).toEqual([['halden', 'Halden', 'case']]);
  });

  it('finds a one-letter misspelling of a two-word name the coverage agrees on', () => {
    expect(variants('Prime Minister Elin Harow flew to Varro.')).toEqual([['Elin Harow', 'Elin Harrow', 'spelling']]);
  });

  it('reports one mangling once, however many times and forms it appears in', () => {
    const [variant, ...rest] = findNameVariants('Prime Minister Jarek Sol Varenne spoke. Later, Sol Varenne left.', COVERAGE);
    expect(rest).toEqual([]);
    expect(variant).toMatchObject({ form: 'Sol Varenne', dominant: 'Sol-Varenne', occurrences: 2 });
  });

  it('does not flag sentence-initial capitals, added diacritics, all capitals or common nouns', () => {
    expect(variants('Van der Berg said the talks had failed.')).toEqual([]);
    expect(variants('The minister, José Müller, objected.', [{ form: 'Jose Muller', count: 4 }])).toEqual([]);
    expect(variants('PIETER VAN DER BERG, the envoy, arrived.')).toEqual([]);
    expect(variants('Boats crossed the strait at dawn.')).toEqual([]);
  });

  it('does not flag genuinely different names or forms the coverage also uses', () => {
    expect(variants('Anna Kowalska, her sister, spoke too.')).toEqual([]);
    expect(variants('Ilse Marand and Elin Barlow met.')).toEqual([]);
    expect(variants('Sol Varenne spoke.', [{ form: 'Sol-Varenne', count: 3 }, { form: 'Sol Varenne', count: 2 }])).toEqual([]);
  });

  it('uses the lower-case attestations of buildNameForms for common nouns in names', () => {
    const coverage = buildNameForms(['The Quay 7 fire spread.', 'Crews cooled the fuel quay overnight.', 'Quay 7 burned.']);
    expect(variants('Divers searched the quay.', coverage)).toEqual([]);
  });
});

describe('detectNameVariants', () => {
  it('returns signals quoting both forms, with the span of the article form', () => {
    const text = 'On Monday President ilse Marand spoke.';
    const [signal] = detectNameVariants(text, COVERAGE);
    expect(signal).toMatchObject({ kind: 'rewrite.mangled-name', confidence: 0.5 });
    expect(signal!.evidence).toContain('"ilse Marand" where the coverage writes "Ilse Marand" (6 articles; case)');
    expect(text.slice(signal!.span!.start, signal!.span!.end)).toBe('ilse Marand');
  });
});
