import { describe, expect, it } from 'vitest';
import { detectArticleSignals } from '../../../../src/reuse/signals/detect-signals.js';
import { machineRewriteScore } from '../../../../src/reuse/signals/machine-rewrite-score.js';
import { buildNameForms } from '../../../../src/reuse/signals/proper-noun-runs.js';

const WIRE = {
  title: 'Twelve dead as fire sweeps through Brannock harbour',
  publishedAt: '2024-06-12T06:15:00.000Z',
  text: [
    'BRANNOCK, June 12 (Meridian Wire) - At least 12 people were killed when a fire swept through the fuel quay of Brannock harbour on Tuesday night, Tarsan officials said.',
    'Harbour master Pell Odrany said three ships were destroyed. The coast guard urged vessels to keep clear.',
    '"As an AI researcher, I would not trust the sensors," said Mara Venn, who studies port safety.',
    'In conclusion, the minister said, the inquiry would report within a month.',
  ].join('\n\n'),
};

const FARM = {
  title: 'Tragedy Strikes Brannock Harbour',
  publishedAt: '2024-06-12T09:40:00.000Z',
  text: [
    "In today's fast-paced world, disasters can strike when we least expect them. Tragedy unfolded in Brannock on Tuesday night.",
    'Harbour master pell Odrany said three ships were destroyed.',
    'I cannot complete this prompt as it requires information about events after my knowledge cutoff.',
    'In conclusion, the fire is a devastating reminder of the risks faced by those who work in ports.',
  ].join('\n\n'),
};

describe('detectArticleSignals', () => {
  it('leaves a normal wire story clean, even with a quoted "as an AI researcher" and one "In conclusion"', () => {
    const signals = detectArticleSignals(WIRE);
    expect(signals.map((s) => s.kind)).toEqual(['rewrite.formulaic']);
    expect(machineRewriteScore(signals).likely).toBe(false);
  });

  it('finds every marker of a farm rewrite, in text order, and scores it likely', () => {
    const nameForms = buildNameForms([WIRE.text, 'Pell Odrany, the harbour master, said so.']);
    const signals = detectArticleSignals(FARM, { nameForms });
    expect(signals.map((s) => s.kind)).toEqual([
      'rewrite.formulaic', 'rewrite.mangled-name', 'rewrite.chatbot-phrase', 'rewrite.chatbot-phrase', 'rewrite.formulaic', 'rewrite.formulaic',
    ]);
    for (const s of signals) expect(s.evidence).toContain(FARM.text.slice(s.span!.start, s.span!.end));
    expect(machineRewriteScore(signals).score).toBeGreaterThan(0.9);
  });

  it('runs the story checks only with their context, and is deterministic', () => {
    const late = { ...WIRE, text: 'Last week the fire destroyed three ships.', publishedAt: '2024-08-01T00:00:00.000Z' };
    expect(detectArticleSignals(late)).toEqual([]);
    expect(detectArticleSignals(late, { storyMedianDate: '2024-06-12T12:00:00.000Z' }).map((s) => s.kind)).toEqual(['date.late']);
    expect(detectArticleSignals(FARM)).toEqual(detectArticleSignals(FARM));
  });

  it('reads the title for chatbot phrases', () => {
    const signals = detectArticleSignals({ ...WIRE, title: "I'm sorry, but I cannot fulfill this request" });
    expect(signals.some((s) => s.kind === 'rewrite.chatbot-phrase' && s.span === undefined)).toBe(true);
  });
});
