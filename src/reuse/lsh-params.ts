import { CrosscheckError } from '../model/crosscheck-error.js';

/**
 * LSH banding parameters derived from intent, as datasketch's MinHashLSH does (ekzhu/datasketch, datasketch/lsh.py,
 * `_false_positive_probability`, `_false_negative_probability`, `_optimal_param`).
 *
 * A signature cut into b bands of r rows makes two documents of Jaccard similarity s candidates (they share at
 * least one whole band) with probability P(s) = 1 - (1 - s^r)^b, the S-curve of Leskovec, Rajaraman & Ullman,
 * Mining of Massive Datasets, ch. 3.4. For a threshold t:
 *   false-positive area  FP(b, r) = ∫_0^t P(s) ds        (pairs below t that become candidates)
 *   false-negative area  FN(b, r) = ∫_t^1 (1 - P(s)) ds  (pairs above t that are missed)
 * and (b, r) minimises w_fp FP + w_fn FN over every b in 1..n and r in 1..floor(n / b) (n = signature size), visited
 * in that order, keeping the first strict minimum: the same grid search and tie rule as datasketch, so the same
 * options give the same bands and rows. Positions past b * r are unused, as in datasketch.
 */

export interface LshOptions {
  /** Jaccard similarity at which two documents should become candidates, in [0, 1]. */
  readonly threshold: number;
  /** Signature size n (permutations). */
  readonly size: number;
  /** Relative cost of a false positive (an extra candidate to check); with `falseNegativeWeight` sums to 1 (0.25). */
  readonly falsePositiveWeight?: number;
  /** Relative cost of a false negative (a missed copy); with `falsePositiveWeight` sums to 1 (0.75). */
  readonly falseNegativeWeight?: number;
}

/**
 * Defaults for copy candidates. Threshold 0.5: a copy with 10 % of its words edited keeps Jaccard ~0.6 of 3-word
 * shingles, 5 % ~0.77 (src/text/shingles.ts), while unrelated articles sit near 0.01; heavier rewrites are the
 * story stage's to align, not the index's to find. Weights 0.25 / 0.75: a missed copy makes a copy look like an
 * independent source, while an extra candidate costs one signature comparison, so a false negative weighs three
 * false positives (datasketch advises a difference of weights below 0.5; this is at that edge). For a signature of
 * 128 that derives 26 bands of 4 rows: candidate probability 0.81 at Jaccard 0.5, 0.97 at 0.6, 0.19 at 0.3.
 * Equal weights, or 0.3 / 0.7, derive 25 x 5: 0.55 at 0.5 and 0.87 at 0.6, which missed 11-14 % of the planted
 * copies above the threshold in bench/lsh.bench.ts, for one row a document less.
 */
export const DEFAULT_LSH_THRESHOLD = 0.5;
export const DEFAULT_FALSE_POSITIVE_WEIGHT = 0.25;
export const DEFAULT_FALSE_NEGATIVE_WEIGHT = 0.75;

export interface LshParams {
  readonly bands: number;
  readonly rows: number;
  /** The two areas at the optimum, for reports. */
  readonly falsePositiveArea: number;
  readonly falseNegativeArea: number;
}

/** The probability that two documents of Jaccard similarity `s` share at least one band. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

export function falsePositiveArea(threshold: number, bands: number, rows: number): number {
  return integrate((s) => candidateProbability(s, bands, rows), 0, threshold);
}

export function falseNegativeArea(threshold: number, bands: number, rows: number): number {
  return integrate((s) => 1 - candidateProbability(s, bands, rows), threshold, 1);
}

/** Weights must sum to 1 as in datasketch; this tolerance only forgives binary rounding (0.1 + 0.2). */
const WEIGHT_SUM_TOLERANCE = 1e-9;

export function deriveLshParams(options: LshOptions): LshParams {
  const { threshold, size } = options;
  const wfp = options.falsePositiveWeight ?? (options.falseNegativeWeight === undefined ? DEFAULT_FALSE_POSITIVE_WEIGHT : 1 - options.falseNegativeWeight);
  const wfn = options.falseNegativeWeight ?? 1 - wfp;
  if (!(threshold >= 0 && threshold <= 1)) fail(`the LSH threshold must be in [0, 1], got ${threshold}`);
  // datasketch refuses fewer than 2 permutations, and fewer than 2 bands: one band is exact matching, not LSH.
  if (!Number.isInteger(size) || size < 2) fail(`the signature size must be a whole number >= 2, got ${size}`);
  if (!(wfp >= 0 && wfp <= 1 && wfn >= 0 && wfn <= 1) || Math.abs(wfp + wfn - 1) > WEIGHT_SUM_TOLERANCE) {
    fail(`the false-positive and false-negative weights must be in [0, 1] and sum to 1, got ${wfp} and ${wfn}`);
  }
  let best = { bands: 0, rows: 0, falsePositiveArea: 0, falseNegativeArea: 0 };
  let minError = Infinity;
  for (let bands = 1; bands <= size; bands++) {
    const maxRows = Math.floor(size / bands);
    for (let rows = 1; rows <= maxRows; rows++) {
      const fp = falsePositiveArea(threshold, bands, rows);
      const fn = falseNegativeArea(threshold, bands, rows);
      const error = fp * wfp + fn * wfn;
      if (error < minError) {
        minError = error;
        best = { bands, rows, falsePositiveArea: fp, falseNegativeArea: fn };
      }
    }
  }
  if (best.bands < 2) fail(`threshold ${threshold} with size ${size} derives a single band; LSH needs at least 2`);
  return best;
}

function fail(message: string): never {
  throw new CrosscheckError('CC_LSH_OPTIONS', message);
}

// 8-point Gauss-Legendre nodes and weights on [-1, 1] (Abramowitz & Stegun, table 25.4).
const NODES = [0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363];
const WEIGHTS = [0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763];

/**
 * Panels of the composite rule. The integrands are polynomials of degree up to b * r <= n; with 64 panels of 8-point
 * Gauss-Legendre (exact to degree 15 per panel) every area for n = 256 and thresholds 0.1-0.97 is within 4e-15 of a
 * 256-panel rule, the tested points within 1e-12 of scipy's adaptive `quad` (which datasketch uses), and every
 * choice of (b, r) is the same; 16 panels were off by 1e-8 for (1 - s)^256. Deriving takes ~0.1 s for n = 128.
 */
const PANELS = 64;

function integrate(f: (x: number) => number, from: number, to: number): number {
  if (to <= from) return 0;
  const width = (to - from) / PANELS;
  let sum = 0;
  for (let p = 0; p < PANELS; p++) {
    const mid = from + (p + 0.5) * width;
    const half = width / 2;
    for (let i = 0; i < NODES.length; i++) {
      const dx = half * NODES[i]!;
      sum += WEIGHTS[i]! * (f(mid - dx) + f(mid + dx));
    }
  }
  return sum * (width / 2);
}
