import { describe, expect, it } from 'vitest';
import type { AlignedPair } from '../../../src/reuse/align-sentences.js';
import { alignSentences } from '../../../src/reuse/align-sentences.js';
import { profileText } from '../../../src/reuse/sentence-profile.js';

// A fictional wire story, written for these tests, and hand-made derivatives of it.
const SOURCE = [
  'Dock workers at the port of Valmora walked off the job on Tuesday, halting the loading of more than 40 cargo ships.',
  'The strike was called by the Harbour Workers Union after talks over pay and night shifts collapsed late on Monday.',
  'Union leader Petra Lind said members would stay out until the port authority returned to the table with a better offer.',
  'The port authority said the walkout was illegal because the union had not given the 14 days of notice required by law.',
  'Shipping companies warned that perishable goods, including fruit from the southern farms, could spoil within days.',
  'The regional government said it would appoint a mediator if no agreement was reached by Friday.',
].join(' ');

const align = (derived: string) => alignSentences(profileText(SOURCE), profileText(derived));
const mapping = (pairs: readonly AlignedPair[]) => pairs.map((p) => `${p.source.map((s) => s.index).join('+')}>${p.derived.map((s) => s.index).join('+')}`);

describe('alignSentences', () => {
  it('aligns a verbatim copy one to one, every pair verbatim', () => {
    const { pairs } = align(SOURCE);
    expect(mapping(pairs)).toEqual(['0>0', '1>1', '2>2', '3>3', '4>4', '5>5']);
    expect(pairs.every((p) => p.kind === 'verbatim' && p.kept === 1 && p.covered === 1)).toBe(true);
  });

  it('is robust to reordering', () => {
    const sentences = SOURCE.split(/(?<=\.) /);
    const reordered = [3, 0, 5, 1, 4, 2].map((i) => sentences[i]).join(' ');
    const { pairs } = align(reordered);
    expect(mapping(pairs)).toEqual(['3>0', '0>1', '5>2', '1>3', '4>4', '2>5']);
    expect(pairs.every((p) => p.kind === 'verbatim')).toBe(true);
  });

  it('calls substituted words an edit', () => {
    const { pairs } = align(
      'Dock workers at the port of Valmora walked out on Tuesday, stopping the loading of more than 40 cargo vessels. ' +
        'The strike was called by the Harbour Workers Union after negotiations over wages and night shifts broke down late on Monday.',
    );
    expect(mapping(pairs)).toEqual(['0>0', '1>1']);
    expect(pairs.map((p) => p.kind)).toEqual(['edited', 'edited']);
  });

  it('finds sentence-by-sentence paraphrases, anchored by their neighbours', () => {
    const { pairs } = align([
      'Their union, the Harbour Workers Union, called the action once Monday\'s negotiations on wages and night work fell apart.',
      'Petra Lind, who leads the union, vowed that the strike would continue until port managers came back with an improved proposal.',
      'Port managers insist the action breaks the law, arguing that the required fortnight\'s notice was never given to them.',
      'Fruit from farms in the south and other perishable cargo may go bad within days, shipping companies warned.',
      'Should there be no agreement by Friday, the regional government will appoint a mediator.',
    ].join(' '));
    // "breaks the law ... fortnight's notice" for "illegal ... 14 days of notice" is too far for lexical measures;
    // the other four are found, and nothing is misaligned.
    expect(mapping(pairs)).toEqual(['1>0', '2>1', '4>3', '5>4']);
    expect(pairs.filter((p) => p.kind === 'paraphrased').length).toBeGreaterThanOrEqual(3);
  });

  it('joins the two halves of a split sentence', () => {
    const { pairs } = align(
      'Union leader Petra Lind said members would stay out. ' +
        'They will stay out until the port authority returned to the table with a better offer, she said. ' +
        'The regional government said it would appoint a mediator if no agreement was reached by Friday.',
    );
    expect(mapping(pairs)).toEqual(['2>0+1', '5>2']);
  });

  it('joins two source sentences merged into one', () => {
    const { pairs } = align(
      'Dock workers at the port of Valmora walked off the job on Tuesday, halting the loading of more than 40 cargo ships, ' +
        'in a strike called by the Harbour Workers Union after talks over pay and night shifts collapsed late on Monday.',
    );
    expect(mapping(pairs)).toEqual(['0+1>0']);
    // Two of 39 words are new ("in a"): still verbatim by the one-in-twenty rule.
    expect(pairs[0]!.kind).toBe('verbatim');
  });

  it('treats an exact excerpt of a longer sentence as verbatim', () => {
    const { pairs } = align('Shipping companies warned that perishable goods could spoil within days.');
    expect(mapping(pairs)).toEqual(['4>0']);
    expect(pairs[0]!.kind).toBe('verbatim');
    expect(pairs[0]!.covered).toBeLessThan(0.8);
  });

  it('aligns nothing in an unrelated text', () => {
    const alignment = align(
      'The city council approved a new cycling lane along the river on Wednesday after a two-hour debate. ' +
        'Councillors voted 21 to 9 in favour of the plan, which will remove about 200 parking spaces. ' +
        'Shop owners on Mill Street said they feared losing customers who drive into town.',
    );
    expect(alignment.pairs).toEqual([]);
    expect(alignment.support).toBeLessThan(0.1);
  });

  it('gives character spans that slice back to the aligned sentences', () => {
    const derived = 'A short intro line. Union leader Petra Lind said members would stay out until the port authority returned to the table with a better offer.';
    const { pairs } = align(derived);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(derived.slice(pair!.derived[0]!.start, pair!.derived[0]!.end)).toMatch(/^Union leader Petra Lind/);
    expect(SOURCE.slice(pair!.source[0]!.start, pair!.source[0]!.end)).toMatch(/^Union leader Petra Lind.*offer\.$/);
  });

  it('is deterministic and JSON-serialisable', () => {
    const a = align(SOURCE);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(align(SOURCE)).toEqual(a);
  });
});
