/**
 * What an unsafe run's trials came to, the branch every reading of the race tells: the
 * notebook's (race.ts: raceOutcome) and the terminal's (closingReading.ts), each in its own
 * phrases. Not a narrator itself: it says nothing, so `tell` does not offer it.
 */
import { median } from "../analysis/stats";
import type { Experiment } from "../engine/experiment";
import type { Facts } from "./facts";

/**
 * Some trials lost updates; or none did because one worker has no one to race; or none did
 * on one core, where the workers only take turns; or none did on several cores: the race hid.
 */
export type RaceCase =
  | { kind: "someLost"; losing: number; trials: number; medianShare: number; worstShare: number }
  | { kind: "oneWorker"; trials: number }
  | { kind: "oneCore"; trials: number }
  | { kind: "hid"; trials: number; cores: number };

/** The first that holds: some lost, one worker, one core, hid. */
export function raceCase(facts: Facts, race: Experiment): RaceCase {
  const trials = race.trials.length;
  const shares = race.trials.map((t) => t.lost / t.expected);
  const losing = shares.filter((share) => share > 0);
  if (losing.length > 0) {
    return {
      kind: "someLost",
      losing: losing.length,
      trials,
      medianShare: median(shares),
      worstShare: Math.max(...losing),
    };
  }
  if (race.threads < 2) return { kind: "oneWorker", trials };
  if (facts.cores < 2) return { kind: "oneCore", trials };
  return { kind: "hid", trials, cores: facts.cores };
}
