import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pinned quality floors: bench/baselines/<name>.json maps a figure to its floor. A quality-gate test fails when a
 * score falls below its floor. Raise floors as scores rise; lower one only on purpose, saying why in the commit.
 */
export function readBaseline(name: string): Record<string, number> {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'baselines', `${name}.json`);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { floors: Record<string, number> };
  return parsed.floors;
}

/** The shared benchmark data sits beside the project (../shared/data); never copied into the repository. */
export function sharedDataDir(...parts: string[]): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', ...parts);
}
