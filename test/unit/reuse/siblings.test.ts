import { describe, expect, it } from 'vitest';
import { assessDerivation } from '../../../src/reuse/derivation.js';
import { profileText } from '../../../src/reuse/sentence-profile.js';
import { eachHasItsOwn, SIBLING_OWN_SHARE, SIBLING_WIDER_OWN_SHARE, siblingVerdict } from '../../../src/reuse/siblings.js';

// Two outlets rewrote one (absent) wire story about a fictional ferry accident; each kept some of it and added its
// own material. Written for these tests.
const OUTLET_A = [
  'A passenger ferry ran aground off the island of Korsa on Sunday evening, leaving 230 people stranded on board for six hours.',
  'The coast guard said nobody was seriously hurt and that all passengers were taken ashore by lifeboats before midnight.',
  'The captain told investigators that a steering fault had forced the vessel onto a sandbank near the harbour entrance.',
  'The ferry operator Nordline said it would suspend the route until the hull had been inspected by divers.',
  'Local fishermen said the channel had not been dredged for years and that boats often scraped the bottom at low tide.',
  'The harbour master promised a review of the channel depth before the summer season begins.',
].join(' ');
const OUTLET_B = [
  'About 230 passengers spent six hours stuck on a ferry that ran aground near Korsa island on Sunday evening.',
  'According to the coast guard, nobody was seriously injured and every passenger was brought ashore by lifeboats before midnight.',
  'The captain blamed a steering fault that pushed the vessel onto a sandbank close to the harbour entrance, investigators said.',
  'Nordline, which runs the ferry, has suspended the route while divers inspect the hull.',
  'Passengers described a sudden jolt followed by hours of waiting in the dark with little information from the crew.',
  'One family said their children had been given only water and biscuits during the wait.',
].join(' ');
// OUTLET_A rewritten once: words swapped, its fifth sentence cut, one sentence of the rewriter's own added. Each text
// then has about a sixth of its own, which is what a parent and its rewritten child look like, not two rewrites of
// a third text (the old single bar of 15% called this pair siblings).
const OUTLET_A_EDITED = [
  'A passenger ferry ran aground off the island of Korsa on Sunday night, leaving 230 people stuck on board for six hours.',
  'The coastguard said no one was seriously hurt and that all passengers were brought ashore by lifeboats before midnight.',
  'The captain told investigators that a steering failure had forced the ship onto a sandbank near the harbour entrance.',
  'The ferry company Nordline said it would halt the route until the hull had been checked by divers.',
  'The harbour master pledged a review of the channel depth before the summer season starts.',
  'Nordline offered every stranded passenger a full refund, a hotel night and a free return trip later in the year.',
].join(' ');
const UNRELATED = [
  'The city council approved a new cycling lane along the river on Wednesday after a two-hour debate.',
  'Councillors voted 21 to 9 in favour of the plan, which will remove about 200 parking spaces.',
  'Shop owners on Mill Street said they feared losing customers who drive into town.',
].join(' ');

const verdict = (a: string, b: string) => {
  const pa = profileText(a);
  const pb = profileText(b);
  return siblingVerdict(assessDerivation(pa, pb), assessDerivation(pb, pa));
};

describe('siblingVerdict', () => {
  it('calls two rewrites of one story, each with its own material, siblings', () => {
    const v = verdict(OUTLET_A, OUTLET_B);
    expect(v.kind).toBe('siblings');
    if (v.kind === 'siblings') expect(v.shared).toBeGreaterThan(0.33);
  });

  it('does not call a copy a sibling', () => {
    expect(verdict(OUTLET_A, OUTLET_A)).toEqual({ kind: 'not-siblings', reason: 'copy' });
  });

  it('does not call unrelated texts siblings', () => {
    expect(verdict(OUTLET_A, UNRELATED)).toEqual({ kind: 'not-siblings', reason: 'independent' });
  });

  it('does not call a parent and its child with one sentence cut and one added siblings', () => {
    expect(verdict(OUTLET_A, OUTLET_A_EDITED)).toEqual({ kind: 'not-siblings', reason: 'contained' });
  });
});

describe('eachHasItsOwn', () => {
  it('wants some own material in each text and a wider share of it in one', () => {
    // Two siblings that each keep different two thirds of their source and add their own paragraphs.
    expect(eachHasItsOwn(0.65, 0.7)).toBe(true);
    // One reads as a light edit of the other (almost wholly inside it).
    expect(eachHasItsOwn(0.7, 1 - SIBLING_OWN_SHARE + 0.01)).toBe(false);
    // Each has a little of its own, neither much: one edit's cuts and additions.
    expect(eachHasItsOwn(0.84, 0.84)).toBe(false);
    // At the bars themselves.
    expect(eachHasItsOwn(1 - SIBLING_WIDER_OWN_SHARE, 1 - SIBLING_OWN_SHARE)).toBe(true);
  });
});
