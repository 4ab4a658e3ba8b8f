import type { Command } from 'commander';
import { defaultWorkerCount } from '../../app/extraction-pool.js';
import { ingest } from '../../app/ingest.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import { fieldMapWith, FIELD_TARGETS } from '../../ingest/field-map.js';
import type { FieldTarget } from '../../ingest/field-map.js';
import { createSafeFetcher } from '../../ingest/fetch/safe-fetcher.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-options.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_OK, EXIT_PARTIAL } from '../cli-io.js';
import { nonNegativeInt, positiveInt } from '../option-parsers.js';
import { withStore } from '../open-store.js';
import { createProgressReporter } from '../progress.js';

interface IngestFlags {
  db?: string;
  json?: boolean;
  field: string[];
  encoding?: string;
  maxBytes: number;
  allowPrivate?: boolean;
  fetch: boolean;
  timeout: number;
  progress: boolean;
  workers?: number;
  linkWorker?: boolean;
  deferAnalysis?: boolean;
}

export function registerIngest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('read articles from files, folders, URLs or standard input (-) into the store')
    .argument('<inputs...>', 'paths (files or folders, .gz allowed), http(s) URLs, or - for standard input')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print the report as JSON: {"ingested", "updated", "unchanged", "skipped", "failed": [...]}')
    .option('--field <target=name>', `which record field holds what, for JSON and CSV (targets: ${FIELD_TARGETS.join(', ')}); repeatable`, collect, [])
    .option('--encoding <charset>', 'charset of inputs that declare none (default: they must be UTF-8)')
    .option('--max-bytes <n>', 'largest single document or whole-read file, after decompression', positiveInt, DEFAULT_MAX_BYTES)
    .option('--allow-private', 'allow URLs that resolve to loopback, private or link-local addresses')
    .option('--no-fetch', 'never fetch URLs (feed entries that are only links fail)')
    .option('--timeout <ms>', 'time limit for each URL fetch', positiveInt, 15_000)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--workers <n>', 'extraction worker threads for large runs (default: one per core beyond the first; 0: none)', nonNegativeInt)
    .option('--link-worker', 'link copies on a thread of their own while the next articles are stored (for machines with a core to spare)')
    .option('--defer-analysis', 'store and index for search only; copy edges and stories come from `crosscheck analyze` (or the next ingest)')
    .action(async (inputs: string[], flags: IngestFlags) => {
      const fieldMap = fieldMapWith(parseFields(flags.field));
      const fetcher = !flags.fetch ? undefined : io.fetcher ?? createSafeFetcher({ allowPrivate: flags.allowPrivate ?? false, timeoutMs: flags.timeout, maxBytes: flags.maxBytes });
      const progress = flags.progress ? createProgressReporter(io) : null;
      const report = await withStore(flags.db, io, (store) =>
        ingest(inputs, { fieldMap, encoding: flags.encoding, maxBytes: flags.maxBytes, fetcher }, {
          store, clock: io.clock, readStdin: io.readStdin, onProgress: progress?.update, workers: flags.workers ?? defaultWorkerCount(), linkWorker: flags.linkWorker, deferAnalysis: flags.deferAnalysis,
        }).finally(() => progress?.stop()));

      for (const failure of report.failed) io.stderr.write(`${failure.input}: ${failure.code} ${failure.message}\n`);
      if (flags.json) io.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        io.stdout.write(`ingested ${report.ingested}, updated ${report.updated}, unchanged ${report.unchanged}, failed ${report.failed.length}` +
          `${report.skipped ? `, skipped ${report.skipped} files of other types` : ''}\n`);
        if (report.awaitingAnalysis > 0) io.stdout.write(`${report.awaitingAnalysis} articles wait for analysis: run \`crosscheck analyze\`\n`);
      }
      setExit(report.failed.length > 0 ? EXIT_PARTIAL : EXIT_OK);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseFields(specs: readonly string[]): Partial<Record<FieldTarget, string>> {
  const result: Partial<Record<FieldTarget, string>> = {};
  for (const spec of specs) {
    const match = /^(\w+)=(.+)$/.exec(spec);
    if (!match || !FIELD_TARGETS.includes(match[1] as FieldTarget)) {
      throw new CrosscheckError('CC_USAGE', `--field takes target=name with target one of ${FIELD_TARGETS.join(', ')}; got "${spec}"`);
    }
    result[match[1] as FieldTarget] = match[2]!;
  }
  return result;
}
