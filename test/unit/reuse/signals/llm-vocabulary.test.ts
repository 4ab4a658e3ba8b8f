import { describe, expect, it } from 'vitest';
import { detectLlmVocabulary, vocabularyDensity } from '../../../../src/reuse/signals/llm-vocabulary.js';

const filler = (n: number) => Array.from({ length: n }, () => 'the ship sailed').join(' ');

describe('detectLlmVocabulary', () => {
  it('reports a dense use of LLM-favoured words, pointing at the first', () => {
    const text = `Furthermore, the accord marks a pivotal moment and underscores a rich tapestry of ties. ${filler(60)}`;
    const [signal] = detectLlmVocabulary(text);
    expect(signal).toMatchObject({ kind: 'rewrite.formulaic' });
    expect(signal!.evidence).toContain('Furthermore, pivotal, underscores, tapestry');
    expect(signal!.confidence).toBeGreaterThanOrEqual(0.3);
    expect(signal!.confidence).toBeLessThanOrEqual(0.5);
    expect(text.slice(signal!.span!.start, signal!.span!.end)).toBe('Furthermore');
  });

  it('ignores one such word, and words ordinary news also uses', () => {
    expect(detectLlmVocabulary(`The accord marks a pivotal moment. ${filler(30)}`)).toEqual([]);
    expect(detectLlmVocabulary(`The crucial vote reshaped the political landscape. ${filler(30)}`)).toEqual([]);
  });

  it('ignores a couple of such words in a long text', () => {
    expect(detectLlmVocabulary(`Furthermore, it was pivotal. ${filler(300)}`)).toEqual([]);
    expect(vocabularyDensity('Delving into it').weighted).toBe(1);
  });
});
