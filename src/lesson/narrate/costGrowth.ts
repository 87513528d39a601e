/**
 * Reads a cost sweep (analysis/sweeps.ts costSweep) as growth: how each counter's cost per
 * increment moved from the fewest workers to the most, and what happened past the cores.
 */
import { checkCostPoints, type CostGrowthPoint } from "../analysis/costs";
import { KIND_ORDER, type CounterKind } from "../engine/counters";
import { phrases, type Facts } from "./facts";

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
  const level = options.level ?? GROWTH_LEVEL;
  const points = [...checkCostPoints(cost?.points)].sort((a, b) => a.workers - b.workers);
  const { cores } = facts;
  const P = phrases(facts);
  // checkCostPoints refuses an empty list.
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (points.length === 1) return P.growth.single(first.workers);

  const kinds = KIND_ORDER.filter((k) => first[k] !== undefined);
  const changes = kinds.map((k) => P.growth.change(P.charts.kind(k), first[k]!, last[k]!));
  const grew = P.growth.grew(first.workers, last.workers, changes);
  if (last.workers <= cores) return `${grew} ${P.growth.withinCores(cores)}`;

  const focus = FOCUS.find((k) => first[k] !== undefined)!;
  // The last count that fitted the cores, or the fewest if none did.
  const ref = [...points].reverse().find((p) => p.workers <= cores) ?? first;
  const change = last[focus]! / ref[focus]!;
  const trend = change > level ? "dearer" : change < 1 / level ? "cheaper" : "level";
  const past = P.growth.pastCores(
    trend,
    P.charts.kind(focus),
    focus === "locked",
    cores,
    { workers: ref.workers, ns: ref[focus]! },
    { workers: last.workers, ns: last[focus]! },
  );
  return `${grew} ${past}`;
}
