import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyBrief } from '../../../src/app/brief.js';
import { ingest } from '../../../src/app/ingest.js';
import { storyReports } from '../../../src/app/story-report.js';
import { demoCorpusDir } from '../../../src/cli/commands/demo.command.js';
import { DEFAULT_FIELD_MAP } from '../../../src/ingest/field-map.js';
import { DEFAULT_MAX_BYTES } from '../../../src/ingest/read-options.js';
import { systemClock } from '../../../src/ports/clock.js';
import type { Store } from '../../../src/ports/store.js';
import { openSqliteStore } from '../../../src/store/sqlite/open-sqlite-store.js';

/**
 * A Brief keeps its members' claims (src/app/article-claims.ts): asked again it extracts none, after an article
 * joins it extracts that one alone, and what it answers is what a Brief extracting everything afresh answers.
 */
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-brief-claims-'));
const read = { fieldMap: DEFAULT_FIELD_MAP, maxBytes: DEFAULT_MAX_BYTES };
let store: Store;
let storyId: string;

/** The same store with nothing kept: every Brief extracts every claim. */
const forgetful = (s: Store): Store => ({ ...s, storedClaims: async () => new Map(), saveClaims: async () => undefined });

beforeAll(async () => {
  store = await openSqliteStore(join(dir, 'brief.db'));
  await ingest([demoCorpusDir()], read, { store, clock: systemClock });
  storyId = (await storyReports(store)).sort((a, b) => b.families - a.families || (a.id < b.id ? -1 : 1))[0]!.id;
}, 60_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Brief keeps its claims', () => {
  it('extracts every member once, then none, and answers the same', async () => {
    const first = (await storyBrief(store, storyId))!;
    expect(first.claims).toEqual({ reused: 0, extracted: first.brief.articles.length });
    expect(first.unsaved).toBeNull();
    const again = (await storyBrief(store, storyId))!;
    expect(again.claims).toEqual({ reused: first.brief.articles.length, extracted: 0 });
    expect(JSON.stringify(again.brief)).toBe(JSON.stringify(first.brief));
  });

  it('extracts only the article that joined, and answers what a Brief from scratch answers', async () => {
    const before = (await storyBrief(store, storyId))!;
    const source = (await store.getArticle(before.brief.articles[0]!.id))!;
    // Another outlet republishes the story's first article with a line of its own: a copy, so it joins the story.
    writeFileSync(join(dir, 'republished.jsonl'), `${JSON.stringify({
      title: source.title, text: `${source.text}\n\nRepublished by the Valley Courier under its syndication agreement.`,
      url: 'https://valley-courier.example/news/republished', published: source.publishedAt, outlet: 'Valley Courier',
    })}\n`);
    expect((await ingest([join(dir, 'republished.jsonl')], read, { store, clock: systemClock })).ingested).toBe(1);
    const after = (await storyBrief(store, storyId))!;
    expect(after.brief.articles.length).toBe(before.brief.articles.length + 1);
    expect(after.claims).toEqual({ reused: before.brief.articles.length, extracted: 1 });
    const scratch = (await storyBrief(forgetful(store), storyId))!;
    expect(scratch.claims.reused).toBe(0);
    expect(JSON.stringify(after.brief)).toBe(JSON.stringify(scratch.brief));
  });

  it('still answers when its claims cannot be kept, and says why', async () => {
    const failing: Store = { ...forgetful(store), saveClaims: async () => { throw new Error('database is locked'); } };
    const result = (await storyBrief(failing, storyId))!;
    expect(result.unsaved).toBe('database is locked');
    expect(JSON.stringify(result.brief)).toBe(JSON.stringify((await storyBrief(store, storyId))!.brief));
  });
});
