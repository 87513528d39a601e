/**
 * The script an exported page or deck loads when it holds a live panel or a class slide
 * (jupyter/templates: live/live-race.js, beside race-worker.js). Bundled by esbuild at build
 * time (tools/buildBrowser.ts) with chart.js and the lesson's code into one file, so a
 * presented lesson needs no network.
 *
 * - Each live race's placeholder (showLiveRace) becomes a panel when the page may share memory
 *   with workers. A page that lacks only the isolation headers (a static web host) registers
 *   the export's service worker and reloads once (isolation.ts); otherwise its line says why
 *   not and how to make it live, under the exported run's chart.
 * - Each event-loop race's placeholder (showLiveEventLoop) becomes a panel wherever the page
 *   opens, from disk too: its race needs no shared memory.
 * - A class slide (showClassSlide) shows the presenter's class view while a class session
 *   runs; otherwise the last session the export kept, or how to start one (classSlide.ts).
 */
import { checkLang } from "../../../lesson/core/lang";
import { phrasesFor } from "../../../lesson/narrate/phrases";
import { browserName, type Brand } from "../browserName";
import { mountClassSlide } from "./classSlide";
import { mountEventLoopPanel } from "./eventLoopPanel";
import { pageIsolationStep, registerAndReload } from "./isolation";
import { LIVE_PANEL_CSS, mountLivePanel, paragraph, type Machine } from "./livePanel";

// Where this script came from: its worker lies beside it, the service worker one folder up.
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const workerUrl = new URL("race-worker.js", here);

const style = document.createElement("style");
style.textContent = LIVE_PANEL_CSS;
document.head.append(style);

/**
 * On a deck, a slide is measured once and scaled to fit (jupyter/templates/lesson-slides): when
 * a panel or the class view grows after that (a run's sentences, the view once mounted), its
 * slide is measured again.
 */
function refitWhenResized(root: HTMLElement): void {
  const refit = (window as Window & { lessonRefit?: (el: Element) => void }).lessonRefit;
  if (!refit || typeof ResizeObserver !== "function") return;
  let height = root.offsetHeight;
  new ResizeObserver(() => {
    if (Math.abs(root.offsetHeight - height) < 2) return; // a refit that changed only the width settles here
    height = root.offsetHeight;
    refit(root);
  }).observe(root);
}

function langOf(root: HTMLElement) {
  try {
    return checkLang(root.lang || document.documentElement.lang || "en");
  } catch {
    return "en";
  }
}

/** Replaces a placeholder's line (the first paragraph) and keeps the exported run's picture under it. */
function setNote(root: HTMLElement, text: string): void {
  const line = paragraph("lu-live-note", text);
  const old = root.querySelector(":scope > .lu-live-note");
  if (old) old.replaceWith(line);
  else root.prepend(line);
}

const brands = (navigator as Navigator & { userAgentData?: { brands?: Brand[] } }).userAgentData?.brands;
const machine: Machine = {
  browser: browserName(navigator.userAgent, brands),
  cores: navigator.hardwareConcurrency || 1,
};

function mountRaces(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-lu-live]")) {
    refitWhenResized(root);
    try {
      mountLivePanel(root, root.dataset.luLive ?? "{}", workerUrl, machine);
    } catch (error) {
      setNote(root, phrasesFor(langOf(root)).live.failed((error as Error).message));
      root.dataset.state = "failed";
    }
  }
}

async function liveRaces(): Promise<void> {
  const races = [...document.querySelectorAll<HTMLElement>("[data-lu-live]")];
  if (races.length === 0) return;
  const step = pageIsolationStep();
  if (step.kind === "live") return mountRaces();
  const say = (line: (T: ReturnType<typeof phrasesFor>["live"]) => string, state: string) => {
    for (const root of races) {
      setNote(root, line(phrasesFor(langOf(root)).live));
      root.dataset.state = state;
    }
  };
  if (step.kind === "notLive") {
    const why = step.why;
    say((T) => (why === "notSecure" ? T.notSecure(location.host) : T[why]), "offline");
    return;
  }
  say((T) => T.isolating, "isolating");
  try {
    await registerAndReload(here);
  } catch {
    say((T) => T.noServiceWorker, "offline");
  }
}

void liveRaces();

for (const root of document.querySelectorAll<HTMLElement>("[data-lu-event-loop]")) {
  refitWhenResized(root);
  try {
    mountEventLoopPanel(root, root.dataset.luEventLoop ?? "{}", machine);
  } catch (error) {
    setNote(root, phrasesFor(langOf(root)).live.failed((error as Error).message));
    root.dataset.state = "failed";
  }
}

for (const root of document.querySelectorAll<HTMLElement>("[data-lu-class]")) {
  refitWhenResized(root);
  void mountClassSlide(root, langOf(root), here);
}
