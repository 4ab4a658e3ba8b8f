import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/analyze/claims.js';
import type { CorroborationArticle } from '../../../src/corroborate/corroborate.js';
import { corroborate } from '../../../src/corroborate/corroborate.js';
import { cosine, SEMANTIC_CAP, semanticLogit } from '../../../src/corroborate/semantic-evidence.js';

const at = '2024-03-05T10:00:00Z';
const article = (id: string, text: string): CorroborationArticle =>
  ({ id, familyId: id, publishedAt: at, outlet: id, claims: extractClaims(text, { articleId: id, publishedAt: at }) });
/** Every claim text of the articles with the vector `vectorOf` gives its position among them. */
const embeddings = (articles: readonly CorroborationArticle[], vectorOf: (i: number) => number[]) =>
  new Map(articles.flatMap((a) => a.claims.map((c) => c.text)).map((t, i) => [t, Float32Array.from(vectorOf(i))]));

describe('semantic evidence (semantic-evidence.ts)', () => {
  it('adds log-odds by the cosine, capped, and nothing without two embeddings', () => {
    const v = Float32Array.from([1, 2, 3]);
    expect(cosine(v, Float32Array.from([2, 4, 6]))).toBeCloseTo(1, 6);
    expect(semanticLogit(v, v)).toBeGreaterThan(1);
    expect(semanticLogit(v, Float32Array.from([-3, 0, 1]))).toBe(-SEMANTIC_CAP);
    expect(semanticLogit(v, null)).toBe(0);
    expect(cosine(v, new Float32Array(3))).toBe(0);
  });

  it('joins a paraphrase the wording alone keeps apart when the embeddings agree', () => {
    const story = [
      article('a', 'Rescue teams pulled four survivors from the collapsed hotel in Varro.'),
      article('b', 'Four people were rescued alive from the ruins of the Varro hotel by emergency crews.'),
    ];
    expect(corroborate(story).groups.length).toBe(2);
    const together = corroborate(story, { embeddings: embeddings(story, () => [1, 0, 0]) });
    expect(together.groups.map((g) => g.articleIds)).toEqual([['a', 'b']]);
  });

  it('splits claims that share their words but not their meaning when the embeddings disagree', () => {
    const story = [
      article('a', 'Rescue teams pulled four survivors from the collapsed hotel in Varro.'),
      article('b', 'Rescue teams searched the collapsed hotel in Varro for survivors overnight.'),
    ];
    expect(corroborate(story).groups.length).toBe(1);
    expect(corroborate(story, { embeddings: embeddings(story, (i) => (i === 0 ? [1, 0, 0] : [0, 1, 0])) }).groups.length).toBe(2);
  });
});
