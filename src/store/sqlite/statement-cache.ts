import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query anew; preparing was 7% of an ingest's time (profile of 10k
 * generated articles). The same few statements run for every article, so prepared statements are kept by SQL
 * text. Kysely never streams from these (no `.stream()` in the store), so a cached statement is never busy when
 * it is run again.
 */

/** Distinct SQL texts kept; the store issues a few dozen, and IN-lists of varying length add some more. */
const MAX_STATEMENTS = 200;

export function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
