/**
 * The interleaving stepper: the student is the scheduler. Each worker runs read → add →
 * write once; a click (or its key, A/B/C) runs that worker's next step, and the widget
 * shows the registers, the shared count, a log of what each step did, the write that
 * loses an update, and at the end how many updates the count kept.
 *
 * One self-contained HTML fragment: inline style and script, no network, no library, so
 * it plays in JupyterLab, in the exported page, on a slide and from disk. Nothing in it is a
 * copy: its script is the bundle the build makes from browser/entry.ts (script.ts reads it),
 * which imports the play's rules (play.ts) and through them raceStep from
 * analysis/interleavings.ts, the function that prints the lesson's schedule tables; the style
 * is style.ts. Its words are the phrase table's, rendered here for every case the widget can
 * meet (a few dozen sentences) into its configuration, so another language's table changes
 * the widget without touching its script.
 *
 * Several steppers on one page do not clash: no ids, styles scoped by class, keys
 * handled only while focus is inside the widget, and each script finds its own widget
 * through document.currentScript.
 */
import {
  enumerateInterleavings,
  STEP_KINDS,
  threadName,
  scheduleSteps,
  type StepKind,
} from "../../analysis/interleavings";
import { checkLang, lessonLang, type Lang } from "../../core/lang";
import { phrasesFor } from "../../narrate/phrases";
import { InputError, checkInteger } from "../../core/validate";
import { WORKER_COLORS, WORKER_INK } from "../chartTheme";
import { showHtml } from "../display";
import { escapeHtml } from "../htmlTable";
import { scheduleStepsTable } from "../schedules";
import { CONFIG_ATTRIBUTE, type StepperConfig, type StepperText } from "./play";
import { stepperScript } from "./script";
import { STEPPER_CSS } from "./style";

export interface StepperOptions {
  /** Workers taking part: 2 (default) or 3. */
  workers?: number;
  /** Named schedules offered as replay buttons, e.g. ["ABABAB", "AAABBB"]; each must be complete. */
  schedules?: readonly string[];
  /** Milliseconds between steps when a schedule is replayed (0: all at once). Default 450. */
  replayMs?: number;
  lang?: Lang;
}

export const STEPPER_WORKERS = { min: 2, max: 3 } as const;

const DEFAULT_SCHEDULES: Record<number, readonly string[]> = {
  2: ["ABABAB", "AABABB", "AAABBB"],
  3: ["ABCABCABC", "ABABABCCC", "AAABBBCCC"],
};

function checkSchedule(name: string, order: unknown, workers: number): string {
  const names = Array.from({ length: workers }, (_, t) => threadName(t));
  const rule = `a schedule names each of ${names.join(", ")} exactly 3 times (read, add, write), e.g. ${DEFAULT_SCHEDULES[workers]![0]}`;
  if (typeof order !== "string") throw new InputError(`${name} must be a string; ${rule}, got ${String(order)}`);
  const ok = order.length === 3 * workers && names.every((n) => [...order].filter((c) => c === n).length === 3);
  if (!ok) throw new InputError(`${name} is ${JSON.stringify(order)}; ${rule}`);
  return order;
}

function checkOptions(options: StepperOptions): Required<Omit<StepperOptions, "lang">> & { lang: Lang } {
  const workers = checkInteger("workers", options.workers ?? 2, STEPPER_WORKERS.min, STEPPER_WORKERS.max);
  const given = options.schedules ?? DEFAULT_SCHEDULES[workers];
  if (!Array.isArray(given) || given.length > 6) {
    throw new InputError(`schedules must be a list of at most 6 schedules, got ${String(given)}`);
  }
  const schedules = given.map((order, i) => checkSchedule(`schedules[${i}]`, order, workers));
  const replayMs = checkInteger("replayMs", options.replayMs ?? 450, 0, 5_000);
  return { workers, schedules, replayMs, lang: checkLang(options.lang ?? lessonLang()) };
}

/** Every sentence the widget can need, keyed the way its script asks for them. */
export function stepperText(workers: number, lang: Lang): StepperText {
  const T = phrasesFor(lang).stepper;
  const names = Array.from({ length: workers }, (_, t) => threadName(t));
  const name = (t: number) => names[t]!; // t < workers
  const effects: Record<string, string> = {};
  const lost: Record<string, string> = {};
  for (let t = 0; t < workers; t++) {
    for (let value = 0; value <= workers; value++) {
      for (const [kind, k] of STEP_KINDS.map((kind, k) => [kind, k] as const)) {
        effects[`${t}|${k}|${value}|-`] = T.effect(name(t), kind, value, null);
      }
      for (let u = 0; u < workers; u++) {
        for (let count = 0; count <= workers; count++) {
          const erased = { thread: name(u), count };
          effects[`${t}|2|${value}|${u}|${count}`] = T.effect(name(t), "write", value, erased);
          lost[`${u}|${count}`] = T.lost(erased);
        }
      }
    }
  }
  const next = (kind: StepKind | null) => T.next(kind);
  return {
    effects,
    lost,
    summary: Array.from({ length: workers + 1 }, (_, kept) => T.summary(kept, workers)),
    next: [...STEP_KINDS.map(next), next(null)],
    stepLabel: names.map((n) => [...STEP_KINDS.map((k) => T.stepLabel(n, k)), T.stepLabel(n, null)]),
    empty: T.empty,
  };
}

