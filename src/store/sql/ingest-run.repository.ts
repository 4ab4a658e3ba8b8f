import type { Kysely } from 'kysely';
import type { IngestRunRecord } from '../../ports/store.js';
import type { Database } from './schema.js';

/** The ingest report of each run, kept so failures can be looked at after the terminal is gone. */
export async function recordIngestRun(db: Kysely<Database>, run: IngestRunRecord): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('ingest_runs').values({
      started_at: run.startedAt, finished_at: run.finishedAt, inputs: JSON.stringify(run.inputs), ingested: run.ingested,
      updated: run.updated, unchanged: run.unchanged, failed: run.failures.length,
    }).returning('id').executeTakeFirstOrThrow();
    // Insert failures in slices: SQLite caps bound parameters per statement (32766 since 3.32).
    for (let from = 0; from < run.failures.length; from += 1000) {
      const slice = run.failures.slice(from, from + 1000);
      await trx.insertInto('ingest_failures')
        .values(slice.map((f, i) => ({ run_id: inserted.id, position: from + i, input: f.input, code: f.code, message: f.message })))
        .execute();
    }
    return inserted.id;
  });
}
