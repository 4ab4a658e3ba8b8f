/** A plain aligned table for terminals; the last column is never padded so long titles wrap naturally. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, col) => (col === header.length - 1 ? 0 : Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length))));
  const line = (cells: readonly string[]) => cells.map((c, col) => (col === cells.length - 1 ? c : c.padEnd(widths[col]!))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
