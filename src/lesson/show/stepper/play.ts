/**
 * The stepper's rules, apart from its page: what a key means, what a step does to the play
 * so far, what each worker's button says, when the play is over and how it ends. Pure
 * functions of plain data, so a test runs them in Node without a browser; the widget's
 * script (browser/widget.ts, bundled by esbuild) imports these very functions, and the
 * steps themselves are raceStep's, the one simulation the lesson's schedule tables print.
 */
import { raceStep, startRace, type RaceState, type RaceStepResult } from "../../analysis/interleavings";

/** Every sentence the widget can show, rendered up front in the lesson's language. */
export interface StepperText {
  /** One log line per step, keyed by stepKey. */
  effects: Record<string, string>;
  /** The mark on a write that erases an update, keyed "erased worker|count it erased". */
  lost: Record<string, string>;
  /** The last word, indexed by the final count. */
  summary: string[];
  /** A step button's label, indexed by the worker's steps taken (3: done). */
  next: string[];
  /** A step button's accessible name, per worker and steps taken. */
  stepLabel: string[][];
  /** What an empty register or schedule shows. */
  empty: string;
}

/** The widget's attribute that holds its configuration (StepperConfig) as JSON. */
export const CONFIG_ATTRIBUTE = "data-lu-config";

/** What stepperHtml hands the widget's script: the widget's data attribute, as JSON. */
export interface StepperConfig {
  workers: number;
  names: string[];
  replayMs: number;
  /** The schedules that keep every update, for the "keeps all" button. */
  keep: string[];
  text: StepperText;
}

/** One play of the widget: the race so far, the schedule that made it and the updates it lost. */
export interface Play {
  readonly race: RaceState;
  readonly order: string;
  readonly lost: number;
}

/** A line of the widget's log: what the step did, and the mark if it lost an update. */
export interface LogLine {
  text: string;
  lostMark: string | null;
}

/** What a worker's column shows. */
export interface WorkerView {
  /** Steps taken so far, 0 to 3: which of read, add, write are done. */
  taken: number;
  /** The label on its step button and the button's accessible name. */
  next: string;
  label: string;
  /** Its register, or the empty mark before it has read. */
  register: string;
  done: boolean;
}

/** The key of a step's sentence: "worker|kind|value|-" or "worker|2|value|erased worker|erased count". */
export function stepKey(t: number, r: RaceStepResult): string {
  return t + "|" + r.kind + "|" + r.value + "|" + (r.erased ? r.erased.thread + "|" + r.erased.count : "-");
}

export function startPlay(workers: number): Play {
  return { race: startRace(workers), order: "", lost: 0 };
}

/** Worker t takes its next step; null when it has already taken all three. */
export function playStep(
  play: Play,
  t: number,
  names: readonly string[],
  text: StepperText,
): { play: Play; line: LogLine } | null {
  // A worker that is done, or one the play does not have, takes no step.
  if ((play.race.taken[t] ?? 3) >= 3) return null;
  const r = raceStep(play.race, t);
  const lostMark = r.erased ? text.lost[r.erased.thread + "|" + r.erased.count] || "?" : null;
  return {
    play: { race: r.state, order: play.order + names[t]!, lost: play.lost + (r.erased ? 1 : 0) },
    line: { text: text.effects[stepKey(t, r)] || "?", lostMark: lostMark },
  };
}

export function playDone(play: Play): boolean {
  return play.race.taken.every((taken) => taken >= 3);
}

/** The last word once every worker is done (and whether it reports a loss); null before. */
export function playSummary(play: Play, text: StepperText): { text: string; bad: boolean } | null {
  if (!playDone(play)) return null;
  const count = play.race.count;
  return { text: text.summary[count] ?? "", bad: count < play.race.taken.length };
}

export function workerView(play: Play, t: number, text: StepperText): WorkerView {
  const taken = Math.min(play.race.taken[t] ?? 3, 3);
  return {
    taken: taken,
    next: text.next[taken] ?? "",
    label: text.stepLabel[t]?.[taken] ?? "",
    register: play.race.taken[t] === 0 ? text.empty : String(play.race.registers[t]),
    done: taken === 3,
  };
}

/**
 * The worker a key press steps (A, B, C in either case), or -1: a key with Ctrl, Alt or
 * Meta belongs to the browser, the notebook or the deck.
 */
export function keyWorker(
  key: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  names: readonly string[],
): number {
  if (key.ctrlKey || key.metaKey || key.altKey) return -1;
  return (key.key || "").length === 1 ? names.indexOf(key.key.toUpperCase()) : -1;
}

/**
 * A complete schedule drawn uniformly from all of them: picking a worker with probability
 * proportional to its steps left makes every schedule equally likely. `random` returns a
 * number in [0, 1), as Math.random does.
 */
export function randomSchedule(names: readonly string[], random: () => number): string {
  const left = names.map(() => 3);
  let out = "";
  for (let s = 0; s < 3 * names.length; s++) {
    let r = Math.floor(random() * (3 * names.length - s));
    let t = 0;
    while (r >= left[t]!) {
      r -= left[t]!;
      t++;
    }
    left[t]!--;
    out += names[t]!;
  }
  return out;
}
