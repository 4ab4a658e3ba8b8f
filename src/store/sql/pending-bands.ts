/**
 * The LSH band rows of the newest signatures, held in memory until they are written to `lsh_bands` in one sorted
 * batch (band-index.ts). Each article has ~26 band keys, hashes that land at random places in the band table's
 * B-tree; written one article at a time, every commit rewrote pages all over that tree, more of them as it grew
 * (0.14 ms an article at 30k articles stored, plus most of each commit's 0.14 ms). Held here and flushed sorted,
 * neighbouring keys share pages and each page is written once per flush: the log-structured merge idea (O'Neil et
 * al., "The Log-Structured Merge-Tree", 1996) with one in-memory level.
 *
 * An open-addressing hash table of (tagged band key -> doc) entries in typed arrays, 12 bytes an entry at most half
 * full: 20,000 articles of 26 bands take ~12 MB, against ~50 MB for a Map of arrays. A key may have several docs
 * (copies share bands), so probing continues past a match until an empty slot. Removal leaves a tombstone (doc -1)
 * that lookups skip; the table is cleared whole after each flush, so tombstones never pile up.
 */

const EMPTY = 0;
const REMOVED = -1;
/** Slots at least twice the entries: linear probing stays short (expected ~1.5 probes a lookup at half load). */
const MAX_LOAD = 0.5;
const INITIAL_SLOTS = 1 << 12;
/** 2^32: the band number above the 32-bit key (lsh-keys.ts). */
const KEY_SPAN = 0x1_0000_0000;

/** Band rows as two parallel arrays: row i is (keys[i], docs[i]). */
export interface SortedBandRows {
  readonly keys: Float64Array;
  readonly docs: Int32Array;
}

/** Digits of the key radix sort: 16 bits, three passes over a key below 2^48. */
const RADIX = 1 << 16;

export class PendingBands {
  /** Tagged band keys (below 2^47, exact in a double). */
  #keys = new Float64Array(INITIAL_SLOTS);
  /** doc + 1 per slot, so 0 marks an empty slot; REMOVED marks a tombstone. */
  #docs = new Int32Array(INITIAL_SLOTS);
  #used = 0;
  readonly #byDoc = new Map<number, { readonly articleId: string; readonly keys: readonly number[] }>();

  /** Articles held. */
  get size(): number {
    return this.#byDoc.size;
  }

  has(doc: number): boolean {
    return this.#byDoc.has(doc);
  }

  /** The docs held, in no particular order. */
  docs(): IterableIterator<number> {
    return this.#byDoc.keys();
  }

  articleOf(doc: number): string | undefined {
    return this.#byDoc.get(doc)?.articleId;
  }

  /** Holds an article's tagged band keys; a doc already held is replaced (a new version, or a reused number). */
  add(doc: number, articleId: string, keys: readonly number[]): void {
    if (this.#byDoc.has(doc)) this.remove(doc);
    if ((this.#used + keys.length) > this.#keys.length * MAX_LOAD) this.#grow(this.#used + keys.length);
    for (const key of keys) this.#insert(key, doc);
    this.#byDoc.set(doc, { articleId, keys });
  }

  remove(doc: number): void {
    const held = this.#byDoc.get(doc);
    if (!held) return;
    this.#byDoc.delete(doc);
    const mask = this.#keys.length - 1;
    for (const key of held.keys) {
      for (let slot = slotOf(key, mask); this.#docs[slot] !== EMPTY; slot = (slot + 1) & mask) {
        if (this.#keys[slot] === key && this.#docs[slot] === doc + 1) {
          this.#docs[slot] = REMOVED;
          break;
        }
      }
    }
  }

  /** For each held doc sharing at least one of `keys`, how many it shares. */
  shared(keys: readonly number[]): Map<number, number> {
    const counts = new Map<number, number>();
    const mask = this.#keys.length - 1;
    for (const key of keys) {
      for (let slot = slotOf(key, mask); this.#docs[slot] !== EMPTY; slot = (slot + 1) & mask) {
        const stored = this.#docs[slot]!;
        if (stored !== REMOVED && this.#keys[slot] === key) counts.set(stored - 1, (counts.get(stored - 1) ?? 0) + 1);
      }
    }
    return counts;
  }

  /**
   * Every held row, in (band key, doc) order: the order that writes each B-tree page once. Rows are laid out in doc
   * order, then radix-sorted by key in three stable 16-bit passes (a tagged key is below 2^47): 20k articles' 520k
   * rows in ~15 ms, where sorting row objects with a comparator took ~200 ms.
   */
  sortedRows(): SortedBandRows {
    const docs = Float64Array.from(this.#byDoc.keys()).sort();
    let count = 0;
    for (const { keys } of this.#byDoc.values()) count += keys.length;
    let keys = new Float64Array(count);
    let owners = new Int32Array(count);
    let at = 0;
    for (const doc of docs) {
      for (const key of this.#byDoc.get(doc)!.keys) {
        keys[at] = key;
        owners[at++] = doc;
      }
    }
    let sortedKeys = new Float64Array(count);
    let sortedOwners = new Int32Array(count);
    const counts = new Int32Array(RADIX + 1);
    for (const divisor of [1, RADIX, RADIX * RADIX]) {
      counts.fill(0);
      for (let i = 0; i < count; i++) counts[(Math.floor(keys[i]! / divisor) % RADIX) + 1]!++;
      for (let d = 1; d <= RADIX; d++) counts[d]! += counts[d - 1]!;
      for (let i = 0; i < count; i++) {
        const to = counts[Math.floor(keys[i]! / divisor) % RADIX]!++;
        sortedKeys[to] = keys[i]!;
        sortedOwners[to] = owners[i]!;
      }
      [keys, sortedKeys] = [sortedKeys, keys];
      [owners, sortedOwners] = [sortedOwners, owners];
    }
    return { keys, docs: owners };
  }

  clear(): void {
    this.#keys = new Float64Array(INITIAL_SLOTS);
    this.#docs = new Int32Array(INITIAL_SLOTS);
    this.#used = 0;
    this.#byDoc.clear();
  }

  #insert(key: number, doc: number): void {
    const mask = this.#keys.length - 1;
    let slot = slotOf(key, mask);
    while (this.#docs[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.#keys[slot] = key;
    this.#docs[slot] = doc + 1;
    this.#used++;
  }

  /** Rehashes the live entries (tombstones are dropped) into a table with room for `needed` entries. */
  #grow(needed: number): void {
    let slots = this.#keys.length;
    while (needed > slots * MAX_LOAD) slots *= 2;
    const keys = this.#keys;
    const docs = this.#docs;
    this.#keys = new Float64Array(slots);
    this.#docs = new Int32Array(slots);
    this.#used = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      const stored = docs[slot]!;
      if (stored !== EMPTY && stored !== REMOVED) this.#insert(keys[slot]!, stored - 1);
    }
  }
}

/** Both halves of the tagged key mixed (the band number sits above bit 32; the low half is already a hash). */
function slotOf(key: number, mask: number): number {
  const low = key % KEY_SPAN;
  const band = (key - low) / KEY_SPAN;
  return (Math.imul(low ^ Math.imul(band, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
}
