import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { cli, tempDir } from './cli-harness.js';

/** `crosscheck outlets` (docs/cli.md) on the demo corpus, whose content-farm outlets each ran one rewrite. */

const root = tempDir('crosscheck-outlets-');
const db = join(root, 'demo.db');
const FARMS = ['GlobalBuzz Today', 'BuzzFlash News', 'NewsPulse Daily', 'Coastal News Now', 'NewsNest Global'];

interface Row { outlet: string | null; score: number; likely: boolean; articles: number; likelyArticles: number; reasons: { group: string; articles: number }[] }

beforeAll(async () => {
  expect((await cli(['ingest', demoCorpusDir(), '--db', db, '--json'], { cwd: root })).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('crosscheck outlets', () => {
  it('ranks the content farms first, each with its likely rewrite and the reasons, and clean outlets at zero', async () => {
    const run = await cli(['outlets', '--db', db, '--json'], { cwd: root });
    expect(run.code).toBe(0);
    const rows = run.json<Row[]>();
    expect(rows.slice(0, FARMS.length).map((r) => r.outlet).sort()).toEqual([...FARMS].sort());
    for (const farm of rows.slice(0, FARMS.length)) {
      expect(farm).toMatchObject({ articles: 1, likelyArticles: 1, likely: false });
      expect(farm.reasons.some((r) => r.group.startsWith('rewrite.'))).toBe(true);
    }
    expect(rows.find((r) => r.outlet === 'Meridian Wire')).toMatchObject({ score: 0, likelyArticles: 0, reasons: [] });
    expect(rows.reduce((n, r) => n + r.articles, 0)).toBe(36);
    // Names mangled against the rest of the story count too: the three farms whose rewrites mangle names.
    const mangling = rows.filter((r) => r.reasons.some((reason) => reason.group === 'rewrite.mangled-name')).map((r) => r.outlet).sort();
    expect(mangling).toEqual(['Coastal News Now', 'GlobalBuzz Today', 'NewsNest Global']);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.score).toBeGreaterThanOrEqual(rows[i]!.score);
  });

  it('keeps one article from branding an outlet, and limits the list', async () => {
    expect((await cli(['outlets', '--db', db, '--json', '--likely'], { cwd: root })).json<Row[]>()).toEqual([]);
    expect((await cli(['outlets', '--db', db, '--json', '--limit', '3'], { cwd: root })).json<Row[]>()).toHaveLength(3);
    const human = await cli(['outlets', '--db', db], { cwd: root });
    expect(human.stdout).toContain('GlobalBuzz Today');
    expect(human.stdout).toContain('rewrite.admission (1)');
  });
});
