import type { Kysely } from 'kysely';
import type { CandidateOptions, SignatureEntry } from '../../ports/store.js';
import type { LshKeys } from '../../reuse/lsh-keys.js';
import { taggedKeys } from '../../reuse/lsh-keys.js';
import { BandFilter } from './band-filter.js';
import { buildBandFilter, readBandFilter, writeBandFilter } from './band-filter.repository.js';
import * as lsh from './lsh.repository.js';
import { PendingBands } from './pending-bands.js';
import type { Database } from './schema.js';

/**
 * The LSH band index of one store connection: `lsh_bands` up to a high-water mark, and the band rows of newer
 * signatures in memory (pending-bands.ts), written to the table in one sorted batch every FLUSH_ARTICLES articles
 * and when the store closes. Every query sees both, so a new article finds candidates among articles stored a
 * moment before it exactly as among old ones.
 *
 * Nothing is lost in a crash: the signatures are stored with their articles (in the article's own transaction),
 * and the pending rows are only derived from them. Whatever is past the mark is loaded again from the signatures
 * when the index is next used. Several writers on one database stay consistent the same way: before each query
 * the index reads the mark and the newest doc number, drops what another writer has written to the table and
 * loads signatures another writer has stored since.
 *
 * Keys are looked up in the table only when its Bloom filter (band-filter.ts) says they may be there; the filter is
 * written with each batch and read again when another writer has written one.
 *
 * Invariants: every signature with indexedThrough < doc <= seenThrough is held in memory; the filter holds every
 * key of the table's rows up to indexedThrough.
 */

/**
 * Articles held in memory before their rows are written. Sorted batches of 20k articles cost 25-42 µs an article
 * to write as the table grew from 20k to 100k articles (better-sqlite3 alone, this 2-core machine), against
 * 0.14 ms an article written one by one plus most of each commit; memory is ~12 MB of hash table and ~6 MB of
 * key lists, and loading them after a crash takes well under a second.
 */
export const FLUSH_ARTICLES = 20_000;

export class BandIndex {
  readonly #pending = new PendingBands();
  readonly #flushArticles: number;
  #filter = new BandFilter();
  /** Filter layers changed since it was last written (all of them after a rebuild). */
  #filterDirty = new Set<number>();
  #loaded = false;
  #indexedThrough = 0;
  #seenThrough = 0;
  /** Docs added or replaced by the open unit of work, forgotten if it rolls back. */
  #unit: number[] = [];

  constructor(flushArticles = FLUSH_ARTICLES) {
    this.#flushArticles = flushArticles;
  }

  /** Articles whose band rows are not written yet. */
  get pendingArticles(): number {
    return this.#pending.size;
  }

