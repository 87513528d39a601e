/**
 * How often each outcome occurred, jcstress style. A forbidden outcome that
 * occurred is drawn red — the one red thing in the lesson — interesting ones
 * amber, acceptable ones green. Counts are written on the bars, and the axis
 * goes logarithmic when a rare outcome would otherwise be a hairline.
 */
import type { Outcome } from "../../analysis/tinyRace";
import type { CounterKind } from "../../engine/counters";
import { FAILURE_RED, GRADE_COLORS } from "../chartTheme";
import {
  ChartInputError,
  LAYOUT,
  axis,
  chartText,
  checkNonEmpty,
  isOneTwoFive,
  logAxisTicks,
  logBounds,
  titlePlugins,
  valueLabels,
  wantsLog,
  type ChartConfiguration,
  type RenderOptions,
} from "./chartConfig";
import { render } from "./render";

export interface OutcomeChartOptions extends RenderOptions {
  /** Axis title under the outcomes; defaults to "outcome (final count)". */
  xTitle?: string;
}

/**
 * The tiny race's outcomes, every counter side by side, with the verdict as the subtitle.
 * Each bar is labelled with its counter's name in the chart's language ("locked(락): 2").
 */
export async function tinyRaceChart(
  tiny: {
    repetitions: number;
    counters: readonly { counter: CounterKind; outcomes: readonly Outcome[]; forbiddenSeen: number }[];
  },
  opts: OutcomeChartOptions = {},
): Promise<Buffer> {
  const T = chartText(opts).charts;
  const forbidden = tiny.counters.reduce((sum, c) => sum + c.forbiddenSeen, 0);
  const outcomes = tiny.counters.flatMap((c) =>
    c.outcomes.map((o) => ({ ...o, outcome: T.outcomes.tinyLabel(T.kind(c.counter), o.outcome) })),
  );
  return outcomeBarChart(outcomes, {
    xTitle: T.outcomes.tinyAxis,
    subtitle: T.outcomes.tinySubtitle(tiny.repetitions, forbidden),
    ...opts,
  });
}

export async function outcomeBarChart(data: readonly Outcome[], opts: OutcomeChartOptions = {}): Promise<Buffer> {
  const chart = "outcomeBarChart";
  checkNonEmpty(chart, "data", data, "one { outcome, count, grade } per possible outcome");
  data.forEach((o, i) => {
    if (typeof o?.outcome !== "string" || o.outcome === "") {
      throw new ChartInputError(chart, `data[${i}].outcome`, "must be a non-empty string");
    }
    if (!Number.isInteger(o.count) || o.count < 0) {
      throw new ChartInputError(chart, `data[${i}].count`, `is ${String(o.count)}; it must be a whole number ≥ 0`);
    }
    if (!(o.grade in GRADE_COLORS)) {
      throw new ChartInputError(
        chart,
        `data[${i}].grade`,
        `is ${JSON.stringify(o.grade)}; it must be "acceptable", "interesting" or "forbidden"`,
      );
    }
  });
  const { charts: T, f } = chartText(opts);
  const counts = data.map((o) => o.count);
  const log = wantsLog(counts, "auto");
  const colors = data.map((o) => (o.grade === "forbidden" && o.count > 0 ? FAILURE_RED : GRADE_COLORS[o.grade]));
  const total = counts.reduce((s, c) => s + c, 0);
  const forbiddenSeen = data.filter((o) => o.grade === "forbidden").reduce((s, o) => s + o.count, 0);
  const base = axis(T.outcomes.yAxis(log));
  const countBounds = { min: 0.5, max: log ? logBounds(counts).max : 1 };
  const config: ChartConfiguration = {
    type: "bar",
    data: {
      // Two-line labels: the grade is written out, not only coloured.
      labels: data.map((o) => [o.outcome, T.outcomes.grade(o.grade)]),
      datasets: [
        {
          label: T.outcomes.series,
          data: counts,
          backgroundColor: colors,
          categoryPercentage: 0.8,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(
        opts.title ?? T.outcomes.title,
        opts.subtitle ?? T.outcomes.subtitle(total, forbiddenSeen),
        false,
      ),
      scales: {
        x: { ...axis(opts.xTitle ?? T.outcomes.xDefault), grid: { display: false } },
        y: log
          ? // Counts start from one: a baseline at the smallest count would make a
            // rare forbidden outcome look like nothing. 0.5 keeps a count of 1 visible.
            {
              ...base,
              type: "logarithmic",
              ...countBounds,
              ...logAxisTicks((v) => v >= 1 && isOneTwoFive(v), f.compact, countBounds),
            }
          : {
              ...base,
              beginAtZero: true,
              grace: "12%",
              ticks: { ...base.ticks, precision: 0, callback: (v: string | number) => f.compact(Number(v)) },
            },
      },
    },
    plugins: [valueLabels(f.int)],
  };
  return render(chart, config, opts);
}
