/**
 * The live race's narration: what a race run in the viewer's browser found (the panel on
 * notebook 1's race slide and notebook 3's histogram slide), and what it ran on. Facts come
 * from the browser: its cores as navigator.hardwareConcurrency reports them, its name in
 * place of Node's version.
 */
import { nsPerIncrement } from "../analysis/costs";
import { median } from "../analysis/stats";
import type { CounterKind } from "../engine/counters";
import { ONE_CORE_RACE } from "../engine/limits";
import type { TrialResult } from "../engine/trialResult";
import { phrases, type Facts } from "./facts";

/** A live run: one counter's trials at one size (what the panel ran since Run was pressed). */
export interface LiveRun {
  counter: CounterKind;
  trials: readonly TrialResult[];
}

export interface LiveReading {
  /** What the trials found: losses, or exact counts, or why nothing was lost. */
  outcome: string;
  /** Where it ran and how long counting took. */
  machine: string;
}

export function liveReading(
  facts: Facts,
  run: LiveRun,
  oneCore: { howMany: number; sensorWork: number } = ONE_CORE_RACE,
): LiveReading {
  const { live: T, charts } = phrases(facts);
  const trials = run.trials;
  const first = trials[0];
  if (!first) throw new RangeError("a live run narrates at least one trial");
  const losing = trials.filter((t) => t.lost > 0);
  let outcome: string;
  if (run.counter !== "unsafe") {
    const kind = charts.kind(run.counter);
    outcome =
      losing.length === 0
        ? T.exact(kind, trials.length, first.expected)
        : T.notExact(kind, losing.length, trials.length);
  } else if (losing.length > 0) {
    outcome = T.someLost(losing.length, trials.length, Math.max(...losing.map((t) => t.lost / t.expected)));
  } else {
    outcome =
      facts.cores < 2
        ? T.noneLostOneCore(trials.length, oneCore.howMany, oneCore.sensorWork)
        : T.noneLost(trials.length);
  }
  const counting = median(trials.map((t) => t.elapsedMs));
  const ns = median(trials.map(nsPerIncrement));
  return { outcome, machine: `${T.machine(facts.node, facts.cores)} ${T.timing(counting, ns)}` };
}
