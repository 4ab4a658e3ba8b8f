import { describe, expect, it } from 'vitest';
import { assessDerivation } from '../../../src/reuse/derivation.js';
import { profileText } from '../../../src/reuse/sentence-profile.js';
import { sharedSentences, shareWithin } from '../../../src/reuse/shared-part.js';

// A fictional story written for this test: three outlets each keep a different part of it.
const STORY = [
  'The river Oster burst its banks near the village of Kelby on Sunday night after two days of heavy rain.',
  'About 120 homes were flooded and 40 families spent the night in the village school.',
  'Fire crews used boats to rescue an elderly couple trapped on the upper floor of their cottage.',
  'The regional council said the flood barrier built in 2015 had been overtopped for the first time.',
  'Farmers said hundreds of hectares of winter wheat were under water and would be lost.',
  'The weather service expects the river to fall slowly from Tuesday as the rain moves east.',
];
const text = (indices: readonly number[]) => indices.map((i) => STORY[i]).join(' ');

describe('sharedSentences and shareWithin', () => {
  const a = profileText(text([0, 1, 2, 3, 4]));
  const b = profileText(text([0, 1, 3, 5]));
  const c = profileText(text([0, 2, 4, 5]));
  const shared = (x: typeof a, y: typeof a) => sharedSentences(assessDerivation(y, x), assessDerivation(x, y));

  it('finds the sentences of a text that the other text holds', () => {
    expect([...shared(b, a)].sort()).toEqual([0, 1, 2]);
  });

  it('says a third text explains an overlap only when it holds what the two share', () => {
    // What b shares with a (sentences 0, 1, 3 of the story) lies inside what b shares with a: trivially explained.
    expect(shareWithin(b, shared(b, a), shared(b, a))).toBe(1);
    // c holds only the first of the story sentences b shares with a: c does not explain that overlap.
    expect(shareWithin(b, shared(b, a), shared(b, c))).toBeLessThan(0.5);
  });

  it('treats an empty overlap as explained', () => {
    expect(shareWithin(b, new Set(), new Set())).toBe(1);
  });
});
