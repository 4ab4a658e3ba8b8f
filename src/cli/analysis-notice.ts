import type { Store } from '../ports/store.js';
import type { CliIo } from './cli-io.js';

/**
 * Commands that read stories or the copy graph say, on standard error (their output keeps its documented shape),
 * when articles stored by `ingest --defer-analysis` are not in them yet: an incomplete answer must not look whole.
 */
export async function noticePendingAnalysis(store: Store, io: CliIo): Promise<void> {
  const waiting = await store.countPendingAnalysis();
  if (waiting > 0) io.stderr.write(`crosscheck: ${waiting} stored articles are not analysed yet (no copy edges or story): run \`crosscheck analyze\`\n`);
}