/**
 * What the widget is on paper, where nothing can be clicked: one schedule's steps as the
 * lesson's schedule-steps table, and how that schedule ends. Hidden on screen (style.ts).
 */
function paperPicture(order: string, workers: number, text: StepperText, lang: Lang): string {
  const steps = scheduleSteps(order, workers);
  const final = steps.at(-1)?.count ?? 0;
  return `<div class="lu-paper">${scheduleStepsTable(steps, { lang })}<p>${escapeHtml(text.summary[final] ?? "")}</p></div>`;
}

/**
 * The stepper as one HTML string: show it with showHtml, or put it on a slide. The same
 * options always give the same HTML.
 */
export function stepperHtml(options: StepperOptions = {}): string {
  const { workers, schedules, replayMs, lang } = checkOptions(options);
  const T = phrasesFor(lang).stepper;
  const names = Array.from({ length: workers }, (_, t) => threadName(t));
  const keep = enumerateInterleavings({ threads: workers, increments: 1 })
    .filter((it) => it.lost === 0)
    .map((it) => it.order);
  const config: StepperConfig = { workers, names, replayMs, keep, text: stepperText(workers, lang) };
  const e = escapeHtml;
  const worker = (name: string, t: number) =>
    `<div class="lu-worker" style="--lu-c:${WORKER_COLORS[t]};--lu-k:${WORKER_INK[t]}">` +
    `<button type="button" class="lu-step" aria-keyshortcuts="${name}" aria-label="${e(T.stepLabel(name, "read"))}">` +
    `${e(name)} ▸ <span class="lu-next">${e(T.next("read"))}</span></button>` +
    `<div class="lu-prog" role="list" aria-label="${e(T.worker(name))}">${STEP_KINDS.map((k, i) => `<span role="listitem"${i === 0 ? ' class="lu-next"' : ""}>${e(T.step(k))}</span>`).join("")}</div>` +
    `<div class="lu-reg">${e(T.register)}<output>${e(T.empty)}</output></div></div>`;
  return [
    `<div class="lu-stepper" data-lu-stepper="" data-workers="${workers}" ${CONFIG_ATTRIBUTE}="${e(JSON.stringify(config))}" data-lm-suppress-shortcuts="true" tabindex="0" role="group" aria-label="${e(T.title(workers))}">`,
    `<style>${STEPPER_CSS}</style>`,
    `<p class="lu-title">${e(T.title(workers))}</p>`,
    `<p class="lu-nojs">${e(T.noScript)}</p>`,
    `<p class="lu-hint">${e(T.hint(names))}</p>`,
    `<div class="lu-main"><div class="lu-board">`,
    names.map(worker).join(""),
    `<div class="lu-shared"><div>${e(T.count)}</div><output class="lu-count" aria-live="polite">0</output></div>`,
    `</div><div class="lu-side">`,
    `<p class="lu-order">${e(T.order)}: <code>${e(T.empty)}</code></p>`,
    `<ol class="lu-log" aria-live="polite"></ol>`,
    `<p class="lu-status" role="status"></p></div></div>`,
    `<div class="lu-controls">`,
    `<button type="button" class="lu-reset">${e(T.reset)}</button>`,
    schedules
      .map(
        (s) =>
          `<button type="button" class="lu-sched" data-schedule="${s}" aria-label="${e(T.replay(s))}">${s}</button>`,
      )
      .join(""),
    `<button type="button" class="lu-random">${e(T.random)}</button>`,
    `<button type="button" class="lu-keep">${e(T.keepAll(workers))}</button>`,
    `</div>`,
    paperPicture(schedules[0] ?? DEFAULT_SCHEDULES[workers]![0]!, workers, config.text, lang),
    `<script>${stepperScript()}</script>`,
    `</div>`,
  ].join("\n");
}

/** The notebook's one line: `showStepper({ workers: 2 })`. */
export function showStepper(options: StepperOptions = {}): void {
  showHtml(stepperHtml(options));
}
