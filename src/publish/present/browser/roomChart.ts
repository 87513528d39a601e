/**
 * The room's chart and its one-line summary, drawn again from every result kept so far: the class
 * slide (classView.ts) and a student's join page (joinView.ts) draw the same room, each with the
 * configuration its screen needs. The root's data-results says how many results are drawn, for
 * the tests and for anyone inspecting the page.
 */
import { Chart, Legend, LinearScale, PointElement, ScatterController, SubTitle, Title, Tooltip } from "chart.js";
import type { ClassWords } from "../../../lesson/narrate/phrases/en/classroom";
import { medianLost, type ClassChartConfig } from "../../class/chart";
import type { KeptResult } from "../../class/protocol";

Chart.register(ScatterController, LinearScale, PointElement, Legend, Title, SubTitle, Tooltip);

export function roomChart(parts: {
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  summary: HTMLElement;
  words: ClassWords;
  configOf: (shown: readonly KeptResult[]) => ClassChartConfig;
}): (results: readonly KeptResult[]) => void {
  const { root, canvas, summary, words: W, configOf } = parts;
  const chart = new Chart(canvas, configOf([]));
  return (results) => {
    const config = configOf(results);
    chart.data = config.data;
    chart.options = config.options ?? {};
    chart.update();
    const trials = results.reduce((sum, r) => sum + r.trials.length, 0);
    summary.textContent = results.length === 0 ? W.waiting : W.summary(results.length, trials, medianLost(results));
    root.dataset.results = String(results.length);
  };
}
