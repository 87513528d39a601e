/**
 * Progress for long runs: a sweep calls `onProgress(done, total, label)` after each trial,
 * and `progressBar(title?)` turns those calls into one line that redraws itself in place.
 *
 * Inside tslab the line is a display entry from `newDisplay()`, overwritten on every
 * redraw, so a cell shows one bar, not a thousand lines. Outside a kernel (tests, the CLI)
 * it is silent unless asked for lines; it never writes to stderr, because the notebook
 * export counts any stderr output as a failed cell.
 */
import { loadTslab } from "./display";
import { escapeHtml } from "./htmlTable";

import type { ProgressCallback } from "../analysis/progressCallback";

export interface ProgressBarOptions {
  /** Fewest milliseconds between two redraws; the last update is always drawn. Default 100. */
  minIntervalMs?: number;
  /** Outside a tslab kernel, write a line to stdout at every quarter (default false: silent). */
  lines?: boolean;
}

// Only inside a kernel: a plain require("tslab") elsewhere would load a display that
// is "Not ready", and the bar would throw instead of staying silent.
function newTslabDisplay(): { html(s: string): void } | undefined {
  if (!(globalThis as { __tslab__?: unknown }).__tslab__) return undefined;
  try {
    return loadTslab()?.newDisplay?.();
  } catch {
    return undefined;
  }
}

const WIDTH = 24;

/** "▕██████░░░░░░▏ 37/80 · unsafe, 4 workers: trial 7/20" */
export function progressLine(title: string, done: number, total: number, label: string): string {
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(fraction * WIDTH);
  const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
  return `${title ? `${title} ` : ""}▕${bar}▏ ${done}/${total}${label ? ` · ${label}` : ""}`;
}

function progressHtml(title: string, done: number, total: number, label: string, elapsedMs: number): string {
  const percent = total > 0 ? Math.min(100, (100 * done) / total) : 100;
  const finished = done >= total;
  const status = finished
    ? `✓ ${total}/${total} · ${(elapsedMs / 1000).toFixed(1)} s`
    : `${done}/${total}${label ? ` · ${escapeHtml(label)}` : ""}`;
  return (
    `<div data-lu-plumbing="progress" style="font-family:sans-serif;font-size:13px;color:#444;display:flex;align-items:center;gap:10px">` +
    (title ? `<span style="min-width:9em">${escapeHtml(title)}</span>` : "") +
    `<span style="display:inline-block;width:220px;height:10px;background:#E4E4E4;border-radius:5px;overflow:hidden">` +
    `<span style="display:block;height:100%;width:${percent.toFixed(1)}%;background:${finished ? "#6A9F58" : "#4E79A7"}"></span></span>` +
    `<span style="font-variant-numeric:tabular-nums">${status}</span></div>`
  );
}

/**
 * A progress callback that draws a bar (after `title`, if given). In a notebook cell:
 * `await workersSweep({ ..., onProgress: progressBar() })`. When done it keeps
 * "✓ 90/90 · 2.3 s": no words, so every edition's page reads the same. The bar marks itself
 * data-lu-plumbing: a deck leaves it out (jupyter/templates/lesson-slides), a page keeps it.
 */
export function progressBar(title = "", options: ProgressBarOptions = {}): ProgressCallback {
  const minIntervalMs = options.minIntervalMs ?? 100;
  const started = performance.now();
  let display: { html(s: string): void } | undefined | null = null; // null: not looked up yet
  let lastDrawn = -Infinity;
  let lastQuarter = -1;

  return (done, total, label) => {
    if (display === null) display = newTslabDisplay();
    const now = performance.now();
    const finished = done >= total;
    if (display) {
      if (!finished && now - lastDrawn < minIntervalMs) return;
      lastDrawn = now;
      try {
        display.html(progressHtml(title, done, total, label, now - started));
      } catch {
        display = undefined; // loaded but no kernel listening ("Not ready"): fall back
      }
      return;
    }
    if (!options.lines) return;
    const quarter = total > 0 ? Math.floor((4 * done) / total) : 4;
    if (quarter === lastQuarter) return;
    lastQuarter = quarter;
    process.stdout.write(`${progressLine(title, done, total, label)}\n`);
  };
}
