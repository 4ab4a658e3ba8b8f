/**
 * `npm run bench -- <name> [args]`: runs bench/<name>.bench.ts, prints its table and writes its figures to
 * bench/results/<name>.json. Benchmarks are never part of `npm test`; the quality gates in test/quality run the
 * same evaluation code against the floors in bench/baselines/.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './lib/bench-result.js';
import { printTable } from './lib/bench-result.js';

const here = dirname(fileURLToPath(import.meta.url));
const [name, ...args] = process.argv.slice(2);
const available = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, ''));

if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name> [args]\navailable: ${available.join(', ')}`);
  process.exit(1);
}

const module = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as { run(args: string[]): Promise<BenchResult> };
const started = Date.now();
const result = await module.run(args);
const resultName = result.resultName ?? name;
// The Node flags of the run (package.json's bench script gives V8 a 64 MB young generation, as the CLI has:
// docs/stories.md, "Session 19"), so a figure can be compared with one measured under other settings.
const nodeFlags = [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/)].filter((flag) => flag.startsWith('--max-'));
const figures = { name: resultName, ranAt: new Date().toISOString(), seconds: (Date.now() - started) / 1000, nodeFlags: nodeFlags.join(' '), ...result.figures, peers: result.peers ?? {} };
printTable(name, result);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', `${resultName}.json`), `${JSON.stringify(figures, null, 2)}\n`);
console.log(`\nwrote bench/results/${resultName}.json`);
