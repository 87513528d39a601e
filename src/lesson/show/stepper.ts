/**
 * The interleaving stepper: the student is the scheduler. Each worker runs read → add →
 * write once; a click (or its key, A/B/C) runs that worker's next step, and the widget
 * shows the registers, the shared count, a log of what each step did, the write that
 * loses an update, and at the end how many updates the count kept.
 *
 * One self-contained HTML fragment: inline style and script, no network, no library, so
 * it plays in JupyterLab, in the exported page and on a slide. Its simulation is not a
 * copy: the script embeds the source of startRace and raceStep from
 * analysis/interleavings.ts, the same functions that print the lesson's tables. Its words
 * are the phrase table's, rendered here for every case the widget can meet (a few dozen
 * sentences), so another language's table changes the widget without touching its script.
 *
 * Several steppers on one page do not clash: no ids, styles scoped by class, keys
 * handled only while focus is inside the widget, and each script finds its own widget
 * through document.currentScript.
 */
import {
  enumerateInterleavings,
  raceStep,
  startRace,
  STEP_KINDS,
  threadName,
  type StepKind,
} from "../analysis/interleavings";
import { checkLang, lessonLang, type Lang } from "../core/lang";
import { phrasesFor } from "../narrate/phrases";
import { InputError, checkInteger } from "../core/validate";
import { showHtml } from "./display";
import { escapeHtml } from "./htmlTable";

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

