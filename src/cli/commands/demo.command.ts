import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ingest } from '../../app/ingest.js';
import { DEFAULT_FIELD_MAP } from '../../ingest/field-map.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-options.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_OK, EXIT_PARTIAL } from '../cli-io.js';
import { databasePath, withStore } from '../open-store.js';
import { table } from '../text-table.js';

/** The bundled demo corpus, found from this file whether it runs from src/ (tests) or dist/ (the bin). */
export function demoCorpusDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'demo', 'corpus');
    if (existsSync(candidate)) return candidate;
  }
  throw new CrosscheckError('CC_NOT_FOUND', 'the demo corpus (demo/corpus) is not installed with this copy of crosscheck');
}

export function registerDemo(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (fictional events) into the store and show what was found')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .action(async (flags: { db?: string }) => {
      const corpus = demoCorpusDir();
      const { report, articles } = await withStore(flags.db, io, async (store) => {
        // The demo never reaches the network: its feeds carry full bodies.
        const report = await ingest([corpus], { fieldMap: DEFAULT_FIELD_MAP, maxBytes: DEFAULT_MAX_BYTES }, { store, clock: io.clock });
        const articles = [];
        for await (const article of store.iterateArticles()) articles.push(article);
        return { report, articles };
      });
      const rows = articles.map((a) => [a.id, a.publishedAt?.slice(0, 10) ?? '-', (a.outlet ?? '-').slice(0, 22),
        [...new Set(a.signals.map((s) => s.kind))].join(' ') || '-', `${a.title.slice(0, 70)}  [${relative(corpus, a.origin.locator)}]`]);
      io.stdout.write(table(['id', 'published', 'outlet', 'signals', 'title  [file]'], rows));
      for (const failure of report.failed) io.stdout.write(`${failure.input}: ${failure.code} ${failure.message}\n`);
      io.stdout.write(`\ndemo corpus: ingested ${report.ingested}, updated ${report.updated}, unchanged ${report.unchanged}, failed ${report.failed.length}\n` +
        `store: ${databasePath(flags.db, io)}\n` +
        'next: crosscheck articles | crosscheck article <id> | crosscheck search <words> | crosscheck export\n');
      setExit(report.failed.length > 0 ? EXIT_PARTIAL : EXIT_OK);
    });
}
