/**
 * Reads a cost sweep (analysis/sweeps.ts costSweep) as growth: how each counter's cost per
 * increment moved over every worker count, and what happened past the cores. A trend is read
 * from every point (trend.ts): a cost that rose from 2 workers to 16 but dipped at 4 is said
 * to have gone up and down, with each point, not to have risen.
 */
import { checkCostPoints, type CostGrowthPoint } from "../analysis/costs";
import { KIND_ORDER, type CounterKind } from "../engine/counters";
import { phrases, type Facts } from "./facts";
import { shapeOf, trendOf } from "./trend";

/** A change of more than this factor either way is "dearer" or "cheaper"; less reads as level. */
export const GROWTH_LEVEL = 1.15;

/** The counter the sentence past the cores is about: the lock, which the lesson is about, if timed. */
const FOCUS: readonly CounterKind[] = ["locked", "atomic", "unsafe"];

/** Two sentences of Markdown: each counter's growth, then what the workers past the cores did. */
export function costGrowthReading(
  facts: Facts,
  cost: { points: readonly CostGrowthPoint[] },
  options: { level?: number } = {},
): string {
  const tolerance = (options.level ?? GROWTH_LEVEL) - 1;
  const points = [...checkCostPoints(cost?.points)].sort((a, b) => a.workers - b.workers);
  const { cores } = facts;
  const P = phrases(facts);
  // checkCostPoints refuses an empty list.
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (points.length === 1) return P.growth.single(first.workers);

  const series = (kind: CounterKind, from: readonly CostGrowthPoint[]) =>
    from.map((p) => ({ workers: p.workers, ns: p[kind]! }));
  const trendOfSeries = (values: readonly { ns: number }[]) =>
    trendOf(
      values.map((v) => v.ns),
      tolerance,
    );

  const kinds = KIND_ORDER.filter((k) => first[k] !== undefined);
  const changes = kinds.map((k) => {
    const values = series(k, points);
    return P.growth.change(k, trendOfSeries(values), values);
  });
  const grew = P.growth.grew(first.workers, last.workers, changes);
  if (last.workers <= cores) return `${grew} ${P.growth.withinCores(cores)}`;

  const focus = FOCUS.find((k) => first[k] !== undefined)!;
  // From the last count that fitted the cores (or the fewest, if none did) to the most workers.
  const ref = [...points].reverse().find((p) => p.workers <= cores) ?? first;
  const past = series(focus, points.slice(points.indexOf(ref)));
  const shape = shapeOf(
    past.map((v) => v.ns),
    tolerance,
  );
  return `${grew} ${P.growth.pastCores(shape, focus, cores, past)}`;
}
