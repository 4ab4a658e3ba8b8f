import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/program.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { Fetcher } from '../../src/ports/fetcher.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  json<T = unknown>(): T;
}

/** Runs the CLI in-process, as the bin would, with captured output and a fixed clock. */
export async function cli(argv: readonly string[], options: { cwd: string; stdin?: Uint8Array; fetcher?: Fetcher; env?: Record<string, string> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    readStdin: async () => options.stdin ?? new Uint8Array(),
    env: options.env ?? {},
    cwd: options.cwd,
    clock: fixedClock('2025-06-01T12:00:00.000Z'),
    ...(options.fetcher ? { fetcher: options.fetcher } : {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}

export function tempDir(prefix = 'crosscheck-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
