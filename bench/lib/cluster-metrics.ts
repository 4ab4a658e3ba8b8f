/**
 * Clustering scores against gold clusters: B-cubed (Bagga & Baldwin 1998; per item, the share of its predicted
 * cluster that is in its gold cluster and vice versa, averaged over items) and pairwise precision/recall over all
 * item pairs that share a cluster. B-cubed weighs every article alike; pairwise weighs big clusters quadratically.
 */

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function groups(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [item, label] of labels) {
    const list = out.get(label) ?? [];
    list.push(item);
    out.set(label, list);
  }
  return out;
}

/** B-cubed over the items of `gold` (every one must have a predicted cluster). */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Scores {
  const predictedGroups = groups(new Map([...gold.keys()].map((item) => [item, predicted.get(item) ?? `missing:${item}`])));
  const goldGroups = groups(gold);
  let precision = 0;
  let recall = 0;
  for (const [item, label] of gold) {
    const mine = predictedGroups.get(predicted.get(item) ?? `missing:${item}`)!;
    const both = mine.filter((other) => gold.get(other) === label).length;
    precision += both / mine.length;
    recall += both / goldGroups.get(label)!.length;
  }
  const n = Math.max(1, gold.size);
  return { precision: precision / n, recall: recall / n, f1: f1Of(precision / n, recall / n) };
}

/** Pairs of items that share a cluster, as "a\tb" keys with a < b. */
export function clusterPairs(labels: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const members of groups(labels).values()) {
    const sorted = [...members].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]}\t${sorted[j]}`);
  }
  return out;
}

/** Pairwise precision/recall of predicted pairs against gold pairs. */
export function pairwise(predictedPairs: ReadonlySet<string>, goldPairs: ReadonlySet<string>): Scores {
  let both = 0;
  for (const pair of predictedPairs) if (goldPairs.has(pair)) both++;
  const precision = predictedPairs.size === 0 ? (goldPairs.size === 0 ? 1 : 0) : both / predictedPairs.size;
  const recall = goldPairs.size === 0 ? 1 : both / goldPairs.size;
  return { precision, recall, f1: f1Of(precision, recall) };
}
