/**
 * What a series of measurements did, read from every point and not from its two ends: a
 * sentence that says "more with more workers" must hold at 4 workers too, not only at 2 and 16.
 * Like compare.ts, "about the same" is relative: points within `tolerance` of each other
 * (0.1: 10%) do not count as a change.
 */
import { compare } from "./compare";

/**
 * - rising: never falls from one point to the next, and ends above where it began;
 * - falling: the mirror of rising;
 * - flat: every point within the tolerance of every other;
 * - mixed: anything else (up, then down; or down, then up).
 */
export type Trend = "rising" | "falling" | "flat" | "mixed";

/** The trend of `values`, in order (a single value, or none, is flat). */
export function trendOf(values: readonly number[], tolerance: number): Trend {
  if (values.length < 2) return "flat";
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (compare(high, low, tolerance) === "same") return "flat";
  const steps = values.slice(1).map((v, i) => compare(v, values[i]!, tolerance));
  const first = values[0]!;
  const last = values[values.length - 1]!;
  if (!steps.includes("less") && compare(last, first, tolerance) === "more") return "rising";
  if (!steps.includes("more") && compare(last, first, tolerance) === "less") return "falling";
  return "mixed";
}

/**
 * Whether a rising or falling series moved that way at every step, with no step back at all:
 * a trend read with a tolerance may hold a small step back ("44.6%, then 42.7%"), and a
 * sentence that says "more workers lost more" must not then be read as true of each step.
 */
export function everyStep(values: readonly number[], trend: Trend): boolean {
  const steps = values.slice(1).map((v, i) => v - values[i]!);
  if (trend === "rising") return steps.every((d) => d > 0);
  if (trend === "falling") return steps.every((d) => d < 0);
  return false;
}

/** A trend as a sentence may state it: a rise or a fall that stepped back somewhere is "overall". */
export type Shape = Trend | "risingOverall" | "fallingOverall";

export function shapeOf(values: readonly number[], tolerance: number): Shape {
  const trend = trendOf(values, tolerance);
  if (trend === "rising" || trend === "falling")
    return everyStep(values, trend) ? trend : trend === "rising" ? "risingOverall" : "fallingOverall";
  return trend;
}
