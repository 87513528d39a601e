/**
 * Notebook 1's narration: what the seed's race did on this machine, how long a worker's
 * loop lasted against a scheduler's time slice, and what the start barrier bought.
 */
import type { InterleavingSummary } from "../analysis/interleavings";
import { median } from "../analysis/stats";
import type { Experiment } from "../engine/experiment";
import { ONE_CORE_RACE } from "../engine/limits";
import { BOOK, type Book } from "./book";
import { compare } from "./compare";
import { phrases, type Facts } from "./facts";
import { raceCase } from "./raceCase";
import { LOOP_VS_SLICE, loopsLength } from "./timeSlice";

export { LOOP_VS_SLICE };

/** What to change on one core, where the workers only ever take turns. */
export interface OneCoreChange {
  howMany: number;
  sensorWork: number;
}

/** How many trials lost updates, and the worst; or why none did, and (on one core) what would show it. */
export function raceOutcome(
  facts: Facts,
  race: Experiment,
  oneCore: OneCoreChange = ONE_CORE_RACE,
  book: Book = BOOK,
): string {
  const T = phrases(facts).race;
  const outcome = raceCase(facts, race);
  switch (outcome.kind) {
    case "someLost":
      return T.someLost(outcome.losing, outcome.trials, outcome.worstShare, book);
    case "oneWorker":
      return T.noneLostOneWorker(outcome.trials);
    case "oneCore":
      return T.noneLostOneCore(outcome.trials, oneCore.howMany, oneCore.sensorWork);
    case "hid":
      return T.noneLost(outcome.trials, outcome.cores);
  }
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

/**
 * How long a worker's loop lasted (each trial's median worker), against a time slice: from
 * every trial, so a run whose loops fall on both sides of a slice says so.
 */
export function loopReading(facts: Facts, race: Experiment, slice = LOOP_VS_SLICE): string {
  const T = phrases(facts).race;
  const loops = race.trials.map((t) => t.loopMs);
  const length = loopsLength(loops, slice);
  const range = { median: median(loops), min: Math.min(...loops), max: Math.max(...loops) };
  return T.loop(race.howMany, race.sensorWork, range, length, facts.cores);
}

/** Start-ups and loops within this fraction of each other (0.1: 10%) are "about as long". */
export const START_UP_SAME = 0.1;

/**
 * When the last worker started after the barrier's release, against how long counting
 * took and how long a worker's own loop lasted; how many of them the cores let count
 * at once; and how long starting the workers took against their loops.
 */
export function barrierReading(facts: Facts, race: Experiment, options: { same?: number } = {}): string {
  const T = phrases(facts).race;
  const skew = median(race.trials.map((t) => t.startSkewMs));
  const counting = median(race.trials.map((t) => t.elapsedMs));
  const loops = race.trials.map((t) => t.loopMs);
  const parts = [T.barrier(skew, counting)];
  if (facts.cores < 2) parts.push(T.barrierOneCore);
  else if (race.threads > facts.cores) parts.push(T.barrierTakeTurns(race.threads, facts.cores));
  else {
    // Together in a trial: its last worker started before its median worker's loop was half done.
    const together = race.trials.filter((t) => t.startSkewMs < t.loopMs / 2).length;
    parts.push(
      together === race.trials.length
        ? T.barrierTogether
        : together === 0
          ? T.barrierLate
          : T.barrierMixed(together, race.trials.length),
    );
  }
  if (race.startUpMs !== undefined) {
    const start = race.startUpMs;
    const vs = loops.map((loop) => compare(start, loop, options.same ?? START_UP_SAME));
    const against = vs.every((v) => v === "more") ? "longer" : vs.every((v) => v === "less") ? "shorter" : "about";
    parts.push(T.startUp(race.threads, start, median(loops), against));
  }
  return parts.join(" ");
}
