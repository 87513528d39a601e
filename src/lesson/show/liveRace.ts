/**
 * The live race's place in a notebook: a panel that, on an exported page or deck served
 * cross-origin isolated (`npm run present`, or any web host through the export's service
 * worker), runs the race again in the viewer's browser (src/publish/present/browser/
 * livePanel.ts brings it to life). Until it runs, and wherever it cannot (JupyterLab, a page
 * opened from disk), it shows the run the notebook made, as the histogram the panel draws,
 * with one line saying how to make it live. The kernel itself re-runs the race in a notebook,
 * by running the cell above again.
 */
import type { Experiment } from "../engine/experiment";
import { KIND_ORDER } from "../engine/counters";
import { phrasesFor } from "../narrate/phrases";
import { describeChart } from "./charts/chartConfig";
import { lostHistogramChart } from "./charts/histogram";
import { lostHistogramConfig, type LostHistogramData } from "./charts/histogramConfig";
import { showHtml } from "./display";
import { escapeHtml } from "./htmlTable";
import { inlineMarkdownHtml } from "./inlineMarkdown";
import { LIVE_CHART_SIZE, liveRaceSetup, type LiveRaceOptions } from "./liveSetup";

/** The run the notebook made: notebook 1's race (runExperiment's), or a histogram's data (notebook 3's sweep). */
export type ExportedRace = Experiment | LostHistogramData;

/** The exported run as the histogram draws it: each counter's losses, trial by trial. */
export function exportedHistogram(run: ExportedRace): LostHistogramData {
  if (!("trials" in run && Array.isArray(run.trials))) {
    const data = run as LostHistogramData;
    const kept: LostHistogramData = { threads: data.threads, howMany: data.howMany, expected: data.expected };
    for (const kind of KIND_ORDER) if (data[kind]) kept[kind] = [...data[kind]];
    return kept;
  }
  const { counter, threads, howMany, trials } = run;
  return { threads, howMany, expected: threads * howMany, [counter]: trials.map((t) => t.lost) };
}

/** The exported run's picture: a PNG of the histogram, and what it shows in words (its alt text). */
export interface ExportedPicture {
  png: Uint8Array;
  alt: string;
}

/** The panel's placeholder: its setup and the exported run as data, the run's picture, and the line that says how to make it live. */
export function liveRaceHtml(
  options: LiveRaceOptions,
  exported?: { data: LostHistogramData; picture: ExportedPicture },
): string {
  const setup = liveRaceSetup(options);
  const T = phrasesFor(setup.lang).live;
  const picture = exported
    ? `<img class="lu-live-exported" src="data:image/png;base64,${Buffer.from(exported.picture.png).toString("base64")}" ` +
      `alt="${escapeHtml(exported.picture.alt)}" width="${LIVE_CHART_SIZE.width}" height="${LIVE_CHART_SIZE.height}" ` +
      `style="display: block; width: 100%; height: auto">`
    : "";
  const data = exported ? ` data-lu-exported="${escapeHtml(JSON.stringify(exported.data))}"` : "";
  return (
    `<div class="lu-live" data-lu-live="${escapeHtml(JSON.stringify(setup))}"${data} lang="${setup.lang}" ` +
    `data-lm-suppress-shortcuts="true" role="group" aria-label="${escapeHtml(T.heading)}">` +
    `<p class="lu-live-note">${inlineMarkdownHtml(T.offline)}</p>${picture}</div>`
  );
}

/** The notebook's one line, after the race: `await showLiveRace({ ...P, counter: "unsafe" }, race)`. */
export async function showLiveRace(options: LiveRaceOptions, exported?: ExportedRace): Promise<void> {
  if (!exported) return showHtml(liveRaceHtml(options));
  const setup = liveRaceSetup(options);
  const data = exportedHistogram(exported);
  const opts = { lang: setup.lang, ...LIVE_CHART_SIZE };
  const png = await lostHistogramChart(data, opts);
  const alt = describeChart(lostHistogramConfig(data, opts), opts);
  showHtml(liveRaceHtml(options, { data, picture: { png, alt } }));
}
