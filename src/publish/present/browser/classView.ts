/**
 * The class view in the browser: the join address with its QR code, and the room's results
 * drawn live with chart.js, inside every element marked data-class-view (the lecturer's page
 * at /class/, and later a deck's class slide).
 *
 * It reads the session once (GET /class/session) and follows its results as Server-Sent
 * Events (GET /class/events): a snapshot on every (re)connection, then each result the moment
 * the presenter keeps it. The chart is the class room's configuration (publish/class/chart.ts), the words its words.ts's.
 *
 * Bundled by esbuild at build time (package.json, build:browser) with chart.js into one
 * script the presenter serves: nothing loads from anywhere else, so it works on a hall's
 * network with no internet.
 */
import { classChartConfig } from "../../class/chart";
import { phrasesFor } from "../../../lesson/narrate/phrases";
import type { ClassWords } from "../../../lesson/narrate/phrases/en/classroom";
import { CLASS_PATHS, type KeptResult, type SessionInfo } from "../../class/protocol";
import { roomChart } from "./roomChart";

const STYLE = `
.cv { display: grid; grid-template-columns: minmax(300px, 30%) 1fr; gap: 28px; box-sizing: border-box;
  height: 100%; padding: 24px; color: #222; background: #fff; word-break: keep-all;
  font-family: "DejaVu Sans", "Noto Sans CJK KR", sans-serif; }
.cv-join { display: flex; flex-direction: column; gap: 12px; min-width: 0; }
.cv-join h1 { font-size: 34px; margin: 0; }
.cv-qr { width: 100%; max-width: 320px; aspect-ratio: 1; image-rendering: pixelated; }
.cv-how { font-size: 20px; margin: 0; }
.cv-command { display: block; font: 19px/1.35 "DejaVu Sans Mono", monospace; white-space: normal; overflow-wrap: anywhere; word-break: break-all;
  background: #f3f3f3; padding: 10px 12px; border-radius: 4px; }
.cv-more { font-size: 18px; margin: 0; color: #555; word-break: break-all; }
.cv-room { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.cv-chart { position: relative; flex: 1; min-height: 0; }
.cv-summary { font-size: 22px; margin: 12px 0 0; }
.cv-error { font-size: 20px; color: #D55E00; }
.cv-slide { grid-template-columns: 220px 1fr; grid-template-rows: minmax(0, 1fr) auto; gap: 6px 28px; padding: 8px 0; }
.cv-slide .cv-join h1 { display: none; } /* the slide's own heading says it */
.cv-slide .cv-qr { max-width: 200px; }
.cv-foot { grid-column: 1 / -1; display: flex; flex-direction: column; gap: 4px; min-width: 0; }
`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * The join address: a heading and the QR code, then the command to type. On the lecturer's
 * page they stand in one column beside the chart; on a deck's class slide (data-layout="slide")
 * the command runs under both, where a long address needs the slide's whole width.
 * Its parts are divs, never sections: inside a reveal.js deck a <section> is a slide of its own.
 */
function joinPanel(session: SessionInfo, W: ClassWords): { panel: HTMLElement; how: HTMLElement[] } {
  const panel = element("div", "cv-join");
  panel.append(element("h1", "", W.joinHeading));
  const [first, ...others] = session.join;
  if (!first) {
    panel.append(element("p", "cv-error", W.noAddress));
    return { panel, how: [] };
  }
  const qr = element("img", "cv-qr");
  qr.src = first.qr;
  qr.alt = first.url;
  panel.append(qr);
  const how = [
    element("p", "cv-how", W.joinHow),
    // A kbd, not a code: on a class slide the deck's rules for inline code (prose size, no
    // wrapping) would run the command out of its column and across the chart.
    element("kbd", "cv-command", `npm run race -- --join ${first.url}`),
    ...others.map((other) => element("p", "cv-more", other.url)),
  ];
  return { panel, how };
}

/** Builds the view inside `root` and keeps its chart up to date until the page closes. */
export async function mountClassView(root: HTMLElement): Promise<void> {
  const W = phrasesFor(root.dataset.lang === "ko" ? "ko" : "en").classroom;
  if (!document.querySelector("style[data-class-view-style]")) {
    const style = document.createElement("style");
    style.dataset.classViewStyle = "";
    style.textContent = STYLE;
    document.head.append(style);
  }
  const view = element("div", "cv");
  root.replaceChildren(view);

  let session: SessionInfo;
  try {
    const response = await fetch(CLASS_PATHS.session, { cache: "no-store" });
    if (!response.ok) throw new Error(`${response.status}: ${(await response.text()).trim()}`);
    session = (await response.json()) as SessionInfo;
  } catch (error) {
    view.append(element("p", "cv-error", `${CLASS_PATHS.session}: ${(error as Error).message}`));
    return;
  }

  const room = element("div", "cv-room");
  const holder = element("div", "cv-chart");
  const canvas = element("canvas", "");
  const summary = element("p", "cv-summary", W.waiting);
  holder.append(canvas);
  room.append(holder, summary);
  const { panel, how } = joinPanel(session, W);
  if (root.dataset.layout === "slide") {
    view.classList.add("cv-slide");
    const foot = element("div", "cv-foot");
    foot.append(...how);
    view.append(panel, room, foot);
  } else {
    panel.append(...how);
    view.append(panel, room);
  }

  let results: KeptResult[] = [];
  const configOf = (shown: readonly KeptResult[]) => classChartConfig(shown, session.params, W);
  const drawRoom = roomChart({ root, canvas, summary, words: W, configOf });
  const draw = () => drawRoom(results);
  draw();

  const events = new EventSource(CLASS_PATHS.events);
  events.addEventListener("snapshot", (event) => {
    results = JSON.parse((event as MessageEvent<string>).data) as KeptResult[];
    draw();
  });
  events.addEventListener("result", (event) => {
    const result = JSON.parse((event as MessageEvent<string>).data) as KeptResult;
    if (!results.some((r) => r.id === result.id)) results = [...results, result];
    draw();
  });
}

for (const root of document.querySelectorAll<HTMLElement>("[data-class-view]")) void mountClassView(root);
