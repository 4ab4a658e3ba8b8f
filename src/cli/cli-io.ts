import type { Clock } from '../ports/clock.js';
import type { Fetcher } from '../ports/fetcher.js';

/** Everything a command touches outside itself, so the whole CLI runs in-process in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly readStdin: () => Promise<Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly clock: Clock;
  /** Replaces the real network fetcher (tests); the CLI builds a safe one from the flags otherwise. */
  readonly fetcher?: Fetcher;
}

/** Exit statuses (docs/cli.md): 0 all done, 1 the command could not run (usage, store, unknown id), 2 some inputs failed. */
export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_PARTIAL = 2;
