import { describe, expect, it } from 'vitest';
import type { StoryArticle } from '../../../src/stories/article-features.js';
import { MemoryStoryIndex } from '../../../src/stories/memory-story-index.js';
import { StoryClusterer } from '../../../src/stories/story-clusterer.js';
import { COUNCIL_VOTE, interleavedQuakes, QUAKE_BRENN, QUAKE_KESH } from './story-fixtures.js';

/**
 * Frequencies as a store holding 1,000 other articles would have them, none of which uses these words: every word
 * of the fixtures is rare, so "earthquake" and "magnitude" are keys and the other quake's story is a candidate.
 * The decision, not the lookup, must keep the two events apart.
 */
const PRIOR = { documents: 1000, frequencies: new Map<string, number>() };

async function cluster(articles: readonly StoryArticle[]) {
  const index = new MemoryStoryIndex({ prior: PRIOR });
  const clusterer = new StoryClusterer(index);
  const assignments = [];
  for (const article of articles) assignments.push(await clusterer.assign(article));
  return { index, clusterer, assignments };
}

function groups(assignments: ReadonlyMap<string, string>): string[][] {
  const byStory = new Map<string, string[]>();
  for (const [article, story] of assignments) byStory.set(story, [...(byStory.get(story) ?? []), article]);
  return [...byStory.values()].map((ids) => ids.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('StoryClusterer', () => {
  it('keeps two earthquakes of one week apart, however the feed interleaves them', async () => {
    const { index, assignments } = await cluster([...interleavedQuakes(), COUNCIL_VOTE]);
    expect(assignments[1]!.candidates).toBeGreaterThan(0);
    expect(groups(index.assignments())).toEqual([
      ['brenn-1', 'brenn-2', 'brenn-3'],
      ['council-1'],
      ['kesh-1', 'kesh-2', 'kesh-3'],
    ]);
  });

  it('opens a story for the first article and joins the next one of the same event', async () => {
    const { assignments } = await cluster(QUAKE_KESH);
    expect(assignments.map((a) => a.decision)).toEqual(['opened', 'joined', 'joined']);
    expect(new Set(assignments.map((a) => a.storyId))).toEqual(new Set(['story:kesh-1']));
    expect(assignments[1]!.probability).toBeGreaterThan(0.7);
  });

  it('gives the same stories, ids and records for the same input order', async () => {
    const first = await cluster([...interleavedQuakes(), COUNCIL_VOTE]);
    const second = await cluster([...interleavedQuakes(), COUNCIL_VOTE]);
    expect(second.assignments).toEqual(first.assignments);
    expect(JSON.stringify(second.index.stories())).toEqual(JSON.stringify(first.index.stories()));
  });

  it('puts a copy in its source\'s story even when its words would not get it there', async () => {
    const copy: StoryArticle = { ...COUNCIL_VOTE, id: 'copy-1', sourceArticleId: 'kesh-2' };
    const { assignments, index } = await cluster([...QUAKE_KESH, COUNCIL_VOTE, copy]);
    const last = assignments[assignments.length - 1]!;
    expect(last.decision).toBe('followed-source');
    expect(last.storyId).toBe('story:kesh-1');
    expect(await index.storyOf('copy-1')).toBe('story:kesh-1');
  });

  it('assigns a copy whose source is unknown like any other article', async () => {
    const orphan: StoryArticle = { ...QUAKE_KESH[1]!, id: 'orphan', sourceArticleId: 'never-seen' };
    const { assignments } = await cluster([QUAKE_KESH[0]!, orphan]);
    expect(assignments[1]!.decision).toBe('joined');
  });

  it('merges two fragments of one story when a bridging article joins one and matches the other', async () => {
    const index = new MemoryStoryIndex();
    // A clusterer that never joins splits the first two reports into two stories, as a too-strict decision would.
    const strict = new StoryClusterer(index, { joinThreshold: 2 });
    await strict.assign(QUAKE_KESH[0]!);
    await strict.assign(QUAKE_KESH[1]!);
    expect(groups(index.assignments())).toHaveLength(2);
    const bridging = await new StoryClusterer(index).assign(QUAKE_KESH[2]!);
    expect(bridging.decision).toBe('joined');
    expect(bridging.merges).toHaveLength(1);
    expect(bridging.merges[0]!.articleId).toBe('kesh-3');
    expect(groups(index.assignments())).toEqual([['kesh-1', 'kesh-2', 'kesh-3']]);
    const survivor = bridging.merges[0]!.into;
    expect(await index.storyOf('kesh-1')).toBe(survivor);
    expect(await index.storyOf('kesh-2')).toBe(survivor);
    expect(await index.profile(bridging.merges[0]!.from)).toBe(await index.profile(survivor));
    expect((await index.profile(survivor))!.story.articleCount).toBe(3);
  });

  it('does not merge two different events when an article of one is assigned', async () => {
    const { assignments } = await cluster(interleavedQuakes());
    expect(assignments.flatMap((a) => a.merges)).toEqual([]);
  });
});

describe('the story record', () => {
  it('keeps the time span, outlets, counts, main entities and a member headline as title', async () => {
    const { index } = await cluster(QUAKE_BRENN);
    const [profile] = index.stories();
    const story = profile!.story;
    expect(story.articleCount).toBe(3);
    expect(story.familyCount).toBe(3);
    expect(story.firstSeen).toBe('2025-03-05T09:00:00.000Z');
    expect(story.lastSeen).toBe('2025-03-06T08:00:00.000Z');
    expect(story.outlets).toEqual(['Harbour Daily', 'Valley Post', 'Wire East']);
    expect(QUAKE_BRENN.map((a) => a.title)).toContain(story.title);
    expect(QUAKE_BRENN.map((a) => a.id)).toContain(story.titleArticleId);
    const names = story.mainEntities.map((e) => e.name);
    expect(names).toContain('Castelmar');
    expect(story.mainEntities[0]!.articles).toBe(3);
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
  });

  it('counts copies of one family once', async () => {
    const copy: StoryArticle = { ...QUAKE_BRENN[0]!, id: 'brenn-copy', sourceArticleId: 'brenn-1', familyId: 'brenn-1' };
    const { index } = await cluster([{ ...QUAKE_BRENN[0]!, familyId: 'brenn-1' }, copy, QUAKE_BRENN[1]!]);
    const [profile] = index.stories();
    expect(profile!.story.articleCount).toBe(3);
    expect(profile!.story.familyCount).toBe(2);
  });
});
