import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness.js';

/** `crosscheck demo` (what `npm start` runs): the demo corpus ingested, with its copies and rewrites summarised. */

const root = tempDir('crosscheck-demo-');
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
    expect(families).toBe(articles! - edges!);
    expect(likely).toBeGreaterThanOrEqual(5);
    expect(run.stdout).toMatch(/copy of [0-9a-f]{8}/);
    const again = await cli(['demo', '--db', join(root, 'demo.db')], { cwd: root });
    expect(again.stdout).toContain('ingested 0, updated 0, unchanged 36');
  });
});
