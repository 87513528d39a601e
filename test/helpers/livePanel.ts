// The live race's panel as a test drives it in Chromium: reaching its slide in a deck, setting
// its controls, running it, and reading back what it shows (its state, its chart's pixels,
// where it lies against the deck's own controls) and what the page's machine is.
import type { Lang } from "../../src/lesson/core/lang";
import type { CounterKind } from "../../src/lesson/engine/counters";
import type { TrialResult } from "../../src/lesson/engine/trialResult";
import type { Facts } from "../../src/lesson/narrate/facts";
import { COUNTER_COLORS } from "../../src/lesson/show/chartTheme";
import { browserName, type Brand } from "../../src/publish/present/browserName";
import type { Page } from "./chromium";
import { holdDeckStill } from "./slideInspection";

/** The panel of the page (or of the deck's current slide, when it has one). */
const ROOT = `(window.Reveal?.getCurrentSlide?.()?.querySelector("[data-lu-live]") ?? document.querySelector("[data-lu-live]"))`;

/** Counts the page's Web Workers, started and ended (each once), as window.__workers: {started, ended}. */
export const WATCH_WORKERS = `(() => {
  const Original = window.Worker;
  const count = { started: 0, ended: 0 };
  window.__workers = count;
  window.Worker = class extends Original {
    constructor(...args) { super(...args); count.started++; }
    terminate() { if (!this.ended) count.ended++; this.ended = true; super.terminate(); }
  };
})()`;

export interface WorkerCount {
  started: number;
  ended: number;
}

export function workerCount(page: Page): Promise<WorkerCount> {
  return page.evaluate<WorkerCount>("({ ...window.__workers })");
}

export interface PanelData {
  state: string | undefined;
  draws: number;
  trials: number | undefined;
  lost: number | undefined;
  results: TrialResult[];
  setup: { counter: CounterKind; threads: number; howMany: number; sensorWork: number; trials: number; lang: Lang };
}

/** What the panel's root says about itself (its dataset). */
export async function panelData(page: Page): Promise<PanelData> {
  const data = await page.evaluate<Record<string, string | undefined>>(`({ ...${ROOT}.dataset })`);
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  return {
    state: data.state,
    draws: number(data.draws) ?? 0,
    trials: number(data.trials),
    lost: number(data.lost),
    results: data.results ? (JSON.parse(data.results) as TrialResult[]) : [],
    setup: JSON.parse(data.luLive ?? "{}") as PanelData["setup"],
  };
}

/** The text of one of the panel's parts (".lu-live-status", ".lu-live-outcome", …), as shown. */
export function panelText(page: Page, part: string): Promise<string> {
  return page.evaluate<string>(`${ROOT}.querySelector(${JSON.stringify(part)}).innerText`);
}

/** Waits until the panel's state is one of `states` (it is "ready" or "offline" when the page has set it up). */
export function waitForState(page: Page, states: readonly string[], timeout: number): Promise<unknown> {
  return page.waitForFunction(`${JSON.stringify(states)}.includes(${ROOT}?.dataset.state)`, undefined, {
    timeout,
    polling: 50,
  });
}

/** Opens a deck, held still (slideInspection.ts), and shows the slide that holds `selector`; answers that slide's indices. */
export async function showSlideWith(page: Page, url: string, selector: string): Promise<{ h: number; v: number }> {
  await page.goto(url);
  await page.waitForFunction(`document.body.dataset.deckReady === "true"`, undefined, { timeout: 30_000 });
  await holdDeckStill(page);
  return page.evaluate<{ h: number; v: number }>(`(() => {
    const { h, v } = Reveal.getIndices(document.querySelector(${JSON.stringify(selector)}).closest("section"));
    Reveal.slide(h, v);
    return { h, v: v ?? 0 };
  })()`);
}

export function slideIndices(page: Page): Promise<{ h: number; v: number }> {
  return page.evaluate<{ h: number; v: number }>(`({ h: Reveal.getIndices().h, v: Reveal.getIndices().v ?? 0 })`);
}

export interface Race {
  counter?: CounterKind;
  threads?: number | string;
  howMany?: number | string;
  sensorWork?: number | string;
  trials?: number | string;
}

/** Sets the panel's controls as a user would (a field left out keeps its value). */
export async function setRace(page: Page, race: Race): Promise<void> {
  if (race.counter) await page.locator(`select[name="counter"]`).selectOption(race.counter);
  for (const field of ["threads", "howMany", "sensorWork", "trials"] as const) {
    const value = race[field];
    if (value !== undefined) await page.locator(`input[name="${field}"]`).fill(String(value));
  }
}

