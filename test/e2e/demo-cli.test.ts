import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { cli, tempDir } from './cli-harness.js';

/** `crosscheck demo` (what `npm start` runs): the demo corpus ingested, with its copies and rewrites summarised. */

const root = tempDir('crosscheck-demo-');

function goldenFamilyCount(): number {
  const expected = JSON.parse(readFileSync(join(demoCorpusDir(), '..', 'expected.json'), 'utf8')) as { locator: string; copyOf: string | null; siblingOf: string | null }[];
  const parent = new Map<string, string>();
  const find = (x: string): string => (parent.has(x) && parent.get(x) !== x ? find(parent.get(x)!) : x);
  for (const e of expected) if (e.copyOf ?? e.siblingOf) parent.set(find(e.locator), find((e.copyOf ?? e.siblingOf)!));
  return new Set(expected.map((e) => find(e.locator))).size;
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('crosscheck demo', () => {
  it('ingests the 36 demo articles and shows them by story, with copies, families and likely machine rewrites', async () => {
    const run = await cli(['demo', '--db', join(root, 'demo.db')], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('demo corpus: ingested 36, updated 0, unchanged 0, failed 0');
    const summary = /(\d+) articles in (\d+) stories, (\d+) independence families, (\d+) copy edges, (\d+) likely machine rewrites/.exec(run.stdout);
    expect(summary).not.toBeNull();
    const [, articles, stories, families, edges, likely] = summary!.map(Number);
    expect(articles).toBe(36);
    // Four events; the stories are listed, each with its articles.
    expect(stories).toBeGreaterThanOrEqual(4);
    expect(run.stdout.match(/^story:[0-9a-f]{16} {2}/gm)).toHaveLength(stories!);
    expect(edges).toBeGreaterThanOrEqual(8);
    // As many independence families as the golden set has (demo/expected.json: copyOf and siblingOf, joined).
    expect(families).toBe(goldenFamilyCount());
    expect(likely).toBeGreaterThanOrEqual(5);
    expect(run.stdout).toMatch(/copy of [0-9a-f]{8}/);
    const again = await cli(['demo', '--db', join(root, 'demo.db')], { cwd: root });
    expect(again.stdout).toContain('ingested 0, updated 0, unchanged 36');
  });
});
