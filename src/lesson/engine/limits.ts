import { COUNTER_KINDS, type CounterKind } from "./counters";
import { MAX_COUNT } from "./layout";
import { InputError, checkChoice, checkInteger } from "../core/validate";

/** What a lesson may start: enough to see every effect, never enough to freeze a laptop. */
export const LIMITS = {
  threads: { min: 1, max: 64 },
  howMany: { min: 1, max: 50_000_000 },
  trials: { min: 1, max: 10_000 },
  sensorWork: { min: 0, max: 1_000 },
} as const;

export interface RaceParams {
  counter: CounterKind;
  threads: number;
  howMany: number;
  /** Iterations of simulated "read the sensor" work before each increment (0 = none). */
  sensorWork?: number;
}

export function checkRaceParams(params: RaceParams): Required<RaceParams> {
  const counter = checkChoice("counter", params.counter, COUNTER_KINDS);
  const threads = checkInteger("threads", params.threads, LIMITS.threads.min, LIMITS.threads.max);
  const howMany = checkInteger("howMany", params.howMany, LIMITS.howMany.min, LIMITS.howMany.max);
  const sensorWork = checkInteger("sensorWork", params.sensorWork ?? 0, LIMITS.sensorWork.min, LIMITS.sensorWork.max);
  if (threads * howMany > MAX_COUNT) {
    throw new InputError(
      `threads × howMany = ${(threads * howMany).toLocaleString("en-US")} does not fit the counter's ` +
        `one Int32 cell (it holds at most ${MAX_COUNT.toLocaleString("en-US")}); lower threads or howMany`,
    );
  }
  return { counter, threads, howMany, sensorWork };
}

export function checkTrials(trials: unknown): number {
  return checkInteger("trials", trials, LIMITS.trials.min, LIMITS.trials.max);
}

/**
 * What shows the race on one core, where the workers take turns and never run at once.
 * There an update is lost only when a turn ends between a read and its write, so what
 * counts is how much time all the increments spend between the two against the length of
 * a turn (a few milliseconds). 500,000 increments of a nanosecond or two add up to less
 * than one turn, however much sensor work is put around them; 4,000,000 per worker with
 * nothing around them add up to many.
 */
export const ONE_CORE_RACE = { howMany: 4_000_000, sensorWork: 0 } as const;

/**
 * What gives the race more chances where several cores lost nothing: other programs kept the
 * cores busy, so the workers ran one after another, each loop within its turn. More sensor work
 * makes each loop outlast a turn, and more trials give the race more turns to show in; the
 * suggestion is at least these (or twice what ran, when that is more), within LIMITS.
 */
export const BUSY_RACE = { sensorWork: 200, trials: 20 } as const;
