/**
 * The event-loop race (notebook 4) as bars: the updates each counter lost, with the count and
 * its share written over the bar. The configuration only, so that it is built the same way for
 * node-canvas (eventLoop.ts, the exported run's picture) and for chart.js in the browser (the
 * event-loop panel, which runs the race again).
 */
import type { AsyncCounterKind } from "../../eventLoop/eventLoopRace";
import { COUNTER_COLORS } from "../chartTheme";
import {
  ChartInputError,
  LAYOUT,
  axis,
  chartText,
  checkNumbers,
  titlePlugins,
  valueLabels,
  type ChartConfiguration,
  type RenderOptions,
} from "./chartConfig";

/** One counter's run, as runEventLoopRace reports it (the parts the chart draws). */
export interface EventLoopRun {
  counter: AsyncCounterKind;
  tasks: number;
  howMany: number;
  expected: number;
  lost: number;
}

/** The order the bars stand in: the synchronous counter, the awaited one that loses, the lock that fixes it. */
export const EVENT_LOOP_ORDER: readonly AsyncCounterKind[] = ["sync", "unsafe", "locked"];

/**
 * Each counter's colour: the unsafe and locked ones as on every other chart; the synchronous
 * one, a single indivisible step like Atomics.add, in the atomic counter's.
 */
export const EVENT_LOOP_COLORS: Readonly<Record<AsyncCounterKind, string>> = {
  sync: COUNTER_COLORS.atomic,
  unsafe: COUNTER_COLORS.unsafe,
  locked: COUNTER_COLORS.locked,
};

export function eventLoopConfig(runs: readonly EventLoopRun[], opts: RenderOptions = {}): ChartConfiguration {
  const chart = "eventLoopChart";
  const first = runs[0];
  if (!first) throw new ChartInputError(chart, "runs", "is empty — pass the event-loop race's runs, one per counter");
  runs.forEach((run, i) => {
    if (!EVENT_LOOP_ORDER.includes(run.counter)) {
      throw new ChartInputError(
        chart,
        `runs[${i}].counter`,
        `is ${String(run.counter)}; it must be sync, unsafe or locked`,
      );
    }
    if (run.tasks !== first.tasks || run.howMany !== first.howMany) {
      throw new ChartInputError(
        chart,
        `runs[${i}]`,
        `ran ${run.tasks} × ${run.howMany}, not ${first.tasks} × ${first.howMany} as runs[0]: one chart draws one size`,
      );
    }
  });
  checkNumbers(
    chart,
    "runs.lost",
    runs.map((r) => r.lost),
    0,
    first.expected,
  );
  const shown = EVENT_LOOP_ORDER.flatMap((kind) => runs.filter((r) => r.counter === kind).slice(-1));
  const P = chartText(opts);
  const { charts: T, f } = P;
  const format = (lost: number) => (lost === 0 ? "0" : `${f.int(lost)} (${f.pct(lost / first.expected)})`);
  return {
    type: "bar",
    data: {
      labels: shown.map((r) => P.counters.asyncLabel[r.counter]),
      datasets: [
        {
          label: T.eventLoop.y,
          data: shown.map((r) => r.lost),
          backgroundColor: shown.map((r) => EVENT_LOOP_COLORS[r.counter]),
          categoryPercentage: 0.7,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(
        opts.title ?? T.eventLoop.title,
        opts.subtitle ?? T.eventLoop.subtitle(first.tasks, first.howMany, first.expected),
        false,
      ),
      scales: {
        x: { ...axis(""), title: { display: false }, grid: { display: false } },
        // Room above the tallest bar for its label; up to the expected count at most, so a
        // bar's height reads as a share of every update.
        y: { ...axis(T.eventLoop.y), beginAtZero: true, suggestedMax: Math.max(1, ...shown.map((r) => r.lost)) * 1.25 },
      },
    },
    plugins: [valueLabels(format)],
  };
}
