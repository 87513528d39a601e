/**
 * A deck's class slide (showClassSlide), brought to life by the live script:
 * - while the presenter runs a class session, the presenter's class view (classView.ts): the
 *   join address, its QR code, the room's results as they come;
 * - otherwise the last class session the export kept (class-sessions/last-session.js, which the
 *   presenter writes with each result: site/layout.ts), drawn read-only as the class chart,
 *   with one line on how to start a room of one's own;
 * - and with no session kept, how to start one, with the command the room joins with.
 * From disk as from any web host: the kept session is a script beside the page, which a page
 * opened from disk may load.
 */
import { Chart, Legend, LinearScale, PointElement, ScatterController, SubTitle, Title, Tooltip } from "chart.js";
import type { Lang } from "../../../lesson/core/lang";
import { phrasesFor } from "../../../lesson/narrate/phrases";
import { classChartConfig, medianLost } from "../../class/chart";
import { CLASS_PATHS, type ClassParams, type KeptResult } from "../../class/protocol";
import { LAST_SESSION_GLOBAL, LAST_SESSION_SCRIPT, SESSIONS_FOLDER } from "../../site/layout";
import { paragraph } from "./livePanel";
import { ScaledChart } from "./scaledChart";

Chart.register(ScatterController, LinearScale, PointElement, Legend, Title, SubTitle, Tooltip);

/** The parts of a kept session's document (class/session.ts, SessionDocument) the slide shows. */
interface KeptSession {
  startedAt: string;
  params: ClassParams;
  results: KeptResult[];
}

/** The class chart's layout width: the class view's (1,100 pixels), at its own scale on a slide. */
const KEPT_CHART_WIDTH = 1100;

export async function mountClassSlide(root: HTMLElement, lang: Lang, liveScript: string): Promise<void> {
  if (location.protocol === "http:" || location.protocol === "https:") {
    // The class view is the presenter's, on the presenting machine only: ask whether one runs.
    const answer = await fetch(CLASS_PATHS.session).catch(() => null);
    if (answer?.ok) return mountClassView(root, lang);
  }
  const kept = await keptSession(new URL(`../${SESSIONS_FOLDER}/${LAST_SESSION_SCRIPT}`, liveScript));
  if (kept && kept.results.length > 0) showKept(root, lang, kept);
  else showHowToStart(root, lang);
}

function mountClassView(root: HTMLElement, lang: Lang): void {
  root.replaceChildren();
  root.setAttribute("data-class-view", "");
  root.dataset.lang = lang;
  root.dataset.layout = "slide";
  const script = document.createElement("script");
  script.src = CLASS_PATHS.script;
  document.body.append(script);
}

/** The kept session's script, loaded beside the page; null when there is none (or it is not one). */
function keptSession(url: URL): Promise<KeptSession | null> {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = url.href;
    script.onload = () => {
      const found = (self as unknown as Record<string, unknown>)[LAST_SESSION_GLOBAL];
      resolve(isKeptSession(found) ? found : null);
    };
    script.onerror = () => resolve(null);
    document.head.append(script);
  });
}

function isKeptSession(value: unknown): value is KeptSession {
  const v = value as Partial<KeptSession> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.startedAt === "string" &&
    typeof v.params === "object" &&
    Array.isArray(v.results)
  );
}

function showKept(root: HTMLElement, lang: Lang, kept: KeptSession): void {
  const P = phrasesFor(lang);
  const W = P.classroom;
  // "2026-04-12 09:30 UTC": the session's start as its file names it, read at a glance.
  const started = `${kept.startedAt.slice(0, 10)} ${kept.startedAt.slice(11, 16)} UTC`;
  const chart = new ScaledChart(KEPT_CHART_WIDTH, "lu-class-chart");
  const trials = kept.results.reduce((sum, r) => sum + r.trials.length, 0);
  root.replaceChildren(
    paragraph("lu-live-note", P.live.classKept(started, kept.results.length)),
    chart.holder,
    paragraph("lu-class-summary", W.summary(kept.results.length, trials, medianLost(kept.results))),
  );
  root.dataset.state = "kept";
  root.dataset.results = String(kept.results.length);
  chart.drawWhenShown(() => chart.draw(classChartConfig(kept.results, kept.params, W)));
}

function showHowToStart(root: HTMLElement, lang: Lang): void {
  const T = phrasesFor(lang).live;
  const command = document.createElement("kbd");
  command.className = "lu-class-command";
  command.textContent = T.classJoinCommand;
  root.replaceChildren(paragraph("lu-live-note", T.classNoSession), command);
  root.dataset.state = "no-session";
}
