/**
 * The join page's room (publish/class/page.ts, joinPage): the class chart, read-only, drawn on
 * the phone that scanned the join address's QR code, from the session's results as they
 * arrive. The phone asks for the lecture's parameters once and for new results every few
 * seconds (GET /class/results with the token and &after=, so each answer holds only what is
 * new), well inside the class session's rate limit. Drawing needs no shared memory, so it works
 * over the hall's plain HTTP, in the page's language.
 *
 * Bundled by esbuild at build time (tools/buildBrowser.ts) with chart.js into one script the
 * presenter serves at /class/join-view.js.
 */
import { phrasesFor } from "../../../lesson/narrate/phrases";
import { classChartConfig } from "../../class/chart";
import { CLASS_PATHS, type ClassParams, type KeptResult } from "../../class/protocol";
import { roomChart } from "./roomChart";

/** How often the page asks for new results: one request every few seconds stays under the rate limit (one every 2 s). */
export const POLL_MS = 3_000;

/** On a phone the hall's sizes would crowd the chart: its text is drawn at this share of them. */
const PHONE_TEXT = 0.75;

async function follow(root: HTMLElement): Promise<void> {
  const lang = root.dataset.lang === "ko" ? "ko" : "en";
  const W = phrasesFor(lang).classroom;
  const token = encodeURIComponent(root.dataset.token ?? "");
  const canvas = root.querySelector("canvas");
  const summary = root.querySelector<HTMLElement>(".jv-summary");
  if (!canvas || !summary) return;

  let params = await getJson<ClassParams>(`${CLASS_PATHS.params}?token=${token}`);
  while (!params) {
    await new Promise((wake) => setTimeout(wake, POLL_MS));
    params = await getJson<ClassParams>(`${CLASS_PATHS.params}?token=${token}`);
  }
  const race = params;
  let results: KeptResult[] = [];
  const configOf = (shown: readonly KeptResult[]) => {
    const config = classChartConfig(shown, race, W);
    if (window.innerWidth < 600) {
      scaleFonts(config.options, PHONE_TEXT);
      // The race, under the title, in two lines where one would run off a phone's edge.
      const subtitle = config.options?.plugins?.subtitle;
      if (subtitle && typeof subtitle.text === "string") {
        const [first, ...rest] = subtitle.text.split(", ");
        subtitle.text = rest.length > 0 ? [first ?? "", rest.join(", ")] : subtitle.text;
      }
    }
    return config;
  };
  const drawRoom = roomChart({ root, canvas, summary, words: W, configOf });
  const draw = () => drawRoom(results);
  draw();

  const poll = async () => {
    const after = results.at(-1)?.id ?? 0;
    const answer = await getJson<{ results: KeptResult[] }>(`${CLASS_PATHS.results}?token=${token}&after=${after}`);
    const fresh = (answer?.results ?? []).filter((r) => r.id > after);
    if (fresh.length > 0) {
      results = [...results, ...fresh];
      draw();
    }
    setTimeout(() => void poll(), POLL_MS);
  };
  await poll();
}

/** Scales every font size in a chart's options (titles, legend, ticks, axis titles) by `factor`. */
function scaleFonts(node: unknown, factor: number): void {
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === "font" && value !== null && typeof value === "object") {
      const font = value as { size?: unknown };
      if (typeof font.size === "number") font.size = Math.round(font.size * factor);
    } else {
      scaleFonts(value, factor);
    }
  }
}

/** A JSON answer, or null when the presenter cannot be reached or refuses (the next poll tries again). */
async function getJson<T>(url: string): Promise<T | null> {
  try {
    const response = await fetch(url, { cache: "no-store" });
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

for (const root of document.querySelectorAll<HTMLElement>("[data-join-view]")) void follow(root);
