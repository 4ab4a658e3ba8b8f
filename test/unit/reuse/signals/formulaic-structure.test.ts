import { describe, expect, it } from 'vitest';
import { detectFormulaicStructure } from '../../../../src/reuse/signals/formulaic-structure.js';
import { machineRewriteScore } from '../../../../src/reuse/signals/machine-rewrite-score.js';

const WIRE = [
  'BRANNOCK, June 12 (Meridian Wire) - At least 12 people were killed when a fire swept through the fuel quay, officials said.',
  'The fire broke out at about 9.40 p.m. on Quay 7 and spread to vessels moored nearby.',
  'In conclusion, the minister said, the inquiry would report within a month.',
].join('\n\n');

const FARM = [
  "In today's fast-paced world, disasters can strike when we least expect them. Let's dive into the details.",
  'A fire tore through the fuel quay on Tuesday night, officials said.',
  'It is worth noting that the cause has not been established.',
  'In conclusion, the fire is a stark reminder of the risks faced by those who work in ports.',
].join('\n\n');

describe('detectFormulaicStructure', () => {
  it('finds the opening, hook, signposting, closing and clichés of a formulaic rewrite, with spans', () => {
    const signals = detectFormulaicStructure(FARM);
    expect(signals.map((s) => s.evidence)).toEqual([
      "In today's fast-paced world (formulaic opening)",
      "Let's dive into the details. (hook)",
      'It is worth noting that (signposting)',
      'In conclusion, (closing summary)',
      'a stark reminder (cliché)',
    ]);
    for (const s of signals) {
      expect(s.kind).toBe('rewrite.formulaic');
      expect(s.confidence).toBeGreaterThanOrEqual(0.25);
      expect(s.confidence).toBeLessThanOrEqual(0.6);
      expect(s.evidence.startsWith(FARM.slice(s.span!.start, s.span!.end))).toBe(true);
    }
    expect(machineRewriteScore(signals).likely).toBe(true);
  });

  it('scores a wire story that says "In conclusion, the minister said" once below the threshold', () => {
    const signals = detectFormulaicStructure(WIRE);
    expect(signals.map((s) => s.evidence)).toEqual(['In conclusion, (closing summary)']);
    expect(machineRewriteScore(signals).likely).toBe(false);
  });

  it('counts an opening only at the start of the article and a closing only at its end', () => {
    const text = 'Officials met on Monday.\n\nIn a significant development, the talks resumed.\n\nIn conclusion, nothing changed.\n\nThe next round is in May.\n\nThe talks end on Friday.';
    expect(detectFormulaicStructure(text)).toEqual([]);
  });

  it('leaves explainers that promise to explain alone', () => {
    expect(detectFormulaicStructure('Here is what it could mean for Morvessa.\n\nThe accord was signed on Monday.')).toEqual([]);
  });
});
