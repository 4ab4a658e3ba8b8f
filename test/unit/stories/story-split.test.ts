import { describe, expect, it } from 'vitest';
import type { StoryArticle } from '../../../src/stories/article-features.js';
import { articleFeatures, documentTerms } from '../../../src/stories/article-features.js';
import { articleVectors, countingArticle } from '../../../src/stories/article-vectors.js';
import { MemoryStoryIndex } from '../../../src/stories/memory-story-index.js';
import type { StoryClustererOptions, StoryMembers } from '../../../src/stories/story-clusterer.js';
import { StoryClusterer } from '../../../src/stories/story-clusterer.js';
import { joinStory, openStory } from '../../../src/stories/story-profile.js';
import type { SplitMember } from '../../../src/stories/story-split.js';
import { proposeSplit, reachesSplitCheckpoint, SPLIT_CHECKPOINTS } from '../../../src/stories/story-split.js';
import { interleavedQuakes, QUAKE_BRENN, QUAKE_KESH } from './story-fixtures.js';

/** As in story-clusterer.test.ts: frequencies of a store of 1,000 unrelated articles, so every fixture word is rare. */
const PRIOR = { documents: 1000, frequencies: new Map<string, number>() };

function member(article: StoryArticle, familyId?: string): SplitMember {
  const features = { ...articleFeatures(article), ...(familyId ? { familyId } : {}) };
  return { features, vectors: articleVectors(features, countingArticle(PRIOR, documentTerms(features))) };
}

/** A fourth report of each quake, so each event has the two articles a group needs and one spare. */
const KESH_4: StoryArticle = { ...QUAKE_KESH[0]!, id: 'kesh-4', outlet: 'Coast FM', title: 'Kesh valley quake: Orvana buries 14 dead' };
const BRENN_4: StoryArticle = { ...QUAKE_BRENN[0]!, id: 'brenn-4', outlet: 'Coast FM', title: 'Brennmark quake: Castelmar sea wall to be rebuilt' };

describe('proposeSplit', () => {
  it('divides a story holding two earthquakes into the two events, the first article keeping the story', () => {
    const split = proposeSplit([...interleavedQuakes(), KESH_4, BRENN_4].map((a) => member(a)));
    expect(split).not.toBeNull();
    expect(split!.stay).toEqual(['kesh-1', 'kesh-2', 'kesh-3', 'kesh-4']);
    expect(split!.leave).toEqual(['brenn-1', 'brenn-2', 'brenn-3', 'brenn-4']);
    expect(split!.probability).toBeLessThan(0.3);
  });

  it('leaves one event whole, and a story too small to tell', () => {
    expect(proposeSplit([...QUAKE_KESH, KESH_4].map((a) => member(a)))).toBeNull();
    expect(proposeSplit([QUAKE_KESH[0]!, QUAKE_BRENN[0]!, QUAKE_KESH[1]!].map((a) => member(a)))).toBeNull();
  });

  it('never divides a family: a copy goes where its family first is', () => {
    // brenn-2 is (say) a rewrite in kesh-1's family: it stays with the Kesh articles.
    const members = [...interleavedQuakes(), KESH_4, BRENN_4].map((a) => member(a, a.id === 'brenn-2' ? 'kesh-1' : undefined));
    const split = proposeSplit(members);
    expect(split!.stay).toContain('brenn-2');
    expect(split!.leave).toEqual(['brenn-1', 'brenn-3', 'brenn-4']);
  });

  it('checks at every second size while a story is young, including one a merge jumps over', () => {
    expect(SPLIT_CHECKPOINTS.slice(0, 7)).toEqual([4, 6, 8, 10, 12, 14, 16]);
    expect(reachesSplitCheckpoint(9, 10)).toBe(true);
    expect(reachesSplitCheckpoint(4, 5, [6])).toBe(false);
    expect(reachesSplitCheckpoint(5, 7, [6])).toBe(true);
    expect(reachesSplitCheckpoint(3, 4)).toBe(true);
    expect(reachesSplitCheckpoint(4, 5)).toBe(false);
    expect(reachesSplitCheckpoint(5, 9)).toBe(true);
    expect(reachesSplitCheckpoint(64, 65)).toBe(false);
  });
});

/**
 * A wrong join, as a one-article story invites: both quakes' first reports in one story, written as a replay does;
 * then the next two reports of each arrive through the clusterer.
 */
async function afterWrongJoin(options: StoryClustererOptions = {}) {
  const index = new MemoryStoryIndex({ prior: PRIOR });
  const featuresOf = new Map<string, ReturnType<typeof articleFeatures>>();
  const members: StoryMembers = async (id, limit) => index.membersOf(id).slice(0, limit).map((m) => featuresOf.get(m)!);
  const clusterer = new StoryClusterer(index, { members, ...options });
  const first = await clusterer.prepare(articleFeatures(QUAKE_KESH[0]!));
  const opened = openStory(first.features, first.vectors);
  await clusterer.write(first, opened, []);
  const second = await clusterer.prepare(articleFeatures(QUAKE_BRENN[0]!));
  const wrong = joinStory(opened, second.features, second.vectors);
  await clusterer.write(second, wrong, []);
  for (const p of [first, second]) featuresOf.set(p.features.id, p.features);
  const results = [];
  for (const article of [QUAKE_KESH[1]!, QUAKE_BRENN[1]!, QUAKE_KESH[2]!, QUAKE_BRENN[2]!]) {
    featuresOf.set(article.id, articleFeatures(article));
    results.push(await clusterer.assign(article));
  }
  return { index, wrong, results };
}

describe('StoryClusterer split checks', () => {
  it('moves the second event out of a story that took both, and later reports join their own event', async () => {
    const { index, wrong, results } = await afterWrongJoin();
    const split = results.find((r) => r.split !== null)?.split;
    expect(split).toBeDefined();
    expect(split!.from).toBe(wrong.story.id);
    const assignments = index.assignments();
    const storyOf = (id: string) => assignments.get(id);
    expect(new Set(QUAKE_KESH.map((a) => storyOf(a.id))).size).toBe(1);
    expect(new Set(QUAKE_BRENN.map((a) => storyOf(a.id))).size).toBe(1);
    expect(storyOf('kesh-1')).not.toBe(storyOf('brenn-1'));
    expect(index.stories().map((s) => s.story.articleCount).sort()).toEqual([3, 3]);
  });

  it('checks only at the sizes it is given', async () => {
    // No checkpoint: the wrong join stands. A single checkpoint at 6: the split comes with the sixth article.
    const never = await afterWrongJoin({ splitCheckpoints: [] });
    expect(never.results.every((r) => r.split === null)).toBe(true);
    expect(never.index.stories()).toHaveLength(1);
    const atSix = await afterWrongJoin({ splitCheckpoints: [6] });
    expect(atSix.results.map((r) => r.split !== null)).toEqual([false, false, false, true]);
    expect(atSix.index.stories().map((s) => s.story.articleCount).sort()).toEqual([3, 3]);
  });

  it('splits nothing without a way to read members', async () => {
    const index = new MemoryStoryIndex({ prior: PRIOR });
    const clusterer = new StoryClusterer(index);
    for (const article of [...QUAKE_KESH, KESH_4]) expect((await clusterer.assign(article)).split).toBeNull();
  });
});
