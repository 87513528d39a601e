/**
 * The interleaving stepper: the student is the scheduler. Each worker runs read → add →
 * write once (the unsafe counter), or lock → read → add → write → unlock (the locked one); a
 * click (or its key, A/B/C) runs that worker's next step, and the widget shows the registers,
 * the shared count, the lock word and who holds it, a log of what each step did, the write
 * that loses an update, and at the end how many updates the count kept. Under the lock a
 * worker that finds the lock held sleeps: its button says whom it waits for and runs nothing
 * until the holder's unlock wakes it. Challenges under the widget give the student something
 * to hunt for, checked as they play.
 *
 * One self-contained HTML fragment: inline style and script, no network, no library, so it
 * plays in JupyterLab, in the exported page, on a slide and from disk. Nothing in it is a
 * copy: its script is the bundle the build makes from browser/entry.ts (script.ts reads it),
 * which imports the play's rules (play.ts, challenges.ts), the narrator that words them
 * (narrate/stepper.ts, with the stepper's phrase tables) and, through the rules, raceStep from
 * analysis/interleavings.ts, the function that prints the lesson's schedule tables; the style
 * is style.ts. What the script needs to know (workers, counter, language, challenges) is
 * JSON in the widget's data-lu-config attribute.
 *
 * Several steppers on one page do not clash: no ids, styles scoped by class, keys handled
 * only while focus is inside the widget (or on the present slide of a deck), and each script
 * finds its own widget through document.currentScript.
 */
import { everySchedule } from "../../analysis/everySchedule";
import { PROGRAM_STEPS, scheduleSteps, threadName, type Program } from "../../analysis/interleavings";
import { checkLang, lessonLang, type Lang } from "../../core/lang";
import { InputError, checkChoice, checkInteger } from "../../core/validate";
import { challengeGoal, playEnding, stepperPhrases, workerButton } from "../../narrate/stepper";
import { WORKER_COLORS, WORKER_INK } from "../chartTheme";
import { showHtml } from "../display";
import { escapeHtml } from "../htmlTable";
import { scheduleStepsTable } from "../schedules";
import { challengesFor } from "./challenges";
import { CONFIG_ATTRIBUTE, playDone, playStep, startPlay, type Play, type StepperConfig } from "./play";
import { stepperScript } from "./script";
import { STEPPER_CSS } from "./style";

/** The counters a stepper can play: the lesson's unsafe one, and its locked one. */
export const STEPPER_COUNTERS: readonly Program[] = ["unsafe", "locked"];

export interface StepperOptions {
  /** Workers taking part: 2 (default) or 3. */
  workers?: number;
  /** The counter the workers run: "unsafe" (default: read, add, write) or "locked" (the same inside the lesson's mutex). */
  counter?: Program;
  /** Named schedules offered as replay buttons, e.g. ["ABABAB", "AAABBB"]; each must be complete. */
  schedules?: readonly string[];
  /** Milliseconds between steps when a schedule is replayed (0: all at once). Default 450. */
  replayMs?: number;
  lang?: Lang;
}

export const STEPPER_WORKERS = { min: 2, max: 3 } as const;

// The first of each list is the one printed on paper: for the lock, a worker that waits.
const DEFAULT_SCHEDULES: Record<Program, Record<number, readonly string[]>> = {
  unsafe: {
    2: ["ABABAB", "AABABB", "AAABBB"],
    3: ["ABCABCABC", "ABABABCCC", "AAABBBCCC"],
  },
  locked: {
    // B finds A's lock held and sleeps until A's unlock wakes it; then nobody waits.
    2: ["ABAAAABBBBB", "AAAAABBBBB"],
    // B and C sleep in turn; then C takes the lock while the woken B is not yet back, so B sleeps again.
    3: ["ABCAAAABBBBBCCCCC", "ABAAAACBCCCCBBBBB", "AAAAABBBBBCCCCC"],
  },
};

