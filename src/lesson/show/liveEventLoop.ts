/**
 * The event-loop race's place in notebook 4: a panel that, on the exported page or deck, runs
 * the race again in the viewer's browser (src/publish/present/browser/eventLoopPanel.ts): the
 * tasks, their increments, the await between each read and its write, for the synchronous,
 * unsafe and locked counters. It needs no shared memory (the race is on one thread), so it runs
 * wherever the page opens, from disk too. Until it runs (and in JupyterLab) it shows the run the
 * notebook made, as the bars the panel draws.
 */
import type { EventLoopRaceResult } from "../eventLoop/eventLoopRace";
import { phrasesFor } from "../narrate/phrases";
import { describeChart } from "./charts/chartConfig";
import { eventLoopChart } from "./charts/eventLoop";
import { eventLoopConfig } from "./charts/eventLoopConfig";
import { showHtml } from "./display";
import { escapeHtml } from "./htmlTable";
import { inlineMarkdownHtml } from "./inlineMarkdown";
import { liveEventLoopSetup, type LiveEventLoopOptions } from "./liveEventLoopSetup";
import { LIVE_CHART_SIZE } from "./liveSetup";

/** The panel's placeholder: its setup and the exported runs as data, their picture, and the line that says where it runs. */
export function liveEventLoopHtml(
  options: LiveEventLoopOptions,
  exported: { runs: readonly EventLoopRaceResult[]; png: Uint8Array; alt: string },
): string {
  const setup = liveEventLoopSetup(options);
  const T = phrasesFor(setup.lang).live.eventLoop;
  return (
    `<div class="lu-live lu-event-loop" data-lu-event-loop="${escapeHtml(JSON.stringify(setup))}" ` +
    `data-lu-exported="${escapeHtml(JSON.stringify(exported.runs))}" lang="${setup.lang}" ` +
    `data-lm-suppress-shortcuts="true" role="group" aria-label="${escapeHtml(T.heading)}">` +
    `<p class="lu-live-note">${inlineMarkdownHtml(T.offline)}</p>` +
    `<img class="lu-live-exported" src="data:image/png;base64,${Buffer.from(exported.png).toString("base64")}" ` +
    `alt="${escapeHtml(exported.alt)}" width="${LIVE_CHART_SIZE.width}" height="${LIVE_CHART_SIZE.height}" ` +
    `style="display: block; width: 100%; height: auto"></div>`
  );
}

/** The notebook's one line, after the race: `await showLiveEventLoop(P, [syncRun, unsafeRun, lockedRun])`. */
export async function showLiveEventLoop(
  options: LiveEventLoopOptions,
  runs: readonly EventLoopRaceResult[],
): Promise<void> {
  const setup = liveEventLoopSetup(options);
  const opts = { lang: setup.lang, ...LIVE_CHART_SIZE };
  const png = await eventLoopChart(runs, opts);
  const alt = describeChart(eventLoopConfig(runs, opts), opts);
  showHtml(liveEventLoopHtml(options, { runs, png, alt }));
}
