import { describe, expect, it } from 'vitest';
import { articleFeatures, numberCounts } from '../../../src/stories/article-features.js';
import { articleEntities } from '../../../src/stories/story-entities.js';
import { MemoryStoryIndex } from '../../../src/stories/memory-story-index.js';
import { StoryClusterer } from '../../../src/stories/story-clusterer.js';
import { addVectors, cosine, cosinePairWith, cosineWith, normalise, toVector } from '../../../src/stories/term-vector.js';
import { timeAnchors } from '../../../src/stories/time-anchors.js';
import { joinProbability } from '../../../src/stories/join-model.js';
import { lookupGroups, postingKeys } from '../../../src/stories/posting-buckets.js';
import { QUAKE_BRENN, QUAKE_KESH } from './story-fixtures.js';

describe('term vectors', () => {
  it('orders heaviest first with ties by term, and truncates a sum to its heaviest terms', () => {
    const v = toVector(new Map([['b', 1], ['a', 1], ['c', 3]]));
    expect(v.terms).toEqual(['c', 'a', 'b']);
    const sum = addVectors(v, toVector(new Map([['a', 5]])), 2);
    expect(sum).toEqual({ terms: ['a', 'c'], weights: [6, 3] });
  });

  it('builds and sums vectors as a plain sort over a map does, on random bags full of ties and beyond the sort\'s runs', () => {
    // The reference: what toVector and addVectors did before their scratch arrays and merge sort (term-vector.ts).
    const reference = (weights: ReadonlyMap<string, number>, limit = Infinity) => {
      const pairs = [...weights].filter(([, w]) => w > 0).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, limit);
      return { terms: pairs.map(([t]) => t), weights: pairs.map(([, w]) => w) };
    };
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const bag = (size: number) => {
      const out = new Map<string, number>();
      // Few distinct weights, so ties are common; an occasional zero is dropped.
      for (let i = 0; i < size; i++) out.set(`t${Math.floor(random() * size * 3)}`, Math.floor(random() * 6) / 2);
      return out;
    };
    for (let round = 0; round < 300; round++) {
      const a = bag(Math.floor(random() * 400));
      const b = bag(Math.floor(random() * 120));
      const limit = round % 3 === 0 ? Infinity : 1 + Math.floor(random() * 300);
      expect(toVector(a, limit)).toEqual(reference(a, limit));
      const va = toVector(a);
      const vb = toVector(b);
      const sum = new Map(a);
      for (const [t, w] of b) if (w > 0) sum.set(t, (sum.get(t) ?? 0) + w);
      expect(addVectors(va, vb, limit)).toEqual(reference(sum, limit));
    }
  });

  it('measures cosine independently of scale', () => {
    const a = toVector(new Map([['x', 1], ['y', 1]]));
    const b = toVector(new Map([['x', 10], ['y', 10]]));
    expect(cosine(a, b)).toBeCloseTo(1, 12);
    expect(cosine(a, toVector(new Map([['z', 1]])))).toBe(0);
  });

  it('scores one story vector against many queries as a direct dot product would', () => {
    // A centroid scored again and again: the second and later calls use its index, and must agree with the first.
    const centroid = toVector(new Map([['quake', 4], ['harbour', 2], ['toll', 1], ['ferry', 0.5]]));
    const norm = Math.sqrt(16 + 4 + 1 + 0.25);
    const queries = [
      normalise(new Map([['quake', 1], ['toll', 1]])),
      normalise(new Map([['ferry', 2], ['strike', 1]])),
      normalise(new Map([['strike', 1]])),
    ];
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        const direct = ((q.get('quake') ?? 0) * 4 + (q.get('harbour') ?? 0) * 2 + (q.get('toll') ?? 0) + (q.get('ferry') ?? 0) * 0.5) / norm;
        expect(cosineWith(q, centroid)).toBeCloseTo(direct, 12);
      }
    }
    const [first, second] = cosinePairWith(queries[0]!, queries[1]!, centroid);
    expect(first).toBeCloseTo(cosineWith(queries[0]!, centroid), 15);
    expect(second).toBeCloseTo(cosineWith(queries[1]!, centroid), 15);
    expect(cosineWith(queries[2]!, centroid)).toBe(0);
    expect(cosineWith(new Map(), centroid)).toBe(0);
    expect(cosinePairWith(queries[0]!, queries[1]!, toVector(new Map()))).toEqual([0, 0]);
  });
});

