import { afterEach, describe, expect, it } from 'vitest';
import type { Article, ExtractedArticle } from '../../src/model/article.js';
import type { Store } from '../../src/ports/store.js';
import type { BandLayout, LshKeys } from '../../src/reuse/lsh-keys.js';
import { lshKeys } from '../../src/reuse/lsh-keys.js';
import type { Signature } from '../../src/reuse/minhash.js';
import { createMinHasher, estimateJaccard } from '../../src/reuse/minhash.js';
import { shingleHashes } from '../../src/text/shingles.js';
import { assignStory } from '../../src/app/assign-story.js';
import { extractClaims } from '../../src/analyze/claims.js';
import { articleFeatures } from '../../src/stories/article-features.js';
import { StoryClusterer } from '../../src/stories/story-clusterer.js';
import { joinStory, mergeStories } from '../../src/stories/story-profile.js';

/**
 * The behaviour every Store must have, run once per dialect (SQLite now; PostgreSQL joins with the shared store).
 */
export function article(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    title: 'Leaders meet in Port Avel',
    text: 'The two leaders met on Tuesday in Port Avel.\n\nThey signed a fisheries accord.',
    url: 'https://harbourpost.example/2024/03/05/leaders-meet',
    outlet: 'Harbour Post',
    author: 'Ana Petrov',
    publishedAt: '2024-03-05T14:00:00.000Z',
    dateSource: 'json-ld',
    language: 'en',
    signals: [{ kind: 'residue.tag-run', evidence: 'politicsSummit', confidence: 0.85 }],
    origin: { input: 'pages', locator: 'pages/leaders.html' },
    ...overrides,
  };
}

/** Signs texts for LSH tests: a seeded MinHash and a band layout. */
export function signer(seed: number, layout: BandLayout): (text: string) => { signature: Signature; keys: LshKeys } {
  const hasher = createMinHasher({ seed });
  return (text) => {
    const signature = hasher.sign(shingleHashes(text));
    return { signature, keys: lshKeys(signature, layout) };
  };
}

/** A wire story, a lightly edited copy of it, and an unrelated story: the LSH tests' three texts. */
export const wire = 'Two fishing boats were damaged in a storm off Port Avel on Tuesday, the coast guard said, and their crews '
  + 'were brought ashore without injury. The harbour master closed the port until Thursday, when divers will inspect '
  + 'the breakwater, and the unions asked the regional council for emergency help.';
export const copy = wire.replace('Two fishing boats', 'Two trawlers').replace('on Tuesday', 'late on Tuesday');
export const other = 'Voters in Brennmark elected a new mayor on Sunday after a campaign dominated by housing costs and the '
  + 'future of the old tram depot; turnout was 61 percent, up from 54 percent four years ago.';

