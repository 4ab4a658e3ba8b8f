/**
 * Sequence measures over token arrays, the "kept in the same order" half of reuse evidence: the longest common
 * subsequence (words kept in order with edits between them; Clough & Stevenson 2011 use it to grade rewrites) and
 * the longest common run (the longest stretch copied word for word). Both are exact; linking a copy computes them
 * for whole articles, so neither walks the n·m cells of the textbook dynamic programme (4 ms for a pair of
 * 1,000-word articles).
 */

/**
 * Length of the longest common subsequence of two token sequences, computed 32 cells at a time: the bit-vector
 * algorithm of Allison & Dix (1986) in Hyyrö's formulation ("Bit-parallel LCS-length computation revisited",
 * 2004). Each token of the shorter sequence sets one bit in its match mask; a row of the dynamic programme is one
 * bit vector, updated per token of the longer sequence with an add, an and and an or. Exact, and ~10x faster than
 * the cell-by-cell programme for two 400-word articles (0.6 ms -> ~0.05 ms), which linking a copy runs per pair.
 */
export function lcsLength<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  const words = (short.length + 31) >>> 5;
  const masks = new Map<T, Uint32Array>();
  for (let j = 0; j < short.length; j++) {
    const token = short[j]!;
    let mask = masks.get(token);
    if (!mask) masks.set(token, (mask = new Uint32Array(words)));
    mask[j >>> 5] = mask[j >>> 5]! | (1 << (j & 31));
  }
  // V has a 0 bit where the row's LCS value steps up; all ones at the start (row 0 is all zeros).
  const v = new Uint32Array(words).fill(0xffffffff);
  for (let i = 0; i < long.length; i++) {
    const mask = masks.get(long[i]!);
    if (!mask) continue;
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const vw = v[w]!;
      const u = (vw & mask[w]!) >>> 0;
      // (v + u) with the carry of the word below, in 32-bit halves so no bit is lost to float arithmetic.
      const sum = vw + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[w] = ((sum >>> 0) | (vw - u)) >>> 0;
    }
  }
  let zeros = 0;
  const tail = short.length & 31;
  for (let w = 0; w < words; w++) {
    const bits = w === words - 1 && tail !== 0 ? (~v[w]! & ((1 << tail) - 1)) >>> 0 : ~v[w]! >>> 0;
    zeros += popcount(bits);
  }
  return zeros;
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * Length of the longest run of tokens that appears, contiguously and in order, in both sequences. Only the places
 * where a run can start are visited (a token of `a` equal to one of `b` whose predecessors differ), each extended
 * to its end: for news texts that is a few thousand pairs instead of the n·m cells of the dynamic programme.
 */
export function longestCommonRun<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length === 0 || b.length === 0) return 0;
  const positions = new Map<T, number[]>();
  for (let j = 0; j < b.length; j++) {
    const list = positions.get(b[j]!);
    if (list) list.push(j);
    else positions.set(b[j]!, [j]);
  }
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    // A run longer than best must reach past a[i + best]; no run can start here if the rest of `a` is too short.
    if (a.length - i <= best) break;
    const list = positions.get(a[i]!);
    if (!list) continue;
    for (const j of list) {
      if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) continue;
      if (b.length - j <= best) break;
      let run = 1;
      while (i + run < a.length && j + run < b.length && a[i + run] === b[j + run]) run++;
      if (run > best) best = run;
    }
  }
  return best;
}

/**
 * Kendall's tau between the order of aligned items in one text and in the other, from -1 (reversed) through 0
 * (shuffled) to 1 (same order). `positions[i]` is the position in the source of the i-th aligned item of the
 * derived text. Fewer than two items carry no order: 1 by convention (nothing was reordered).
 */
export function orderAgreement(positions: readonly number[]): number {
  const n = positions.length;
  if (n < 2) return 1;
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = positions[j]! - positions[i]!;
      if (d > 0) concordant++;
      else if (d < 0) discordant++;
    }
  }
  const total = concordant + discordant;
  return total === 0 ? 1 : (concordant - discordant) / total;
}

/**
 * Distinct word n-grams of a sequence of token hashes, each as one number below 2^53: two independent 32-bit
 * multiplicative folds of the n hashes, 32 + 21 bits of them. Sets of numbers are several times faster to build
 * and probe than sets of joined strings, and a false match needs both folds to collide.
 */
export function wordNgrams(ids: Int32Array, n: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + n <= ids.length; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x2545f491;
    for (let k = i; k < i + n; k++) {
      h1 = Math.imul(h1 ^ ids[k]!, 0x01000193);
      h2 = Math.imul(h2 ^ ids[k]!, 0x5bd1e995);
    }
    out.add((h2 & 0x1fffff) * 0x100000000 + (h1 >>> 0));
  }
  return out;
}

/** Share of `part`'s items found in `whole` (0 when `part` is empty). */
export function containment<T>(part: ReadonlySet<T>, whole: ReadonlySet<T>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const item of part) if (whole.has(item)) shared++;
  return shared / part.size;
}
