import type { Command } from 'commander';
import { analyzePending } from '../../app/analyze-pending.js';
import { defaultWorkerCount } from '../../app/extraction-pool.js';
import type { CliIo } from '../cli-io.js';
import { nonNegativeInt } from '../option-parsers.js';
import { withStore } from '../open-store.js';
import { createCountReporter } from '../progress.js';

interface AnalyzeFlags {
  db?: string;
  json?: boolean;
  progress: boolean;
  workers?: number;
}

export function registerAnalyze(program: Command, io: CliIo): void {
  program
    .command('analyze')
    .description('analyse the articles `ingest --defer-analysis` stored: copy edges, families and stories, in the order they were stored')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print {"analyzed", "stories"}')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--workers <n>', 'worker threads for the text work (default: one per core beyond the first; 0: none)', nonNegativeInt)
    .action(async (flags: AnalyzeFlags) => {
      const progress = flags.progress ? createCountReporter(io, 'articles') : null;
      const result = await withStore(flags.db, io, async (store) => {
        const analyzed = await analyzePending(store, {
          workers: flags.workers ?? defaultWorkerCount(),
          ...(progress ? { onProgress: ({ done, total }: { done: number; total: number }) => progress.update(done, total) } : {}),
        }).finally(() => progress?.stop());
        return { analyzed, stories: await store.countStories() };
      });
      io.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : `analysed ${result.analyzed} articles; ${result.stories} stories\n`);
    });
}
