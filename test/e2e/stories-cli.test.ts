import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { cli, tempDir } from './cli-harness.js';

/** `crosscheck stories`, `story`, `rebuild` and the story field of `article --json` (docs/cli.md), on the demo corpus. */

interface StoryJson {
  id: string;
  title: string;
  articleIds: string[];
  families: number;
  firstSeen: string | null;
  lastSeen: string | null;
  articleCount: number;
  outlets: string[];
  mainEntities: { name: string; articles: number }[];
  mergedIds: string[];
}

const root = tempDir('crosscheck-stories-');
const db = join(root, 'demo.db');
const run = (argv: string[]) => cli([...argv, '--db', db], { cwd: root });
let stories: StoryJson[];

beforeAll(async () => {
  expect((await run(['ingest', demoCorpusDir(), '--json'])).code).toBe(0);
  const listed = await run(['stories', '--json']);
  expect(listed.code).toBe(0);
  stories = listed.json<StoryJson[]>();
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('crosscheck stories', () => {
  it('puts every article in exactly one story, newest story first, with the documented fields', async () => {
    const articles = (await run(['articles', '--json'])).json<{ id: string }[]>();
    const all = stories.flatMap((s) => s.articleIds);
    expect(all.sort()).toEqual(articles.map((a) => a.id).sort());
    expect(stories.length).toBeGreaterThanOrEqual(4);
    for (const s of stories) {
      expect(Object.keys(s).sort()).toEqual(['articleCount', 'articleIds', 'families', 'firstSeen', 'id', 'lastSeen', 'mainEntities', 'mergedIds', 'outlets', 'title']);
      expect(s.id).toMatch(/^story:/);
      expect(s.articleCount).toBe(s.articleIds.length);
      expect(s.families).toBeGreaterThanOrEqual(1);
      expect(s.families).toBeLessThanOrEqual(s.articleCount);
      expect(s.firstSeen! <= s.lastSeen!).toBe(true);
    }
    const lasts = stories.map((s) => s.lastSeen!);
    expect(lasts).toEqual([...lasts].sort().reverse());
    // Wire copies count once: the corpus's largest story has more articles than independent families.
    const largest = [...stories].sort((a, b) => b.articleCount - a.articleCount)[0]!;
    expect(largest.families).toBeLessThan(largest.articleCount);
  });

  it('filters by --limit, --since and --entity', async () => {
    expect((await run(['stories', '--json', '--limit', '2'])).json<StoryJson[]>()).toEqual(stories.slice(0, 2));
    const since = (await run(['stories', '--json', '--since', '2024-06-01'])).json<StoryJson[]>();
    expect(since.length).toBeGreaterThan(0);
    expect(since).toEqual(stories.filter((s) => s.lastSeen! >= '2024-06-01'));
    const lisgar = (await run(['stories', '--json', '--entity', 'lisgar'])).json<StoryJson[]>();
    expect(lisgar.length).toBeGreaterThan(0);
    expect(lisgar.length).toBeLessThan(stories.length);
    for (const s of lisgar) expect(s.mainEntities.some((e) => /lisgar/i.test(e.name))).toBe(true);
    expect((await run(['stories', '--entity', 'Nobody Atall'])).stdout).toBe('no story matches\n');
  });

  it('shows one story for a person and as JSON, and names a missing one with its code', async () => {
    const story = stories[0]!;
    const human = await run(['story', story.id]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(story.title);
    expect(human.stdout).toMatch(/independent famil(y|ies) \(copies count once\)/);
    const json = (await run(['story', story.id, '--json'])).json<StoryJson & { articles: { id: string; familyId: string; copyOf: { id: string; relation: string } | null }[] }>();
    expect(json.articles.map((a) => a.id)).toEqual(story.articleIds);
    expect(new Set(json.articles.map((a) => a.familyId)).size).toBe(story.families);
    for (const a of json.articles.filter((x) => x.copyOf)) {
      const edges = (await run(['copies', a.id, '--json'])).json<{ from: string; to: string; relation: string }[]>();
      expect(edges).toContainEqual(expect.objectContaining({ from: a.copyOf!.id, to: a.id, relation: a.copyOf!.relation }));
    }
    const missing = await run(['story', 'story:nothing']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('CC_STORY_NOT_FOUND');
  });

  it('prints the copy edges inside a story with `copies <story-id>`', async () => {
    const largest = [...stories].sort((a, b) => b.articleCount - a.articleCount)[0]!;
    const run = await cli(['copies', largest.id, '--db', db, '--json'], { cwd: root });
    expect(run.code).toBe(0);
    const edges = run.json<{ from: string; to: string; relation: string }[]>();
    // Families are joined by edges: a story of n articles in f families holds at least n - f of them.
    expect(edges.length).toBeGreaterThanOrEqual(largest.articleCount - largest.families);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(largest.articleIds).toContain(e.from);
      expect(largest.articleIds).toContain(e.to);
    }
    const missing = await cli(['copies', 'story:nothing', '--db', db], { cwd: root });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('CC_STORY_NOT_FOUND');
  });

  it('finds names spelled differently from the rest of the story when an article is read', async () => {
    const expected = JSON.parse(readFileSync(join(demoCorpusDir(), '..', 'expected.json'), 'utf8')) as { locator: string; markers: string[] }[];
    const mangled = new Set(expected.filter((e) => e.markers.includes('rewrite.mangled-name')).map((e) => e.locator));
    expect(mangled.size).toBeGreaterThanOrEqual(3);
    const found = new Set<string>();
    for (const id of stories.flatMap((st) => st.articleIds)) {
      const article = (await run(['article', id, '--json'])).json<{ origin: string; signals: { kind: string; evidence: string }[]; machineRewrite: { likely: boolean } }>();
      const names = article.signals.filter((sig) => sig.kind === 'rewrite.mangled-name');
      if (names.length === 0) continue;
      found.add(relative(demoCorpusDir(), article.origin));
      expect(names[0]!.evidence).toMatch(/where the coverage writes/);
      expect(article.machineRewrite.likely).toBe(true);
    }
    // Exactly the articles the golden set marks: the farm rewrites that mangle names, and no other.
    expect([...found].sort()).toEqual([...mangled].sort());
  });

  it('gives each article its story id in `article --json`', async () => {
    for (const story of stories.slice(0, 2)) {
      const article = (await run(['article', story.articleIds[0]!, '--json'])).json<{ storyId: string }>();
      expect(article.storyId).toBe(story.id);
    }
  });
});

describe('crosscheck rebuild', () => {
  it('assigns every article again, and two rebuilds give the same stories', async () => {
    const first = await run(['rebuild', '--json']);
    expect(first.code).toBe(0);
    const counts = first.json<{ articles: number; stories: number }>();
    const afterFirst = (await run(['stories', '--json'])).json<StoryJson[]>();
    expect(counts).toEqual({ articles: stories.flatMap((s) => s.articleIds).length, stories: afterFirst.length });
    expect((await run(['rebuild', '--json'])).json()).toEqual(counts);
    expect((await run(['stories', '--json'])).json<StoryJson[]>()).toEqual(afterFirst);
    expect((await run(['rebuild'])).stdout).toBe(`${counts.articles} articles in ${counts.stories} stories\n`);
  }, 60_000);

  it('catches up a store whose articles have no stories before ingesting more', async () => {
    const older = join(root, 'older.db');
    expect((await cli(['ingest', join(demoCorpusDir(), 'wire.jsonl'), '--db', older], { cwd: root })).code).toBe(0);
    // A store from before stories: articles, no assignments.
    const store = await openSqliteStore(older);
    await store.resetStories();
    expect(await store.countAssignedArticles()).toBe(0);
    await store.close();
    expect((await cli(['ingest', join(demoCorpusDir(), 'text'), '--db', older], { cwd: root })).code).toBe(0);
    const reopened = await openSqliteStore(older);
    expect(await reopened.countAssignedArticles()).toBe(await reopened.countArticles());
    await reopened.close();
  }, 60_000);
});
