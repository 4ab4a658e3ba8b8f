import type { Kysely } from 'kysely';
import type { StoryProfile } from '../../model/story.js';
import { PendingPostings } from './story-pending-postings.js';
import type { RedirectUndo } from './story-redirects.js';
import { StoryRedirects } from './story-redirects.js';
import { TableTails } from './story-table-tails.js';
import { StoryTermCounts } from './story-term-counts.js';
import type { StoryDatabase } from './story-schema.js';
import * as statements from './story-statements.js';
import type { ProfileMeta } from './story-statements.js';

/**
 * What the stored story index keeps in memory between units of work (one per store connection; every
 * SqlStoryIndex built on a transaction of that connection shares it). The database is always the durable record:
 * `story_terms` and `story_keys` up to a high-water mark (`story_state.counted_through`), and `story_log` past it.
 * Memory holds the same, ready to answer:
 *
 * - every document frequency, in one map. The clusterer asks for ~250 terms an article; reading them from
 *   `story_terms` cost 257 µs an article at 10k articles and 882 µs at 100k, against 139-170 µs from a map
 *   (a Zipf vocabulary growing to 388k terms; better-sqlite3, WAL, 4,000 articles a transaction). The map costs
 *   ~62 bytes a term (388k terms: 24 MB of heap), and the vocabulary grows with about the square root of the corpus
 *   (Heaps' law). It is read from the table once, when the index is first used: 0.6 s for those 388k terms.
 * - the posting lists of the documents past the mark (story-pending-postings.ts);
 * - the redirects of merged stories (a few per hundred articles);
 * - caches of table postings (story-table-tails.ts), story time spans and parsed profiles, bounded, and checked
 *   against the row's `updated` document where another unit of work could have changed them.
 *
 * Frequencies and postings reach their tables every FLUSH_DOCUMENTS documents (flush(), called by the store before
 * a group commits and when it closes): updating ~250 frequencies an article in place cost 735 µs an article at
 * 100k (the same measurement), against ~50 µs an article in sorted batches of 20,000 documents.
 *
 * Consistency: every call first reads `story_state` (one row). When it says less than memory holds, the caller's
 * unit of work rolled back: the last document is taken back out of memory if it explains the difference, otherwise
 * (a group commit rolled back, another writer) memory is dropped and read again from the database.
 */

/** Documents held past the mark before a batch is due; the same batch size as band-index.ts's FLUSH_ARTICLES. */
export const FLUSH_DOCUMENTS = 20_000;
/** Postings per `story_keys` row at most: 200 postings a key in one or two rows of a few kB (~25 bytes an id). */
export const POSTINGS_PER_RUN = 256;
/** Story time spans cached: the stories a busy stream's keys point at (a few hundred bytes each). */
const META_CACHE = 100_000;
/**
 * Parsed profiles cached, bounded by the terms they hold (vectors, entity counts, families, outlets): ~50 bytes of
 * heap a term, so ~50 MB. A profile at the caps holds ~750 terms (1,300 such profiles), a young story a few hundred.
 * A count bound of 500 profiles missed on a stream of many small stories (the synthetic events of
 * bench/lib/synthetic-news.ts): parsing candidates' JSON took 12% of an ingest's time, and the ingest thread's cost
 * fell from 4.0 to 3.0 ms an article with 4,000 profiles kept.
 */
const PROFILE_CACHE_TERMS = 1_000_000;

/** A profile held until the group commits (StoryIndexMemoryOptions.deferProfiles). */
interface DeferredProfile {
  readonly meta: ProfileMeta;
  readonly profile: StoryProfile;
}

interface Unit {
  readonly document: number;
  readonly terms: readonly string[];
  readonly keys: readonly string[];
  readonly storyId: string;
  readonly merges: readonly RedirectUndo[];
  /** The stories a split regrouped and the keys that got postings for them, in the order they were pushed. */
  readonly regroups: readonly { readonly storyId: string; readonly keys: readonly string[] }[];
  /** The deferred profiles this document replaced or dropped, to put back if it rolls back. */
  readonly deferred: readonly [string, DeferredProfile | undefined][];
}

