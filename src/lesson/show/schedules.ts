/**
 * Schedules on screen: one schedule step by step (what each thread read, computed and
 * wrote), and a list of schedules with their steps in columns.
 */
import { describeSteps, type Interleaving, type ScheduleStep } from "../analysis/interleavings";
import { lessonLang, type Lang } from "../core/lang";
import { phrasesFor, type Phrases } from "../narrate/phrases";
import { checkInteger } from "../core/validate";
import { escapeHtml, htmlTable } from "./htmlTable";

export interface ScheduleTableOptions {
  caption?: string;
  lang?: Lang;
}

/** The steps of `scheduleSteps(order, threads)` as a table: step, thread, action, count. */
export function scheduleStepsTable(steps: readonly ScheduleStep[], options: ScheduleTableOptions = {}): string {
  const T = phrasesFor(options.lang ?? lessonLang()).schedules;
  const order = steps.map((s) => s.thread).join("");
  return htmlTable(
    steps,
    [
      { header: T.stepsHeaders.step, value: "step" },
      { header: T.stepsHeaders.thread, value: "thread" },
      { header: T.stepsHeaders.action, value: (s) => T.action(s) },
      { header: T.stepsHeaders.count, value: "count" },
    ],
    { caption: options.caption ?? T.stepsCaption(order) },
  );
}

export interface InterleavingsTableOptions extends ScheduleTableOptions {
  /** Show at most this many rows (default 50) and say how many were left out. */
  maxRows?: number;
}

/** "Schedules of 2 threads × 1 increment; …", read off the schedules themselves. */
function defaultCaption(list: readonly Interleaving[], T: Phrases["schedules"]): string {
  const first = list[0];
  if (first === undefined) return "";
  const threads = new Set(first.order).size;
  return T.listCaption(threads, first.order.length / (3 * threads));
}

/**
 * An HTML table, one interleaving per row, steps in columns, then the final
 * count and the loss; rows that lose an update are highlighted. A pure string,
 * for tslab's display.html.
 */
export function interleavingsToHtml(list: readonly Interleaving[], options: InterleavingsTableOptions = {}): string {
  const maxRows = checkInteger("maxRows", options.maxRows ?? 50, 0, Number.MAX_SAFE_INTEGER);
  const T = phrasesFor(options.lang ?? lessonLang()).schedules;
  const shown = list.slice(0, maxRows);
  const steps = shown.reduce((m, it) => Math.max(m, it.order.length), 0);
  const lostStyle = "background:#fde2e1";
  const out: string[] = ['<table class="interleavings">'];
  const caption = options.caption ?? defaultCaption(list, T);
  if (caption) out.push(`<caption>${escapeHtml(caption)}</caption>`);
  const head = ["#"];
  for (let s = 1; s <= steps; s++) head.push(String(s));
  head.push(T.listHeaders.final, T.listHeaders.lost);
  out.push(`<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>`);
  out.push("<tbody>");
  shown.forEach((it, i) => {
    const labels = describeSteps(it.order).map(({ thread, kind }) => `${thread}:${T.step(kind)}`);
    const cells = [String(i + 1), ...labels, String(it.final), String(it.lost)];
    const attrs = it.lost > 0 ? ` class="lost" style="${lostStyle}"` : "";
    out.push(`<tr${attrs}>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`);
  });
  out.push("</tbody>");
  if (list.length > shown.length) {
    out.push(
      `<tfoot><tr><td colspan="${steps + 3}">${escapeHtml(T.notShown(list.length - shown.length))}</td></tr></tfoot>`,
    );
  }
  out.push("</table>");
  return out.join("\n");
}
