/**
 * How good the LSH candidates of planted queries are, for bench/lsh.bench.ts: recall of planted copies at or above
 * the threshold, precision of everything returned (by exact Jaccard similarity of 3-word shingle sets), the same
 * after the signature check the copy stage will make, and recall by similarity next to the S-curve's prediction.
 */
import type { Store } from '../../src/ports/store.js';
import type { BandLayout, LshKeys } from '../../src/reuse/lsh-keys.js';
import type { Signature } from '../../src/reuse/minhash.js';
import { estimateJaccard } from '../../src/reuse/minhash.js';
import { shingleHashes } from '../../src/text/shingles.js';

export interface PlantedQuery {
  readonly keys: LshKeys;
  readonly signature: Signature;
  readonly shingles: Set<number>;
  /** The stored document it was copied from, and their exact Jaccard similarity; absent for unrelated queries. */
  readonly source?: number;
  readonly jaccard?: number;
}

export interface JudgeContext {
  readonly threshold: number;
  readonly layout: BandLayout;
  /** The text of a stored article (generated again: a 1M-document bench store keeps no texts). */
  readonly textOf: (id: string) => string;
  readonly idOf: (index: number) => string;
}

/**
 * Recall: planted pairs at or above the threshold whose source came back. Precision: returned candidates whose exact
 * similarity to the query is at or above the threshold (a candidate's text is generated again from its index).
 * "Verified": candidates kept only when their stored signatures estimate a similarity at or above the threshold, the
 * check the copy stage will make next.
 */
export async function judgeCandidates(store: Store, queries: readonly PlantedQuery[], results: readonly string[][], context: JudgeContext) {
  const { threshold, layout, textOf, idOf } = context;
  let positives = 0;
  let found = 0;
  let verifiedFound = 0;
  let returned = 0;
  let correct = 0;
  let verifiedReturned = 0;
  let verifiedCorrect = 0;
  const buckets = new Map<number, { pairs: number; found: number; expected: number }>();
  for (let q = 0; q < queries.length; q++) {
    const query = queries[q]!;
    const candidates = results[q]!;
    const signatures = await store.getSignatures(candidates);
    const verified = new Set(candidates.filter((id) => estimateJaccard(query.signature, signatures.get(id)!) >= threshold));
    for (const id of candidates) {
      const good = exactJaccard(query.shingles, new Set(shingleHashes(textOf(id)))) >= threshold;
      returned++;
      if (good) correct++;
      if (verified.has(id)) {
        verifiedReturned++;
        if (good) verifiedCorrect++;
      }
    }
    if (query.source === undefined || query.jaccard === undefined) continue;
    const hit = candidates.includes(idOf(query.source));
    const bucket = Math.min(9, Math.floor(query.jaccard * 10));
    const b = buckets.get(bucket) ?? { pairs: 0, found: 0, expected: 0 };
    b.pairs++;
    if (hit) b.found++;
    b.expected += 1 - (1 - query.jaccard ** layout.rows) ** layout.bands;
    buckets.set(bucket, b);
    if (query.jaccard < threshold) continue;
    positives++;
    if (hit) found++;
    if (hit && verified.has(idOf(query.source))) verifiedFound++;
  }
  const recallByJaccard = Object.fromEntries([...buckets].sort(([a], [b]) => a - b).map(([bucket, b]) =>
    [`${(bucket / 10).toFixed(1)}-${((bucket + 1) / 10).toFixed(1)}`, { pairs: b.pairs, recall: round(b.found / b.pairs, 3), expected: round(b.expected / b.pairs, 3) }]));
  return {
    candidatesPerQuery: round(returned / queries.length, 2),
    recall: round(found / positives, 3),
    precision: round(returned === 0 ? 1 : correct / returned, 3),
    verifiedRecall: round(verifiedFound / positives, 3),
    verifiedPrecision: round(verifiedReturned === 0 ? 1 : verifiedCorrect / verifiedReturned, 3),
    recallByJaccard,
  };
}

export function exactJaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
