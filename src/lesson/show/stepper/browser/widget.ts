/**
 * The stepper's page side: finds its widget, wires the buttons and keys, and draws a play.
 * Runs in the browser only, bundled by esbuild with what it imports into the script
 * stepperHtml inlines in each widget. The rules (../play.ts, ../challenges.ts, and through
 * them raceStep) and the narrator that words them are tested in Node; this file only draws
 * what they decide.
 */
import { everySchedule } from "../../../analysis/everySchedule";
import { threadName } from "../../../analysis/interleavings";
import {
  challengeVerdict,
  lockReading,
  playEnding,
  refusalLine,
  stepLine,
  workerButton,
  type ChallengeId,
} from "../../../narrate/stepper";
import { challengeMet } from "../challenges";
import {
  CONFIG_ATTRIBUTE,
  keyAction,
  pickSchedule,
  playDone,
  playStep,
  startPlay,
  workerView,
  type Play,
  type StepperConfig,
} from "../play";

/** Writes a sentence into `el`, its `code` spans (a schedule) as <code>; never as markup. */
function showCode(el: Element, text: string): void {
  el.textContent = "";
  text.split("`").forEach((part, i) => {
    if (i % 2 === 0) el.appendChild(document.createTextNode(part));
    else el.appendChild(document.createElement("code")).textContent = part;
  });
}

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
  const lang = C.lang;
  const names = Array.from({ length: n }, (_, t) => threadName(t));
  const stepButtons = all<HTMLButtonElement>(".lu-step");
  const registers = all<HTMLOutputElement>(".lu-reg output");
  const progress = all<HTMLElement>(".lu-prog");
  const countEl = one<HTMLOutputElement>(".lu-count");
  const shared = one<HTMLElement>(".lu-shared");
  const wordEl = widget.querySelector<HTMLOutputElement>(".lu-word");
  const wordState = widget.querySelector<HTMLElement>(".lu-word-state");
  const holderEl = widget.querySelector<HTMLElement>(".lu-holder");
  const orderEl = one<HTMLElement>(".lu-order code");
  const log = one<HTMLOListElement>(".lu-log");
  const status = one<HTMLElement>(".lu-status");
  const goals = new Map<ChallengeId, HTMLElement>(
    all<HTMLElement>("[data-lu-challenge]").map((li) => [li.getAttribute("data-lu-challenge") as ChallengeId, li]),
  );
  // Every complete schedule, for the random and the keeping buttons: at most a few thousand.
  let schedules: { order: string; lost: number }[] | null = null;
  const everyOne = () => (schedules ??= everySchedule({ threads: n, program: C.program }));
  let play: Play = startPlay(n, C.program);
  let timer: ReturnType<typeof setTimeout> | null = null;

  function stop(): void {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    widget.removeAttribute("data-lu-playing");
  }

  function say(text: string, bad: boolean): void {
    status.textContent = text;
    status.className = "lu-status" + (bad ? " lu-bad" : "");
  }

  function render(): void {
    const race = play.race;
    countEl.textContent = String(race.count);
    orderEl.textContent = play.order || "–";
    for (let t = 0; t < n; t++) {
      const view = workerView(play, t);
      const words = workerButton(lang, t, view.next, view.waitsFor);
      // stepperHtml draws a button, a register and the program's steps for each of the n workers.
      const button = stepButtons[t]!;
      registers[t]!.textContent = view.register === null ? "–" : String(view.register);
      const label = button.querySelector(".lu-next");
      if (label) label.textContent = words.next;
      button.setAttribute("aria-label", words.label);
      // A focused button that becomes disabled drops the focus to the page, and the keys with it.
      if (view.done && document.activeElement === button) widget.focus({ preventScroll: true });
      button.disabled = view.done;
      // A sleeping worker's button stays live: pressing it is how the student finds it must wait.
      button.classList.toggle("lu-waiting", view.waitsFor >= 0);
      if (view.waitsFor >= 0) button.setAttribute("aria-disabled", "true");
      else button.removeAttribute("aria-disabled");
      const items = progress[t]!.children;
      for (let i = 0; i < items.length; i++) {
        items[i]!.className = i < view.taken ? "lu-did" : i === view.taken ? "lu-next" : "";
      }
    }
    if (wordEl && wordState && holderEl) {
      const lock = lockReading(lang, race.word, race.holder, race.sleeping);
      wordEl.textContent = String(race.word);
      wordState.textContent = lock.state;
      holderEl.textContent = lock.who;
      widget.setAttribute("data-word", String(race.word));
      widget.setAttribute("data-holder", race.holder < 0 ? "" : names[race.holder]!);
      widget.setAttribute("data-sleeping", race.sleeping.map((t) => names[t]).join(""));
    }
    widget.setAttribute("data-count", String(race.count));
    widget.setAttribute("data-order", play.order);
    widget.setAttribute("data-lost", String(play.lost));
    if (playDone(play)) {
      widget.setAttribute("data-done", "");
      const end = playEnding(lang, { program: C.program, workers: n, count: race.count, waits: play.waits });
      say(end.text, end.bad);
    } else widget.removeAttribute("data-done");
  }

  /** Marks each challenge the play now meets, with its verdict; a met challenge stays met. */
  function checkChallenges(): void {
    for (const [id, li] of goals) {
      if (li.hasAttribute("data-met")) continue;
      const outcome = challengeMet(id, play);
      if (!outcome) continue;
      li.setAttribute("data-met", outcome.schedule);
      const verdict = li.querySelector(".lu-verdict");
      if (verdict) showCode(verdict, challengeVerdict(lang, outcome));
    }
  }

  function reset(replayed = false): void {
    stop();
    play = startPlay(n, C.program, replayed);
    log.textContent = "";
    say("", false);
    shared.classList.remove("lu-hit");
    render();
  }

  function step(t: number): void {
    const move = playStep(play, t);
    if (!move) return;
    play = move.play;
    if (move.kind === "refused") {
      say(refusalLine(lang, t, move.holder), false);
      checkChallenges();
      return;
    }
    const line = stepLine(lang, t, move.result);
    const li = document.createElement("li");
    li.textContent = line.text;
    shared.classList.remove("lu-hit");
    say("", false);
    if (line.lost !== null) {
      const mark = document.createElement("span");
      mark.className = "lu-mark";
      mark.textContent = line.lost;
      li.className = "lu-lost";
      li.appendChild(mark);
      shared.classList.add("lu-hit");
      say(li.textContent, true);
    }
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    render();
    checkChallenges();
  }

  function replay(schedule: string): void {
    reset(true);
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

  /** What the student does by key or by click: a worker's step, ending any replay first. */
  function studentStep(t: number): void {
    stop();
    // A replay's play is the widget's, not the student's: their own steps start a play of their own.
    if (play.replayed) reset();
    step(t);
  }

  stepButtons.forEach((button, t) => button.addEventListener("click", () => studentStep(t)));
  one<HTMLButtonElement>(".lu-reset").addEventListener("click", () => reset());
  all<HTMLButtonElement>(".lu-sched").forEach((button) =>
    button.addEventListener("click", () => replay(button.getAttribute("data-schedule") || "")),
  );
  one<HTMLButtonElement>(".lu-random").addEventListener("click", () =>
    replay(
      pickSchedule(
        everyOne().map((s) => s.order),
        Math.random,
      ),
    ),
  );
  widget.querySelector<HTMLButtonElement>(".lu-keep")?.addEventListener("click", () =>
    replay(
      pickSchedule(
        everyOne()
          .filter((s) => s.lost === 0)
          .map((s) => s.order),
        Math.random,
      ),
    ),
  );

  /** A key pressed for this widget: true if it was the widget's (a worker's letter, or R). */
  function onKey(e: KeyboardEvent): boolean {
    const action = keyAction(e, names);
    if (action === null) return false;
    e.preventDefault();
    if (action === "reset") reset();
    else studentStep(action);
    return true;
  }

  widget.addEventListener("keydown", (e) => {
    // Every worker key stays here, even a finished worker's: B would black out a reveal.js deck.
    if (onKey(e)) {
      e.stopPropagation();
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
      // Only a worker's letter brings the focus back: R and the rest stay the deck's.
      if (typeof keyAction(e, names) !== "number") return;
      e.stopImmediatePropagation();
      widget.focus({ preventScroll: true });
      onKey(e);
    },
    true,
  );
  // A notebook selects the cell on mousedown and may take focus back from our buttons.
  widget.addEventListener("mousedown", (e) => e.stopPropagation());
  reset();
}
