import { describe, expect, it } from 'vitest';
import type { Derivation } from '../../../src/reuse/derivation.js';
import { assessDerivation, classifyDerivation, DERIVATION_LADDER } from '../../../src/reuse/derivation.js';
import { profileText } from '../../../src/reuse/sentence-profile.js';

// A fictional wire story and hand-made derivatives: written for these tests.
const SOURCE_SENTENCES = [
  'Dock workers at the port of Valmora walked off the job on Tuesday, halting the loading of more than 40 cargo ships.',
  'The strike was called by the Harbour Workers Union after talks over pay and night shifts collapsed late on Monday.',
  'Union leader Petra Lind said members would stay out until the port authority returned to the table with a better offer.',
  'The port authority said the walkout was illegal because the union had not given the 14 days of notice required by law.',
  'Shipping companies warned that perishable goods, including fruit from the southern farms, could spoil within days.',
  'The regional government said it would appoint a mediator if no agreement was reached by Friday.',
  "Valmora handles about a third of the country's container traffic, and a long stoppage could raise prices in shops across the region.",
];
const SOURCE = SOURCE_SENTENCES.join(' ');

const LIGHT_EDIT = [
  'Dock workers at the port of Valmora walked out on Tuesday, stopping the loading of more than 40 cargo vessels.',
  'The strike was called by the Harbour Workers Union after negotiations over wages and night shifts broke down late on Monday.',
  'Union leader Petra Lind said its members would stay out until the port authority came back to the table with an improved offer.',
  'The port authority said the stoppage was unlawful because the union had not given the 14 days of notice required by law.',
  'Shipping firms warned that perishable goods, such as fruit from the southern farms, could rot within days.',
  'The regional government said it would name a mediator if no deal was reached by Friday.',
  "Valmora handles roughly a third of the nation's container traffic, and a lengthy stoppage could push up prices in shops across the region.",
].join(' ');

const HEAVY_REWRITE = [
  'More than 40 cargo ships sat idle in Valmora on Tuesday as dockers downed tools.',
  "Their union, the Harbour Workers Union, called the action once Monday's negotiations on wages and night work fell apart.",
  'Petra Lind, who leads the union, vowed that the strike would continue until port managers came back with an improved proposal.',
  "Port managers insist the action breaks the law, arguing that the required fortnight's notice was never given.",
  'Fruit from farms in the south and other perishable cargo may go bad within days, shipping firms cautioned.',
  'Should there be no deal by Friday, regional officials plan to bring in a mediator.',
  'Because roughly one third of national container traffic passes through Valmora, a prolonged dispute might push up shop prices throughout the region.',
].join(' ');

// The same strike reported by another outlet from its own sources: shared facts, no shared text.
const INDEPENDENT_REPORT = [
  'Cranes stood still across Valmora harbour on Tuesday morning.',
  '"We have been patient for a year," said one crane driver, who asked not to be named, as pickets gathered at the main gate.',
  'The Harbour Workers Union says its members earn less than dockers in neighbouring countries and are asked to work too many night shifts.',
  "Petra Lind, the union's leader, told reporters the dispute could last weeks.",
  'Port officials did not respond to requests for comment.',
  "Exporters of fruit said trucks were already queuing outside the terminal, and one farmer said he had lost a day's harvest.",
].join(' ');

const UNRELATED = [
  'The city council approved a new cycling lane along the river on Wednesday after a two-hour debate.',
  'Councillors voted 21 to 9 in favour of the plan, which will remove about 200 parking spaces.',
  'Shop owners on Mill Street said they feared losing customers who drive into town.',
  'Work is expected to begin in the spring and take about six months.',
].join(' ');

const source = profileText(SOURCE);
const assess = (text: string): Derivation => assessDerivation(source, profileText(text));

describe('assessDerivation', () => {
  it('calls a verbatim copy a copy', () => {
    const d = assess(SOURCE);
    expect(d.kind).toBe('copy');
    expect(d.pairs.every((p) => p.kind === 'verbatim')).toBe(true);
    expect(d.containment).toEqual({ derivedInSource: 1, sourceInDerived: 1 });
  });

  it('calls a reordered copy a copy', () => {
    const d = assess([4, 0, 6, 2, 1, 5, 3].map((i) => SOURCE_SENTENCES[i]).join(' '));
    expect(d.kind).toBe('copy');
    expect(d.features.order).toBeLessThan(0.8);
  });

  it('calls substituted words throughout a light edit', () => {
    const d = assess(LIGHT_EDIT);
    expect(d.kind).toBe('light-edit');
    expect(d.pairs.every((p) => p.kind === 'edited')).toBe(true);
  });

  it('calls a sentence-by-sentence paraphrase a heavy rewrite', () => {
    const d = assess(HEAVY_REWRITE);
    expect(d.kind).toBe('heavy-rewrite');
    expect(d.pairs.length).toBeGreaterThanOrEqual(4);
    expect(d.pairs.every((p) => p.kind === 'paraphrased')).toBe(true);
  });

  it('calls an independent report of the same event independent', () => {
    expect(assess(INDEPENDENT_REPORT).kind).toBe('independent');
  });

  it('calls an unrelated text independent, with no evidence', () => {
    const d = assess(UNRELATED);
    expect(d.kind).toBe('independent');
    expect(d.pairs).toEqual([]);
  });

  it('orders the degree score copy > light edit > heavy rewrite > independent', () => {
    const scores = [SOURCE, LIGHT_EDIT, HEAVY_REWRITE, INDEPENDENT_REPORT].map((t) => assess(t).score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('exposes which side contains the other', () => {
    const trimmed = assess(SOURCE_SENTENCES.slice(0, 3).join(' '));
    expect(trimmed.kind).toBe('copy');
    expect(trimmed.containment.derivedInSource).toBe(1);
    expect(trimmed.containment.sourceInDerived).toBeLessThan(0.5);

    const extended = assess(`${SOURCE} ${UNRELATED}`);
    expect(extended.containment.derivedInSource).toBeLessThan(0.7);
    expect(extended.containment.sourceInDerived).toBe(1);
  });

  it('is a JSON-serialisable record', () => {
    const d = assess(LIGHT_EDIT);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('classifyDerivation', () => {
  it('asks derived, then copy, then light edit vs heavy rewrite', () => {
    const features = assess(SOURCE).features;
    const stage = (bias: number) => ({ bias, weights: {} });
    const model = (derived: number, copy: number, light: number) => ({ derived: stage(derived), copy: stage(copy), light: stage(light) });
    expect(classifyDerivation(features, model(-5, 5, 5)).kind).toBe('independent');
    expect(classifyDerivation(features, model(5, 5, -5)).kind).toBe('copy');
    expect(classifyDerivation(features, model(5, -5, 5)).kind).toBe('light-edit');
    expect(classifyDerivation(features, model(5, -5, -5)).kind).toBe('heavy-rewrite');
    expect(DERIVATION_LADDER).toEqual(['independent', 'heavy-rewrite', 'light-edit', 'copy']);
  });

  it('scores the expected rung of the ladder', () => {
    const features = assess(SOURCE).features;
    const stage = (bias: number) => ({ bias, weights: {} });
    const sure = (derived: number, copy: number, light: number) => classifyDerivation(features, { derived: stage(derived), copy: stage(copy), light: stage(light) }).score;
    expect(sure(-50, 50, 50)).toBeCloseTo(0, 6);
    expect(sure(50, -50, -50)).toBeCloseTo(1 / 3, 6);
    expect(sure(50, -50, 50)).toBeCloseTo(2 / 3, 6);
    expect(sure(50, 50, -50)).toBeCloseTo(1, 6);
  });
});
