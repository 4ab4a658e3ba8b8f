import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import type { Brief } from '../../src/model/brief.js';
import { startFakeEmbeddingServer } from '../unit/app/fake-embedding-server.js';
import { cli, tempDir } from './cli-harness.js';

/** `crosscheck brief <story-id>` (docs/brief.md) on the demo corpus: the contract, and the counting rules it promises. */

const root = tempDir('crosscheck-brief-');
const db = join(root, 'demo.db');
const run = (argv: string[]) => cli([...argv, '--db', db], { cwd: root });
const STATUS_ORDER = ['corroborated', 'disputed', 'single-source', 'speculative'];
let briefs: Brief[];
let texts: Map<string, string>;

beforeAll(async () => {
  expect((await run(['ingest', demoCorpusDir(), '--json'])).code).toBe(0);
  const stories = (await run(['stories', '--json'])).json<{ id: string }[]>();
  briefs = [];
  for (const story of stories) {
    const out = await run(['brief', story.id, '--json']);
    expect(out.code).toBe(0);
    briefs.push(out.json<Brief>());
  }
  texts = new Map();
  for (const a of (await run(['articles', '--json'])).json<{ id: string }[]>()) {
    texts.set(a.id, (await run(['article', a.id, '--json'])).json<{ text: string }>().text);
  }
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The summit's main story: the one of the most independent families among those naming the summit's city. */
const summit = () => briefs.filter((b) => b.story.mainEntities.some((e) => e.name === 'Port Avel')).sort((a, b) => b.story.families - a.story.families)[0]!;

describe('crosscheck brief', () => {
  it('prints the documented record for every story, its articles being the story\'s', async () => {
    const stories = (await run(['stories', '--json'])).json<{ id: string; articleIds: string[]; families: number }[]>();
    expect(briefs.length).toBe(stories.length);
    briefs.forEach((brief, i) => {
      expect(Object.keys(brief).sort()).toEqual(['articles', 'claims', 'contradictions', 'copies', 'entities', 'format', 'story', 'summary', 'timeline', 'updates']);
      expect(brief.format).toBe('brief/1');
      expect(brief.story.id).toBe(stories[i]!.id);
      expect(brief.story.families).toBe(stories[i]!.families);
      expect(brief.articles.map((a) => a.id).sort()).toEqual([...stories[i]!.articleIds].sort());
      for (const a of brief.articles) for (const key of ['id', 'familyId', 'signals', 'copyOf', 'machineRewrite']) expect(a).toHaveProperty(key);
      for (const c of brief.claims) for (const key of ['id', 'text', 'status', 'independentSources', 'articleIds', 'modality', 'quotes']) expect(c).toHaveProperty(key);
      expect(brief.timeline.filter((t) => t.kind === 'article').length).toBe(brief.articles.length);
    });
  });

  it('puts established facts first and never counts a copy as a second source', () => {
    for (const brief of briefs) {
      const ranks = brief.claims.map((c) => STATUS_ORDER.indexOf(c.status));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const familyOf = new Map(brief.articles.map((a) => [a.id, a.familyId]));
      for (const c of brief.claims) {
        const families = new Set(c.articleIds.map((id) => familyOf.get(id)));
        expect(c.independentSources).toBeLessThanOrEqual(families.size);
        if (c.status === 'corroborated') expect(c.independentSources).toBeGreaterThanOrEqual(2);
        // One family states it; a group of opinions or questions alone states nothing (docs/corroboration.md).
        if (c.status === 'single-source') expect(c.independentSources === 1 || ['opinion', 'question'].includes(c.modality)).toBe(true);
        if (c.status === 'speculative') expect(c.modality).toBe('hedged');
      }
    }
    // The summit is covered by several independent outlets: some of what they report is established.
    expect(summit().summary.corroborated).toBeGreaterThan(0);
  });

  it('quotes the exact words of the articles it cites, and sets the two sides of a contradiction apart by family', () => {
    let quotes = 0;
    for (const brief of briefs) {
      for (const q of [...brief.claims.flatMap((c) => c.quotes), ...brief.contradictions.flatMap((c) => c.sides.flatMap((s) => s.quotes))]) {
        expect(texts.get(q.articleId)!.slice(q.start, q.end)).toBe(q.text);
        quotes++;
      }
      for (const c of brief.contradictions) {
        const [a, b] = c.sides;
        expect(a.familyIds.some((f) => b.familyIds.includes(f))).toBe(false);
        expect(a.value).not.toBe(b.value);
      }
    }
    expect(quotes).toBeGreaterThan(50);
  });

  it('shows the summit\'s disputed ship count and its copies', () => {
    const brief = summit();
    const ships = brief.contradictions.filter((c) => c.kind === 'number' && /ship/.test(c.claim));
    expect(ships.length).toBeGreaterThan(0);
    expect(ships.flatMap((c) => c.sides.map((s) => s.value.split(' ')[0])).sort()).toEqual(expect.arrayContaining(['2', '3']));
    expect(brief.copies.length).toBeGreaterThan(0);
    expect(brief.summary.copies).toBe(brief.articles.filter((a) => a.copyOf !== null).length);
    expect(brief.summary.machineRewrites).toBeGreaterThan(0);
  });

  it('names each of the summit\'s people under one form, the farm\'s mangled spelling among its variants', () => {
    const people = summit().entities.filter((e) => e.kind === 'person');
    const solVarenne = people.filter((e) => e.variants.some((v) => /Sol.Varenne/.test(v.form)));
    expect(solVarenne).toHaveLength(1);
    expect(solVarenne[0]!.name).toBe('Jarek Sol-Varenne');
    expect(solVarenne[0]!.variants.map((v) => v.form)).toContain('Sol Varenne');
    expect(summit().entities.find((e) => e.name === 'Port Avel')?.kind).toBe('place');
  });

  it('renders Markdown and text, and refuses an unknown story or two formats at once', async () => {
    const id = summit().story.id;
    const md = await run(['brief', id, '--md']);
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith(`# ${summit().story.title}`)).toBe(true);
    expect(md.stdout).toContain('## Timeline');
    expect(md.stdout).toContain('## Disputed');
    const text = await run(['brief', id]);
    expect(text.stdout).toContain('At a glance:');
    expect(text.stdout).not.toContain('## ');
    const unknown = await run(['brief', 'story:nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('CC_STORY_NOT_FOUND');
    const both = await run(['brief', id, '--json', '--md']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('CC_USAGE');
  });
  it('aligns claims with embeddings from a semantic backend on loopback when asked, and refuses one on a public address', async () => {
    const server = await startFakeEmbeddingServer();
    try {
      const id = summit().story.id;
      const out = await cli(['brief', id, '--json', '--db', db], { cwd: root, env: { CROSSCHECK_SEMANTIC_URL: server.url } });
      expect(out.code).toBe(0);
      const brief = out.json<Brief>();
      expect(brief.story.id).toBe(id);
      expect(brief.claims.length).toBeGreaterThan(0);
      // Each distinct claim text of the story was sent once, under the default model name.
      const sent = server.requests.flatMap((r) => r.input);
      expect(new Set(sent).size).toBe(sent.length);
      expect(server.requests.every((r) => r.model === 'default')).toBe(true);
      expect(sent).toEqual(expect.arrayContaining(brief.claims.map((c) => c.text)));
      const refused = await run(['brief', id, '--semantic', 'http://93.184.216.34/v1/embeddings']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('CC_SEMANTIC_BACKEND');
      server.mode = 'error';
      const failing = await run(['brief', id, '--semantic', server.url, '--semantic-model', 'minilm']);
      expect(failing.code).toBe(1);
      expect(failing.stderr).toContain('HTTP 500');
    } finally {
      await server.close();
    }
  });
  it('prints one article\'s claims (crosscheck claims), each quoting the article\'s own text, the same as the Brief read', async () => {
    const brief = summit();
    const id = brief.articles[0]!.id;
    const out = await run(['claims', id, '--json']);
    expect(out.code).toBe(0);
    const claims = out.json<{ id: string; text: string; start: number; end: number; modality: { kind: string } }[]>();
    expect(claims.length).toBeGreaterThan(3);
    for (const c of claims) {
      expect(c.id.startsWith(`${id}#`)).toBe(true);
      expect(texts.get(id)!.slice(c.start, c.end)).toBe(c.text);
    }
    const text = await run(['claims', id]);
    expect(text.stdout.split('\n').filter((l) => l.startsWith('- [')).length).toBe(claims.length);
    const unknown = await run(['claims', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('CC_ARTICLE_NOT_FOUND');
  });
});
