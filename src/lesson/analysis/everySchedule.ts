/**
 * Every schedule of a small race, found by playing raceStep itself: from each point, each
 * thread that can take a step (one not done and not asleep on the lock) takes it next, in
 * turn. This is what the stepper can be made to do, and how its tests know every ending.
 *
 * Under the lock a schedule's length varies: a thread that finds the lock held takes a step
 * to go to sleep, and its lock step again once woken (perhaps to sleep again, if another took
 * the lock first). So unlike interleavings() there is no closed-form count, and the limit
 * bounds the work instead: past it, the enumeration stops with an InputError.
 */
import { checkChoice, checkInteger, InputError } from "../core/validate";
import {
  DEFAULT_LIMIT,
  nextStep,
  PROGRAM_STEPS,
  PROGRAMS,
  raceStep,
  startRace,
  threadName,
  type Program,
  type RaceState,
} from "./interleavings";

export interface PlayedSchedule {
  /** Thread letter of each step, e.g. "ABAAAABBBBB". */
  order: string;
  expected: number;
  final: number;
  /** expected - final */
  lost: number;
  /** Lock steps that found the lock held and slept. */
  waits: number;
}

export interface EveryScheduleOptions {
  threads: number;
  program: Program;
  /** Increments per thread (default 1). */
  increments?: number;
  /** Refuse past this many schedules (default a million). */
  limit?: number;
}

/** The threads that can take a step: not done with their increments and not asleep. */
export function runnable(state: RaceState, increments = 1): number[] {
  const steps = PROGRAM_STEPS[state.program].length * increments;
  const out: number[] = [];
  state.taken.forEach((taken, t) => {
    if (taken < steps && nextStep(state, t) !== null) out.push(t);
  });
  return out;
}

/** True when every thread has taken all its steps. */
export function finished(state: RaceState, increments = 1): boolean {
  const steps = PROGRAM_STEPS[state.program].length * increments;
  return state.taken.every((taken) => taken >= steps);
}

export function everySchedule(options: EveryScheduleOptions): PlayedSchedule[] {
  const threads = checkInteger("threads", options.threads, 1, 26);
  const program = checkChoice("program", options.program, PROGRAMS);
  const increments = checkInteger("increments", options.increments ?? 1, 1, 1_000);
  const limit = checkInteger("limit", options.limit ?? DEFAULT_LIMIT, 1, Number.MAX_SAFE_INTEGER);
  const expected = threads * increments;
  const out: PlayedSchedule[] = [];
  const visit = (state: RaceState, order: string, waits: number): void => {
    const next = runnable(state, increments);
    if (next.length === 0) {
      // Nobody can step and somebody is not done: every thread asleep, a deadlock.
      if (!finished(state, increments)) throw new Error(`the schedule ${order} is stuck: every thread left sleeps`);
      if (out.length >= limit) {
        throw new InputError(
          `${threads} threads of the ${program} program have more than ${limit} schedules; use fewer threads or raise limit`,
        );
      }
      out.push({ order, expected, final: state.count, lost: expected - state.count, waits });
      return;
    }
    for (const t of next) {
      const r = raceStep(state, t);
      visit(r.state, order + threadName(t), waits + (r.lock?.outcome === "waits" ? 1 : 0));
    }
  };
  visit(startRace(threads, program), "", 0);
  return out;
}
