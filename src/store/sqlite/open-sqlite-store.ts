import Database from 'better-sqlite3';
import type { Migration, MigrationProvider } from 'kysely';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { Store } from '../../ports/store.js';
import * as articles from '../sql/article.repository.js';
import { recordIngestRun } from '../sql/ingest-run.repository.js';
import { sharedMigrations } from '../sql/migrations.js';
import type { Database as Schema } from '../sql/schema.js';
import { sqliteMigrations } from './sqlite-migrations.js';
import { searchArticles } from './sqlite-search.js';

/** Default number of search results: a screenful. */
const DEFAULT_SEARCH_LIMIT = 20;

/**
 * The embedded store: one SQLite file. WAL lets readers (the API, a second CLI) work while an ingest writes;
 * synchronous=NORMAL is durable across application crashes in WAL mode (a power cut may lose the last
 * transactions, never corrupt the file), at a fraction of FULL's fsync cost; busy_timeout lets two writers
 * queue instead of failing at once.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  let database: Database.Database;
  try {
    database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new CrosscheckError('CC_STORE', `cannot open database ${path}: ${(error as Error).message}`, { input: path, cause: error });
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
  await migrate(db, path);

  return {
    saveArticle: (article, { ingestedAt }) => articles.saveArticle(db, article, ingestedAt),
    getArticle: (id) => articles.getArticle(db, id),
    articleVersions: (id) => articles.articleVersions(db, id),
    listArticles: (options) => articles.listArticles(db, options),
    iterateArticles: () => articles.iterateArticles(db),
    search: (query, options) => searchArticles(db, query, options?.limit ?? DEFAULT_SEARCH_LIMIT),
    countArticles: () => articles.countArticles(db),
    recordIngestRun: (run) => recordIngestRun(db, run),
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<Schema>, path: string): Promise<void> {
  const all: Record<string, Migration> = { ...sharedMigrations, ...sqliteMigrations };
  const provider: MigrationProvider = { getMigrations: async () => all };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new CrosscheckError('CC_STORE', `cannot prepare database ${path}: ${(error as Error).message}`, { input: path, cause: error });
  }
}
