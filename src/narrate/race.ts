/**
 * Notebook 1's narration: what the seed's race did on this machine, and what the start
 * barrier bought.
 */
import type { InterleavingSummary } from "../analysis/interleavings";
import { median } from "../analysis/stats";
import type { Experiment } from "../engine/experiment";
import { phrases, type Facts } from "./facts";

/** How many trials lost updates, and the worst; or why none did. */
export function raceOutcome(facts: Facts, race: Experiment): string {
  const T = phrases(facts).race;
  const losing = race.trials.filter((t) => t.lost > 0);
  if (losing.length === 0) {
    return facts.cores < 2 ? T.noneLostOneCore(race.trials.length) : T.noneLost(race.trials.length, facts.cores);
  }
  const worst = Math.max(...losing.map((t) => t.lost / t.expected));
  return T.someLost(losing.length, race.trials.length, worst);
}

/** The schedules of read, add and write: how many lose an update. */
export function scheduleCount(facts: Facts, summary: InterleavingSummary): string {
  return phrases(facts).race.schedules(
    3 * summary.threads * summary.increments,
    summary.total,
    summary.lost,
    summary.kept,
  );
}

/** When the last worker started after the barrier's release, against how long counting took. */
export function barrierReading(facts: Facts, race: Experiment): string {
  const T = phrases(facts).race;
  const skew = median(race.trials.map((t) => t.startSkewMs));
  const counting = median(race.trials.map((t) => t.elapsedMs));
  return T.barrier(skew, counting, skew < counting / 2);
}
