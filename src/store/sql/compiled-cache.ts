import type { CompiledQuery, DialectAdapter, Kysely } from 'kysely';

/**
 * Compiled SQL kept by query shape, per dialect. Building a query with Kysely's builder cost 30-60 µs, several
 * times what SQLite takes to run it (an LSH candidate lookup: 83 µs raw, 340 µs built), and the hot statements of
 * an ingest have few shapes (a band count, a row count). Keyed by the dialect's adapter, so two stores of different
 * dialects in one process never share SQL.
 */

const byDialect = new WeakMap<DialectAdapter, Map<string, string>>();

/** The SQL of `shape`, compiled by `build` the first time `db`'s dialect sees it; `parameters` checks none was inlined. */
export function compiledSql<DB>(db: Kysely<DB>, shape: string, parameters: number, build: () => CompiledQuery): string {
  const adapter = db.getExecutor().adapter;
  let cache = byDialect.get(adapter);
  if (!cache) byDialect.set(adapter, (cache = new Map()));
  let sql = cache.get(shape);
  if (sql === undefined) {
    const query = build();
    if (query.parameters.length !== parameters) {
      throw new Error(`compiled statement "${shape}" has ${query.parameters.length} parameters, expected ${parameters}: ${query.sql}`);
    }
    sql = query.sql;
    cache.set(shape, sql);
  }
  return sql;
}
