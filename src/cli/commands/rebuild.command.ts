import type { Command } from 'commander';
import { rebuildStories } from '../../app/assign-stories.js';
import type { CliIo } from '../cli-io.js';
import { withStore } from '../open-store.js';
import { createCountReporter } from '../progress.js';

export function registerRebuild(program: Command, io: CliIo): void {
  program
    .command('rebuild')
    .description('assign every stored article to its story again, in publication order, with the current settings')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print {"articles", "stories"}')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (flags: { db?: string; json?: boolean; progress: boolean }) => {
      const progress = flags.progress ? createCountReporter(io, 'articles') : null;
      const result = await withStore(flags.db, io, async (store) => {
        const articles = await rebuildStories(store, progress ? ({ done, total }) => progress.update(done, total) : undefined).finally(() => progress?.stop());
        return { articles, stories: await store.countStories() };
      });
      io.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : `${result.articles} articles in ${result.stories} stories\n`);
    });
}