export interface StoryIndexMemoryOptions {
  /** Documents held past the mark before a batch of frequencies and postings is due (FLUSH_DOCUMENTS). */
  readonly flushDocuments?: number;
  /** Postings a `story_keys` row holds at most (POSTINGS_PER_RUN); tests lower it to split runs. */
  readonly postingsPerRun?: number;
  /**
   * Hold each story's newest profile in memory and write it in flush(), once per story per group commit, instead
   * of once per article. Only for a caller that calls flush() before every commit (the store's group commit does):
   * a commit without it would leave the group's profiles unwritten. Serialising a profile cost 110 µs on ECB+
   * (14 kB of JSON) and 170 µs on the synthetic stream (19 kB), and it grows with the story (its family and outlet
   * lists have no cap); with 10k synthetic articles stored, apply took 1,200 µs an article writing through and
   * 282 µs deferred.
   */
  readonly deferProfiles?: boolean;
}

/** One document's effect, to record once its rows are written. */
export interface AppliedDocument {
  readonly document: number;
  readonly terms: readonly string[];
  /** The keys that got a posting. */
  readonly keys: readonly string[];
  readonly storyId: string;
  readonly merges: readonly { readonly from: string; readonly into: string }[];
  readonly meta: ProfileMeta;
  readonly profile: StoryProfile;
  /** The stories a split regrouped (after the article's own story): their profiles and the keys that got postings. */
  readonly regroups: readonly AppliedRegroup[];
}

export interface AppliedRegroup {
  readonly storyId: string;
  readonly keys: readonly string[];
  readonly meta: ProfileMeta;
  readonly profile: StoryProfile;
}

export class StoryIndexMemory {
  readonly #flushDocuments: number;
  readonly #postingsPerRun: number;
  #loaded = false;
  #documents = 0;
  #countedThrough = 0;
  /** Every document frequency; the terms whose frequency changed past the mark are marked in it. */
  #df = new StoryTermCounts();
  readonly #pending = new PendingPostings();
  readonly #redirects = new StoryRedirects();
  /** The newest postings of keys in `story_keys`, as read since the last batch (the table changes only in batches). */
  readonly tableTails = new TableTails();
  readonly #meta = new Map<string, ProfileMeta>();
  readonly #profiles = new Map<string, { readonly updated: number; readonly profile: StoryProfile; readonly weight: number }>();
  #profileTerms = 0;
  #lastUnit: Unit | null = null;
  readonly deferProfiles: boolean;
  readonly #deferred = new Map<string, DeferredProfile>();

  constructor(options: StoryIndexMemoryOptions = {}) {
    this.#flushDocuments = options.flushDocuments ?? FLUSH_DOCUMENTS;
    this.#postingsPerRun = options.postingsPerRun ?? POSTINGS_PER_RUN;
    this.deferProfiles = options.deferProfiles ?? false;
  }

  get documents(): number {
    return this.#documents;
  }

  /** The high-water mark: documents up to it have their frequencies and postings in their tables. */
  get countedThrough(): number {
    return this.#countedThrough;
  }

  /** Documents whose frequencies and postings are not in their tables yet. */
  get pendingDocuments(): number {
    return this.#documents - this.#countedThrough;
  }

  get pending(): PendingPostings {
    return this.#pending;
  }

  /**
   * The document frequencies (including the documents past the mark) of those of `terms` that have one; counting
   * the same array in record() then needs no lookup.
   */
  frequencies(terms: readonly string[]): ReadonlyMap<string, number> {
    return this.#df.frequencies(terms);
  }

  /** The story a story id stands for now, following merges. */
  resolve(storyId: string): string {
    return this.#redirects.resolve(storyId);
  }

  cachedMeta(storyId: string): ProfileMeta | undefined {
    // A deferred profile may not be in the table yet: its meta must never be looked for there.
    return this.#deferred.get(storyId)?.meta ?? this.#meta.get(storyId);
  }