export function storeContract(dialect: string, open: () => Promise<Store>): void {
  describe(`Store contract (${dialect})`, () => {
    let store: Store | undefined;
    const opened = async () => (store = await open());
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('stores an article once and reports the same content as unchanged', async () => {
      const s = await opened();
      const first = await s.saveArticle(article(), { ingestedAt: '2024-03-06T00:00:00.000Z' });
      const again = await s.saveArticle(article(), { ingestedAt: '2024-03-07T00:00:00.000Z' });
      expect(first).toMatchObject({ status: 'ingested', version: 1 });
      expect(again).toEqual({ status: 'unchanged', id: first.id, version: 1 });
      const stored = await s.getArticle(first.id);
      expect(stored).toMatchObject({ title: 'Leaders meet in Port Avel', outlet: 'Harbour Post', version: 1, ingestedAt: '2024-03-06T00:00:00.000Z', changes: null });
      expect(stored?.signals).toEqual([{ kind: 'residue.tag-run', evidence: 'politicsSummit', confidence: 0.85 }]);
      expect(await s.countArticles()).toBe(1);
    });

    it('keeps a changed page at a known URL as a new version, with what changed', async () => {
      const s = await opened();
      const { id } = await s.saveArticle(article(), { ingestedAt: '2024-03-06T00:00:00.000Z' });
      const revised = article({ text: 'The two leaders met on Tuesday in Port Avel.\n\nThey signed a fisheries accord and a ferry deal.', signals: [] });
      const result = await s.saveArticle(revised, { ingestedAt: '2024-03-07T00:00:00.000Z' });
      expect(result).toMatchObject({ status: 'updated', id, version: 2 });
      expect(result.changes).toEqual({ paragraphsAdded: ['They signed a fisheries accord and a ferry deal.'], paragraphsRemoved: ['They signed a fisheries accord.'] });
      const current = await s.getArticle(id);
      expect(current).toMatchObject({ version: 2, signals: [] });
      const versions = await s.articleVersions(id);
      expect(versions.map((v) => [v.version, v.text.endsWith('accord.'), v.signals.length])).toEqual([[1, true, 1]]);
      // An old copy of the page seen again is not a change back.
      expect(await s.saveArticle(article(), { ingestedAt: '2024-03-08T00:00:00.000Z' })).toMatchObject({ status: 'unchanged', version: 2 });
    });

    it('gives articles without a URL an identity by content', async () => {
      const s = await opened();
      const a = await s.saveArticle(article({ url: null }), { ingestedAt: '2024-03-06T00:00:00.000Z' });
      const b = await s.saveArticle(article({ url: null, text: 'Another text entirely, about a fire.' }), { ingestedAt: '2024-03-06T00:00:00.000Z' });
      const c = await s.saveArticle(article({ url: null, origin: { input: 'other', locator: 'other.txt' } }), { ingestedAt: '2024-03-06T00:00:00.000Z' });
      expect(a.status).toBe('ingested');
      expect(b.status).toBe('ingested');
      expect(b.id).not.toBe(a.id);
      expect(c).toEqual({ status: 'unchanged', id: a.id, version: 1 });
    });

    it('lists newest first with limit and since, and iterates everything', async () => {
      const s = await opened();
      for (const day of ['03', '05', '04']) {
        await s.saveArticle(article({ url: `https://a.example/${day}`, publishedAt: `2024-03-${day}T00:00:00.000Z` }), { ingestedAt: '2024-04-01T00:00:00.000Z' });
      }
      expect((await s.listArticles()).map((a) => a.publishedAt?.slice(8, 10))).toEqual(['05', '04', '03']);
      expect((await s.listArticles({ limit: 2 })).length).toBe(2);
      expect((await s.listArticles({ since: '2024-03-04T00:00:00.000Z' })).length).toBe(2);
      const all = [];
      for await (const a of s.iterateArticles()) all.push(a.url);
      expect(all).toEqual(['https://a.example/03', 'https://a.example/05', 'https://a.example/04']);
    });

    it('searches titles and texts, best first, and survives punctuation in queries', async () => {
      const s = await opened();
      await s.saveArticle(article({ url: 'https://a.example/1', title: 'Fire at the harbour', text: 'A warehouse burned near the docks in Port Avel on Monday.' }), { ingestedAt: '2024-04-01T00:00:00.000Z' });
      await s.saveArticle(article({ url: 'https://a.example/2', title: 'Summit opens', text: 'Leaders spoke of a fire that had burned earlier in the week, and of fisheries.' }), { ingestedAt: '2024-04-01T00:00:00.000Z' });
      const hits = await s.search('fire');
      expect(hits.map((h) => h.url)).toEqual(['https://a.example/1', 'https://a.example/2']);
      expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
      expect(hits[1]!.snippet).toContain('[fire]');
      expect((await s.search('burned')).length).toBe(2);
      expect((await s.search('burn')).length).toBe(2); // stemming
      expect((await s.search('"Port-Avel" (')).map((h) => h.url)).toEqual(['https://a.example/1']);
      expect(await s.search('*** ((')).toEqual([]);
      expect((await s.search('fisheries warehouse')).length).toBe(2); // no article has both: any word
    });

    it('updates the search index when a new version replaces the text', async () => {
      const s = await opened();
      await s.saveArticle(article({ text: 'Original words about lighthouses.' }), { ingestedAt: '2024-04-01T00:00:00.000Z' });
      await s.saveArticle(article({ text: 'Revised words about ferries.' }), { ingestedAt: '2024-04-02T00:00:00.000Z' });
      expect(await s.search('lighthouses')).toEqual([]);
      expect((await s.search('ferries')).length).toBe(1);
    });

    it('records ingest runs with their failures', async () => {
      const s = await opened();
      const id = await s.recordIngestRun({
        startedAt: '2024-04-01T00:00:00.000Z', finishedAt: '2024-04-01T00:00:01.000Z', inputs: ['a', 'b'],
        ingested: 1, updated: 0, unchanged: 0, failures: [{ input: 'b', code: 'CC_EMPTY_INPUT', message: 'the input is empty' }],
      });
      expect(id).toBeGreaterThan(0);
    });
  });

  describe(`Store contract: MinHash signatures and LSH candidates (${dialect})`, () => {
    let store: Store | undefined;
    const opened = async () => (store = await open());
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });
    const signed = signer(99, { bands: 25, rows: 5 });

    it('finds a near-duplicate among stored articles, and not an unrelated one', async () => {
      const s = await opened();
      const a = signed(wire);
      await s.saveSignature('wire', a.signature, a.keys);
      await s.saveSignatures([{ articleId: 'other', ...signed(other) }, { articleId: 'copy', ...signed(copy) }]);
      const query = signed(copy);
      expect(await s.lshCandidates(query.keys)).toEqual(['copy', 'wire']);
      expect(await s.lshCandidates(query.keys, { exclude: 'copy' })).toEqual(['wire']);
      expect(await s.lshCandidates(query.keys, { limit: 1 })).toEqual(['copy']);
      expect(await s.lshCandidates(signed('Nothing like any stored text at all, about a comet seen in March.').keys)).toEqual([]);
    });

    it('returns stored signatures that compare with fresh ones', async () => {
      const s = await opened();
      const a = signed(wire);
      await s.saveSignature('wire', a.signature, a.keys);
      const stored = await s.getSignatures(['wire', 'missing', 'wire']);
      expect([...stored.keys()]).toEqual(['wire']);
      const back = stored.get('wire')!;
      expect(back).toMatchObject({ seed: 99, size: 128 });
      expect(Array.from(back.values)).toEqual(Array.from(a.signature.values));
      expect(estimateJaccard(back, signed(copy).signature)).toBeGreaterThan(0.5);
    });

    it('replaces an article\'s signature and its band keys when it changes', async () => {
      const s = await opened();
      const first = signed(wire);
      await s.saveSignature('a', first.signature, first.keys);
      const changed = signed(other);
      await s.saveSignature('a', changed.signature, changed.keys);
      expect(await s.lshCandidates(first.keys)).toEqual([]);
      expect(await s.lshCandidates(changed.keys)).toEqual(['a']);
      expect(Array.from((await s.getSignatures(['a'])).get('a')!.values)).toEqual(Array.from(changed.signature.values));
      // Saving the same signature again changes nothing.
      await s.saveSignature('a', changed.signature, changed.keys);
      expect(await s.lshCandidates(changed.keys)).toEqual(['a']);
      // Two versions in one batch: the last one wins.
      await s.saveSignatures([{ articleId: 'b', ...changed }, { articleId: 'b', ...first }]);
      expect(await s.lshCandidates(first.keys)).toEqual(['b']);
    });

    it('orders candidates by shared bands, then id, and matches nothing across band layouts', async () => {
      const s = await opened();
      const a = signed(wire);
      await s.saveSignatures([{ articleId: 'z-same', ...a }, { articleId: 'b-copy', ...signed(copy) }, { articleId: 'a-same', ...a }]);
      expect(await s.lshCandidates(a.keys)).toEqual(['a-same', 'z-same', 'b-copy']);
      expect(await s.lshCandidates(lshKeys(a.signature, { bands: 32, rows: 4 }))).toEqual([]);
    });

    it('finds only candidates stored before a given article when asked', async () => {
      const s = await opened();
      const a = signed(wire);
      await s.saveSignatures([{ articleId: 'first', ...a }]);
      await s.saveSignatures([{ articleId: 'second', ...a }]);
      await s.saveSignatures([{ articleId: 'third', ...a }]);
      expect(await s.lshCandidates(a.keys, { storedBefore: 'third' })).toEqual(['first', 'second']);
      expect(await s.lshCandidates(a.keys, { storedBefore: 'first' })).toEqual([]);
    });

    it('lists articles waiting for their copy edges in the order they were stored, and forgets a failed unit\'s mark', async () => {
      const s = await opened();
      const at = { ingestedAt: '2024-04-01T00:00:00.000Z' };
      const ids: string[] = [];
      for (const n of [1, 2, 3]) ids.push((await s.saveArticle(article({ url: `https://harbourpost.example/wait/${n}` }), at)).id);
      await s.atomically((tx) => tx.markLinksPending(ids[2]!));
      await s.atomically(async (tx) => {
        await tx.markLinksPending(ids[0]!);
        await tx.markLinksPending(ids[0]!);
      });
      await expect(s.atomically(async (tx) => {
        await tx.markLinksPending(ids[1]!);
        throw new Error('linking failed');
      })).rejects.toThrow('linking failed');
      expect(await s.pendingLinks()).toEqual([ids[0], ids[2]]);
      await s.atomically((tx) => tx.clearLinksPending(ids[0]!));
      expect(await s.pendingLinks()).toEqual([ids[2]]);
    });

    it('queues articles for analysis in the order they were queued, first status kept, a failed unit\'s mark forgotten', async () => {
      const s = await opened();
      const at = { ingestedAt: '2024-04-01T00:00:00.000Z' };
      const ids: string[] = [];
      for (const n of [1, 2, 3, 4]) ids.push((await s.saveArticle(article({ url: `https://harbourpost.example/queue/${n}` }), at)).id);
      await s.atomically((tx) => tx.markAnalysisPending(ids[2]!, 'ingested'));
      await s.atomically(async (tx) => {
        await tx.markAnalysisPending(ids[0]!, 'ingested');
        await tx.markAnalysisPending(ids[0]!, 'updated');
      });
      await expect(s.atomically(async (tx) => {
        await tx.markAnalysisPending(ids[1]!, 'ingested');
        throw new Error('storing failed');
      })).rejects.toThrow('storing failed');
      await s.atomically((tx) => tx.markAnalysisPending(ids[3]!, 'updated'));
      expect(await s.countPendingAnalysis()).toBe(3);
      const all = await s.pendingAnalysis({ after: 0, limit: 10 });
      expect(all.map((q) => [q.articleId, q.status])).toEqual([[ids[2], 'ingested'], [ids[0], 'ingested'], [ids[3], 'updated']]);
      // Pages: the next after a position, at most `limit`.
      expect((await s.pendingAnalysis({ after: all[0]!.position, limit: 1 })).map((q) => q.articleId)).toEqual([ids[0]]);
      await s.atomically((tx) => tx.clearAnalysisPending(ids[0]!));
      expect((await s.pendingAnalysis({ after: 0, limit: 10 })).map((q) => q.articleId)).toEqual([ids[2], ids[3]]);
      expect(await s.countPendingAnalysis()).toBe(2);
    });
  });

  describe(`Store contract: stories (${dialect})`, () => {
    let store: Store | undefined;
    const opened = async () => (store = await open());
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });
    const at = { ingestedAt: '2024-04-01T00:00:00.000Z' };
    /** Saves an article and assigns its story in one unit of work, as an ingest does. */
    const ingestOne = (s: Store, a: ExtractedArticle, fail = false) => s.atomically(async (tx) => {
      const saved = await tx.saveArticle(a, at);
      const features = articleFeatures({ id: '', title: a.title, text: a.text, publishedAt: a.publishedAt, outlet: a.outlet });
      const assignment = await assignStory(tx, saved, features, { linked: false });
      if (fail) throw new Error('disk gone');
      return { id: saved.id, storyId: assignment?.storyId ?? null };
    });
    const ferry = (n: number, day: number) => article({
      title: `Ferry strike in Veloria enters day ${n}`,
      text: `Ferry crews in Veloria stayed on strike for a ${n === 1 ? 'first' : 'further'} day, the Kesh Strait union said. `
        + 'Crossings between Port Avel and Lisport were cancelled and the harbour master opened talks with the crews.',
      url: `https://harbourpost.example/ferry/${n}`, publishedAt: `2024-03-${String(day).padStart(2, '0')}T09:00:00.000Z`,
    });
    const election = article({
      title: 'Brennmark elects a new mayor', url: 'https://harbourpost.example/brennmark',
      text: other, publishedAt: '2024-03-20T09:00:00.000Z',
    });

    it('assigns an article its story in its unit of work, and a failed unit leaves no story behind', async () => {
      const s = await opened();
      const first = await ingestOne(s, ferry(1, 4));
      const second = await ingestOne(s, ferry(2, 5));
      const third = await ingestOne(s, election);
      expect(first.storyId).toBe(`story:${first.id}`);
      expect(second.storyId).toBe(first.storyId);
      expect(third.storyId).toBe(`story:${third.id}`);
      await expect(ingestOne(s, ferry(3, 6), true)).rejects.toThrow('disk gone');
      expect(await s.countArticles()).toBe(3);
      expect(await s.countAssignedArticles()).toBe(3);
      expect(await s.countStories()).toBe(2);
      const story = await s.getStory(first.storyId!);
      expect(story?.articleIds).toEqual([first.id, second.id]);
      expect(story?.story).toMatchObject({ articleCount: 2, firstSeen: '2024-03-04T09:00:00.000Z', lastSeen: '2024-03-05T09:00:00.000Z' });
      // The index holds nothing of the failed unit: the same article, stored again, joins as the third.
      const again = await ingestOne(s, ferry(3, 6));
      expect(again.storyId).toBe(first.storyId);
      expect((await s.getStory(first.storyId!))?.story.articleCount).toBe(3);
      expect(await s.storiesOf([first.id, third.id, 'nobody'])).toEqual(new Map([[first.id, first.storyId], [third.id, third.storyId]]));
    });

    it('counts how many stored articles hold each term, between batches and after a close', async () => {
      const s = await opened();
      await ingestOne(s, ferry(1, 4));
      await ingestOne(s, ferry(2, 5));
      await ingestOne(s, election);
      const stats = await s.termStatistics(['ferri', 'veloria', 'brennmark', 'nowhereword', 'ferri']);
      expect(stats.documents).toBe(3);
      expect(stats.frequencies).toEqual(new Map([['ferri', 2], ['veloria', 2], ['brennmark', 1]]));
      // A failed unit counts nothing.
      await expect(ingestOne(s, ferry(3, 6), true)).rejects.toThrow('disk gone');
      expect((await s.termStatistics(['ferri'])).frequencies.get('ferri')).toBe(2);
    });

    it('searches for any of the words when asked, best first', async () => {
      const s = await opened();
      await ingestOne(s, ferry(1, 4));
      await ingestOne(s, election);
      const any = await s.search('ferry Brennmark mayor', { match: 'any' });
      expect(any.map((h) => h.title).sort()).toEqual(['Brennmark elects a new mayor', 'Ferry strike in Veloria enters day 1']);
      expect(any[0]!.title).toBe('Brennmark elects a new mayor'); // two of the words, one in the title
    });

    it('lists stories newest first a page at a time, undated ones last, and filters by date', async () => {
      const s = await opened();
      // Distinct made-up words: nothing joins, so each article opens a story (more than one page of 200).
      const word = (n: number) => n.toString(26).split('').map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
      const made: { storyId: string; day: number }[] = [];
      for (let n = 0; n < 203; n++) {
        const name = `Q${word(n + 1000)}x`;
        const day = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();
        const a = article({ title: `${name} ${word(n + 5000)}`, text: `${name} ${word(n + 9000)} ${word(n + 13000)} ${word(n + 17000)}.`, url: `https://x.example/${n}`, publishedAt: n === 7 ? null : day });
        const { storyId } = await ingestOne(s, a);
        made.push({ storyId: storyId!, day: n });
      }
      const listed: string[] = [];
      for await (const stored of s.iterateStories()) listed.push(stored.story.id);
      const expected = [...made.filter((m) => m.day !== 7).sort((x, y) => y.day - x.day), made[7]!].map((m) => m.storyId);
      expect(listed).toEqual(expected);
      const since: string[] = [];
      for await (const stored of s.iterateStories({ since: new Date(Date.UTC(2024, 0, 1) + 200 * 86_400_000).toISOString() })) since.push(stored.story.id);
      expect(since).toEqual(expected.slice(0, 3));
    });

    it('finds a merged story by its old id, with every article of both', async () => {
      const s = await opened();
      const a = await ingestOne(s, ferry(1, 4));
      const b = await ingestOne(s, election);
      const bridge = await s.atomically(async (tx) => {
        const saved = await tx.saveArticle(ferry(2, 5), at);
        const clusterer = new StoryClusterer(tx.stories);
        const prepared = await clusterer.prepare(articleFeatures({ ...ferry(2, 5), id: saved.id }));
        const into = (await tx.stories.profile(a.storyId!))!;
        const from = (await tx.stories.profile(b.storyId!))!;
        await clusterer.write(prepared, mergeStories(joinStory(into, prepared.features, prepared.vectors), from), [{ from: b.storyId!, into: a.storyId!, articleId: saved.id, probability: 0.9 }]);
        return saved.id;
      });
      const merged = await s.getStory(b.storyId!);
      expect(merged?.story.id).toBe(a.storyId);
      expect(merged?.articleIds).toEqual([a.id, b.id, bridge]);
      expect(merged?.mergedIds).toEqual([b.storyId]);
      expect(await s.countStories()).toBe(1);
      expect((await s.storiesOf([b.id])).get(b.id)).toBe(a.storyId);
      expect(await s.getStory('story:nothing')).toBeNull();
    });

    it('forgets every story on reset, and iterates articles in publication order', async () => {
      const s = await opened();
      const late = await ingestOne(s, ferry(2, 9));
      const undated = await ingestOne(s, article({ url: 'https://x.example/undated', title: 'Undated', publishedAt: null }));
      const early = await ingestOne(s, ferry(1, 4));
      const order: string[] = [];
      for await (const a of s.iterateArticles({ order: 'time' })) order.push(a.id);
      // Undated articles sort by their ingestion time (2024-04-01), after both March dates.
      expect(order).toEqual([early.id, late.id, undated.id]);
      await s.resetStories();
      expect(await s.countStories()).toBe(0);
      expect(await s.countAssignedArticles()).toBe(0);
      expect(await s.storiesOf([early.id])).toEqual(new Map());
      // Assignment starts again from nothing: the first article opens a story of its own.
      const after = await ingestOne(s, ferry(3, 12));
      expect(after.storyId).toBe(`story:${after.id}`);
    });
  });
  describe(`Store contract: stored claims (${dialect})`, () => {
    let store: Store | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });
    const claimsOf = (a: Article) => extractClaims(a.text, { articleId: a.id, publishedAt: a.publishedAt });

    it('gives back the claims stored for an article, equal to the extracted ones, and only for that extractor', async () => {
      const s = (store = await open());
      const { id } = await s.saveArticle(article(), { ingestedAt: '2024-03-06T00:00:00.000Z' });
      const { id: otherId } = await s.saveArticle(article({ url: 'https://x.example/other', text: 'Divers inspected the breakwater on Thursday.' }), { ingestedAt: '2024-03-06T00:00:00.000Z' });
      const stored = (await s.getArticle(id))!;
      const claims = claimsOf(stored);
      expect(claims.length).toBeGreaterThan(0);
      await s.saveClaims([{ article: stored, claims }], 'claims/1:test');
      const read = await s.storedClaims([stored, (await s.getArticle(otherId))!], 'claims/1:test');
      expect([...read.keys()]).toEqual([id]);
      expect(JSON.stringify(read.get(id))).toBe(JSON.stringify(claims));
      expect(await s.storedClaims([stored], 'claims/1:other')).toEqual(new Map());
    });

    it('forgets stored claims once the article has a new version or another publication time, and replaces them', async () => {
      const s = (store = await open());
      const { id } = await s.saveArticle(article(), { ingestedAt: '2024-03-06T00:00:00.000Z' });
      const first = (await s.getArticle(id))!;
      await s.saveClaims([{ article: first, claims: claimsOf(first) }], 'claims/1:test');
      await s.saveArticle(article({ text: `${first.text}\n\nThe ferry deal was signed on Wednesday.` }), { ingestedAt: '2024-03-07T00:00:00.000Z' });
      const second = (await s.getArticle(id))!;
      expect(second.version).toBe(2);
      expect(await s.storedClaims([second], 'claims/1:test')).toEqual(new Map());
      // The same content dated otherwise resolves its relative dates otherwise: not the stored claims either.
      expect(await s.storedClaims([{ ...first, publishedAt: '2024-03-09T00:00:00.000Z' }], 'claims/1:test')).toEqual(new Map());
      const claims = claimsOf(second);
      await s.saveClaims([{ article: second, claims }], 'claims/1:test');
      expect((await s.storedClaims([second], 'claims/1:test')).get(id)).toEqual(claims);
      expect(await s.storedClaims([first], 'claims/1:test')).toEqual(new Map());
    });
  });
}
