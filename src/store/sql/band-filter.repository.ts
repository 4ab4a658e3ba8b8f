import type { Kysely } from 'kysely';
import type { FilterLayer } from './band-filter.js';
import { BandFilter } from './band-filter.js';
import type { Database } from './schema.js';
import { decodeUint32, encodeUint32 } from './uint32-blob.js';

/**
 * The Bloom filter over `lsh_bands` keys (band-filter.ts) as stored (migration 0005-lsh-filter): one row per layer,
 * and in `lsh_state` the high-water mark it is valid for. It is written in the transaction that writes a batch of
 * band rows, so the stored filter and the table never disagree; a filter whose mark is not the table's is rebuilt.
 */

/** Keys read per query when rebuilding: a page of the table's key order, small in memory. */
const REBUILD_PAGE = 50_000;

/** The stored filter and the mark it holds every row up to (-1: none stored). */
export async function readBandFilter(db: Kysely<Database>): Promise<{ filter: BandFilter; through: number }> {
  const state = await db.selectFrom('lsh_state').select('filter_through').executeTakeFirst();
  const rows = await db.selectFrom('lsh_filter').selectAll().orderBy('layer').execute();
  const layers: FilterLayer[] = rows.map((row) => ({ capacity: Number(row.capacity), keys: Number(row.keys), bits: decodeUint32(row.bits) }));
  return { filter: new BandFilter(layers), through: Number(state?.filter_through ?? -1) };
}

/** Writes these layers of the filter and the mark it now holds, inside the caller's transaction. */
export async function writeBandFilter(trx: Kysely<Database>, filter: BandFilter, layers: Iterable<number>, through: number): Promise<void> {
  for (const index of layers) {
    const layer = filter.layers[index]!;
    const row = { capacity: layer.capacity, keys: layer.keys, bits: encodeUint32(layer.bits) };
    await trx.insertInto('lsh_filter').values({ layer: index, ...row })
      .onConflict((oc) => oc.column('layer').doUpdateSet(row)).execute();
  }
  await trx.updateTable('lsh_state').set({ filter_through: through }).where('id', '=', 1).execute();
}

/**
 * A filter of every key in `lsh_bands`, read in key order a page at a time: once per store created before the
 * filter existed (2.6M rows at 100k articles take 1-2 s), or after a writer that did not keep it.
 */
export async function buildBandFilter(db: Kysely<Database>): Promise<BandFilter> {
  const filter = new BandFilter();
  let after = -1;
  for (;;) {
    const keys = await db.selectFrom('lsh_bands').select('band_key').where('band_key', '>', after)
      .orderBy('band_key').limit(REBUILD_PAGE).execute();
    if (keys.length === 0) return filter;
    // Several docs share a key: paging past the last key seen skips only more rows of that same key.
    filter.add(keys.map((k) => Number(k.band_key)));
    after = Number(keys.at(-1)!.band_key);
  }
}
