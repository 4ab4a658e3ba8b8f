import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness.js';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string, url: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post"><link rel="canonical" href="${url}">
<meta property="article:published_time" content="2024-03-05T14:00:00Z"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article><footer>Copyright 2024 Harbour Post</footer></body></html>`;

const PARAGRAPHS = 'The leaders of Veloria and Tarsany met in Port Avel on Tuesday for talks on fishing rights and ferry links across the strait.\n\n' +
  'Both delegations described the four-hour meeting as constructive, and officials said a joint statement would follow on Wednesday morning.\n\n' +
  'The coast guard urged vessels to keep clear of the harbour approaches while the motorcade crossed the old bridge into the city.';

describe('crosscheck ingest', () => {
  const dir = join(root, 'mixed');
  mkdirSync(join(dir, 'nested'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), `Leaders meet in Port Avel\ndate 2024-03-05\nBy Ana Petrov\nSource: Strait Times\n\n${PARAGRAPHS}\n`);
  writeFileSync(join(dir, 'nested', 'b.html'), page('Talks open in Port Avel', 'https://harbourpost.example/2024/03/05/talks?utm_source=x', PARAGRAPHS));
  writeFileSync(join(dir, 'c.jsonl'), [
    JSON.stringify({ title: 'Farm copy', body: PARAGRAPHS, link: 'https://farm.example/p/1', date: '2024-03-07', source: { name: 'Daily Farm' } }),
    JSON.stringify({ headline: 'Second record', content: `${PARAGRAPHS} Extra.`, url: 'https://farm.example/p/2' }),
  ].join('\n'));
  writeFileSync(join(dir, 'notes.pdf'), 'not read');
  const db = join(root, 'mixed.db');

  it('ingests a folder of mixed formats and reports counts as JSON', async () => {
    const run = await cli(['ingest', dir, '--db', db, '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.json()).toEqual({ ingested: 4, updated: 0, unchanged: 0, skipped: 1, failed: [], awaitingAnalysis: 0 });
  });

  it('changes nothing when the same inputs are ingested again', async () => {
    const run = await cli(['ingest', dir, '--db', db, '--json'], { cwd: root });
    expect(run.json()).toEqual({ ingested: 0, updated: 0, unchanged: 4, skipped: 1, failed: [], awaitingAnalysis: 0 });
  });

  it('lists articles with the documented fields, newest first', async () => {
    const run = await cli(['articles', '--db', db, '--json'], { cwd: root });
    const articles = run.json<Record<string, unknown>[]>();
    expect(articles).toHaveLength(4);
    expect(Object.keys(articles[0]!)).toEqual(['id', 'title', 'url', 'outlet', 'publishedAt', 'language']);
    // Newest first; an article with no date sorts by when it was ingested (here, the test clock's 2025-06-01).
    expect(articles.map((a) => a.publishedAt)).toEqual([null, '2024-03-07T00:00:00.000Z', '2024-03-05T14:00:00.000Z', '2024-03-05T00:00:00.000Z']);
    expect(articles[1]).toMatchObject({ title: 'Farm copy', url: 'https://farm.example/p/1', outlet: 'Daily Farm', language: 'en' });
    const html = articles.find((a) => a.title === 'Talks open in Port Avel');
    expect(html).toMatchObject({ url: 'https://harbourpost.example/2024/03/05/talks', outlet: 'Harbour Post', publishedAt: '2024-03-05T14:00:00.000Z' });
    const text = articles.find((a) => a.title === 'Leaders meet in Port Avel');
    expect(text).toMatchObject({ url: null, outlet: 'Strait Times', publishedAt: '2024-03-05T00:00:00.000Z' });
    expect((await cli(['articles', '--db', db, '--json', '--limit', '2'], { cwd: root })).json<unknown[]>()).toHaveLength(2);
  });

  it('shows one article with author, text and signals', async () => {
    const list = (await cli(['articles', '--db', db, '--json'], { cwd: root })).json<{ id: string; title: string }[]>();
    const id = list.find((a) => a.title === 'Leaders meet in Port Avel')!.id;
    const run = await cli(['article', id, '--db', db, '--json'], { cwd: root });
    const article = run.json<Record<string, unknown>>();
    expect(article).toMatchObject({ id, author: 'Ana Petrov', signals: [], version: 1 });
    expect(article.text).toBe(PARAGRAPHS);
    const human = await cli(['article', id, '--db', db], { cwd: root });
    expect(human.stdout).toContain('Leaders meet in Port Avel');
    expect(human.stdout).toContain('Strait Times');
  });

  it('fails with CC_ARTICLE_NOT_FOUND and exit 1 for an unknown id', async () => {
    const run = await cli(['article', 'ffffffffffffffff', '--db', db], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CC_ARTICLE_NOT_FOUND');
  });

  it('searches, best first', async () => {
    const run = await cli(['search', 'extra', '--db', db, '--json'], { cwd: root });
    expect(run.json<{ title: string }[]>().map((h) => h.title)).toEqual(['Second record']);
  });

  it('reads standard input by its content', async () => {
    const run = await cli(['ingest', '-', '--db', join(root, 'stdin.db'), '--json'], { cwd: root, stdin: Buffer.from(page('From stdin', 'https://harbourpost.example/stdin', PARAGRAPHS)) });
    expect(run.json()).toMatchObject({ ingested: 1, failed: [] });
  });

  it('reads a .gz of any supported type', async () => {
    const gz = join(root, 'single.txt.gz');
    writeFileSync(gz, gzipSync(`Compressed story\n\n${PARAGRAPHS}`));
    const run = await cli(['ingest', gz, '--db', join(root, 'gz.db'), '--json'], { cwd: root });
    expect(run.json()).toMatchObject({ ingested: 1, failed: [] });
  });

  it('stores a changed page at a known URL as a new version, with what changed', async () => {
    const versioned = join(root, 'versioned.db');
    const file = join(root, 'page.html');
    writeFileSync(file, page('Toll rises', 'https://harbourpost.example/toll', 'The toll stood at 12 on Monday, officials said, after the ferry capsized near the breakwater.'));
    await cli(['ingest', file, '--db', versioned], { cwd: root });
    writeFileSync(file, page('Toll rises', 'https://harbourpost.example/toll', 'The toll rose to 15 on Tuesday, officials said, after divers searched the ferry overnight.'));
    const run = await cli(['ingest', file, '--db', versioned, '--json'], { cwd: root });
    expect(run.json()).toMatchObject({ ingested: 0, updated: 1 });
    const id = (await cli(['articles', '--db', versioned, '--json'], { cwd: root })).json<{ id: string }[]>()[0]!.id;
    const article = (await cli(['article', id, '--db', versioned, '--json'], { cwd: root })).json<{ version: number; changes: { paragraphsAdded: string[] }; versions: unknown[] }>();
    expect(article.version).toBe(2);
    expect(article.changes.paragraphsAdded).toEqual(['The toll rose to 15 on Tuesday, officials said, after divers searched the ferry overnight.']);
    expect(article.versions).toHaveLength(1);
  });

  it('uses CROSSCHECK_DB when --db is not given', async () => {
    const run = await cli(['articles', '--json'], { cwd: root, env: { CROSSCHECK_DB: db } });
    expect(run.json<unknown[]>()).toHaveLength(4);
  });

  it('maps record fields with --field', async () => {
    const file = join(root, 'custom.jsonl');
    writeFileSync(file, `${JSON.stringify({ story: PARAGRAPHS, heading: 'Custom fields', meta: { site: 'Custom Outlet' } })}\n`);
    const custom = join(root, 'custom.db');
    const run = await cli(['ingest', file, '--db', custom, '--json', '--field', 'text=story', '--field', 'title=heading', '--field', 'outlet=meta.site'], { cwd: root });
    expect(run.json()).toMatchObject({ ingested: 1, failed: [] });
    expect((await cli(['articles', '--db', custom, '--json'], { cwd: root })).json()).toMatchObject([{ title: 'Custom fields', outlet: 'Custom Outlet' }]);
  });

  it('rejects usage errors with exit 1', async () => {
    expect((await cli(['ingest', '--db', db], { cwd: root })).code).toBe(1);
    const badField = await cli(['ingest', dir, '--db', db, '--field', 'nonsense'], { cwd: root });
    expect(badField.code).toBe(1);
    expect(badField.stderr).toContain('CC_USAGE');
    expect((await cli(['articles', '--db', db, '--limit', 'many'], { cwd: root })).code).toBe(1);
    expect((await cli(['frobnicate'], { cwd: root })).code).toBe(1);
  });
});
