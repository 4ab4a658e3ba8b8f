import { describe, expect, it } from 'vitest';
import type { StoryIndex, TermStatistics } from '../../../src/ports/story-index.js';
import { articleFeatures } from '../../../src/stories/article-features.js';
import { BODY_FIELD, IdQuery, TITLE_FIELD } from '../../../src/stories/id-query.js';
import { IdTable } from '../../../src/stories/id-table.js';
import { IdVector } from '../../../src/stories/id-vector.js';
import { MemoryStoryIndex } from '../../../src/stories/memory-story-index.js';
import { StoryClusterer } from '../../../src/stories/story-clusterer.js';
import { addVectors, cosinePairWith, cosineWith, toVector } from '../../../src/stories/term-vector.js';
import { COUNCIL_VOTE, interleavedQuakes } from './story-fixtures.js';

/**
 * Scoring by term id (id-vector.ts, id-query.ts, id-table.ts) must give the numbers the string-keyed maps give, bit
 * for bit: the clusterer takes the id path whenever the index gives ids, and a store that does not must decide alike.
 */

let seed = 11;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

/** A random bag over a vocabulary of `vocabulary` terms, term `t<k>` having id k * 7 + 3 (ids need not be dense). */
function bag(size: number, vocabulary: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < size; i++) out.set(`t${Math.floor(random() * vocabulary)}`, 0.05 + Math.floor(random() * 8) / 4);
  return out;
}
const idOf = (term: string) => Number(term.slice(1)) * 7 + 3;
/** A bag's ids in the order it iterates, as toVector takes them. */
const idsFor = (bag: ReadonlyMap<string, number>) => Int32Array.from(bag.keys(), idOf);

describe('IdTable', () => {
  it('gives ids dense indices in order of first addition, as a Map would, and finds only what was added', () => {
    const table = new IdTable(500);
    const reference = new Map<number, number>();
    for (let i = 0; i < 500; i++) {
      const id = Math.floor(random() * 100_000);
      if (!reference.has(id)) reference.set(id, reference.size);
      expect(table.add(id)).toBe(reference.get(id));
    }
    for (let id = 0; id < 100_000; id += 37) expect(table.find(id)).toBe(reference.get(id) ?? -1);
    expect(table.find(0)).toBe(reference.get(0) ?? -1);
  });
});

describe('scoring by id', () => {
  it('gives the cosines of the string-keyed maps exactly', () => {
    for (let round = 0; round < 200; round++) {
      const title = bag(Math.floor(random() * 12), 400);
      const body = bag(Math.floor(random() * 250), 400);
      const query = new IdQuery(new Set([...title.keys(), ...body.keys()]).size);
      title.forEach((w, t) => query.set(TITLE_FIELD, idOf(t), w));
      body.forEach((w, t) => query.set(BODY_FIELD, idOf(t), w));
      const centroidBag = bag(Math.floor(random() * 300), 400);
      const centroid = toVector(centroidBag, 300, idsFor(centroidBag));
      const centroidIds = IdVector.idsOf(centroid)!;
      expect(centroidIds).toEqual(Int32Array.from(centroid.terms, idOf));
      expect(query.cosine(BODY_FIELD, centroid, centroidIds)).toBe(cosineWith(body, centroid));
      expect(query.cosine(TITLE_FIELD, centroid, centroidIds)).toBe(cosineWith(title, centroid));
      expect(query.cosinePair(BODY_FIELD, TITLE_FIELD, centroid, centroidIds)).toEqual(cosinePairWith(body, title, centroid));
    }
  });

  it('sums vectors with ids as without, carries the ids along, and never serialises them', () => {
    for (let round = 0; round < 200; round++) {
      const a = bag(Math.floor(random() * 300), 500);
      const b = bag(Math.floor(random() * 100), 500);
      const limit = 1 + Math.floor(random() * 300);
      const withIds = addVectors(toVector(a, Infinity, idsFor(a)), toVector(b, Infinity, idsFor(b)), limit);
      const plain = addVectors(toVector(a), toVector(b), limit);
      expect(withIds).toEqual(plain);
      expect(IdVector.idsOf(withIds)).toEqual(Int32Array.from(withIds.terms, idOf));
      expect(IdVector.idsOf(plain)).toBe(plain.terms.length === 0 ? IdVector.idsOf({ terms: [], weights: [] }) : undefined);
      expect(JSON.parse(JSON.stringify(withIds))).toEqual({ terms: plain.terms, weights: plain.weights });
    }
    // One side without ids: the sum has none.
    const a = bag(20, 50);
    expect(IdVector.idsOf(addVectors(toVector(a, Infinity, idsFor(a)), toVector(bag(5, 50)), 100))).toBeUndefined();
  });

  it('assigns, merges and splits exactly as through the maps when the index gives no ids', async () => {
    const articles = [...interleavedQuakes(), COUNCIL_VOTE];
    // The same stream, one index giving ids (MemoryStoryIndex does) and one whose statistics drop them.
    const run = async (withIds: boolean) => {
      const index = new MemoryStoryIndex({ prior: { documents: 1000, frequencies: new Map() } });
      const port: StoryIndex = withIds ? index : {
        termStatistics: async (terms): Promise<TermStatistics> => {
          const stats = await index.termStatistics(terms);
          return { documents: stats.documents, frequencies: stats.frequencies };
        },
        candidates: (query) => index.candidates(query),
        storyOf: (id) => index.storyOf(id),
        profile: (id) => index.profile(id),
        apply: (update) => index.apply(update),
      };
      const clusterer = new StoryClusterer(port, { members: async (story, limit) => index.membersOf(story).slice(0, limit).map((id) => features.get(id)!) });
      const out = [];
      for (const article of articles) out.push(await clusterer.assignFeatures(features.get(article.id)!));
      return { out, stories: index.stories() };
    };
    const features = new Map(articles.map((a) => [a.id, articleFeatures(a)]));
    const byIds = await run(true);
    const byMaps = await run(false);
    expect(byIds.out).toEqual(byMaps.out);
    expect(byIds.out.some((a) => a.decision === 'joined' && a.probability !== null)).toBe(true);
    expect(byIds.stories).toEqual(byMaps.stories);
    expect(IdVector.idsOf(byIds.stories[0]!.body)).toBeDefined();
    expect(IdVector.idsOf(byMaps.stories[0]!.body)).toBeUndefined();
  });
});
