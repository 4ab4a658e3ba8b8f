import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { positiveInt } from '../option-parsers.js';
import { withStore } from '../open-store.js';
import { table } from '../text-table.js';

export function registerSearch(program: Command, io: CliIo): void {
  program
    .command('search')
    .description('full-text search over titles and texts, best match first')
    .argument('<query...>', 'words to look for (all must match; if none match together, any)')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print a JSON array of the listing fields plus "score" and "snippet"')
    .option('--limit <n>', 'at most this many results', positiveInt, 20)
    .action(async (words: string[], flags: { db?: string; json?: boolean; limit: number }) => {
      const hits = await withStore(flags.db, io, (store) => store.search(words.join(' '), { limit: flags.limit }));
      if (flags.json) io.stdout.write(`${JSON.stringify(hits)}\n`);
      else if (hits.length === 0) io.stdout.write('no matches\n');
      else io.stdout.write(table(['id', 'score', 'outlet', 'title / snippet'], hits.map((h) => [h.id, h.score.toFixed(2), h.outlet ?? '-', `${h.title}\n${' '.repeat(40)}${h.snippet}`])));
    });
}
