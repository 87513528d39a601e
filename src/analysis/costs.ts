/**
 * What an increment costs with each counter, from experiments run with the same workers
 * and increments: the median ns per increment, how many times the unsafe counter's time
 * that is, and how many updates each counter lost.
 */
import type { CounterKind } from "../engine/counters";
import type { Experiment } from "../engine/experiment";
import { InputError } from "../errors";
import { median } from "./stats";
import { nsPerIncrement } from "./sweeps";

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

const ORDER: readonly CounterKind[] = ["unsafe", "atomic", "locked"];

export function counterCosts(runs: Partial<Record<CounterKind, Experiment>>): CounterCosts {
  const present = ORDER.filter((kind) => runs[kind] !== undefined).map((kind) => runs[kind] as Experiment);
  if (present.length === 0) throw new InputError("runs must hold at least one of unsafe, atomic, locked");
  const { threads, howMany } = present[0];
  for (const run of present) {
    if (run.threads !== threads || run.howMany !== howMany) {
      throw new InputError(
        `runs must share workers and increments to compare: ${run.counter} ran ${run.threads} × ${run.howMany}, ` +
          `${present[0].counter} ran ${threads} × ${howMany}`,
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
