import { describe, expect, it } from 'vitest';
import { articleFeatures, documentTerms } from '../../../src/stories/article-features.js';
import { articleVectors, countingArticle } from '../../../src/stories/article-vectors.js';
import { JOIN_MODEL, joinLogit } from '../../../src/stories/join-model.js';
import { memberLogits } from '../../../src/stories/member-logits.js';
import { articleStoryFeatures } from '../../../src/stories/story-score.js';
import { openStory } from '../../../src/stories/story-profile.js';
import { mulberry32, syntheticArticle } from '../../../bench/lib/synthetic-news.js';
import { interleavedQuakes } from './story-fixtures.js';

/** Every pair as the split check computed it before member-logits.ts: through a one-article story's profile. */
function throughProfiles(members: { features: ReturnType<typeof articleFeatures>; vectors: ReturnType<typeof articleVectors> }[]): number[][] {
  const singles = members.map((m) => openStory(m.features, m.vectors));
  return members.map((m, i) => singles.map((s, j) => (i === j ? 0 : joinLogit(articleStoryFeatures(m.vectors, m.features.publishedMs, s), JOIN_MODEL))));
}

describe('memberLogits', () => {
  it('gives the join logits of articleStoryFeatures against one-article stories, bit for bit', () => {
    const random = mulberry32(7);
    // Generated reports (dated, with shared places and figures) and the undated fixture quakes.
    const articles = [
      ...Array.from({ length: 40 }, (_, i) => {
        const a = syntheticArticle(i, random, 10, 20);
        return { id: `g${i}`, title: a.title, text: a.text, publishedAt: a.published, outlet: a.outlet };
      }),
      ...interleavedQuakes().map((a) => ({ ...a, publishedAt: null })),
    ];
    const stats = { documents: 500, frequencies: new Map([['said', 300], ['quak', 4]]) };
    const members = articles.map((a) => {
      const features = articleFeatures(a);
      return { features, vectors: articleVectors(features, countingArticle(stats, documentTerms(features))) };
    });
    const fast = memberLogits(members.map((m) => ({ vectors: m.vectors, publishedMs: m.features.publishedMs })), JOIN_MODEL);
    expect(fast).toEqual(throughProfiles(members));
    expect(fast.flat().every((x) => Number.isFinite(x))).toBe(true);
  });
});
