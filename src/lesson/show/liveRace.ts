/**
 * The live race's place in a notebook: a panel that, on an exported page or deck served by
 * `npm run present`, runs the race again in the viewer's browser (src/publish/present/browser/
 * livePanel.ts brings it to life). In JupyterLab, or on a page opened from disk, it stays what
 * this writes: one line saying how to make it live. The kernel itself re-runs the race in a
 * notebook, by running the cell above again.
 */
import { phrasesFor } from "../narrate/phrases";
import { showHtml } from "./display";
import { escapeHtml } from "./htmlTable";
import { inlineMarkdownHtml } from "./inlineMarkdown";
import { liveRaceSetup, type LiveRaceOptions } from "./liveSetup";

/** The panel's placeholder: its setup as data, and the line that says how to make it live. */
export function liveRaceHtml(options: LiveRaceOptions): string {
  const setup = liveRaceSetup(options);
  const T = phrasesFor(setup.lang).live;
  return (
    `<div class="lu-live" data-lu-live="${escapeHtml(JSON.stringify(setup))}" lang="${setup.lang}" ` +
    `data-lm-suppress-shortcuts="true" role="group" aria-label="${escapeHtml(T.heading)}">` +
    `<p class="lu-live-note">${inlineMarkdownHtml(T.offline)}</p></div>`
  );
}

/** The notebook's one line: `showLiveRace({ ...P, counter: "unsafe" })`. */
export function showLiveRace(options: LiveRaceOptions): void {
  showHtml(liveRaceHtml(options));
}
