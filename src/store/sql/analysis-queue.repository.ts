import type { Kysely } from 'kysely';
import type { PendingAnalysis, QueuedStatus } from '../../ports/store.js';
import type { Database } from './schema.js';

/**
 * The analysis queue (migration 0009-pending-analysis): articles `ingest --defer-analysis` stored without their
 * signature, copy edges and story, oldest first. An article queued twice (stored, then changed before analysis)
 * keeps its first row: its place in the queue and the status of its first arrival, so analysis gives it a story.
 */

export async function markAnalysisPending(trx: Kysely<Database>, articleId: string, status: QueuedStatus): Promise<void> {
  await trx.insertInto('pending_analysis').values({ article_id: articleId, status })
    .onConflict((c) => c.column('article_id').doNothing()).execute();
}

export async function clearAnalysisPending(trx: Kysely<Database>, articleId: string): Promise<void> {
  await trx.deleteFrom('pending_analysis').where('article_id', '=', articleId).execute();
}

/** The next `limit` queued articles after queue position `after` (0: from the start), in queue order. */
export async function pendingAnalysis(db: Kysely<Database>, after: number, limit: number): Promise<PendingAnalysis[]> {
  const rows = await db.selectFrom('pending_analysis').select(['seq', 'article_id', 'status'])
    .where('seq', '>', after).orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ position: Number(r.seq), articleId: r.article_id, status: r.status as QueuedStatus }));
}

export async function countPendingAnalysis(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('pending_analysis').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
