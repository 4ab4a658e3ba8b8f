import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { cli, tempDir } from './cli-harness.js';

/** `crosscheck copies` and the copy-graph fields of `crosscheck article --json` (docs/cli.md), on the demo corpus. */

const root = tempDir('crosscheck-copies-');
const db = join(root, 'demo.db');
let byTitle: Map<string, string>;

beforeAll(async () => {
  const run = await cli(['ingest', demoCorpusDir(), '--db', db, '--json'], { cwd: root });
  expect(run.code).toBe(0);
  const list = (await cli(['articles', '--db', db, '--json'], { cwd: root })).json<{ id: string; url: string | null; outlet: string | null }[]>();
  byTitle = new Map(list.map((a) => [`${a.outlet}`, a.id]));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('crosscheck copies', () => {
  it('prints the edges of the article\'s family with quoted evidence', async () => {
    const copy = byTitle.get('newsmirror24.example')!;
    const run = await cli(['copies', copy, '--db', db, '--json'], { cwd: root });
    expect(run.code).toBe(0);
    const edges = run.json<{ from: string; to: string; relation: string; score: number; evidence: { kind: string; from: string; to: string }[] }[]>();
    expect(edges.length).toBeGreaterThanOrEqual(3);
    const mine = edges.find((e) => e.to === copy)!;
    expect(mine).toMatchObject({ from: byTitle.get('Meridian Wire'), relation: expect.stringMatching(/^(copy|light-edit)$/) });
    expect(mine.score).toBeGreaterThan(0.5);
    expect(mine.evidence[0]!.from).toContain('Veloria');
    expect(mine.evidence[0]!.to).toContain('Veloria');
    const human = await cli(['copies', copy, '--db', db], { cwd: root });
    expect(human.stdout).toContain('Meridian Wire');
  });

  it('says an independent article has no copies', async () => {
    const independent = (await cli(['articles', '--db', db, '--json'], { cwd: root })).json<{ id: string }[]>();
    const lone: string[] = [];
    for (const { id } of independent) {
      const edges = (await cli(['copies', id, '--db', db, '--json'], { cwd: root })).json<unknown[]>();
      if (edges.length === 0) lone.push(id);
    }
    expect(lone.length).toBeGreaterThan(10);
    const human = await cli(['copies', lone[0]!, '--db', db], { cwd: root });
    expect(human.stdout).toContain('no copies known');
  });

  it('gives familyId and the machine-rewrite score in article --json', async () => {
    const copy = byTitle.get('newsmirror24.example')!;
    const wire = byTitle.get('Meridian Wire')!;
    const a = (await cli(['article', copy, '--db', db, '--json'], { cwd: root })).json<{ familyId: string; machineRewrite: { score: number; likely: boolean } }>();
    const b = (await cli(['article', wire, '--db', db, '--json'], { cwd: root })).json<{ familyId: string }>();
    expect(a.familyId).toBe(b.familyId);
    expect(a.machineRewrite.likely).toBe(false);
  });

  it('diff shows the aligned sentences and what the edit changed', async () => {
    const wire = byTitle.get('Meridian Wire')!;
    const edit = byTitle.get('Avel Evening News')!;
    const run = await cli(['diff', wire, edit, '--db', db, '--json'], { cwd: root });
    expect(run.code).toBe(0);
    const diff = run.json<{ relation: string; pairs: { kind: string; a: string; b: string }[]; changes: { kind: string; derived: { text: string } | null }[] }>();
    expect(['copy', 'light-edit']).toContain(diff.relation);
    expect(diff.pairs.filter((p) => p.kind === 'verbatim').length).toBeGreaterThan(5);
    // The edit adds a local sentence the wire never had.
    expect(diff.changes.some((c) => c.kind === 'sentence-added' && c.derived!.text.includes('150 jobs'))).toBe(true);
    const human = await cli(['diff', wire, edit, '--db', db], { cwd: root });
    expect(human.stdout).toContain('= verbatim');
    expect((await cli(['diff', wire, 'ffffffffffffffff', '--db', db], { cwd: root })).stderr).toContain('CC_ARTICLE_NOT_FOUND');
  });

  it('fails with CC_ARTICLE_NOT_FOUND for an unknown id', async () => {
    const run = await cli(['copies', 'ffffffffffffffff', '--db', db], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CC_ARTICLE_NOT_FOUND');
  });
});
