import Database from 'better-sqlite3';
import type { Migration, MigrationProvider } from 'kysely';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { Store, StoreTransaction } from '../../ports/store.js';
import { SqlStoryIndex } from '../sql/sql-story-index.js';
import { StoryIndexMemory } from '../sql/story-index-memory.js';
import { storyMigrations } from '../sql/story-migrations.js';
import type { StoryDatabase } from '../sql/story-schema.js';
import * as stories from '../sql/story.repository.js';
import * as articles from '../sql/article.repository.js';
import * as copyGraph from '../sql/copy-graph.repository.js';
import * as analysisQueue from '../sql/analysis-queue.repository.js';
import * as claimStore from '../sql/claims.repository.js';
import { recordIngestRun } from '../sql/ingest-run.repository.js';
import { BandIndex } from '../sql/band-index.js';
import * as lsh from '../sql/lsh.repository.js';
import type { SignatureEntry } from '../../ports/store.js';
import { sharedMigrations } from '../sql/migrations.js';
import type { Database as Schema } from '../sql/schema.js';
import { sqliteMigrations } from './sqlite-migrations.js';
import { searchArticles } from './sqlite-search.js';
import { GroupCommit } from '../sql/group-commit.js';
import { SEARCH_BATCH, indexPendingArticles, indexPendingIn } from './sqlite-search-index.js';
import { withStatementCache } from './statement-cache.js';
import { BACKSTOP_PAGES, WalCheckpointer } from './wal-checkpointer.js';

/**
 * Articles per commit and the longest a group stays open. Groups of 100 took a save from 0.27-0.34 ms to
 * 0.10-0.15 ms (group-commit.ts). Every article also dirties pages of indexes keyed by hashes (article id and
 * identity, signature id), at random places, and a commit writes each dirty page once, so larger groups write each
 * hot page fewer times: a 40k-article fill went from 640 to 887 articles/s with groups of 1,000, and a 60k fill
 * (with band rows batched, band-index.ts) from 1,558 to 1,937/s with groups of 4,000 (10,000 gave no more:
 * 1,849/s). Two seconds keeps other writers' waits well below busy_timeout (5 s).
 */
const GROUP_LIMITS = { maxArticles: 4000, maxMillis: 2000 };

/** Default number of search results: a screenful. */
const DEFAULT_SEARCH_LIMIT = 20;

/**
 * The embedded store: one SQLite file. WAL lets readers (the API, a second CLI) work while an ingest writes;
 * synchronous=NORMAL is durable across application crashes in WAL mode (a power cut may lose the last
 * transactions, never corrupt the file), at a fraction of FULL's fsync cost; busy_timeout lets two writers
 * queue instead of failing at once. wal_autocheckpoint=4000 pages (16 MB) checkpoints a quarter as often as the
 * default 1000: each checkpoint fsyncs, and with group commits it took saves from 0.15 to 0.09 ms an article (10k
 * generated articles, better-sqlite3 alone). Once a group has committed, checkpoints move to a thread of their own
 * (wal-checkpointer.ts) and the writer's threshold becomes a backstop; read-only uses never start that thread. cache_size 64 MiB (the default is 2 MiB): the unique indexes on
 * random-looking ids and URLs take every insert to a random page, and past ~10k articles they outgrow the default
 * cache, which made each save slower as the store grew.
 */
export interface SqliteStoreOptions {
  /** Articles whose LSH band rows are held in memory before they are written (band-index.ts); tests lower it. */
  readonly bandFlushArticles?: number;
  /** Story assignments held in memory before their frequencies and postings are written (story-index-memory.ts); tests lower it. */
  readonly storyFlushDocuments?: number;
}

