/**
 * The script an exported page or deck loads when it holds a live race or a class slide
 * (jupyter/templates: live/live-race.js, beside race-worker.js). Bundled by esbuild at build
 * time (package.json, build:browser) with chart.js and the engine's code into one file, so a
 * presented lesson needs no network.
 *
 * Each live race's placeholder (written by showLiveRace) becomes a panel when the page may
 * share memory with workers; otherwise its line says why not and how to make it live, and
 * the exported results around it stay as they were. A class slide (showClassSlide) shows the
 * presenter's class view when a class session is running.
 */
import { checkLang } from "../../../lesson/core/lang";
import { phrasesFor } from "../../../lesson/narrate/phrases";
import { CLASS_PATHS } from "../../class/protocol";
import { browserName, type Brand } from "../browserName";
import { LIVE_PANEL_CSS, mountLivePanel, paragraph } from "./livePanel";
import { whyNotLive } from "../liveness";

// Where this script came from: its worker lies beside it.
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const workerUrl = new URL("race-worker.js", here);

const style = document.createElement("style");
style.textContent = `${LIVE_PANEL_CSS}
.lu-class[data-class-view] { position: relative; width: 1100px; height: 470px; }
`;
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

function setNote(root: HTMLElement, text: string): void {
  root.replaceChildren(paragraph("lu-live-note", text));
}

const why = whyNotLive({
  protocol: location.protocol,
  isSecureContext: window.isSecureContext,
  crossOriginIsolated: window.crossOriginIsolated,
  hasSharedMemory: typeof SharedArrayBuffer === "function",
});

for (const root of document.querySelectorAll<HTMLElement>("[data-lu-live]")) {
  const T = phrasesFor(langOf(root)).live;
  if (why !== null) {
    setNote(root, why === "notSecure" ? T.notSecure(location.host) : T[why]);
    root.dataset.state = "offline";
    continue;
  }
  const brands = (navigator as Navigator & { userAgentData?: { brands?: Brand[] } }).userAgentData?.brands;
  refitWhenResized(root);
  try {
    mountLivePanel(root, root.dataset.luLive ?? "{}", workerUrl, {
      browser: browserName(navigator.userAgent, brands),
      cores: navigator.hardwareConcurrency || 1,
    });
  } catch (error) {
    setNote(root, T.failed((error as Error).message));
    root.dataset.state = "failed";
  }
}

async function mountClassSlide(root: HTMLElement): Promise<void> {
  const lang = langOf(root);
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  // The class view is the presenter's, on the presenting machine only: ask whether one runs.
  const answer = await fetch(CLASS_PATHS.session).catch(() => null);
  if (!answer || !answer.ok) {
    setNote(root, phrasesFor(lang).live.classNoSession);
    root.dataset.state = "no-session";
    return;
  }
  refitWhenResized(root);
  root.replaceChildren();
  root.setAttribute("data-class-view", "");
  root.dataset.lang = lang;
  root.dataset.layout = "slide";
  const script = document.createElement("script");
  script.src = CLASS_PATHS.script;
  document.body.append(script);
}

for (const root of document.querySelectorAll<HTMLElement>("[data-lu-class]")) void mountClassSlide(root);
