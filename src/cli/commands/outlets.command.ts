import type { Command } from 'commander';
import type { OutletReportRow } from '../../app/outlet-report.js';
import { outletReport } from '../../app/outlet-report.js';
import type { CliIo } from '../cli-io.js';
import { positiveInt } from '../option-parsers.js';
import { withStore } from '../open-store.js';
import { table } from '../text-table.js';

export function registerOutlets(program: Command, io: CliIo): void {
  program
    .command('outlets')
    .description('outlets ranked by how likely their articles are machine rewrites, with the reasons')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print a JSON array of {"outlet", "score", "likely", "articles", "likelyArticles", "reasons": [{"group", "articles"}]}')
    .option('--limit <n>', 'at most this many outlets (default: all)', positiveInt)
    .option('--likely', 'only outlets whose score reaches the "likely machine rewrite" threshold (0.5)')
    .action(async (flags: { db?: string; json?: boolean; limit?: number; likely?: boolean }) => {
      const all = await withStore(flags.db, io, (store) => outletReport(store));
      const rows = all.filter((row) => !flags.likely || row.likely).slice(0, flags.limit ?? all.length);
      io.stdout.write(flags.json ? `${JSON.stringify(rows)}\n` : renderOutlets(rows));
    });
}

function renderOutlets(rows: readonly OutletReportRow[]): string {
  if (rows.length === 0) return 'no outlets to show\n';
  return table(['outlet', 'score', 'articles', 'likely rewrites', 'reasons (articles)'], rows.map((r) => [
    r.outlet ?? '(unknown)', r.score.toFixed(2), String(r.articles), String(r.likelyArticles),
    r.reasons.map((reason) => `${reason.group} (${reason.articles})`).join(', ') || '-',
  ]));
}
