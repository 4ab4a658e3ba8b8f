import { describe, expect, it } from 'vitest';
import { detectRewriteAdmissions, detectTitleAdmission } from '../../../../src/reuse/signals/rewrite-admission.js';

const kinds = (text: string) => detectRewriteAdmissions(text).map((s) => s.evidence);

describe('detectRewriteAdmissions', () => {
  it('finds the content-farm admission lines, quoting the sentence with its offsets', () => {
    const text = 'The accord was signed on Monday.\n\nThis story has been rephrased from its original source.';
    const [signal] = detectRewriteAdmissions(text);
    expect(signal).toMatchObject({ kind: 'rewrite.admission', evidence: 'This story has been rephrased from its original source.', confidence: 0.95 });
    expect(text.slice(signal!.span!.start, signal!.span!.end)).toBe(signal!.evidence);
    expect(kinds('Our editors found this article on Lisgar Gazette and regenerated it using AI to make it easier to read.')).toHaveLength(1);
  });

  it('finds AI-assistance disclosures and "originally published ... rewritten"', () => {
    for (const line of [
      'This article was generated with the help of AI.',
      'This content was written using ChatGPT and reviewed by our staff.',
      'This article is AI-generated.',
      'Written with the help of AI.',
      'We took the original report and rewrote it using AI.',
      'This story was originally published at Example Times and has been rewritten for our readers.',
    ]) expect(kinds(`Officials met on Monday. ${line}`), line).toHaveLength(1);
  });

  it('finds the cheap multilingual forms', () => {
    for (const line of [
      'Dieser Artikel wurde mit Hilfe von KI erstellt.',
      'Cet article a été généré par une intelligence artificielle.',
      'Este artículo fue redactado con ayuda de IA.',
      'Questo articolo è stato scritto con l\'aiuto dell\'IA.',
      'Dit artikel is gegenereerd met behulp van AI.',
    ]) expect(kinds(line), line).toHaveLength(1);
  });

  it('ignores newsroom notes and news about AI', () => {
    for (const line of [
      'This story has been updated.',
      'This story has been rewritten throughout to add reaction.',
      'This article was originally published on The Conversation.',
      'This article looks at AI-generated images flooding social media.',
      'The agency said the report was written with the help of AI.',
      'We rewrote our AI policy last year, the editor said.',
      'Der Artikel beschreibt, wie KI Texte generiert.',
    ]) expect(kinds(line), line).toEqual([]);
  });

  it('halves the confidence of an admission someone is quoted making', () => {
    const [signal] = detectRewriteAdmissions('"We found this article online and regenerated it with AI," the site owner admitted.');
    expect(signal?.confidence).toBeLessThan(0.5);
  });

  it('reads titles too, without a span', () => {
    expect(detectTitleAdmission('This article was generated with the help of AI')).toMatchObject({ kind: 'rewrite.admission' });
    expect(detectTitleAdmission('Leaders sign patrol accord')).toBeNull();
  });
});
