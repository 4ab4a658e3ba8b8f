import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { tempDir } from './cli-harness.js';

/**
 * The built bin in a process of its own, as users run it: what the in-process harness cannot see, such as a
 * thread left behind or a pending promise when the event loop empties (Node exits with 13 then, not 0).
 */

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
const root = tempDir('crosscheck-bin-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the crosscheck bin as a process', () => {
  it('ingests the demo corpus and lists it, exiting 0 each time', async () => {
    expect(existsSync(bin), 'dist/ is missing: run `npm run build` first').toBe(true);
    const db = join(root, 'demo.db');
    const ingest = await run(process.execPath, [bin, 'ingest', demoCorpusDir(), '--db', db, '--json'], { cwd: root });
    expect(JSON.parse(ingest.stdout)).toMatchObject({ ingested: 36, unchanged: 0, failed: [] });
    const again = await run(process.execPath, [bin, 'ingest', demoCorpusDir(), '--db', db, '--json'], { cwd: root });
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 0, unchanged: 36 });
    const list = await run(process.execPath, [bin, 'articles', '--db', db, '--json'], { cwd: root });
    expect(JSON.parse(list.stdout)).toHaveLength(36);
    // The store closed its log: nothing is left beside the database file.
    expect(existsSync(`${db}-wal`)).toBe(false);
  }, 60_000);

  it('runs under its shebang line, with the flags it names', async () => {
    // As the shell runs an installed bin: env -S splits the line, and Node must accept the flags it names.
    const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0]!;
    expect(shebang).toMatch(/^#!\/usr\/bin\/env -S node --max-semi-space-size=64$/);
    const [env, ...command] = shebang.slice(2).split(' ');
    const shown = await run(env!, [...command, '-e', 'process.stdout.write(process.execArgv.join(" "))'], { cwd: root });
    expect(shown.stdout.split(' ')).toContain('--max-semi-space-size=64');
    const help = await run(env!, [...command, bin, '--help'], { cwd: root });
    expect(help.stdout).toContain('crosscheck');
  }, 60_000);
});
