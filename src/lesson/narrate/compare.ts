/**
 * How one measurement stands against another. Where a sentence says "about as much", it
 * means relatively: 1% against 10.9% is ten times as much, though only 0.1 apart.
 */
export type Comparison = "more" | "same" | "less";

/**
 * `a` against `b`: "same" when the larger is at most (1 + tolerance) times the smaller
 * (tolerance 0.1: within 10%), or both are 0; otherwise "more" or "less".
 */
export function compare(a: number, b: number, tolerance: number): Comparison {
  if (a === b) return "same";
  if (a <= 0 || b <= 0) return a > b ? "more" : "less";
  if (a > b * (1 + tolerance)) return "more";
  if (b > a * (1 + tolerance)) return "less";
  return "same";
}