describe('time anchors', () => {
  it('reads years and month-year dates, and leaves quantities alone', () => {
    const anchors = timeAnchors('Updated: September 18th, 2013. The 2008 flaw cost $2010.50; 18 Sept 2013 again; 3500 homes.');
    expect(anchors.get('m:2013-09')).toBe(2);
    expect(anchors.get('y:2013')).toBe(2);
    expect(anchors.get('y:2008')).toBe(1);
    expect(anchors.has('y:2010')).toBe(false);
    expect([...anchors.keys()].some((k) => k.includes('3500'))).toBe(false);
  });
});

describe('figures', () => {
  it('keys the numbers a text names, without thousands separators, and leaves years to the time anchors', () => {
    const counts = numberCounts('A magnitude 6.1 quake in 2013 left 1,200 homeless; 14 dead, 14 missing, 3rd aftershock.', Infinity);
    expect(counts.get('n:6.1')).toBe(1);
    expect(counts.get('n:1200')).toBe(1);
    expect(counts.get('n:14')).toBe(2);
    expect(counts.get('n:3')).toBe(1);
    expect(counts.has('n:2013')).toBe(false);
  });
});

describe('story entities', () => {
  it('keys acronyms, but not clock words, time zones or capitalised function words', () => {
    const { counts, names } = articleEntities('', 'The FBI and AT&T met at 3 PM EST. AN official of the NBA spoke.');
    expect(counts.get('e:fbi')).toBe(1);
    expect(counts.get('e:at&t')).toBe(1);
    expect(names.get('e:nba')).toBe('NBA');
    expect(counts.has('e:pm')).toBe(false);
    expect(counts.has('e:est')).toBe(false);
    expect(counts.has('e:an')).toBe(false);
  });

  it('keys names by skeleton and adds their words, so a shortened later mention still matches', () => {
    const { counts, names } = articleEntities('', 'Rescuers reached Orvana. Governor Lida Marren spoke. Later Marren and lida marren left.');
    expect(counts.get('e:lidamarren')).toBe(1);
    expect(counts.get('p:marren')).toBe(2);
    expect(names.get('e:lidamarren')).toBe('Lida Marren');
  });

  it('ignores title case in a headline when the body has text', () => {
    const { counts } = articleEntities('Quake Strikes Valley Town', 'An earthquake struck the town.');
    expect(counts.size).toBe(0);
  });
});

describe('the join model', () => {
  it('rises with similarity and falls with the time gap beyond the grace week', () => {
    const base = { body: 0.5, title: 0.3, entities: 0.5, titleBody: 0.3, times: 0, timesDiffer: 0, size: 0, numbers: 0, gapDays: null };
    expect(joinProbability({ ...base, entities: 0.8 })).toBeGreaterThan(joinProbability(base));
    expect(joinProbability({ ...base, gapDays: 3 })).toBe(joinProbability(base));
    expect(joinProbability({ ...base, gapDays: 30 })).toBeLessThan(joinProbability(base));
    expect(joinProbability({ ...base, times: 0, timesDiffer: 1 })).toBeLessThan(joinProbability(base));
    expect(joinProbability({ ...base, numbers: 0.8 })).toBeGreaterThan(joinProbability(base));
  });
});

