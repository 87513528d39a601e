/**
 * What an increment costs with each counter, from experiments run with the same workers
 * and increments: the median ns per increment, how many times the unsafe counter's time
 * that is, and how many updates each counter lost.
 */
import { KIND_ORDER, type CounterKind } from "../engine/counters";
import type { Experiment } from "../engine/experiment";
import type { TrialResult } from "../engine/pool";
import { InputError } from "../core/errors";
import { median } from "./stats";

/** elapsed · 1e6 / (threads × howMany): wall-clock nanoseconds per increment, all workers together. */
export function nsPerIncrement(trial: Pick<TrialResult, "elapsedMs" | "expected">): number {
  return (trial.elapsedMs * 1e6) / trial.expected;
}

export interface CounterCost {
  counter: CounterKind;
  /** Median over the trials of elapsed · 1e6 / (threads × howMany). */
  nsPerIncrement: number;
  /** nsPerIncrement / the unsafe counter's; undefined without an unsafe run. */
  timesUnsafe: number | undefined;
  /** Updates lost, all trials together. */
  lost: number;
  trials: number;
}

export interface CounterCosts {
  threads: number;
  howMany: number;
  trials: number;
  /** In the lesson's order: unsafe, atomic, locked (those that ran). */
  rows: CounterCost[];
  /** ns per increment by counter, as `costBarChart` takes it. */
  ns: Partial<Record<CounterKind, number>>;
}

export function counterCosts(runs: Partial<Record<CounterKind, Experiment>>): CounterCosts {
  const present = KIND_ORDER.filter((kind) => runs[kind] !== undefined).map((kind) => runs[kind] as Experiment);
  const first = present[0];
  if (first === undefined) throw new InputError("runs must hold at least one of unsafe, atomic, locked");
  const { threads, howMany } = first;
  for (const run of present) {
    if (run.threads !== threads || run.howMany !== howMany) {
      throw new InputError(
        `runs must share workers and increments to compare: ${run.counter} ran ${run.threads} × ${run.howMany}, ` +
          `${first.counter} ran ${threads} × ${howMany}`,
      );
    }
  }
  const ns: Partial<Record<CounterKind, number>> = {};
  for (const run of present) ns[run.counter] = median(run.trials.map(nsPerIncrement));
  const rows = present.map((run) => ({
    counter: run.counter,
    nsPerIncrement: ns[run.counter] as number,
    timesUnsafe: ns.unsafe === undefined ? undefined : (ns[run.counter] as number) / ns.unsafe,
    lost: run.trials.reduce((sum, t) => sum + t.lost, 0),
    trials: run.trials.length,
  }));
  return { threads, howMany, trials: Math.min(...present.map((r) => r.trials.length)), rows, ns };
}

/** ns per increment of each counter at one worker count; a costSweep point has this shape. */
export interface CostGrowthPoint extends Partial<Record<CounterKind, number>> {
  workers: number;
}

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
  const timed = (p: CostGrowthPoint): CounterKind[] => KIND_ORDER.filter((k) => p?.[k] !== undefined);
  const kinds0 = timed(list[0]!); // refuse() has thrown on an empty list
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
