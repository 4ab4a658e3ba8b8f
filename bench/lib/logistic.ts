/**
 * L2-regularised binary logistic regression fitted by Newton's method (iteratively reweighted least squares): a
 * handful of features and a few thousand rows converge in ~10 iterations, deterministically (no random init, no
 * learning rate to tune). This is how the committed constants in src/reuse/*-model.ts are derived, and how the
 * benchmark re-derives them fold by fold.
 */
export interface LogisticFit {
  readonly bias: number;
  readonly weights: readonly number[];
}

/**
 * Fit p(y=1|x) = σ(b + w·x). `lambda` is the L2 penalty on w (never on b), in the same units as the summed
 * log-likelihood: lambda = 1 on a hundred rows is a mild prior pulling weights toward 0.
 */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], lambda: number, iterations = 50): LogisticFit {
  const d = rows[0]?.length ?? 0;
  const k = d + 1;
  const beta = new Float64Array(k);
  for (let iter = 0; iter < iterations; iter++) {
    const gradient = new Float64Array(k);
    const hessian = Array.from({ length: k }, () => new Float64Array(k));
    for (let r = 0; r < rows.length; r++) {
      const x = rows[r]!;
      let z = beta[0]!;
      for (let j = 0; j < d; j++) z += beta[j + 1]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const residual = (labels[r] ? 1 : 0) - p;
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < k; a++) {
        const xa = a === 0 ? 1 : x[a - 1]!;
        gradient[a] = gradient[a]! + residual * xa;
        const row = hessian[a]!;
        for (let b = a; b < k; b++) row[b] = row[b]! + w * xa * (b === 0 ? 1 : x[b - 1]!);
      }
    }
    for (let a = 1; a < k; a++) {
      gradient[a] = gradient[a]! - lambda * beta[a]!;
      hessian[a]![a] = hessian[a]![a]! + lambda;
    }
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) hessian[a]![b] = hessian[b]![a]!;
    const step = solve(hessian, gradient);
    let change = 0;
    for (let a = 0; a < k; a++) {
      beta[a] = beta[a]! + step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-9) break;
  }
  return { bias: beta[0]!, weights: Array.from(beta.subarray(1)) };
}

/**
 * fitLogistic on z-scored features, returned in the raw features' units (w / σ, b - Σ w·μ / σ). The penalty then
 * treats every feature alike whatever its spread: a share that varies by 0.1 across texts is not penalised for
 * needing a weight ten times larger than one that varies by 1.
 */
export function fitStandardizedLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], lambda: number): LogisticFit {
  const d = rows[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / Math.max(1, rows.length));
  const sd = mean.map((m, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / Math.max(1, rows.length)) || 1);
  const fit = fitLogistic(rows.map((r) => r.map((x, j) => (x - mean[j]!) / sd[j]!)), labels, lambda);
  const weights = fit.weights.map((w, j) => w / sd[j]!);
  return { bias: fit.bias - weights.reduce((s, w, j) => s + w * mean[j]!, 0), weights };
}

export function predictLogistic(fit: LogisticFit, x: readonly number[]): number {
  let z = fit.bias;
  for (let j = 0; j < fit.weights.length; j++) z += fit.weights[j]! * x[j]!;
  return 1 / (1 + Math.exp(-z));
}

/** Gaussian elimination with partial pivoting; the Hessian is symmetric positive definite with the L2 term. */
function solve(matrix: readonly Float64Array[], vector: Float64Array): Float64Array {
  const n = vector.length;
  const a = matrix.map((row, i) => Float64Array.from([...row, vector[i]!]));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / p;
      const row = a[r]!;
      for (let c = col; c <= n; c++) row[c] = row[c]! - f * a[col]![c]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r]![n]!;
    for (let c = r + 1; c < n; c++) s -= a[r]![c]! * x[c]!;
    x[r] = Math.abs(a[r]![r]!) < 1e-12 ? 0 : s / a[r]![r]!;
  }
  return x;
}

/** The threshold on scores that maximises accuracy on labelled rows (midpoint between neighbouring scores). */
export function bestThreshold(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((x, y) => x[0] - y[0]);
  let correct = labels.filter((l) => l).length;
  let best = correct;
  let threshold = (order[0]?.[0] ?? 0) - 1e-9;
  for (let i = 0; i < order.length; i++) {
    correct += order[i]![1] ? -1 : 1;
    const next = order[i + 1]?.[0];
    if (correct > best && next !== order[i]![0]) {
      best = correct;
      threshold = next === undefined ? order[i]![0] + 1e-9 : (order[i]![0] + next) / 2;
    }
  }
  return threshold;
}