function checkSchedule(name: string, order: unknown, workers: number, counter: Program): string {
  const names = Array.from({ length: workers }, (_, t) => threadName(t));
  const example = DEFAULT_SCHEDULES[counter][workers]![0]!;
  const rule =
    counter === "unsafe"
      ? `a schedule names each of ${names.join(", ")} exactly 3 times (read, add, write), e.g. ${example}`
      : `a schedule runs each of ${names.join(", ")} through lock, read, add, write and unlock, a step at a time, ` +
        `never naming a worker while it sleeps on the lock, e.g. ${example}`;
  if (typeof order !== "string") throw new InputError(`${name} must be a string; ${rule}, got ${String(order)}`);
  let play: Play | null;
  try {
    play = playSchedule(order, workers, counter);
  } catch {
    play = null;
  }
  if (!play || !playDone(play)) throw new InputError(`${name} is ${JSON.stringify(order)}; ${rule}`);
  return order;
}

interface Checked {
  workers: number;
  counter: Program;
  schedules: string[];
  replayMs: number;
  lang: Lang;
}

function checkOptions(options: StepperOptions): Checked {
  const workers = checkInteger("workers", options.workers ?? 2, STEPPER_WORKERS.min, STEPPER_WORKERS.max);
  const counter = checkChoice("counter", options.counter ?? "unsafe", STEPPER_COUNTERS);
  const given = options.schedules ?? DEFAULT_SCHEDULES[counter][workers];
  if (!Array.isArray(given) || given.length > 6) {
    throw new InputError(`schedules must be a list of at most 6 schedules, got ${String(given)}`);
  }
  const schedules = given.map((order, i) => checkSchedule(`schedules[${i}]`, order, workers, counter));
  const replayMs = checkInteger("replayMs", options.replayMs ?? 450, 0, 5_000);
  return { workers, counter, schedules, replayMs, lang: checkLang(options.lang ?? lessonLang()) };
}

/** A schedule played through the widget's own rules, to its end. */
export function playSchedule(order: string, workers: number, counter: Program): Play {
  let play = startPlay(workers, counter, true);
  for (const letter of order) {
    const move = playStep(play, letter.charCodeAt(0) - 65);
    if (move?.kind !== "step") throw new RangeError(`${order}: worker ${letter} takes no step there`);
    play = move.play;
  }
  return play;
}

/**
 * What the widget is on paper, where nothing can be clicked: one schedule's steps as the
 * lesson's schedule-steps table, and how that schedule ends. Hidden on screen (style.ts).
 */
function paperPicture(order: string, workers: number, counter: Program, lang: Lang): string {
  const play = playSchedule(order, workers, counter);
  const end = playEnding(lang, { program: counter, workers, count: play.race.count, waits: play.waits });
  const table = scheduleStepsTable(scheduleSteps(order, workers, counter), { lang });
  return `<div class="lu-paper">${table}<p>${escapeHtml(end.text)}</p></div>`;
}

/**
 * The stepper as one HTML string: show it with showHtml, or put it on a slide. The same
 * options always give the same HTML.
 */