// Okabe–Ito hues, one per worker, distinct from the vermillion that marks a loss.
export const WORKER_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442"] as const;
// Text on each worker's colour with a contrast of at least 4.5:1.
const WORKER_INK = ["#FFFFFF", "#222222", "#222222"] as const;
const LOST_COLOR = "#D55E00";

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
function sentences(workers: number, lang: Lang) {
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

/** The source of the shared simulation, as the widget runs it. Exported for the test that checks it. */
export function embeddedSimulation(): string {
  return `var startRace = ${startRace.toString()};\nvar raceStep = ${raceStep.toString()};`;
}

// JSON inside <script>: "</script>" or "<!--" in a string would end or confuse the element.
const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

const CSS = `
.lu-stepper{--lu-ink:#222;--lu-muted:#555;--lu-line:#c9c9c9;--lu-lost:${LOST_COLOR};--lu-focus:#0072B2;
 font:15px/1.35 "DejaVu Sans",system-ui,sans-serif;color:var(--lu-ink);background:#fff;border:1px solid var(--lu-line);
 border-radius:8px;padding:12px 14px;max-width:1000px;box-sizing:border-box;text-align:left}
.lu-stepper *{box-sizing:border-box}
.lu-stepper:focus-visible,.lu-stepper button:focus-visible{outline:3px solid var(--lu-focus);outline-offset:2px}
.lu-stepper .lu-title{font-weight:bold;font-size:17px;margin:0 0 4px}
.lu-stepper .lu-hint,.lu-stepper .lu-nojs{color:var(--lu-muted);margin:0 0 8px;font-size:14px}
.lu-stepper .lu-main{display:flex;gap:14px;align-items:flex-start;flex-wrap:wrap}
.lu-stepper .lu-board{display:flex;gap:10px;align-items:stretch}
.lu-stepper .lu-worker{border:2px solid var(--lu-c);border-radius:6px;padding:6px 8px;width:150px}
.lu-stepper .lu-step{display:block;width:100%;font:inherit;font-weight:bold;padding:6px 4px;border:1px solid var(--lu-c);
 border-radius:4px;background:var(--lu-c);color:var(--lu-k);cursor:pointer}
.lu-stepper .lu-step:disabled{background:#eee;color:var(--lu-muted);border-color:var(--lu-line);cursor:default}
.lu-stepper ol.lu-prog{list-style:none;margin:6px 0;padding:0;display:flex;gap:4px;font-size:13px}
.lu-stepper .lu-prog li{flex:1;text-align:center;border:1px solid var(--lu-line);border-radius:3px;padding:1px 0;color:var(--lu-muted)}
.lu-stepper .lu-prog li.lu-did{background:#eee;color:var(--lu-ink);text-decoration:line-through}
.lu-stepper .lu-prog li.lu-next{border:2px solid var(--lu-c);color:var(--lu-ink);font-weight:bold}
.lu-stepper .lu-reg{font-size:13px;color:var(--lu-muted)}
.lu-stepper .lu-reg output{font-size:20px;font-weight:bold;color:var(--lu-ink);margin-left:6px}
.lu-stepper .lu-shared{border:2px solid var(--lu-ink);border-radius:6px;padding:6px 10px;text-align:center;min-width:120px}
.lu-stepper .lu-shared div{font-size:13px;color:var(--lu-muted)}
.lu-stepper .lu-count{display:block;font-size:40px;font-weight:bold;line-height:1.1}
.lu-stepper .lu-shared.lu-hit{border-color:var(--lu-lost);box-shadow:0 0 0 3px var(--lu-lost) inset}
.lu-stepper .lu-side{flex:1;min-width:260px}
.lu-stepper .lu-order{font-size:13px;color:var(--lu-muted);margin:0 0 4px}
.lu-stepper .lu-order code{font-size:16px;color:var(--lu-ink);letter-spacing:2px}
.lu-stepper ol.lu-log{margin:0;padding-left:24px;font-size:14px;min-height:4em;max-height:14.5em;overflow-y:auto}
.lu-stepper .lu-log li.lu-lost{color:var(--lu-lost);font-weight:bold}
.lu-stepper .lu-mark{display:inline-block;margin-left:6px;padding:0 6px;border-radius:3px;background:var(--lu-lost);color:#fff;font-weight:bold}
.lu-stepper .lu-status{min-height:1.4em;margin:6px 0 0;font-weight:bold}
.lu-stepper .lu-status.lu-bad{color:var(--lu-lost)}
.lu-stepper .lu-controls{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.lu-stepper .lu-controls button{font:inherit;font-size:14px;padding:4px 10px;border:1px solid #888;border-radius:4px;background:#f6f6f6;color:var(--lu-ink);cursor:pointer}
.lu-stepper .lu-controls button.lu-sched{font-family:"DejaVu Sans Mono",monospace;letter-spacing:1px}
`;

// The widget's behaviour. Plain ES2017 for any browser a lecture hall has; it reads its
// configuration from C and its simulation from startRace/raceStep, both injected above it.
const SCRIPT = `
var me = document.currentScript;
var root = me && me.closest ? me.closest("[data-lu-stepper]") : null;
if (!root) { var all = document.querySelectorAll("[data-lu-stepper]:not([data-lu-ready])"); root = all[all.length - 1]; }
if (!root || root.hasAttribute("data-lu-ready")) return;
root.setAttribute("data-lu-ready", "");
var q = function (sel) { return root.querySelector(sel); };
var qa = function (sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); };
var nojs = q(".lu-nojs"); if (nojs) nojs.hidden = true;
var n = C.workers, names = C.names, S = C.text;
var state, order, timer = null;
var stepButtons = qa(".lu-step"), regs = qa(".lu-reg output"), progs = qa(".lu-prog");
var countEl = q(".lu-count"), shared = q(".lu-shared"), orderEl = q(".lu-order code"), log = q(".lu-log"), status = q(".lu-status");
function stop() { if (timer !== null) { clearTimeout(timer); timer = null; } root.removeAttribute("data-lu-playing"); }
function finished() { for (var t = 0; t < n; t++) if (state.taken[t] < 3) return false; return true; }
function render() {
  countEl.textContent = String(state.count);
  orderEl.textContent = order || S.empty;
  for (var t = 0; t < n; t++) {
    var k = Math.min(state.taken[t], 3);
    regs[t].textContent = state.taken[t] === 0 ? S.empty : String(state.registers[t]);
    stepButtons[t].querySelector(".lu-next").textContent = S.next[k];
    stepButtons[t].setAttribute("aria-label", S.stepLabel[t][k]);
    // A focused button that becomes disabled drops the focus to the page, and the keys with it.
    if (k === 3 && document.activeElement === stepButtons[t]) root.focus({ preventScroll: true });
    stepButtons[t].disabled = k === 3;
    var items = progs[t].children;
    for (var i = 0; i < 3; i++) items[i].className = i < k ? "lu-did" : i === k ? "lu-next" : "";
  }
  root.setAttribute("data-count", String(state.count));
  root.setAttribute("data-order", order);
  if (finished()) {
    root.setAttribute("data-done", "");
    status.textContent = S.summary[state.count];
    status.className = "lu-status" + (state.count < n ? " lu-bad" : "");
  } else root.removeAttribute("data-done");
}
function reset() {
  stop(); state = startRace(n); order = ""; log.textContent = ""; status.textContent = ""; status.className = "lu-status";
  shared.classList.remove("lu-hit"); root.setAttribute("data-lost", "0"); render();
}
function step(t) {
  if (state.taken[t] >= 3) return;
  var r = raceStep(state, t);
  state = r.state; order += names[t];
  var li = document.createElement("li");
  var key = t + "|" + r.kind + "|" + r.value + "|" + (r.erased ? r.erased.thread + "|" + r.erased.count : "-");
  li.textContent = S.effects[key] || "?";
  shared.classList.remove("lu-hit");
  if (r.erased) {
    var mark = document.createElement("span");
    mark.className = "lu-mark"; mark.textContent = S.lost[r.erased.thread + "|" + r.erased.count] || "?";
    li.className = "lu-lost"; li.appendChild(mark); shared.classList.add("lu-hit");
    root.setAttribute("data-lost", String(Number(root.getAttribute("data-lost")) + 1));
    status.textContent = li.textContent; status.className = "lu-status lu-bad";
  }
  log.appendChild(li); log.scrollTop = log.scrollHeight;
  render();
}
function play(schedule) {
  reset(); root.setAttribute("data-lu-playing", "");
  var i = 0, delay = C.replayMs;
  if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) delay = 0;
  (function next() {
    while (i < schedule.length) {
      step(names.indexOf(schedule[i++]));
      if (delay > 0 && i < schedule.length) { timer = setTimeout(next, delay); return; }
    }
    stop();
  })();
}
function randomSchedule() {
  // Picking a worker with probability proportional to its steps left makes every schedule equally likely.
  var left = names.map(function () { return 3; }), out = "";
  for (var s = 0; s < 3 * n; s++) {
    var r = Math.floor(Math.random() * (3 * n - s)), t = 0;
    while (r >= left[t]) { r -= left[t]; t++; }
    left[t]--; out += names[t];
  }
  return out;
}
stepButtons.forEach(function (b, t) { b.addEventListener("click", function () { stop(); step(t); }); });
q(".lu-reset").addEventListener("click", reset);
qa(".lu-sched").forEach(function (b) { b.addEventListener("click", function () { play(b.getAttribute("data-schedule")); }); });
q(".lu-random").addEventListener("click", function () { play(randomSchedule()); });
q(".lu-keep").addEventListener("click", function () { play(C.keep[Math.floor(Math.random() * C.keep.length)]); });
root.addEventListener("keydown", function (e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  var t = (e.key || "").length === 1 ? names.indexOf(e.key.toUpperCase()) : -1;
  if (t >= 0) { e.preventDefault(); e.stopPropagation(); stop(); step(t); return; }
  // A button's own Enter or Space: keep a slide deck or a notebook from acting on it too.
  if (e.key === "Enter" || e.key === " ") e.stopPropagation();
});
// A notebook selects the cell on mousedown and may take focus back from our buttons.
root.addEventListener("mousedown", function (e) { e.stopPropagation(); });
reset();
`;

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
  const config = { workers, names, replayMs, keep, text: sentences(workers, lang) };
  const e = escapeHtml;
  const worker = (name: string, t: number) =>
    `<div class="lu-worker" style="--lu-c:${WORKER_COLORS[t]};--lu-k:${WORKER_INK[t]}">` +
    `<button type="button" class="lu-step" aria-keyshortcuts="${name}" aria-label="${e(T.stepLabel(name, "read"))}">` +
    `${e(name)} ▸ <span class="lu-next">${e(T.next("read"))}</span></button>` +
    `<ol class="lu-prog" aria-label="${e(T.worker(name))}">${STEP_KINDS.map((k, i) => `<li${i === 0 ? ' class="lu-next"' : ""}>${e(T.step(k))}</li>`).join("")}</ol>` +
    `<div class="lu-reg">${e(T.register)}<output>${e(T.empty)}</output></div></div>`;
  return [
    `<div class="lu-stepper" data-lu-stepper="" data-workers="${workers}" data-lm-suppress-shortcuts="true" tabindex="0" role="group" aria-label="${e(T.title(workers))}">`,
    `<style>${CSS}</style>`,
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
    `<script>(function () {\n"use strict";\n${embeddedSimulation()}\nvar C = ${scriptJson(config)};\n${SCRIPT}})();</script>`,
    `</div>`,
  ].join("\n");
}

/** The notebook's one line: `showStepper({ workers: 2 })`. */
export function showStepper(options: StepperOptions = {}): void {
  showHtml(stepperHtml(options));
}
