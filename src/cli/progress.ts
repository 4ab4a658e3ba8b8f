import cliProgress from 'cli-progress';
import type { IngestProgress } from '../app/ingest.js';
import type { CliIo } from './cli-io.js';

/**
 * A progress bar on stderr when it is a terminal, nothing when piped or redirected (scripts and logs must not
 * fill with carriage returns).
 */
export function createProgressReporter(io: CliIo): { update: (p: IngestProgress) => void; stop: () => void } | null {
  if (!io.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar({
    stream: io.stderr as unknown as NodeJS.WritableStream,
    format: ' {bar} {value}/{total} inputs | {documents} documents | {current}',
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(p) {
      const payload = { documents: p.documents, current: shorten(p.current, 40) };
      if (!started) {
        bar.start(p.inputsTotal, p.inputsDone, payload);
        started = true;
      } else bar.update(p.inputsDone, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(-(max - 1))}`;
}

/** A plain count bar ("1200/5000 articles") on a terminal's stderr, for work that is not about inputs (rebuild). */
export function createCountReporter(io: CliIo, unit: string): { update: (done: number, total: number) => void; stop: () => void } | null {
  if (!io.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar({
    stream: io.stderr as unknown as NodeJS.WritableStream,
    format: ` {bar} {value}/{total} ${unit}`,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