export function stepperHtml(options: StepperOptions = {}): string {
  const { workers, counter, schedules, replayMs, lang } = checkOptions(options);
  const T = stepperPhrases(lang);
  const locked = counter === "locked";
  const names = Array.from({ length: workers }, (_, t) => threadName(t));
  const steps = PROGRAM_STEPS[counter];
  const challenges = challengesFor(counter, workers);
  const config: StepperConfig = { workers, program: counter, lang, replayMs, challenges };
  // Room in the log for the longest schedule there is, so the widget never grows as it plays:
  // in two columns when the log goes under the board (style.ts), in one beside it.
  const longest = Math.max(...everySchedule({ threads: workers, program: counter }).map((s) => s.order.length));
  const columns = workers === 3 || locked ? 2 : 1;
  const rows = Math.ceil(longest / columns);
  const e = escapeHtml;
  const title = T.title(workers, locked);
  const worker = (name: string, t: number) => {
    const button = workerButton(lang, t, steps[0]!, -1);
    return (
      `<div class="lu-worker" style="--lu-c:${WORKER_COLORS[t]};--lu-k:${WORKER_INK[t]}">` +
      `<button type="button" class="lu-step" aria-keyshortcuts="${name}" aria-label="${e(button.label)}">` +
      `${e(name)} ▸ <span class="lu-next">${e(button.next)}</span></button>` +
      `<div class="lu-prog" role="list" aria-label="${e(T.worker(name))}">${steps.map((k, i) => `<span role="listitem"${i === 0 ? ' class="lu-next"' : ""}>${e(T.step(k))}</span>`).join("")}</div>` +
      `<div class="lu-reg">${e(T.register)}<output>${e(T.empty)}</output></div></div>`
    );
  };
  const lockBox = locked
    ? `<div class="lu-lock"><div>${e(T.lockWord)}</div><output class="lu-word" aria-live="polite">0</output>` +
      `<div class="lu-word-state">${e(T.wordState(0))}</div><div class="lu-holder">${e(T.lockHolder(null, []))}</div></div>`
    : "";
  // The schedule so far: beside the log, or, under the lock, where the controls leave room, so
  // that what the widget says has the whole width under the log.
  const order = `<p class="lu-order">${e(T.order)}: <code>${e(T.empty)}</code></p>`;
  const goals =
    challenges.length === 0
      ? ""
      : `<div class="lu-goals" role="group" aria-label="${e(T.challenges)}"><span class="lu-goals-title">${e(T.challenges)}:</span><ul>` +
        challenges
          .map(
            (id) =>
              `<li data-lu-challenge="${id}"><span class="lu-goal">${e(challengeGoal(lang, id, workers))}</span> ` +
              `<span class="lu-verdict" aria-live="polite"></span></li>`,
          )
          .join("") +
        `</ul></div>`;
  return [
    `<div class="lu-stepper" data-lu-stepper="" data-workers="${workers}" data-counter="${counter}" ${CONFIG_ATTRIBUTE}="${e(JSON.stringify(config))}" lang="${lang}" data-lm-suppress-shortcuts="true" tabindex="0" role="group" aria-label="${e(title)}">`,
    `<style>${STEPPER_CSS}</style>`,
    `<p class="lu-title">${e(title)}</p>`,
    `<p class="lu-nojs">${e(T.noScript)}</p>`,
    `<p class="lu-hint">${e(T.hint(names))}</p>`,
    `<div class="lu-main"><div class="lu-board">`,
    names.map(worker).join(""),
    `<div class="lu-shared"><div>${e(T.count)}</div><output class="lu-count" aria-live="polite">0</output></div>`,
    lockBox,
    `</div><div class="lu-side">`,
    locked ? "" : order,
    `<ol class="lu-log" aria-live="polite" style="--lu-rows:${rows};--lu-cols:${columns}"></ol>`,
    `<p class="lu-status" role="status"></p></div></div>`,
    `<div class="lu-controls">`,
    `<button type="button" class="lu-reset" aria-keyshortcuts="R">${e(T.reset)}</button>`,
    schedules
      .map(
        (s) =>
          `<button type="button" class="lu-sched" data-schedule="${s}" aria-label="${e(T.replay(s))}">${s}</button>`,
      )
      .join(""),
    `<button type="button" class="lu-random">${e(T.random)}</button>`,
    locked ? "" : `<button type="button" class="lu-keep">${e(T.keepAll(workers))}</button>`,
    locked ? order : "",
    `</div>`,
    goals,
    paperPicture(schedules[0] ?? DEFAULT_SCHEDULES[counter][workers]![0]!, workers, counter, lang),
    `<script>${stepperScript()}</script>`,
    `</div>`,
  ].join("\n");
}

/** The notebook's one line: `showStepper({ workers: 2 })`, or `showStepper({ workers: 2, counter: "locked" })`. */
export function showStepper(options: StepperOptions = {}): void {
  showHtml(stepperHtml(options));
}