describe('MemoryStoryIndex', () => {
  it('counts document frequencies online, the article itself included', async () => {
    const index = new MemoryStoryIndex();
    const clusterer = new StoryClusterer(index);
    const prepared = await clusterer.prepare(articleFeatures(QUAKE_KESH[0]!));
    expect(prepared.stats.documents).toBe(1);
    expect(prepared.stats.frequencies.get('orvana')).toBe(1);
    await clusterer.assign(QUAKE_KESH[0]!);
    const stats = await index.termStatistics(['orvana', 'castelmar']);
    expect(stats.documents).toBe(1);
    expect(stats.frequencies.get('orvana')).toBe(1);
    expect(stats.frequencies.has('castelmar')).toBe(false);
  });

  it('returns only stories within the time window of the article', async () => {
    const index = new MemoryStoryIndex();
    const clusterer = new StoryClusterer(index);
    await clusterer.assign(QUAKE_BRENN[0]!);
    const prepared = await clusterer.prepare(articleFeatures(QUAKE_BRENN[1]!));
    const query = (atMs: number | null) => ({ keyGroups: lookupGroups(prepared.keys, atMs, 30), atMs, limit: 10, postingsPerKey: 10, windowDays: 30 });
    expect(await index.candidates(query(Date.parse('2025-03-06T00:00:00Z')))).toHaveLength(1);
    expect(await index.candidates(query(Date.parse('2025-06-01T00:00:00Z')))).toHaveLength(0);
    expect(await index.candidates(query(null))).toHaveLength(1);
  });

  it('finds a story in the window behind more postings of older stories than a key reads', async () => {
    const index = new MemoryStoryIndex();
    const clusterer = new StoryClusterer(index, { postingsPerKey: 2 });
    const recent = QUAKE_BRENN[0]!;
    await clusterer.assign(recent);
    // A backfill of the same report, arriving later, one a quarter two years before: four stories, months apart.
    for (const [i, month] of ['01', '04', '07', '10'].entries()) {
      await clusterer.assign({ ...recent, id: `archive-${i}`, publishedAt: `2023-${month}-10T08:00:00Z` });
    }
    expect(index.stories()).toHaveLength(5);
    // Read newest first by arrival, every key's two postings name archive stories; by time, the 2025 story is there.
    const assignment = await clusterer.assign(QUAKE_BRENN[1]!);
    expect(assignment.decision).toBe('joined');
    expect(assignment.storyId).toBe((await index.storyOf(recent.id))!);
  });
});

describe('posting buckets', () => {
  it('writes each key on its own list and on its time bucket, undated articles on the undated bucket', () => {
    const dated = postingKeys(['orvana', 'e:castelmar'], Date.parse('2025-03-06T00:00:00Z'));
    expect(dated.slice(0, 2)).toEqual(['orvana', 'e:castelmar']);
    expect(dated).toHaveLength(4);
    expect(dated[2]!.startsWith('orvana\u001f')).toBe(true);
    expect(postingKeys(['orvana'], Date.parse('2025-03-07T00:00:00Z'))[1]).toBe(dated[2]);
    expect(postingKeys(['orvana'], Date.parse('2025-09-07T00:00:00Z'))[1]).not.toBe(dated[2]);
    expect(postingKeys(['orvana'], null)[1]).toBe('orvana\u001fu');
  });

  it('looks up the buckets of the window newest first, then the undated one; undated lookups read the key itself', () => {
    const at = Date.parse('2025-03-06T00:00:00Z');
    const [group] = lookupGroups(['orvana'], at, 45);
    // 90 days of window over 30-day buckets: four or five buckets, and the undated one last.
    expect(group!.length).toBeGreaterThanOrEqual(4);
    expect(group!.length).toBeLessThanOrEqual(6);
    expect(group!.at(-1)).toBe('orvana\u001fu');
    expect(group).toContain(postingKeys(['orvana'], at)[1]);
    expect(group).toContain(postingKeys(['orvana'], at - 44 * 86_400_000)[1]);
    expect(group).toContain(postingKeys(['orvana'], at + 44 * 86_400_000)[1]);
    expect(group).not.toContain(postingKeys(['orvana'], at - 120 * 86_400_000)[1]);
    const buckets = group!.slice(0, -1).map((k) => Number(k.split('\u001f')[1]));
    expect(buckets).toEqual([...buckets].sort((a, b) => b - a));
    expect(lookupGroups(['orvana', 'e:castelmar'], null, 45)).toEqual([['orvana'], ['e:castelmar']]);
  });

  it('opens a new story for a follow-up beyond the window', async () => {
    const index = new MemoryStoryIndex();
    const clusterer = new StoryClusterer(index);
    await clusterer.assign(QUAKE_BRENN[0]!);
    const late = await clusterer.assign({ ...QUAKE_BRENN[1]!, publishedAt: '2025-09-01T00:00:00Z' });
    expect(late.decision).toBe('opened');
    expect(late.candidates).toBe(0);
  });
});
