/**
 * The stepper's rules, apart from its page: what a key means, what a step does to the play
 * so far, what each worker's button shows, when the play is over. Pure functions of plain
 * data, so a test runs them in Node without a browser; the widget's script
 * (browser/widget.ts, bundled by esbuild) imports these very functions, and the steps
 * themselves are raceStep's, the one simulation the lesson's schedule tables print.
 */
import { finished, runnable } from "../../analysis/everySchedule";
import {
  nextStep,
  PROGRAM_STEPS,
  raceStep,
  startRace,
  threadName,
  type Program,
  type ProgramStep,
  type RaceState,
  type RaceStepResult,
} from "../../analysis/interleavings";
import type { Lang } from "../../core/lang";
import type { ChallengeId } from "../../narrate/stepper";

/** The widget's attribute that holds its configuration (StepperConfig) as JSON. */
export const CONFIG_ATTRIBUTE = "data-lu-config";

/** What stepperHtml hands the widget's script, in the widget's data-lu-config attribute. */
export interface StepperConfig {
  workers: number;
  program: Program;
  lang: Lang;
  /** Milliseconds between the steps of a replayed schedule. */
  replayMs: number;
  /** The challenges the widget checks, in the order it lists them. */
  challenges: ChallengeId[];
}

/** One play of the widget: the race so far, the schedule that made it, and what the challenges read. */
export interface Play {
  readonly race: RaceState;
  readonly order: string;
  /** Writes that erased another worker's update. */
  readonly lost: number;
  /** Per worker: lock steps that found the lock held, and slept. */
  readonly waits: readonly number[];
  /** Workers tried while asleep on the lock, since the lock last changed hands, in the order tried. */
  readonly tried: readonly number[];
  /** A replayed schedule made this play, not the student: no challenge counts it. */
  readonly replayed: boolean;
}

/** What a worker's key or button did: a step, or nothing, since the worker sleeps on the lock. */
export type Move =
  { kind: "step"; play: Play; result: RaceStepResult } | { kind: "refused"; play: Play; holder: number };

/** What a worker's column shows. */
export interface WorkerView {
  /** Steps of its program taken so far: which chips are done. */
  taken: number;
  /** Its next step; null when done. */
  next: ProgramStep | null;
  /** Whom it waits for while it sleeps on the lock; -1 while awake. */
  waitsFor: number;
  /** Its register, or null before it has read. */
  register: number | null;
  done: boolean;
}

export function startPlay(workers: number, program: Program, replayed = false): Play {
  return {
    race: startRace(workers, program),
    order: "",
    lost: 0,
    waits: new Array<number>(workers).fill(0),
    tried: [],
    replayed,
  };
}

/** Worker t's key or button: its next step, a refusal while it sleeps, or null once it is done. */
export function playStep(play: Play, t: number): Move | null {
  const race = play.race;
  // A worker the play does not have takes no step.
  if (t < 0 || t >= race.taken.length || workerView(play, t).done) return null;
  if (nextStep(race, t) === null) {
    const tried = play.tried.includes(t) ? play.tried : [...play.tried, t];
    return { kind: "refused", play: { ...play, tried }, holder: race.holder };
  }
  const result = raceStep(race, t);
  const waits = play.waits.slice();
  if (result.lock?.outcome === "waits") waits[t]! += 1;
  return {
    kind: "step",
    result,
    play: {
      race: result.state,
      order: play.order + threadName(t),
      lost: play.lost + (result.erased ? 1 : 0),
      waits,
      // Tries count against one holder: once the lock changes hands, the hunt starts again.
      tried: result.state.holder === race.holder ? play.tried : [],
      replayed: play.replayed,
    },
  };
}

export function playDone(play: Play): boolean {
  return finished(play.race);
}

/** The workers that can take a step now: not done, and not asleep on the lock. */
export function playable(play: Play): number[] {
  return runnable(play.race);
}

export function workerView(play: Play, t: number): WorkerView {
  const race = play.race;
  const steps = PROGRAM_STEPS[race.program].length;
  const taken = Math.min(race.taken[t] ?? steps, steps);
  const done = taken >= steps;
  const waiting = race.sleeping.includes(t);
  // The register holds something once the worker has read: after its read step.
  const readAt = PROGRAM_STEPS[race.program].indexOf("read");
  return {
    taken,
    next: done ? null : (nextStep(race, t) ?? "lock"),
    waitsFor: waiting ? race.holder : -1,
    register: taken > readAt ? (race.registers[t] ?? 0) : null,
    done,
  };
}

/**
 * What a key press asks for: a worker's step (A, B, C in either case, as its index), a new
 * play ("reset", R), or nothing (null). A key with Ctrl, Alt or Meta belongs to the browser,
 * the notebook or the deck.
 */
export function keyAction(
  key: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  names: readonly string[],
): number | "reset" | null {
  if (key.ctrlKey || key.metaKey || key.altKey || (key.key || "").length !== 1) return null;
  const upper = key.key.toUpperCase();
  if (upper === "R") return "reset";
  const t = names.indexOf(upper);
  return t >= 0 ? t : null;
}

/** One of the given schedules, each equally likely; `random` returns a number in [0, 1), as Math.random does. */
export function pickSchedule(schedules: readonly string[], random: () => number): string {
  return schedules[Math.floor(random() * schedules.length)] ?? "";
}
