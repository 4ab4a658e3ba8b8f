import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { csvRow, csvValues, EXPORT_COLUMNS, exportRecords } from '../../app/export.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { CliIo } from '../cli-io.js';
import { withStore } from '../open-store.js';

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('write every article (all versions) with text and metadata; `crosscheck ingest` reads it back')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (flags: { db?: string; format: string; out?: string }) => {
      if (flags.format !== 'jsonl' && flags.format !== 'csv') throw new CrosscheckError('CC_USAGE', `--format is jsonl or csv, not "${flags.format}"`);
      const file = flags.out ? createWriteStream(flags.out) : null;
      const write = async (text: string) => {
        if (!file) return void io.stdout.write(text);
        if (!file.write(text)) await once(file, 'drain');
      };
      await withStore(flags.db, io, async (store) => {
        if (flags.format === 'csv') await write(csvRow(EXPORT_COLUMNS));
        for await (const record of exportRecords(store)) {
          await write(flags.format === 'csv' ? csvRow(csvValues(record)) : `${JSON.stringify(record)}\n`);
        }
      });
      if (file) {
        file.end();
        await once(file, 'finish');
      }
    });
}