  /** Stores signatures (replacing an article's earlier one) and indexes their band keys. */
  async add(trx: Kysely<Database>, entries: readonly SignatureEntry[]): Promise<void> {
    await this.#load(trx);
    for (const signature of await lsh.storeSignatures(trx, entries)) {
      if (signature.previousDoc !== undefined) {
        // Its rows are gone from the table (storeSignatures) or from memory here; a rollback brings them back.
        this.#pending.remove(signature.previousDoc);
        this.#unit.push(signature.previousDoc);
      }
      this.#unit.push(signature.doc);
      this.#pending.add(signature.doc, signature.articleId, signature.keys);
      if (signature.doc === this.#seenThrough + 1) this.#seenThrough = signature.doc;
    }
  }

  /** Articles sharing at least one band key with `keys`: most shared bands first, then by id. */
  async candidates(db: Kysely<Database>, keys: LshKeys, options: CandidateOptions = {}): Promise<string[]> {
    if (keys.bands === 0) return [];
    await this.#load(db);
    await this.#sync(db);
    const tagged = taggedKeys(keys);
    const inTable = tagged.filter((key) => this.#filter.mayContain(key));
    const shared = await lsh.tableSharedBands(db, inTable);
    // Disjoint from the table's docs: a held doc is past the mark, and its rows are written only when it stops being held.
    for (const [doc, count] of this.#pending.shared(tagged)) shared.set(doc, count);
    if (shared.size === 0) return [];
    const stored = [...shared.keys()].filter((doc) => !this.#pending.has(doc));
    const idOf = stored.length > 0 ? await lsh.articleIdsOfDocs(db, stored) : new Map<number, string>();
    // A doc number is given when a signature is stored, so "stored before" is "a smaller doc number".
    const before = options.storedBefore === undefined ? Infinity : await lsh.docOf(db, options.storedBefore) ?? Infinity;
    const found: { articleId: string; shared: number }[] = [];
    for (const [doc, count] of shared) {
      const articleId = this.#pending.articleOf(doc) ?? idOf.get(doc);
      if (articleId !== undefined && articleId !== options.exclude && doc < before) found.push({ articleId, shared: count });
    }
    found.sort((a, b) => b.shared - a.shared || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
    return found.slice(0, options.limit ?? found.length).map((c) => c.articleId);
  }

  /** Writes the held rows to the table when there are enough of them (or `always`), inside the caller's transaction. */
  async flush(trx: Kysely<Database>, always = false): Promise<void> {
    await this.#load(trx);
    const due = this.#pending.size > 0 && (always || this.#pending.size >= this.#flushArticles);
    if (!due && !(always && this.#filterDirty.size > 0)) return;
    if (due) {
      await this.#sync(trx);
      const rows = this.#pending.sortedRows();
      await lsh.insertBandRows(trx, rows);
      for (const layer of this.#filter.add(rows.keys)) this.#filterDirty.add(layer);
      await lsh.setIndexedThrough(trx, this.#seenThrough);
      this.#indexedThrough = this.#seenThrough;
      this.#pending.clear();
    }
    await writeBandFilter(trx, this.#filter, this.#filterDirty, this.#indexedThrough);
    this.#filterDirty.clear();
  }

  /** A unit of work (one article) begins: what it adds is forgotten if it rolls back. */
  beginUnit(): void {
    this.#unit = [];
  }

  /** The unit rolled back: its signatures are gone from the database, so they go from memory too. */
  rollbackUnit(): void {
    for (const doc of this.#unit) {
      this.#pending.remove(doc);
      // Loaded again from the database by the next query if it still exists there (a replaced version restored).
      this.#seenThrough = Math.min(this.#seenThrough, doc - 1);
    }
    this.#unit = [];
  }

  /** The transaction that held our writes rolled back: memory no longer matches the database; start again. */
  reset(): void {
    this.#pending.clear();
    this.#filter = new BandFilter();
    this.#filterDirty.clear();
    this.#loaded = false;
    this.#unit = [];
  }

  async #load(db: Kysely<Database>): Promise<void> {
    if (this.#loaded) return;
    const { indexedThrough } = await lsh.readBandState(db);
    this.#indexedThrough = indexedThrough;
    this.#seenThrough = indexedThrough;
    await this.#loadFilter(db, indexedThrough);
    this.#loaded = true;
    await this.#sync(db);
  }

  /** The stored filter if it holds the table up to `through`; else one built from the table, written at the next flush. */
  async #loadFilter(db: Kysely<Database>, through: number): Promise<void> {
    const stored = await readBandFilter(db);
    if (stored.through === through) {
      this.#filter = stored.filter;
      this.#filterDirty.clear();
      return;
    }
    this.#filter = await buildBandFilter(db);
    this.#filterDirty = new Set(this.#filter.layers.keys());
  }

  /** Catches up with other writers (and with signatures restored by a rollback): see the invariant above. */
  async #sync(db: Kysely<Database>): Promise<void> {
    const { indexedThrough, lastDoc } = await lsh.readBandState(db);
    if (indexedThrough > this.#indexedThrough) {
      // Another writer wrote a batch: its rows are in the table, and its keys in the filter it wrote with them.
      for (const doc of [...this.#pending.docs()]) if (doc <= indexedThrough) this.#pending.remove(doc);
      this.#indexedThrough = indexedThrough;
      await this.#loadFilter(db, indexedThrough);
    }
    this.#seenThrough = Math.max(this.#seenThrough, this.#indexedThrough);
    if (lastDoc <= this.#seenThrough) return;
    for (const signature of await lsh.signaturesBetween(db, this.#seenThrough, lastDoc)) {
      if (!this.#pending.has(signature.doc)) this.#pending.add(signature.doc, signature.articleId, signature.keys);
    }
    this.#seenThrough = lastDoc;
  }
}
