import { describe, expect, it } from 'vitest';
import { detectChatbotPhrases, detectTitleChatbotPhrase } from '../../../../src/reuse/signals/chatbot-phrase.js';

const phrases = (text: string) => detectChatbotPhrases(text).map((s) => s.evidence);

describe('detectChatbotPhrases', () => {
  it('finds the phrases chatbots leave behind, as exact spans', () => {
    const text = 'Protesters gathered. As an AI language model, I do not have access to real-time information about the protest.';
    const signals = detectChatbotPhrases(text);
    expect(signals.map((s) => s.evidence)).toEqual(['As an AI language model', 'I do not have access to real-time information']);
    for (const s of signals) {
      expect(s.kind).toBe('rewrite.chatbot-phrase');
      expect(s.confidence).toBeGreaterThanOrEqual(0.9);
      expect(text.slice(s.span!.start, s.span!.end)).toBe(s.evidence);
    }
  });

  it.each([
    ['I cannot complete this prompt as it requires information about events after my knowledge cutoff.', 'I cannot complete this prompt'],
    ["I'm sorry, but I can't fulfill that request.", "I can't fulfill that request"],
    ['Certainly! Here is a rewritten version of the article.', 'Certainly! Here is'],
    ["Here's a rewritten version of the text you sent.", "Here's a rewritten version"],
    ['as of my last knowledge update in 2023, the minister was in office', 'as of my last knowledge update'],
    ['Regenerate response', 'Regenerate response'],
  ])('finds %j', (text, phrase) => {
    expect(phrases(text)).toContain(phrase);
  });

  it('does not fire on people talking about AI or declining to comment', () => {
    for (const text of [
      'Speaking as an AI researcher, she said the risks were overstated.',
      'As an artificial intelligence expert, he was sceptical.',
      '"I\'m sorry, but I can\'t comment on that," the spokesman said.',
      'ChatGPT, described as a large language model that predicts words, was released in 2022.',
      'The minister said she could not provide the figures until Monday.',
    ]) expect(phrases(text), text).toEqual([]);
  });

  it('halves the confidence when the phrase is quoted', () => {
    const [signal] = detectChatbotPhrases('The bot replied: "As an AI language model, I cannot do that."');
    expect(signal?.confidence).toBeLessThan(0.5);
  });

  it('reads titles', () => {
    expect(detectTitleChatbotPhrase("I'm sorry, but I cannot fulfill this request")?.evidence).toMatch(/^title: /);
  });
});
