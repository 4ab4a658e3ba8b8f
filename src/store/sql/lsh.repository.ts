import type { Kysely, Selectable } from 'kysely';
import { CompiledQuery } from 'kysely';
import type { SignatureEntry } from '../../ports/store.js';
import { lshKeys, taggedKeys } from '../../reuse/lsh-keys.js';
import type { Signature } from '../../reuse/minhash.js';
import { compiledSql } from './compiled-cache.js';
import type { SortedBandRows } from './pending-bands.js';
import type { ArticleSignaturesTable, Database } from './schema.js';
import { decodeUint32, encodeUint32 } from './uint32-blob.js';

/**
 * MinHash signatures and the LSH band index, in SQL both dialects understand (migrations 0002-lsh-bands and
 * 0004-lsh-pending). A new article's candidates are found with one indexed lookup per band, never a scan, and the
 * index lives in the database, so it never has to fit in memory. band-index.ts decides when band rows are written.
 */

/**
 * Rows per INSERT statement: 2 parameters a row, and 400 rows = 800 parameters stays far below SQLite's 32,766
 * (and PostgreSQL's 65,535) bound parameters, while amortising statement preparation (the statement text repeats,
 * so the prepared-statement cache keeps hitting).
 */
const INSERT_ROWS = 400;
/** Signature rows per INSERT: 6 parameters each. */
const SIGNATURE_ROWS = 100;
/** Ids per IN (...) list when reading signatures: well under every dialect's parameter limit. */
const ID_CHUNK = 500;

/** Band rows to write, in (band key, doc) order: neighbouring rows land on the same B-tree pages. */
export async function insertBandRows(trx: Kysely<Database>, rows: SortedBandRows): Promise<void> {
  for (let i = 0; i < rows.keys.length; i += INSERT_ROWS) {
    const end = Math.min(rows.keys.length, i + INSERT_ROWS);
    const sql = compiledSql(trx, `lsh-bands-insert:${end - i}`, (end - i) * 2, () => trx.insertInto('lsh_bands')
      .values(Array.from({ length: end - i }, () => ({ band_key: 0, doc: 0 }))).onConflict((oc) => oc.columns(['band_key', 'doc']).doNothing()).compile());
    const parameters: number[] = [];
    for (let row = i; row < end; row++) parameters.push(rows.keys[row]!, rows.docs[row]!);
    await trx.executeQuery(CompiledQuery.raw(sql, parameters));
  }
}

/**
 * A stored signature: its doc number, the band keys to index for it, and the doc number of the signature it
 * replaced (a new version of a known article), whose band rows are gone from the table.
 */
export interface StoredSignature {
  readonly doc: number;
  readonly articleId: string;
  readonly keys: readonly number[];
  readonly previousDoc?: number;
}

/** A batch may name one article twice (two versions in one load): the last entry wins, as if saved in order. */
function latestPerArticle(entries: readonly SignatureEntry[]): SignatureEntry[] {
  return [...new Map(entries.map((e) => [e.articleId, e])).values()];
}

/**
 * Stores the signatures and returns each article's doc number with the tagged band keys to index for it. Writing
 * those band rows is the caller's (band-index.ts), so they can be batched. A known article's signature is replaced
 * by a new one with a new doc number, and its old rows in `lsh_bands` are deleted: so every doc's rows reach the
 * table in one of band-index.ts's sorted batches, past its high-water mark, never one by one below it.
 */
export async function storeSignatures(trx: Kysely<Database>, batch: readonly SignatureEntry[]): Promise<StoredSignature[]> {
  const entries = latestPerArticle(batch);
  const known = new Map<string, Selectable<ArticleSignaturesTable>>();
  for (let i = 0; i < entries.length; i += ID_CHUNK) {
    const ids = entries.slice(i, i + ID_CHUNK).map((e) => e.articleId);
    const sql = compiledSql(trx, `lsh-known:${ids.length}`, ids.length,
      () => trx.selectFrom('article_signatures').selectAll().where('article_id', 'in', ids.map(() => '')).compile());
    const rows = await trx.executeQuery<Selectable<ArticleSignaturesTable>>(CompiledQuery.raw(sql, ids));
    for (const row of rows.rows) known.set(row.article_id, row);
  }
  for (const old of known.values()) {
    // The old rows are found again from the old signature: storing their keys would cost 4 bytes a band per article.
    const oldKeys = taggedKeys(lshKeys(toSignature(old), { bands: old.bands, rows: old.rows }));
    await trx.deleteFrom('lsh_bands').where('doc', '=', old.doc).where('band_key', 'in', oldKeys).execute();
    await trx.deleteFrom('article_signatures').where('doc', '=', old.doc).execute();
  }
  const out: StoredSignature[] = [];
  for (let i = 0; i < entries.length; i += SIGNATURE_ROWS) {
    const chunk = entries.slice(i, i + SIGNATURE_ROWS);
    const sql = compiledSql(trx, `lsh-signatures-insert:${chunk.length}`, chunk.length * 6, () => trx.insertInto('article_signatures')
      .values(chunk.map(() => ({ article_id: '', seed: 0, size: 0, bands: 0, rows: 0, minhash: new Uint8Array() })))
      .returning(['doc', 'article_id']).compile());
    const parameters = chunk.flatMap((e) => {
      const row = signatureRow(e);
      return [e.articleId, row.seed, row.size, row.bands, row.rows, row.minhash];
    });
    const inserted = (await trx.executeQuery<{ doc: number; article_id: string }>(CompiledQuery.raw(sql, parameters))).rows;
    // RETURNING's row order is unspecified (SQLite's documentation says so): match rows by article id.
    const docOf = new Map(inserted.map((r) => [r.article_id, Number(r.doc)]));
    for (const e of chunk) {
      const previous = known.get(e.articleId);
      const stored = { doc: docOf.get(e.articleId)!, articleId: e.articleId, keys: taggedKeys(e.keys) };
      out.push(previous ? { ...stored, previousDoc: Number(previous.doc) } : stored);
    }
  }
  return out;
}