/** Presses Run and waits for the run to end: done, failed, stopped, or refused before it began. */
export async function runRace(page: Page, timeout = 60_000): Promise<PanelData> {
  await page.locator("button.lu-live-run").click();
  await waitForState(page, ["done", "failed", "stopped", "refused"], timeout);
  return panelData(page);
}

export interface Ink {
  /** Pixels the chart drew on at all. */
  drawn: number;
  /** Pixels in each counter's own colour: its bars (and its legend's box). */
  counters: Record<CounterKind, number>;
}

/** Reads the chart's pixels back: how much it drew, and how much in each counter's colour. */
export function chartInk(page: Page): Promise<Ink> {
  const colors = Object.fromEntries(
    Object.entries(COUNTER_COLORS).map(([kind, hex]) => [
      kind,
      [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)),
    ]),
  );
  return page.evaluate<Ink>(`(() => {
    const canvas = ${ROOT}.querySelector(".lu-live-chart canvas");
    const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    const colors = ${JSON.stringify(colors)};
    const counters = Object.fromEntries(Object.keys(colors).map((kind) => [kind, 0]));
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      drawn++;
      if (data[i + 3] < 250) continue;
      for (const [kind, [r, g, b]] of Object.entries(colors)) {
        if (Math.abs(data[i] - r) < 6 && Math.abs(data[i + 1] - g) < 6 && Math.abs(data[i + 2] - b) < 6) counters[kind]++;
      }
    }
    return { drawn, counters };
  })()`);
}

/**
 * What is wrong with where a panel (the live race's, or the class view) lies on the current
 * slide: a part that leaves the window, or whose content runs out of its box (over its
 * neighbours), or that runs under the deck's own controls (reveal's arrows, the slide number,
 * the links at the bottom), or text drawn below 18 px (the least a hall reads); on a deck that
 * showSlideWith holds still, so every part is where it comes to rest.
 */
export function layoutProblems(page: Page, selector = "[data-lu-live]"): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const root = Reveal.getCurrentSlide().querySelector(${JSON.stringify(selector)});
    const problems = [];
    const named = (el) => el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "");
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none" && Number(style.opacity) > 0;
    };
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const chrome = [...document.querySelectorAll(".reveal .controls button, .reveal .slide-number, .deck-links")].filter(visible);
    const scale = root.getBoundingClientRect().width / root.offsetWidth;
    for (const part of root.querySelectorAll("*")) {
      if (!visible(part)) continue;
      const r = part.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) problems.push(named(part) + " leaves the window");
      for (const other of chrome) {
        if (overlaps(r, other.getBoundingClientRect())) problems.push(named(part) + " runs under " + named(other));
      }
      if (!part.matches("input, select, canvas")) {
        if (part.clientWidth > 0 && part.scrollWidth > part.clientWidth + 1) {
          problems.push(named(part) + " overflows its box sideways (" + part.scrollWidth + " px in " + part.clientWidth + ")");
        }
        // A few pixels' leeway downwards: a heading's glyphs may reach past its line box.
        if (part.clientHeight > 0 && part.scrollHeight > part.clientHeight + 4) {
          problems.push(named(part) + " overflows its box downwards (" + part.scrollHeight + " px in " + part.clientHeight + ")");
        }
      }
      const ownText = [...part.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim() !== "");
      const size = parseFloat(getComputedStyle(part).fontSize) * scale;
      if ((ownText || part.matches("input, select")) && size < 17.5) problems.push(named(part) + " is drawn at " + size.toFixed(1) + " px");
    }
    return problems;
  })()`);
}

/** The facts the panel narrates with, found out again in Node from the page's own navigator. */
export async function pageFacts(page: Page, lang: Lang): Promise<Facts> {
  const seen = await page.evaluate<{ userAgent: string; brands: Brand[] | null; cores: number }>(
    `({ userAgent: navigator.userAgent, brands: navigator.userAgentData?.brands ?? null, cores: navigator.hardwareConcurrency || 1 })`,
  );
  return { lang, cores: seen.cores, node: browserName(seen.userAgent, seen.brands ?? undefined) };
}

/** A narration as the page shows it: its **bold** and `code` marks become markup, not text. */
export function shown(markdown: string): string {
  return markdown.replace(/\*\*/g, "").replace(/`/g, "");
}
