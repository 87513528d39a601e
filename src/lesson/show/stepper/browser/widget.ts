/**
 * The stepper's page side: finds its widget, wires the buttons and keys, and draws a play.
 * Runs in the browser only, bundled by esbuild with the rules it imports (../play.ts, and
 * through it raceStep) into the script stepperHtml inlines in each widget. The rules are
 * tested in Node; this file only draws what they decide.
 */
import {
  keyWorker,
  playStep,
  playSummary,
  randomSchedule,
  startPlay,
  workerView,
  CONFIG_ATTRIBUTE,
  type StepperConfig,
} from "../play";

/**
 * Brings one widget to life: the one around `script` (the widget's own <script>), or the last
 * one not yet started if the script cannot tell (a notebook that re-inserts outputs).
 */
export function mountStepper(script: Element | null): void {
  let root = script && script.closest ? script.closest<HTMLElement>("[data-lu-stepper]") : null;
  if (!root) {
    const waiting = document.querySelectorAll<HTMLElement>("[data-lu-stepper]:not([data-lu-ready])");
    root = waiting[waiting.length - 1] || null;
  }
  if (!root || root.hasAttribute("data-lu-ready")) return;
  const widget: HTMLElement = root;
  widget.setAttribute("data-lu-ready", "");
  const C = JSON.parse(widget.getAttribute(CONFIG_ATTRIBUTE) || "{}") as StepperConfig;
  const one = <T extends HTMLElement>(selector: string): T => {
    const found = widget.querySelector<T>(selector);
    if (!found) throw new Error("stepper: no " + selector);
    return found;
  };
  const all = <T extends HTMLElement>(selector: string): T[] => Array.from(widget.querySelectorAll<T>(selector));
  const nojs = widget.querySelector<HTMLElement>(".lu-nojs");
  if (nojs) nojs.hidden = true;

  const n = C.workers;
  const names = C.names;
  const S = C.text;
  const stepButtons = all<HTMLButtonElement>(".lu-step");
  const registers = all<HTMLOutputElement>(".lu-reg output");
  const progress = all<HTMLElement>(".lu-prog");
  const countEl = one<HTMLOutputElement>(".lu-count");
  const shared = one<HTMLElement>(".lu-shared");
  const orderEl = one<HTMLElement>(".lu-order code");
  const log = one<HTMLOListElement>(".lu-log");
  const status = one<HTMLElement>(".lu-status");
  let play = startPlay(n);
  let timer: ReturnType<typeof setTimeout> | null = null;

  function stop(): void {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    widget.removeAttribute("data-lu-playing");
  }

  function render(): void {
    countEl.textContent = String(play.race.count);
    orderEl.textContent = play.order || S.empty;
    for (let t = 0; t < n; t++) {
      const view = workerView(play, t, S);
      // stepperHtml draws a button, a register and three steps for each of the n workers.
      const button = stepButtons[t]!;
      registers[t]!.textContent = view.register;
      const label = button.querySelector(".lu-next");
      if (label) label.textContent = view.next;
      button.setAttribute("aria-label", view.label);
      // A focused button that becomes disabled drops the focus to the page, and the keys with it.
      if (view.done && document.activeElement === button) widget.focus({ preventScroll: true });
      button.disabled = view.done;
      const items = progress[t]!.children;
      for (let i = 0; i < 3; i++) items[i]!.className = i < view.taken ? "lu-did" : i === view.taken ? "lu-next" : "";
    }
    widget.setAttribute("data-count", String(play.race.count));
    widget.setAttribute("data-order", play.order);
    widget.setAttribute("data-lost", String(play.lost));
    const summary = playSummary(play, S);
    if (summary) {
      widget.setAttribute("data-done", "");
      status.textContent = summary.text;
      status.className = "lu-status" + (summary.bad ? " lu-bad" : "");
    } else widget.removeAttribute("data-done");
  }

  function reset(): void {
    stop();
    play = startPlay(n);
    log.textContent = "";
    status.textContent = "";
    status.className = "lu-status";
    shared.classList.remove("lu-hit");
    render();
  }

  function step(t: number): void {
    const moved = playStep(play, t, names, S);
    if (!moved) return;
    play = moved.play;
    const li = document.createElement("li");
    li.textContent = moved.line.text;
    shared.classList.remove("lu-hit");
    if (moved.line.lostMark !== null) {
      const mark = document.createElement("span");
      mark.className = "lu-mark";
      mark.textContent = moved.line.lostMark;
      li.className = "lu-lost";
      li.appendChild(mark);
      shared.classList.add("lu-hit");
      status.textContent = li.textContent;
      status.className = "lu-status lu-bad";
    }
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    render();
  }

  function replay(schedule: string): void {
    reset();
    widget.setAttribute("data-lu-playing", "");
    let i = 0;
    let delay = C.replayMs;
    if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) delay = 0;
    const next = (): void => {
      while (i < schedule.length) {
        step(names.indexOf(schedule[i++]!));
        if (delay > 0 && i < schedule.length) {
          timer = setTimeout(next, delay);
          return;
        }
      }
      stop();
    };
    next();
  }

  stepButtons.forEach((button, t) =>
    button.addEventListener("click", () => {
      stop();
      step(t);
    }),
  );
  one<HTMLButtonElement>(".lu-reset").addEventListener("click", reset);
  all<HTMLButtonElement>(".lu-sched").forEach((button) =>
    button.addEventListener("click", () => replay(button.getAttribute("data-schedule") || "")),
  );
  one<HTMLButtonElement>(".lu-random").addEventListener("click", () => replay(randomSchedule(names, Math.random)));
  one<HTMLButtonElement>(".lu-keep").addEventListener("click", () =>
    replay(C.keep[Math.floor(Math.random() * C.keep.length)] ?? ""),
  );
  widget.addEventListener("keydown", (e) => {
    const t = keyWorker(e, names);
    if (t >= 0) {
      // Every worker key stays here, even a finished worker's: B would black out a reveal.js deck.
      e.preventDefault();
      e.stopPropagation();
      stop();
      step(t);
      return;
    }
    // A button's own Enter or Space: keep a slide deck or a notebook from acting on it too. On
    // the widget itself they pass, so Space still moves a deck on.
    const target = e.target as Element | null;
    if ((e.key === "Enter" || e.key === " ") && target && target.closest && target.closest("button")) {
      e.stopPropagation();
    }
  });

  // On a reveal.js slide the widget takes the keys as soon as its slide shows, and, should the
  // focus have gone elsewhere, at the first worker key pressed on that slide. Arrows, Space and
  // the deck's other keys still reach the deck. A page or a notebook has no present slide.
  const onPresentSlide = (): boolean => {
    const slide = widget.closest("section");
    return !!slide && slide.classList.contains("present") && !!widget.closest(".reveal");
  };
  const takeKeys = (): void => {
    if (onPresentSlide() && !(document.activeElement && widget.contains(document.activeElement))) {
      widget.focus({ preventScroll: true });
    }
  };
  document.addEventListener("ready", takeKeys);
  document.addEventListener("slidechanged", takeKeys);
  document.addEventListener(
    "keydown",
    (e) => {
      const target = e.target as Element | null;
      if (!onPresentSlide() || (target && target.closest && target.closest("[data-lu-stepper], input, textarea"))) {
        return;
      }
      const t = keyWorker(e, names);
      if (t < 0) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      widget.focus({ preventScroll: true });
      stop();
      step(t);
    },
    true,
  );
  // A notebook selects the cell on mousedown and may take focus back from our buttons.
  widget.addEventListener("mousedown", (e) => e.stopPropagation());
  reset();
}
