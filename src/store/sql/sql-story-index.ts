import type { Kysely } from 'kysely';
import type { StoryAssignment, StoryProfile } from '../../model/story.js';
import type { StoryCandidateQuery, StoryIndex, StoryIndexUpdate, TermStatistics } from '../../ports/story-index.js';
import { countGroupHits } from '../../stories/posting-buckets.js';
import type { AppliedRegroup } from './story-index-memory.js';
import { StoryIndexMemory } from './story-index-memory.js';
import type { StoryDatabase } from './story-schema.js';
import * as statements from './story-statements.js';
import type { PostingRun, ProfileMeta } from './story-statements.js';
import type { TableTail } from './story-table-tails.js';

const DAY_MS = 86_400_000;
/**
 * `story_keys` rows read per key and round: a key's 200 newest postings are in one or two full runs, or spread over
 * a run per batch for a key that gets a few postings a batch; a round reads the next runs of the keys still short.
 */
const RUNS_PER_READ = 4;

/**
 * The StoryIndex port in the store (migration 0006-stories): the same answers as MemoryStoryIndex for the same
 * calls, in the same order (test/store/sql-story-index.test.ts replays ECB+ through both). Built on the caller's
 * transaction, with the store connection's StoryIndexMemory (story-index-memory.ts), which holds the document
 * frequencies, the postings past the high-water mark, the merge redirects and bounded caches between units of work.
 *
 * Per call, beyond the one-row state check: termStatistics reads memory only; candidates reads the newest runs of
 * postings of the keys that memory and its cache cannot fill (one UNION ALL statement a round), the time spans of
 * uncached stories and the JSON of uncached winners; apply writes the assignment, the merges, a log row, the state
 * row and (unless deferred to the group commit) the profile. recordDecision adds how the article was assigned.
 *
 * Merges are redirects resolved on read, as in MemoryStoryIndex: posting lists keep the id they were written with,
 * and a posting is skipped when the key's newest one already names the same story id, so the lists (and therefore
 * which postings a lookup reads) are exactly MemoryStoryIndex's.
 */
export interface SqlStoryIndexOptions {
  /**
   * The index serves one unit of work (the store's per-article savepoint): memory is checked against the state row
   * on the first call only. Inside one unit nobody else writes between its calls, and this index's own writes keep
   * memory in step, so the checks after the first found nothing: they cost 3-5 state reads an article (93 ms of
   * the ingest thread's 10.9 s for 3,000 articles into 10k stored, CPU profile).
   */
  readonly oneUnit?: boolean;
}

export class SqlStoryIndex implements StoryIndex {
  readonly #db: Kysely<StoryDatabase>;
  readonly #memory: StoryIndexMemory;
  readonly #oneUnit: boolean;
  #synced = false;

  /** Without a shared `memory` the index reads the database on first use and holds it for its own lifetime. */
  constructor(db: Kysely<StoryDatabase>, memory: StoryIndexMemory = new StoryIndexMemory(), options: SqlStoryIndexOptions = {}) {
    this.#db = db;
    this.#memory = memory;
    this.#oneUnit = options.oneUnit ?? false;
  }

  /** Memory as the database is now: on every call, or on the first only for an index of one unit of work. */
  async #sync(): Promise<void> {
    if (this.#synced) return;
    await this.#memory.sync(this.#db);
    this.#synced = this.#oneUnit;
  }

  async termStatistics(terms: readonly string[]): Promise<TermStatistics> {
    await this.#sync();
    const memory = this.#memory;
    return { documents: memory.documents, frequencies: memory.frequencies(terms) };
  }

  async candidates(query: StoryCandidateQuery): Promise<StoryProfile[]> {
    const memory = this.#memory;
    await this.#sync();
    // Each list's newest postingsPerKey; a group then reads its lists in order up to that many in all.
    const tails = await this.#tails(query.keyGroups.flat(), query.postingsPerKey);
    const hits = countGroupHits(query.keyGroups, query.postingsPerKey, (key) => tails.get(key), (id) => memory.resolve(id));
    const metas = await this.#metas([...hits.keys()]);
    const window = query.windowDays * DAY_MS;
    const ranked: [ProfileMeta, number][] = [];
    for (const [id, count] of hits) {
      const meta = metas.get(id);
      if (meta === undefined) continue;
      if (query.atMs !== null && meta.firstMs !== null && meta.lastMs !== null &&
        (meta.lastMs < query.atMs - window || meta.firstMs > query.atMs + window)) continue;
      ranked.push([meta, count]);
    }
    ranked.sort((a, b) => b[1] - a[1] || b[0].updated - a[0].updated || (a[0].storyId < b[0].storyId ? -1 : 1));
    return this.#profiles(ranked.slice(0, query.limit).map(([meta]) => meta));
  }

