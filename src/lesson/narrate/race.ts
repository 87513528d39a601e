/**
 * Notebook 1's narration: what the seed's race did on this machine, how long a worker's
 * loop lasted against a scheduler's time slice, and what the start barrier bought.
 */
import type { InterleavingSummary } from "../analysis/interleavings";
import { median } from "../analysis/stats";
import type { Experiment } from "../engine/experiment";
import { ONE_CORE_RACE } from "../engine/limits";
import { BOOK, type Book } from "./book";
import { phrases, type Facts } from "./facts";
import { raceCase } from "./raceCase";

/**
 * A loop is read against a scheduler's time slice (a few milliseconds on Linux and macOS):
 * one shorter than `shortMs` can finish inside a single turn, one longer than `longMs`
 * is cut into several turns wherever it runs.
 */
export const LOOP_VS_SLICE: { shortMs: number; longMs: number } = { shortMs: 1, longMs: 10 };

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

/** How long a worker's loop lasted (the median trial's median worker), against a time slice. */
export function loopReading(facts: Facts, race: Experiment, slice = LOOP_VS_SLICE): string {
  const T = phrases(facts).race;
  const loopMs = median(race.trials.map((t) => t.loopMs));
  const length = loopMs < slice.shortMs ? "short" : loopMs >= slice.longMs ? "long" : "about";
  return T.loop(race.howMany, race.sensorWork, loopMs, length, facts.cores);
}

/**
 * When the last worker started after the barrier's release, against how long counting
 * took and how long a worker's own loop lasted; and how many of them the cores let count
 * at once.
 */
export function barrierReading(facts: Facts, race: Experiment): string {
  const T = phrases(facts).race;
  const skew = median(race.trials.map((t) => t.startSkewMs));
  const counting = median(race.trials.map((t) => t.elapsedMs));
  const loop = median(race.trials.map((t) => t.loopMs));
  const opening = T.barrier(skew, counting);
  if (facts.cores < 2) return `${opening} ${T.barrierOneCore}`;
  if (race.threads > facts.cores) return `${opening} ${T.barrierTakeTurns(race.threads, facts.cores)}`;
  return `${opening} ${skew < loop / 2 ? T.barrierTogether : T.barrierLate}`;
}
