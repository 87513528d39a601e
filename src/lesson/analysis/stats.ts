/**
 * The one median and the one five-number summary in the lesson: the sweeps, the charts,
 * the narrators and the bench all read trials through these.
 */
import { InputError } from "../core/errors";
import { isArray } from "../core/validate";

export interface Summary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

// Linear interpolation between closest ranks (numpy's default), so the
// median of an even count is the mean of the middle two.
export function quantile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  // lo and hi are ranks of a non-empty list (an empty one gives NaN, as before the indices were checked).
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** The middle value (the mean of the middle two for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** Five-number summary plus mean of the trial values. */
export function summarize(values: readonly number[]): Summary {
  if (!isArray(values) || values.length === 0) {
    throw new InputError("summarize: values is empty — pass at least one number");
  }
  values.forEach((v, i) => {
    if (typeof v !== "number" || Number.isNaN(v)) {
      throw new InputError(`summarize: values[${i}] is ${String(v)}; it must be a number`);
    }
  });
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!, // values is not empty (checked above)
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
  };
}
