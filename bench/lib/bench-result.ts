/** What a benchmark returns: our figures (top-level numbers) and the peers' figures on the same data and metric. */
export interface BenchResult {
  /** Our own figures: f1, precision, recall, accuracy, perSecond, peakRssMb... Nested objects allowed for breakdowns. */
  readonly figures: Record<string, unknown>;
  /** Peer tools' figures computed by our own code on the same data: `{ "readability_js": { "f1": 0.947 } }`. */
  readonly peers?: Record<string, Record<string, number>>;
  /** Rows to print: the first row is the header. */
  readonly table: readonly (readonly (string | number)[])[];
  /**
   * The results file's name when not the benchmark's own (bench/results/<resultName>.json): a partial run (the
   * stories bench's --throughput-only) must not overwrite the figures of a full one.
   */
  readonly resultName?: string;
}

export function printTable(title: string, result: BenchResult): void {
  const rows = result.table.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)));
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => String(row[col] ?? '').length))) ?? [];
  console.log(`\n${title}`);
  rows.forEach((row, index) => {
    console.log(row.map((cell, col) => String(cell).padEnd(widths[col] ?? 0)).join('  '));
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) < 10 ? value.toFixed(3) : value.toFixed(1);
}

/** Peak resident set size so far, in MB (Linux reports ru_maxrss in KiB). */
export function peakRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}
