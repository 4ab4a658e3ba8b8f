import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StanceReport } from '../../src/app/claim-stance.js';
import { STANCE_ARTICLES, STANCE_CLAIM } from '../unit/corroborate/stance-fixture.js';
import { cli, tempDir } from './cli-harness.js';

/** `crosscheck stance "<claim>"` (docs/stance.md): which stored articles agree, disagree or discuss, by families. */

const root = tempDir('crosscheck-stance-');
const db = join(root, 'stance.db');
const run = (argv: string[]) => cli([...argv, '--db', db], { cwd: root });
const titles: Record<keyof typeof STANCE_ARTICLES, string> = {
  agree: 'Ostin quits over Harbour Bridge scandal',
  disagree: 'Ostin resignation report a hoax, office says',
  discuss: 'Ostin may resign over bridge, sources say',
  unrelated: 'Record crowds at Velmar harvest festival',
  unrelated2: 'Velmar rail strike cancels trains',
};

beforeAll(async () => {
  const records = Object.entries(STANCE_ARTICLES).map(([key, text]) => ({
    title: titles[key as keyof typeof titles], text, outlet: `${key} Gazette`, url: `https://${key}.example/ostin`, published: '2026-03-03T09:00:00Z',
  }));
  // A word-for-word copy of the disputing article under another outlet: one independent source, two articles.
  records.push({ ...records[1]!, outlet: 'Copy Daily', url: 'https://copy.example/ostin', published: '2026-03-03T11:00:00Z' });
  writeFileSync(join(root, 'coverage.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
  expect((await run(['ingest', join(root, 'coverage.jsonl'), '--json'])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('crosscheck stance', () => {
  it('finds the coverage by full text and counts each position by independent families', async () => {
    const out = await run(['stance', STANCE_CLAIM, '--json']);
    expect(out.code).toBe(0);
    const report = out.json<StanceReport>();
    expect(report.claim).toBe(STANCE_CLAIM);
    expect(report.scope).toEqual({ kind: 'search', limit: 50 });
    const outlets = new Map(report.articles.map((a) => [a.outlet, a]));
    expect(outlets.get('disagree Gazette')!.stance).toBe('disagree');
    expect(outlets.get('Copy Daily')!.stance).toBe('disagree');
    expect(outlets.get('Copy Daily')!.familyId).toBe(outlets.get('disagree Gazette')!.familyId);
    expect(report.counts.disagree).toEqual({ articles: 2, families: 1 });
    expect(outlets.get('discuss Gazette')!.stance).toBe('discuss');
    expect(outlets.has('unrelated Gazette')).toBe(false);
    // Disagreeing articles first, each with the sentence that says so.
    expect(report.articles[0]!.stance).toBe('disagree');
    expect(report.articles[0]!.evidence[0]!.cues.some((c) => c.kind === 'refute')).toBe(true);
  });

  it('prints a summary for a person, and checks a story\'s articles with --story', async () => {
    const text = await run(['stance', STANCE_CLAIM]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('disagree: 2 articles (1 independent)');
    expect(text.stdout).toMatch(/\[disagree \d+%\] Ostin resignation report a hoax/);
    const stories = (await run(['stories', '--json'])).json<{ id: string; articleIds: string[] }[]>();
    const story = stories.sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
    const scoped = (await run(['stance', STANCE_CLAIM, '--story', story.id, '--json'])).json<StanceReport>();
    expect(scoped.scope).toEqual({ kind: 'story', storyId: story.id });
    expect(scoped.checked).toBe(story.articleIds.length);
  });

  it('refuses an unknown story and a claim with no content word, with their codes', async () => {
    const missing = await run(['stance', STANCE_CLAIM, '--story', 'story:nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('CC_STORY_NOT_FOUND');
    const empty = await run(['stance', 'the of and']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('CC_USAGE');
  });
});