  async storyOf(articleId: string): Promise<string | null> {
    await this.#sync();
    const story = await statements.articleStory(this.#db, articleId);
    return story === null ? null : this.#memory.resolve(story);
  }

  async profile(storyId: string): Promise<StoryProfile | null> {
    await this.#sync();
    const meta = (await this.#metas([this.#memory.resolve(storyId)])).values().next().value;
    return meta === undefined ? null : (await this.#profiles([meta]))[0] ?? null;
  }

  async apply(update: StoryIndexUpdate): Promise<void> {
    const memory = this.#memory;
    const db = this.#db;
    await this.#sync();
    const document = memory.documents + 1;
    // Each key's newest posting as this document leaves it: a split posts some keys for a second story.
    const heads = new Map<string, string>();
    const keys = await this.#newPostingKeys(update.keys, update.storyId, heads);
    const regroups: AppliedRegroup[] = [];
    for (const regroup of update.regroups ?? []) {
      const { profile: p } = regroup;
      const meta: ProfileMeta = { storyId: regroup.storyId, firstMs: p.firstMs, lastMs: p.lastMs, updated: document };
      regroups.push({ storyId: regroup.storyId, keys: await this.#newPostingKeys(regroup.keys, regroup.storyId, heads), meta, profile: p });
    }
    // Rows first, memory after: a statement that fails leaves memory as the database will be after the rollback.
    for (const merge of update.merges) {
      await statements.deleteProfile(db, merge.from);
      await statements.insertMerge(db, merge, document);
    }
    const { profile } = update;
    const meta: ProfileMeta = { storyId: update.storyId, firstMs: profile.firstMs, lastMs: profile.lastMs, updated: document };
    if (!memory.deferProfiles) await statements.upsertProfile(db, statements.profileRow(meta, profile));
    await statements.upsertArticle(db, update.articleId, update.storyId, document);
    for (const [i, regroup] of regroups.entries()) {
      if (!memory.deferProfiles) await statements.upsertProfile(db, statements.profileRow(regroup.meta, regroup.profile));
      await statements.moveArticles(db, update.regroups![i]!.articleIds, regroup.storyId);
    }
    await statements.insertLog(db, { document, storyId: update.storyId, keys, terms: update.terms, regroups: regroups.map((r) => ({ storyId: r.storyId, keys: r.keys })) });
    await statements.writeStoryState(db, { documents: document, countedThrough: memory.countedThrough });
    memory.record({ document, terms: update.terms, keys, storyId: update.storyId, merges: update.merges, meta, profile, regroups });
    // Deferred profiles are written only by the caller's flush before its commit, never inside a unit of work that
    // might roll back: a rollback there would take the profiles of the units before it along.
    if (memory.overdue && !memory.deferProfiles) await memory.flush(db, true);
  }

  /** How the article found its story, for readers (the port's apply does not carry it); call after assign(). */
  async recordDecision(assignment: StoryAssignment): Promise<void> {
    await statements.recordDecision(this.#db, assignment.articleId, assignment.decision, assignment.probability);
  }

  /** Writes held frequencies and postings to their tables if a batch is due (or `always`): see StoryIndexMemory. */
  flush(always = false): Promise<void> {
    return this.#memory.flush(this.#db, always);
  }

  /** Per key, the newest `limit` postings: those held in memory, then the table's, as one list newest first. */
  async #tails(keys: readonly string[], limit: number): Promise<Map<string, string[]>> {
    const memory = this.#memory;
    const tails = new Map<string, string[]>();
    const need: string[] = [];
    const limits: number[] = [];
    for (const key of new Set(keys)) {
      const held = memory.pending.newest(key, limit);
      tails.set(key, held);
      const rest = limit - held.length;
      if (rest === 0) continue;
      const cached = memory.tableTails.get(key);
      if (cached !== undefined && (cached.complete || cached.stories.length >= rest)) {
        for (let i = 0; i < rest && i < cached.stories.length; i++) held.push(cached.stories[i]!);
        continue;
      }
      need.push(key);
      limits.push(rest);
    }
    if (need.length === 0) return tails;
    const read = await this.#tableTails(need, limits);
    need.forEach((key, i) => {
      const tail = read[i]!;
      memory.tableTails.set(key, tail);
      tails.get(key)!.push(...tail.stories);
    });
    return tails;
  }

  /** The newest `limits[i]` postings of each key in `story_keys`, newest first, read a few runs at a time. */
  async #tableTails(keys: readonly string[], limits: readonly number[]): Promise<TableTail[]> {
    const tails = keys.map(() => ({ stories: [] as string[], complete: false, before: Number.MAX_SAFE_INTEGER }));
    let open = keys.map((_, i) => i);
    // The newest run first (it is full when the key had many postings in its batch), then several at a time.
    for (let perRead = 1; open.length > 0; perRead = RUNS_PER_READ) {
      const byKey = new Map<string, PostingRun[]>(open.map((i) => [keys[i]!, []]));
      const runs = await statements.newestPostingRuns(this.#db, open.map((i) => keys[i]!), open.map((i) => tails[i]!.before), perRead);
      for (const run of runs) byKey.get(run.key)!.push(run);
      open = open.filter((i) => {
        const tail = tails[i]!;
        const found = byKey.get(keys[i]!)!.sort((a, b) => b.document - a.document);
        for (const run of found) {
          for (let k = run.stories.length - 1; k >= 0 && tail.stories.length < limits[i]!; k--) tail.stories.push(run.stories[k]!);
          tail.before = run.document;
        }
        if (tail.stories.length >= limits[i]!) return false;
        tail.complete = found.length < perRead;
        return !tail.complete;
      });
    }
    return tails.map(({ stories, complete }) => ({ stories, complete }));
  }

  /** The keys that get a posting: each whose newest posting (held, else the table's) does not already name the story. */
  async #newPostingKeys(keys: readonly string[], storyId: string, heads: Map<string, string>): Promise<string[]> {
    const memory = this.#memory;
    const unknown = [...new Set(keys)].filter((key) => !heads.has(key) && memory.pending.last(key) === undefined && memory.tableTails.get(key) === undefined);
    if (unknown.length > 0) await this.#tails(unknown, 1);
    const out: string[] = [];
    const added = new Set<string>();
    for (const key of keys) {
      // A key listed twice gets one posting: the second sees the first as the newest.
      if (added.has(key)) continue;
      const head = heads.get(key) ?? memory.pending.last(key) ?? memory.tableTails.get(key)?.stories[0] ?? null;
      heads.set(key, storyId);
      if (head === storyId) continue;
      added.add(key);
      out.push(key);
    }
    return out;
  }

  /** Time span and last update of the live stories among `ids`, from the cache or the table. */
  async #metas(ids: readonly string[]): Promise<Map<string, ProfileMeta>> {
    const out = new Map<string, ProfileMeta>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.#memory.cachedMeta(id);
      if (cached === undefined) missing.push(id);
      else out.set(id, cached);
    }
    if (missing.length === 0) return out;
    for (const meta of await statements.profileMeta(this.#db, missing)) {
      this.#memory.noteMeta(meta);
      out.set(meta.storyId, meta);
    }
    return out;
  }

  /** The profiles of these stories, in this order, parsed from the table when the cached one is not current. */
  async #profiles(metas: readonly ProfileMeta[]): Promise<StoryProfile[]> {
    const memory = this.#memory;
    const missing = metas.filter((m) => memory.cachedProfile(m.storyId, m.updated) === undefined).map((m) => m.storyId);
    if (missing.length > 0) {
      for (const row of await statements.profileJson(this.#db, missing)) memory.noteProfile(row.storyId, row.updated, JSON.parse(row.profile) as StoryProfile);
    }
    return metas.map((m) => memory.cachedProfile(m.storyId, m.updated)!);
  }
}
