import { describe, expect, it } from 'vitest';
import { bandOfTaggedKey, lshKeys, sharesBand, taggedKeys } from '../../../src/reuse/lsh-keys.js';
import { deriveLshParams } from '../../../src/reuse/lsh-params.js';
import type { Signature } from '../../../src/reuse/minhash.js';
import { createMinHasher } from '../../../src/reuse/minhash.js';
import { shingleHashes } from '../../../src/text/shingles.js';

const signature = (values: number[], seed = 1): Signature => ({ seed, size: values.length, values: Uint32Array.from(values) });
const counting = (n: number) => Array.from({ length: n }, (_, i) => i * 7919);

describe('LSH band keys', () => {
  it('gives one key per band, and changes only the band whose rows changed', () => {
    const a = lshKeys(signature(counting(12)), { bands: 4, rows: 3 });
    const changed = counting(12);
    changed[7] = 1;
    const b = lshKeys(signature(changed), { bands: 4, rows: 3 });
    expect(a.keys.length).toBe(4);
    expect(Array.from(a.keys, (k, band) => k === b.keys[band])).toEqual([true, true, false, true]);
    expect(lshKeys(signature(counting(12)), { bands: 4, rows: 3 }).keys).toEqual(a.keys);
  });

  it('ignores positions past bands x rows, as datasketch does', () => {
    const a = lshKeys(signature([...counting(12), 5]), { bands: 4, rows: 3 });
    const b = lshKeys(signature([...counting(12), 6]), { bands: 4, rows: 3 });
    expect(a.keys).toEqual(b.keys);
  });

  it('never matches keys made under another seed or band layout', () => {
    const values = counting(12);
    const base = lshKeys(signature(values), { bands: 4, rows: 3 });
    expect(sharesBand(base, lshKeys(signature(values, 2), { bands: 4, rows: 3 }))).toBe(false);
    expect(sharesBand(base, lshKeys(signature(values), { bands: 3, rows: 4 }))).toBe(false);
    expect(Array.from(lshKeys(signature(values, 2), { bands: 4, rows: 3 }).keys).some((k, i) => k === base.keys[i])).toBe(false);
  });

  it('tags each key with its band in one safe integer below 2^47', () => {
    const keys = lshKeys(signature(counting(12)), { bands: 4, rows: 3 });
    const tagged = taggedKeys(keys);
    expect(tagged.map(bandOfTaggedKey)).toEqual([0, 1, 2, 3]);
    expect(tagged.every((t, band) => t % 2 ** 32 === keys.keys[band] && t < 2 ** 47 && Number.isSafeInteger(t))).toBe(true);
  });

  it('refuses a layout that does not fit the signature', () => {
    expect(() => lshKeys(signature(counting(12)), { bands: 5, rows: 3 })).toThrow(expect.objectContaining({ code: 'CC_LSH_OPTIONS' }));
    expect(() => lshKeys(signature(counting(12)), { bands: 0, rows: 3 })).toThrow(expect.objectContaining({ code: 'CC_LSH_OPTIONS' }));
  });
});

describe('LSH candidates (fixed seeds)', () => {
  const hasher = createMinHasher({ seed: 2024 });
  const layout = deriveLshParams({ threshold: 0.5, size: hasher.size });
  const keysOf = (text: string) => lshKeys(hasher.sign(shingleHashes(text)), layout);

  const story = `Two fishing boats were damaged in a storm off Port Avel on Tuesday, the coast guard said, and their crews
were brought ashore without injury. The harbour master closed the port until Thursday, when divers will inspect the
breakwater. Unions warned that a week without landings would cost the cooperative more than 40,000 euros and asked the
regional council for emergency help; the council said it would decide on Friday after engineers assessed the damage.`;
  const lightlyEdited = story.replace('Two fishing boats were damaged', 'Two trawlers were damaged').replace('on Friday', 'this Friday');
  // Exact Jaccard similarity of 3-word shingles with the story: 0.86 and 0.76, above the 0.5 threshold.
  const reworded = story.replace('Unions warned that a week without landings would cost', 'Fishermen say a week with no catch could cost');
  const unrelated = [
    `Voters in Brennmark elected a new mayor on Sunday after a campaign dominated by housing costs and the future of the
old tram depot. Turnout was 61 percent, up from 54 percent four years ago, and the winner promised open meetings.`,
    `The national football team lost 2-1 to Castelmar in a friendly on Wednesday night; the coach said the young squad
had learned more from the defeat than from any win this year, and named three new players for the autumn qualifiers.`,
    `Scientists at the Lindholt observatory reported a comet that will pass close enough to be seen without a telescope
in March, the first since 1997, and asked the public to send photographs to help measure the tail.`,
  ];

  it('finds near-duplicates as candidates', () => {
    expect(sharesBand(keysOf(story), keysOf(lightlyEdited))).toBe(true);
    expect(sharesBand(keysOf(story), keysOf(reworded))).toBe(true);
    expect(sharesBand(keysOf(story), keysOf(story.toUpperCase()))).toBe(true);
  });

  it('does not make unrelated texts candidates', () => {
    for (const other of unrelated) expect(sharesBand(keysOf(story), keysOf(other))).toBe(false);
    expect(sharesBand(keysOf(unrelated[0]!), keysOf(unrelated[1]!))).toBe(false);
  });
});