function signatureRow({ signature, keys }: SignatureEntry) {
  return { seed: signature.seed, size: signature.size, bands: keys.bands, rows: keys.rows, minhash: encodeUint32(signature.values) };
}

/**
 * For each doc whose rows in `lsh_bands` share at least one of these tagged keys, how many it shares. A plain IN
 * lookup, counted here: 38 µs a query on 20k stored articles, against 65 µs for the same lookup joined to the
 * signatures and grouped and ordered in SQL (better-sqlite3, this machine); most queries find nothing to count.
 * Signatures newer than the table's high-water mark are not there: band-index.ts adds them from memory.
 */
export async function tableSharedBands(db: Kysely<Database>, tagged: readonly number[]): Promise<Map<number, number>> {
  const shared = new Map<number, number>();
  if (tagged.length === 0) return shared;
  const sql = compiledSql(db, `lsh-band-docs:${tagged.length}`, tagged.length,
    () => db.selectFrom('lsh_bands').select('doc').where('band_key', 'in', tagged.map(() => 0)).compile());
  const rows = await db.executeQuery<{ doc: number }>(CompiledQuery.raw(sql, [...tagged]));
  for (const { doc } of rows.rows) shared.set(Number(doc), (shared.get(Number(doc)) ?? 0) + 1);
  return shared;
}

/** The article id of each of these doc numbers that has a signature. */
export async function articleIdsOfDocs(db: Kysely<Database>, docs: readonly number[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  for (let i = 0; i < docs.length; i += ID_CHUNK) {
    const rows = await db.selectFrom('article_signatures').select(['doc', 'article_id']).where('doc', 'in', docs.slice(i, i + ID_CHUNK)).execute();
    for (const row of rows) found.set(Number(row.doc), row.article_id);
  }
  return found;
}

/** The doc number of an article's signature, or null when it has none. */
export async function docOf(db: Kysely<Database>, articleId: string): Promise<number | null> {
  const row = await db.selectFrom('article_signatures').select('doc').where('article_id', '=', articleId).executeTakeFirst();
  return row ? Number(row.doc) : null;
}

/** The band state: the high-water mark of `lsh_bands` and the newest doc number stored. */
export async function readBandState(db: Kysely<Database>): Promise<{ indexedThrough: number; lastDoc: number }> {
  const sql = compiledSql(db, 'lsh-state', 0, () => db.selectNoFrom((eb) => [
    // One row, by the table's CHECK (id = 1).
    eb.selectFrom('lsh_state').select('indexed_through').as('indexed_through'),
    eb.selectFrom('article_signatures').select((e) => e.fn.max('doc').as('doc')).as('last_doc'),
  ]).compile());
  const row = (await db.executeQuery<{ indexed_through: number | null; last_doc: number | null }>(CompiledQuery.raw(sql, []))).rows[0];
  return { indexedThrough: Number(row?.indexed_through ?? 0), lastDoc: Number(row?.last_doc ?? 0) };
}

/** Moves the high-water mark forward (never back: another writer may have moved it further). */
export async function setIndexedThrough(db: Kysely<Database>, through: number): Promise<void> {
  await db.updateTable('lsh_state').set((eb) => ({ indexed_through: eb.fn('max', [eb.ref('indexed_through'), eb.val(through)]) }))
    .where('id', '=', 1).execute();
}

/** The signatures with after < doc <= through, with the tagged band keys to index for each. */
export async function signaturesBetween(db: Kysely<Database>, after: number, through: number): Promise<Omit<StoredSignature, 'replaced'>[]> {
  const rows = await db.selectFrom('article_signatures').selectAll().where('doc', '>', after).where('doc', '<=', through).orderBy('doc').execute();
  return rows.map((row) => ({
    doc: Number(row.doc),
    articleId: row.article_id,
    keys: taggedKeys(lshKeys(toSignature(row), { bands: Number(row.bands), rows: Number(row.rows) })),
  }));
}

export async function getSignatures(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, Signature>> {
  const found = new Map<string, Signature>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += ID_CHUNK) {
    const rows = await db.selectFrom('article_signatures').select(['article_id', 'seed', 'size', 'minhash'])
      .where('article_id', 'in', unique.slice(i, i + ID_CHUNK)).execute();
    for (const row of rows) found.set(row.article_id, toSignature(row));
  }
  return found;
}

function toSignature(row: { seed: number; size: number; minhash: Uint8Array }): Signature {
  return { seed: Number(row.seed), size: Number(row.size), values: decodeUint32(row.minhash) };
}
