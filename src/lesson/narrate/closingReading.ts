/**
 * What `npm run race` says after its trials: a line per counter that ran, reading the run the
 * way notebooks 1 and 2 do (the same branches: raceCase, and every total exact or not), but
 * for a terminal, so where a notebook says "in the parameters cell" this names the command
 * that shows the race on this machine.
 */
import { counterCosts } from "../analysis/costs";
import type { CounterKind } from "../engine/counters";
import type { Experiment } from "../engine/experiment";
import { BUSY_RACE, LIMITS, ONE_CORE_RACE } from "../engine/limits";
import { compare } from "./compare";
import { phrases, type Facts } from "./facts";
import { COST_SAME } from "./lock";
import type { OneCoreChange } from "./race";
import { raceCase } from "./raceCase";
import { raceCommand, type TerminalRace } from "./raceCommand";

/** What a suggested command changes: on one core, and where several cores lost nothing. */
export interface ShowTheRace {
  /** The one-core race the notebooks name, over at least this many trials. */
  oneCore: OneCoreChange & { trials: number };
  busy: { sensorWork: number; trials: number };
}

// A trial of the one-core race lost updates in about 7 of 8 on the lesson's machine pinned to one
// core (70 of 80; README, "Race from the command line"): five trials all but surely show it.
const SHOW: ShowTheRace = { oneCore: { ...ONE_CORE_RACE, trials: 5 }, busy: BUSY_RACE };

/** At least `floor`, or twice what ran when that is more, and never past `max`. */
const more = (ran: number, floor: number, max: number) => Math.min(max, Math.max(floor, 2 * ran));

/**
 * `runs`: the counters in the order they ran, each the same race (workers, increments, sensor
 * work, trials). `defaults`: the race `npm run race` runs with no flags, so a suggested
 * command names only what it changes.
 */
export function closingReading(
  facts: Facts,
  runs: readonly Experiment[],
  defaults: TerminalRace,
  show: ShowTheRace = SHOW,
): string[] {
  const T = phrases(facts).cli;
  const { name } = phrases(facts).counters;
  const first = runs[0];
  if (first === undefined) return [];
  const ran: TerminalRace = {
    counters: runs.map((r) => r.counter),
    threads: first.threads,
    howMany: first.howMany,
    sensorWork: first.sensorWork,
    trials: first.trials.length,
    lang: facts.lang,
  };
  const command = (change: Partial<TerminalRace>) => raceCommand({ ...ran, ...change }, defaults);
  const costs = counterCosts(Object.fromEntries(runs.map((r) => [r.counter, r])));
  const unsafeNs = costs.ns.unsafe;

  const lines = runs.map((run) => {
    if (run.counter !== "unsafe") {
      const trials = run.trials.length;
      const losing = run.trials.filter((t) => t.lost > 0).length;
      if (losing > 0) return T.fixedLost(name[run.counter], losing, trials);
      const ns = costs.ns[run.counter]!; // counterCosts times every run it is given
      const against =
        unsafeNs === undefined ? undefined : { vs: compare(ns, unsafeNs, COST_SAME), ns: unsafeNs, name: name.unsafe };
      return T.exact(name[run.counter], trials, run.trials[0]!.expected, ns, against); // a run has a trial
    }
    const outcome = raceCase(facts, run);
    switch (outcome.kind) {
      case "someLost": {
        const said = T.someLost(name.unsafe, outcome.losing, outcome.trials, outcome.medianShare, outcome.worstShare);
        if (ran.counters.includes("locked")) return said;
        return `${said} ${T.lockWould(name.locked, command({ counters: ["unsafe", "locked"] }))}`;
      }
      case "oneWorker":
        return T.oneWorker(name.unsafe, outcome.trials, defaults.threads, command({ threads: defaults.threads }));
      case "oneCore": {
        const { howMany, sensorWork } = show.oneCore;
        // Already the one-core race, and still nothing: more trials give it more turns to show in.
        const same = ran.howMany >= howMany && ran.sensorWork === sensorWork;
        const change = {
          counters: ["unsafe" as CounterKind],
          howMany: Math.max(ran.howMany, howMany),
          sensorWork,
          trials: same
            ? more(ran.trials, show.busy.trials, LIMITS.trials.max)
            : Math.max(ran.trials, show.oneCore.trials),
        };
        return T.oneCore(name.unsafe, outcome.trials, command(change));
      }
      case "hid":
        return T.hid(
          name.unsafe,
          outcome.trials,
          outcome.cores,
          command({
            counters: ["unsafe"],
            howMany: Math.max(ran.howMany, defaults.howMany),
            sensorWork: more(ran.sensorWork, show.busy.sensorWork, LIMITS.sensorWork.max),
            trials: more(ran.trials, show.busy.trials, LIMITS.trials.max),
          }),
        );
    }
  });
  const exact = runs.every((run) => run.counter === "unsafe" || run.trials.every((t) => t.lost === 0));
  if (unsafeNs === undefined && exact) {
    // No unsafe run, so every counter that ran is a fixed one.
    lines.push(T.besideUnsafe(name.unsafe, runs.length, command({ counters: ["unsafe", ...ran.counters] })));
  }
  return lines;
}