  noteMeta(meta: ProfileMeta): void {
    remember(this.#meta, meta.storyId, meta, META_CACHE);
  }

  /** The parsed profile of a story if the cached one is the version written by document `updated`. */
  cachedProfile(storyId: string, updated: number): StoryProfile | undefined {
    const deferred = this.#deferred.get(storyId);
    if (deferred !== undefined) return deferred.meta.updated === updated ? deferred.profile : undefined;
    const hit = this.#profiles.get(storyId);
    if (hit === undefined || hit.updated !== updated) return undefined;
    // Most recently used last.
    this.#profiles.delete(storyId);
    this.#profiles.set(storyId, hit);
    return hit.profile;
  }

  noteProfile(storyId: string, updated: number, profile: StoryProfile): void {
    this.#forgetProfile(storyId);
    const weight = profileTerms(profile);
    this.#profiles.set(storyId, { updated, profile, weight });
    this.#profileTerms += weight;
    while (this.#profileTerms > PROFILE_CACHE_TERMS && this.#profiles.size > 1) this.#forgetProfile(this.#profiles.keys().next().value!);
  }

  #forgetProfile(storyId: string): void {
    const held = this.#profiles.get(storyId);
    if (held === undefined) return;
    this.#profiles.delete(storyId);
    this.#profileTerms -= held.weight;
  }

  /** Makes memory match the database: loads it the first time, then checks the state row (see the class comment). */
  async sync(db: Kysely<StoryDatabase>): Promise<void> {
    if (!this.#loaded) return this.#load(db);
    const state = await statements.readStoryState(db);
    if (state.documents === this.#documents && state.countedThrough === this.#countedThrough) return;
    const unit = this.#lastUnit;
    if (unit !== null && unit.document === this.#documents && state.documents === unit.document - 1 && state.countedThrough === this.#countedThrough) {
      this.#undo(unit);
      return;
    }
    this.reset();
    await this.#load(db);
  }

  /** Records a document whose rows (log, profile, article, merges, state) the caller has just written. */
  record(applied: AppliedDocument): void {
    const merges: RedirectUndo[] = [];
    const deferred: [string, DeferredProfile | undefined][] = [];
    for (const merge of applied.merges) {
      merges.push(this.#redirects.add(merge.from, merge.into));
      this.#meta.delete(merge.from);
      this.#forgetProfile(merge.from);
      deferred.push([merge.from, this.#deferred.get(merge.from)]);
      this.#deferred.delete(merge.from);
    }
    if (this.deferProfiles) {
      deferred.push([applied.storyId, this.#deferred.get(applied.storyId)]);
      this.#deferred.set(applied.storyId, { meta: applied.meta, profile: applied.profile });
    }
    this.#count(applied.terms, 1);
    for (const key of applied.keys) this.#pending.push(key, applied.document, applied.storyId);
    this.noteMeta(applied.meta);
    this.noteProfile(applied.storyId, applied.document, applied.profile);
    for (const regroup of applied.regroups) {
      if (this.deferProfiles) {
        deferred.push([regroup.storyId, this.#deferred.get(regroup.storyId)]);
        this.#deferred.set(regroup.storyId, { meta: regroup.meta, profile: regroup.profile });
      }
      for (const key of regroup.keys) this.#pending.push(key, applied.document, regroup.storyId);
      this.noteMeta(regroup.meta);
      this.noteProfile(regroup.storyId, applied.document, regroup.profile);
    }
    this.#documents = applied.document;
    const regroups = applied.regroups.map((r) => ({ storyId: r.storyId, keys: r.keys }));
    this.#lastUnit = { document: applied.document, terms: applied.terms, keys: applied.keys, storyId: applied.storyId, merges, regroups, deferred };
  }

  /** Writes the held frequencies and postings in sorted batches when FLUSH_DOCUMENTS are held (or `always`). */
  async flush(db: Kysely<StoryDatabase>, always = false): Promise<void> {
    // Never used since it was made or reset: it holds nothing, and loading it (every frequency) only to find that
    // out would cost a read-only command most of a second on a large store. The log keeps what is past the mark.
    if (!this.#loaded) return;
    await this.sync(db);
    await this.#writeDeferred(db);
    const held = this.pendingDocuments;
    if (held === 0 || (!always && held < this.#flushDocuments)) return;
    // A term whose only count was taken back by a rollback has no frequency and was never in the table.
    await statements.upsertTerms(db, this.#df.changed());
    await statements.insertPostingRuns(db, this.#pending.runs(this.#postingsPerRun));
    await statements.deleteLogThrough(db, this.#documents);
    await statements.writeStoryState(db, { documents: this.#documents, countedThrough: this.#documents });
    this.#countedThrough = this.#documents;
    this.#df.clearChanged();
    this.tableTails.advance(this.#pending);
    this.#pending.clear();
  }

  /** The deferred profiles, each story's newest, in id order. */
  async #writeDeferred(db: Kysely<StoryDatabase>): Promise<void> {
    if (this.#deferred.size === 0) return;
    for (const id of [...this.#deferred.keys()].sort()) {
      const { meta, profile } = this.#deferred.get(id)!;
      await statements.upsertProfile(db, statements.profileRow(meta, profile));
      this.noteProfile(id, meta.updated, profile);
    }
    this.#deferred.clear();
    // Written in the caller's unit of work: a rollback of it is a rollback of everything before, so no undo now.
    this.#lastUnit = null;
  }

  /** Due for a batch even without the store's flush: bounds memory when nobody calls flush(). */
  get overdue(): boolean {
    return this.pendingDocuments >= 2 * this.#flushDocuments;
  }

  /** Forgets everything: the next call reads it all again from the database. */
  reset(): void {
    this.#loaded = false;
    this.#df = new StoryTermCounts();
    this.#pending.clear();
    this.#redirects.clear();
    this.tableTails.clear();
    this.#meta.clear();
    this.#profiles.clear();
    this.#profileTerms = 0;
    this.#deferred.clear();
    this.#lastUnit = null;
  }

  async #load(db: Kysely<StoryDatabase>): Promise<void> {
    const state = await statements.readStoryState(db);
    for await (const page of statements.allTerms(db)) for (const { term, df } of page) this.#df.load(term, df);
    for (const { from, into } of await statements.allMerges(db)) this.#redirects.add(from, into);
    for (const row of await statements.logAfter(db, state.countedThrough)) {
      this.#count(row.terms, 1);
      for (const key of row.keys) this.#pending.push(key, row.document, row.storyId);
      for (const regroup of row.regroups) for (const key of regroup.keys) this.#pending.push(key, row.document, regroup.storyId);
    }
    this.#documents = state.documents;
    this.#countedThrough = state.countedThrough;
    this.#loaded = true;
  }

  #count(terms: readonly string[], by: 1 | -1): void {
    this.#df.add(terms, by);
  }

  /** Takes the last document back out of memory: its unit of work rolled back. */
  #undo(unit: Unit): void {
    this.#count(unit.terms, -1);
    // Newest first: a key can hold two postings of this document (the article's story's, then a regrouped one's).
    for (const regroup of [...unit.regroups].reverse()) for (const key of regroup.keys) this.#pending.pop(key, unit.document);
    for (const key of unit.keys) this.#pending.pop(key, unit.document);
    for (const merge of [...unit.merges].reverse()) this.#redirects.undo(merge);
    // Their rows are back as they were before the document: read them again when needed.
    for (const id of [unit.storyId, ...unit.merges.map((m) => m.from), ...unit.regroups.map((r) => r.storyId)]) {
      this.#meta.delete(id);
      this.#forgetProfile(id);
    }
    for (const [id, previous] of [...unit.deferred].reverse()) {
      if (previous === undefined) this.#deferred.delete(id);
      else this.#deferred.set(id, previous);
    }
    this.#documents = unit.document - 1;
    this.#lastUnit = null;
  }
}

/** What a profile holds, in terms: the measure of its place in the cache. */
function profileTerms(profile: StoryProfile): number {
  return profile.title.terms.length + profile.body.terms.length + profile.entities.terms.length + profile.times.terms.length
    + profile.entityCounts.length + profile.families.length + profile.story.outlets.length + 20;
}

/** Sets `key` as the most recently used entry of a Map kept in use order, dropping the oldest past `limit`. */
function remember<V>(cache: Map<string, V>, key: string, value: V, limit: number): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
}
