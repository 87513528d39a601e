import { summarize } from "../src/lesson/analysis/stats";

/** Right-aligned text columns for the terminal; the first column is left-aligned. */
export function textTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? "").length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export { median } from "../src/lesson/analysis/stats";

/**
 * "41.2 ±3%": the median and half the interquartile range, as a share of the median. The
 * quartiles, not the extremes: on cores shared with other work one trial in a few is
 * slowed by something else, and the min–max range would report that instead of the code.
 */
export const SPREAD = "median ±half the interquartile range";
export function medianSpread(values: readonly number[]): string {
  const s = summarize(values);
  const spread = (100 * (s.q3 - s.q1)) / 2 / s.median;
  return `${s.median < 100 ? s.median.toFixed(1) : s.median.toFixed(0)} ±${spread.toFixed(0)}%`;
}
