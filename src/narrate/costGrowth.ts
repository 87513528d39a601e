/**
 * Reads a cost sweep (analysis/sweeps.ts costSweep) as growth: how each counter's cost per
 * increment moved from the fewest workers to the most, and what happened past the cores.
 */
import type { CounterKind } from "../engine/counters";
import { InputError, checkInteger } from "../validate";
import { lessonLang, type Lang } from "./lang";
import { phrasesFor } from "./phrases";

/** ns per increment of each counter at one worker count; a costSweep point has this shape. */
export interface CostGrowthPoint extends Partial<Record<CounterKind, number>> {
  workers: number;
}

export interface CostGrowthOptions {
  /** The machine's cores (os.availableParallelism()). */
  cores: number;
  lang?: Lang;
}

/** A change of more than this much either way is "dearer" or "cheaper"; less reads as level. */
const LEVEL = 1.15;

/** The order the counters are named in: the broken one, then the two fixes (as in the charts). */
const ORDER: readonly CounterKind[] = ["unsafe", "atomic", "locked"];

/** The counter the sentence past the cores is about: the lock, which the lesson is about, if timed. */
const FOCUS: readonly CounterKind[] = ["locked", "atomic", "unsafe"];

/** Says which parameter is wrong and the rule it breaks; each caller throws its own kind of error. */
export type Refuse = (param: string, rule: string) => never;

const refuseInput: Refuse = (param, rule) => {
  throw new InputError(`${param} ${rule}`);
};

/** The points of a cost sweep: each a positive worker count and positive costs, the same counters in every point. */
export function checkCostPoints(
  points: unknown,
  name = "cost.points",
  refuse: Refuse = refuseInput,
): CostGrowthPoint[] {
  if (!Array.isArray(points) || points.length === 0) {
    refuse(name, "must be a non-empty list of { workers, unsafe?, atomic?, locked? } (ns per increment)");
  }
  const list = points as CostGrowthPoint[];
  const timed = (p: CostGrowthPoint): CounterKind[] => ORDER.filter((k) => p?.[k] !== undefined);
  const kinds0 = timed(list[0]);
  return list.map((p, i) => {
    const w = p?.workers;
    if (!Number.isInteger(w) || w < 1) refuse(`${name}[${i}].workers`, `must be a whole number ≥ 1, got ${String(w)}`);
    const kinds = timed(p);
    if (kinds.length === 0) refuse(`${name}[${i}]`, "has no cost: give unsafe, atomic or locked in ns per increment");
    if (kinds.join() !== kinds0.join()) {
      refuse(
        `${name}[${i}]`,
        `times ${kinds.join(", ")} but ${name}[0] times ${kinds0.join(", ")}: time the same counters at every worker count`,
      );
    }
    for (const k of kinds) {
      const v = p[k];
      if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
        refuse(`${name}[${i}].${k}`, `must be a positive number of ns, got ${String(v)}`);
      }
    }
    return p;
  });
}

/** Two sentences of Markdown: each counter's growth, then what the workers past the cores did. */
export function narrateCostGrowth(cost: { points: readonly CostGrowthPoint[] }, options: CostGrowthOptions): string {
  const points = [...checkCostPoints(cost?.points)].sort((a, b) => a.workers - b.workers);
  const cores = checkInteger("cores", options?.cores, 1, 4096);
  const P = phrasesFor(options.lang ?? lessonLang());
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) return P.growth.single(first.workers);

  const kinds = ORDER.filter((k) => first[k] !== undefined);
  const changes = kinds.map((k) => P.growth.change(P.charts.kind(k), first[k]!, last[k]!));
  const grew = P.growth.grew(first.workers, last.workers, changes);
  if (last.workers <= cores) return `${grew} ${P.growth.withinCores(cores)}`;

  const focus = FOCUS.find((k) => first[k] !== undefined)!;
  // The last count that fitted the cores, or the fewest if none did.
  const ref = [...points].reverse().find((p) => p.workers <= cores) ?? first;
  const change = last[focus]! / ref[focus]!;
  const trend = change > LEVEL ? "dearer" : change < 1 / LEVEL ? "cheaper" : "level";
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
