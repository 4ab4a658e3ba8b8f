import type { Kysely, Selectable } from 'kysely';
import { CompiledQuery } from 'kysely';
import type { CandidateOptions, SignatureEntry } from '../../ports/store.js';
import type { LshKeys } from '../../reuse/lsh-keys.js';
import { lshKeys, taggedKeys } from '../../reuse/lsh-keys.js';
import type { Signature } from '../../reuse/minhash.js';
import { compiledSql } from './compiled-cache.js';
import type { ArticleSignaturesTable, Database } from './schema.js';

/**
 * MinHash signatures and the LSH band index, in SQL both dialects understand (migration 0002-lsh-bands). A new
 * article's candidates are found with one indexed lookup per band, never a scan, and the index lives in the
 * database, so it never has to fit in memory.
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

export async function addSignatures(db: Kysely<Database>, entries: readonly SignatureEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.transaction().execute((trx) => addSignaturesIn(trx, entries));
}

/** The same, inside a transaction the caller holds (an article's savepoint during ingest). */
export async function addSignaturesIn(trx: Kysely<Database>, entries: readonly SignatureEntry[]): Promise<void> {
  const docs = await storeSignatures(trx, latestPerArticle(entries));
  const bands: { band_key: number; doc: number }[] = [];
  for (const [doc, keys] of docs) for (const key of taggedKeys(keys)) bands.push({ band_key: key, doc });
  // Inserted in key order: neighbouring rows land on the same B-tree pages, fewer pages written per bulk load.
  bands.sort((a, b) => a.band_key - b.band_key || a.doc - b.doc);
  for (let i = 0; i < bands.length; i += INSERT_ROWS) {
    const rows = bands.slice(i, i + INSERT_ROWS);
    const sql = compiledSql(trx, `lsh-bands-insert:${rows.length}`, rows.length * 2, () => trx.insertInto('lsh_bands')
      .values(rows.map(() => ({ band_key: 0, doc: 0 }))).onConflict((oc) => oc.columns(['band_key', 'doc']).doNothing()).compile());
    await trx.executeQuery(CompiledQuery.raw(sql, rows.flatMap((r) => [r.band_key, r.doc])));
  }
}

/** A batch may name one article twice (two versions in one load): the last entry wins, as if saved in order. */
function latestPerArticle(entries: readonly SignatureEntry[]): SignatureEntry[] {
  return [...new Map(entries.map((e) => [e.articleId, e])).values()];
}

/**
 * Stores the signatures, replacing known articles' (whose old band rows are deleted), and returns each article's doc
 * number with the keys to index for it.
 */
async function storeSignatures(trx: Kysely<Database>, entries: readonly SignatureEntry[]): Promise<[number, LshKeys][]> {
  const known = new Map<string, Selectable<ArticleSignaturesTable>>();
  for (let i = 0; i < entries.length; i += ID_CHUNK) {
    const ids = entries.slice(i, i + ID_CHUNK).map((e) => e.articleId);
    const sql = compiledSql(trx, `lsh-known:${ids.length}`, ids.length,
      () => trx.selectFrom('article_signatures').selectAll().where('article_id', 'in', ids.map(() => '')).compile());
    const rows = await trx.executeQuery<Selectable<ArticleSignaturesTable>>(CompiledQuery.raw(sql, ids));
    for (const row of rows.rows) known.set(row.article_id, row);
  }
  const out: [number, LshKeys][] = [];
  const fresh: SignatureEntry[] = [];
  for (const entry of entries) {
    const old = known.get(entry.articleId);
    if (!old) {
      fresh.push(entry);
      continue;
    }
    // The old rows are found again from the old signature: storing their keys would cost 4 bytes a band per article.
    const oldKeys = taggedKeys(lshKeys(toSignature(old), { bands: old.bands, rows: old.rows }));
    await trx.deleteFrom('lsh_bands').where('doc', '=', old.doc).where('band_key', 'in', oldKeys).execute();
    await trx.updateTable('article_signatures').set(signatureRow(entry)).where('doc', '=', old.doc).execute();
    out.push([old.doc, entry.keys]);
  }
  for (let i = 0; i < fresh.length; i += SIGNATURE_ROWS) {
    const chunk = fresh.slice(i, i + SIGNATURE_ROWS);
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
    for (const e of chunk) out.push([docOf.get(e.articleId)!, e.keys]);
  }
  return out;
}

function signatureRow({ signature, keys }: SignatureEntry) {
  return { seed: signature.seed, size: signature.size, bands: keys.bands, rows: keys.rows, minhash: encodeValues(signature.values) };
}

/**
 * Articles that share at least one band key with `keys`: most shared bands first (more shared bands, higher
 * similarity, as each band agrees with probability s^r), then by article id, so the order is deterministic.
 */
export async function candidates(db: Kysely<Database>, keys: LshKeys, options: CandidateOptions = {}): Promise<string[]> {
  if (keys.bands === 0) return [];
  const tagged = taggedKeys(keys);
  const exclude = options.exclude !== undefined;
  const limit = options.limit !== undefined;
  const build = (values: { keys: readonly number[]; exclude: string; limit: number }) => {
    let query = db.selectFrom('lsh_bands as b')
      .innerJoin('article_signatures as s', 's.doc', 'b.doc')
      .select(['s.article_id'])
      .select((eb) => eb.fn.countAll<number>().as('shared'))
      .where('b.band_key', 'in', values.keys)
      .groupBy('s.article_id')
      .orderBy('shared', 'desc')
      .orderBy('s.article_id');
    if (exclude) query = query.where('s.article_id', '!=', values.exclude);
    if (limit) query = query.limit(values.limit);
    return query;
  };
  const parameters = [...tagged, ...(exclude ? [options.exclude!] : []), ...(limit ? [options.limit!] : [])];
  const sql = compiledSql(db, `lsh-candidates:${tagged.length}:${exclude}:${limit}`, parameters.length,
    () => build({ keys: tagged.map(() => 0), exclude: '', limit: 0 }).compile());
  const result = await db.executeQuery<{ article_id: string }>(CompiledQuery.raw(sql, parameters));
  return result.rows.map((r) => r.article_id);
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
  return { seed: Number(row.seed), size: Number(row.size), values: decodeValues(row.minhash) };
}

/** Little-endian, whatever the machine: a database file moved between machines reads the same. */
function encodeValues(values: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setUint32(i * 4, values[i]!, true);
  return bytes;
}

function decodeValues(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Uint32Array(bytes.byteLength >>> 2);
  for (let i = 0; i < values.length; i++) values[i] = view.getUint32(i * 4, true);
  return values;
}
