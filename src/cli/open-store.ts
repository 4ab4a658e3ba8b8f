import { resolve } from 'node:path';
import type { Store } from '../ports/store.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { CliIo } from './cli-io.js';

/** `--db <file>`, else CROSSCHECK_DB, else ./crosscheck.db in the working folder. */
export function databasePath(option: string | undefined, io: CliIo): string {
  return resolve(io.cwd, option ?? io.env.CROSSCHECK_DB ?? 'crosscheck.db');
}

export async function withStore<T>(option: string | undefined, io: CliIo, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(databasePath(option, io));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
