import { describe, expect, it } from 'vitest';
import { mulberry32, syntheticArticle } from '../../../bench/lib/synthetic-news.js';
import type { StoryArticle } from '../../../src/stories/article-features.js';
import { MemoryStoryIndex } from '../../../src/stories/memory-story-index.js';
import { IdVector } from '../../../src/stories/id-vector.js';
import { ProfileArchive } from '../../../src/stories/profile-archive.js';
import { StoryClusterer } from '../../../src/stories/story-clusterer.js';

/** 400 generated articles, 10 a day: a 40-day stream whose early stories are long over by its end. */
function stream(count = 400, perDay = 10): StoryArticle[] {
  const random = mulberry32(7);
  return Array.from({ length: count }, (_, i) => {
    const a = syntheticArticle(i, random, undefined, perDay);
    return { id: `a${i}`, title: a.title, text: a.text, publishedAt: a.published, outlet: a.outlet };
  });
}

async function cluster(index: MemoryStoryIndex, articles: readonly StoryArticle[]) {
  const clusterer = new StoryClusterer(index, { splitCheckpoints: [] });
  const assignments = [];
  for (const article of articles) assignments.push(await clusterer.assign(article));
  return assignments;
}

describe('quiet stories (profiles off the heap)', () => {
  it('makes exactly the decisions of an index that keeps every profile, and lists the same stories', async () => {
    const articles = stream();
    const quiet = new MemoryStoryIndex({ quietDays: 3, quietDocuments: 20 });
    const held = new MemoryStoryIndex({ quietDays: Infinity });
    const a = await cluster(quiet, articles);
    const b = await cluster(held, articles);
    expect(quiet.quietStories).toBeGreaterThan(50);
    expect(held.quietStories).toBe(0);
    expect(a).toEqual(b);
    expect(quiet.storyCount()).toBe(held.storyCount());
    expect(JSON.stringify(quiet.stories())).toBe(JSON.stringify(held.stories()));
    // Listing reads quiet profiles without bringing them back to the heap.
    expect(quiet.quietStories).toBeGreaterThan(50);
  });

  it('reads a quiet story back when an article joins it, dated back or undated', async () => {
    const articles = stream();
    const quiet = new MemoryStoryIndex({ quietDays: 3, quietDocuments: 20 });
    const held = new MemoryStoryIndex({ quietDays: Infinity });
    await cluster(quiet, articles);
    await cluster(held, articles);
    // One article of each of three quiet stories: all ended more than three days before the stream did.
    const end = Date.parse(articles[articles.length - 1]!.publishedAt!);
    const quietOnes: StoryArticle[] = [];
    const seen = new Set<string>();
    for (const article of articles) {
      const story = (await quiet.storyOf(article.id))!;
      if (quiet.isQuiet(story) && !seen.has(story)) quietOnes.push(article);
      seen.add(story);
    }
    expect(quietOnes.length).toBeGreaterThan(3);
    const ended = await Promise.all(quietOnes.map(async (a) => (await held.profile((await held.storyOf(a.id))!))!.lastMs!));
    expect(Math.max(...ended)).toBeLessThan(end - 3 * 86_400_000);
    const [shown, dated, undated] = quietOnes as [StoryArticle, StoryArticle, StoryArticle];
    const shownStory = (await quiet.storyOf(shown.id))!;
    const before = { quiet: quiet.quietStories, reads: quiet.quietReads };
    expect(await quiet.profile(shownStory)).toEqual(await held.profile(shownStory));
    // profile() held it again.
    expect(quiet.isQuiet(shownStory)).toBe(false);
    expect(quiet.quietStories).toBe(before.quiet - 1);
    expect(quiet.quietReads).toBe(before.reads + 1);
    const late: StoryArticle[] = [
      { ...dated, id: 'late-dated' },
      { ...undated, id: 'late-undated', publishedAt: null },
    ];
    const a = await cluster(quiet, late);
    const b = await cluster(held, late);
    // Both stories came back to the heap to be scored, and were joined.
    expect(quiet.quietReads).toBeGreaterThanOrEqual(before.reads + 3);
    expect(a).toEqual(b);
    expect(a.map((x) => x.storyId)).toEqual([await held.storyOf(dated.id), await held.storyOf(undated.id)]);
    expect(a.map((x) => x.decision)).toEqual(['joined', 'joined']);
  });
});

describe('ProfileArchive', () => {
  it('gives back each profile as it was stored, across chunks and for a profile larger than one', async () => {
    const index = new MemoryStoryIndex({ quietDays: Infinity });
    await cluster(index, stream(120));
    const profiles = index.stories();
    const archive = new ProfileArchive(undefined, 4_096);
    const handles = profiles.map((p) => archive.put(p));
    expect(archive.stats.chunks).toBeGreaterThan(3);
    expect(handles.map((h) => archive.get(h))).toEqual(JSON.parse(JSON.stringify(profiles)));
    const big = profiles.reduce((x, y) => (JSON.stringify(x).length >= JSON.stringify(y).length ? x : y));
    expect(JSON.stringify(big).length).toBeGreaterThan(4_096);
    expect(archive.get(archive.put(big))).toEqual(JSON.parse(JSON.stringify(big)));
    // Byte for byte the same record, keys in the same order.
    expect(handles.map((h) => JSON.stringify(archive.get(h)))).toEqual(profiles.map((p) => JSON.stringify(p)));
  });

  it('keeps vectors as the index\'s term ids when it is given the terms, and reads them back with their ids', async () => {
    const index = new MemoryStoryIndex({ quietDays: Infinity });
    await cluster(index, stream(120));
    const profiles = index.stories();
    const termOf = new Map<number, string>();
    for (const p of profiles) {
      for (const v of [p.title, p.body, p.entities, p.times, p.numbers, p.representative.vector]) {
        const ids = IdVector.idsOf(v)!;
        v.terms.forEach((term, i) => termOf.set(ids[i]!, term));
      }
    }
    const byIds = new ProfileArchive({ termOf: (id) => termOf.get(id)! });
    const whole = new ProfileArchive();
    const back = profiles.map((p) => byIds.get(byIds.put(p)));
    expect(back.map((p) => JSON.stringify(p))).toEqual(profiles.map((p) => JSON.stringify(p)));
    expect([...IdVector.idsOf(back[0]!.body)!]).toEqual([...IdVector.idsOf(profiles[0]!.body)!]);
    for (const p of profiles) whole.put(p);
    // Ids and raw weights take 12 bytes a term where the JSON took more.
    expect(byIds.stats.bytes).toBeLessThan(whole.stats.bytes);
  });

  it('keeps a profile whose term holds a control character, and empty vectors', async () => {
    const index = new MemoryStoryIndex({ quietDays: Infinity });
    await cluster(index, stream(3));
    const [profile] = index.stories();
    const odd = { ...profile!, body: { terms: ['a\u0001b', ...profile!.body.terms.slice(1)], weights: profile!.body.weights }, numbers: { terms: [], weights: [] } };
    const archive = new ProfileArchive();
    expect(JSON.stringify(archive.get(archive.put(odd)))).toBe(JSON.stringify(odd));
    const empty = { ...profile!, title: { terms: [], weights: [] }, numbers: { terms: [], weights: [] } };
    expect(JSON.stringify(archive.get(archive.put(empty)))).toBe(JSON.stringify(empty));
  });
});