export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  let database: Database.Database;
  try {
    database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    database.pragma('wal_autocheckpoint = 4000');
    database.pragma('cache_size = -65536');
  } catch (error) {
    throw new CrosscheckError('CC_STORE', `cannot open database ${path}: ${(error as Error).message}`, { input: path, cause: error });
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  // The story tables' view of the same connection (story-schema.ts extends the schema).
  const storyDb = storyView(db);
  await migrate(db, path);
  // A run that stopped between storing articles and indexing them left some unindexed: index them now.
  await indexPendingArticles(db);
  let unindexed = 0;
  const bands = new BandIndex(options.bandFlushArticles);
  // What the story index holds between units of work (story-index-memory.ts); profiles wait for the group commit.
  const storyMemory = new StoryIndexMemory({ deferProfiles: true, ...(options.storyFlushDocuments ? { flushDocuments: options.storyFlushDocuments } : {}) });
  let checkpointer: WalCheckpointer | null | undefined;
  const afterCommit = () => {
    if (checkpointer === undefined) {
      checkpointer = WalCheckpointer.start(path);
      if (checkpointer) database.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    }
    checkpointer?.request();
  };
  const writes = new GroupCommit(db, GROUP_LIMITS, async (trx) => {
    await bands.flush(trx);
    await storyMemory.flush(storyView(trx));
    if (unindexed < SEARCH_BATCH) return;
    unindexed = 0;
    await indexPendingIn(trx);
  }, () => {
    bands.reset();
    storyMemory.reset();
  }, afterCommit);
  /** Every read and every other write first commits the open group: they must see, and not wait behind, it. */
  const committed = async <T>(work: () => Promise<T>): Promise<T> => {
    await writes.flush();
    return work();
  };

  const transactionOn = (trx: Kysely<Schema>): StoreTransaction => ({
    stories: new SqlStoryIndex(storyView(trx), storyMemory, { oneUnit: true }),
    familiesOf: (ids) => copyGraph.familiesOf(trx, ids),
    storyMembers: (storyId, limit, before) => stories.recentMembers(storyView(trx), storyId, limit, before),
    async saveArticle(article, { ingestedAt }) {
      const result = await articles.saveArticle(trx, article, ingestedAt);
      if (result.status !== 'unchanged') unindexed++;
      return result;
    },
    getArticle: (id) => articles.getArticle(trx, id),
    saveSignature: (articleId, signature, keys) => bands.add(trx, [{ articleId, signature, keys }]),
    lshCandidates: (keys, options) => bands.candidates(trx, keys, options),
    getSignatures: (ids) => lsh.getSignatures(trx, ids),
    parentsOf: (ids) => copyGraph.parentsOf(trx, ids),
    saveLinks: (result) => copyGraph.saveLinks(trx, result),
    markLinksPending: (articleId) => copyGraph.markLinksPending(trx, articleId),
    clearLinksPending: (articleId) => copyGraph.clearLinksPending(trx, articleId),
    markAnalysisPending: (articleId, status) => analysisQueue.markAnalysisPending(trx, articleId, status),
    clearAnalysisPending: (articleId) => analysisQueue.clearAnalysisPending(trx, articleId),
  });

  /** A bulk load in one transaction of its own; if it fails, the band index forgets what it held of it. */
  const saveSignatures = async (entries: readonly SignatureEntry[]) => {
    try {
      await db.transaction().execute(async (trx) => {
        await bands.add(trx, entries);
        await bands.flush(trx);
      });
    } catch (error) {
      bands.reset();
      throw error;
    }
  };

  return {
    saveArticle: (article, options) => writes.run((trx) => transactionOn(trx).saveArticle(article, options)),
    atomically: (work) => writes.run(async (trx) => {
      bands.beginUnit();
      try {
        return await work(transactionOn(trx));
      } catch (error) {
        bands.rollbackUnit();
        throw error;
      }
    }),
    copyEdges: (ids) => committed(() => copyGraph.edgesOf(db, ids)),
    familiesOf: (ids) => committed(() => copyGraph.familiesOf(db, ids)),
    familyMembers: (familyId) => committed(() => copyGraph.familyMembers(db, familyId)),
    getArticle: (id) => committed(() => articles.getArticle(db, id)),
    articleVersions: (id) => committed(() => articles.articleVersions(db, id)),
    listArticles: (options) => committed(() => articles.listArticles(db, options)),
    // Each page commits the open group first: a caller may store between pages (a rebuild does).
    iterateArticles: (iterateOptions) => articles.iterateArticles(db, iterateOptions, () => writes.flush()),
    search: (query, options) => committed(async () => {
      await indexPendingArticles(db);
      return searchArticles(db, query, options?.limit ?? DEFAULT_SEARCH_LIMIT, options?.match === 'any');
    }),
    countArticles: () => committed(() => articles.countArticles(db)),
    saveSignature: (articleId, signature, keys) => committed(() => saveSignatures([{ articleId, signature, keys }])),
    saveSignatures: (entries) => committed(() => saveSignatures(entries)),
    lshCandidates: (keys, options) => committed(() => bands.candidates(db, keys, options)),
    getSignatures: (ids) => committed(() => lsh.getSignatures(db, ids)),
    pendingLinks: () => committed(() => copyGraph.pendingLinks(db)),
    pendingAnalysis: ({ after, limit }) => committed(() => analysisQueue.pendingAnalysis(db, after, limit)),
    countPendingAnalysis: () => committed(() => analysisQueue.countPendingAnalysis(db)),
    iterateStories(listOptions) {
      const since = listOptions?.since === undefined ? Number.NaN : Date.parse(listOptions.since);
      return stories.iterateStories(storyDb, Number.isNaN(since) ? {} : { sinceMs: since }, () => writes.flush());
    },
    getStory: (id) => committed(() => stories.getStory(storyDb, id)),
    storiesOf: (ids) => committed(() => stories.storiesOfArticles(storyDb, ids)),
    countStories: () => committed(() => stories.countStories(storyDb)),
    countAssignedArticles: () => committed(() => stories.assignedArticles(storyDb)),
    termStatistics: (terms) => committed(() => stories.termStatistics(storyDb, terms)),
    resetStories: () => committed(async () => {
      await storyDb.transaction().execute((trx) => stories.clearStories(trx));
      storyMemory.reset();
    }),
    storedClaims: (list, extractor) => committed(() => claimStore.storedClaims(db, list, extractor)),
    saveClaims: (entries, extractor) => committed(() => db.transaction().execute((trx) => claimStore.saveClaims(trx, entries, extractor))),
    // The end of a run: its last articles become searchable now, not at the next batch.
    recordIngestRun: (run) => committed(async () => {
      await indexPendingArticles(db);
      return recordIngestRun(db, run);
    }),
    async close() {
      await writes.flush();
      await db.transaction().execute(async (trx) => {
        await bands.flush(trx, true);
        await storyMemory.flush(storyView(trx), true);
      });
      await indexPendingArticles(db);
      // The checkpoint thread's connection goes first, so the writer's close is the last and finishes the WAL.
      await checkpointer?.close();
      await db.destroy();
    },
  };
}

/** The story tables' view of a connection or transaction: the same database, typed with the story tables too. */
function storyView(db: Kysely<Schema>): Kysely<StoryDatabase> {
  return db as unknown as Kysely<StoryDatabase>;
}

async function migrate(db: Kysely<Schema>, path: string): Promise<void> {
  const all: Record<string, Migration> = { ...sharedMigrations, ...sqliteMigrations, ...storyMigrations };
  const provider: MigrationProvider = { getMigrations: async () => all };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new CrosscheckError('CC_STORE', `cannot prepare database ${path}: ${(error as Error).message}`, { input: path, cause: error });
  }
}
