/**
 * What each run counted, against what it should have: one bar per trial (or per counter), the
 * count it reached drawn solid and the updates it lost stacked on top in the lost-update colour,
 * so every bar reaches the total that was due and the missing part is the loss. The count is
 * written in the bar and the loss above it, in the numbers the sentences beside it quote.
 */
import type { PythonRun, PythonRunResult } from "../../python/seedPrograms";
import { FONT_FAMILY, FONT_SIZES, LOST_COLOR, TEXT_COLOR } from "../chartTheme";
import {
  ChartInputError,
  LAYOUT,
  axis,
  chartText,
  checkNonEmpty,
  titlePlugins,
  type ChartConfiguration,
  type DrawnChart,
  type Plugin,
  type RenderOptions,
} from "./chartConfig";
import { render } from "./render";

/** The count one run reached, and the count it should have reached. */
export interface CountBar {
  label: string;
  found: number;
  expected: number;
  /** The solid part's colour; a neutral grey unless given. */
  color?: string;
}

const FOUND_COLOR = "#8C99A6";

/** Writes the count inside each solid bar and the loss above the whole bar. */
function countLabels(found: (n: number) => string, lost: (n: number) => string, bars: readonly CountBar[]): Plugin {
  return {
    id: "countLabels",
    afterDatasetsDraw(chart: DrawnChart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = `bold ${FONT_SIZES.valueLabel}px "${FONT_FAMILY}"`;
      ctx.textAlign = "center";
      const solid = chart.getDatasetMeta(0).data;
      const missing = chart.getDatasetMeta(1).data;
      bars.forEach((bar, i) => {
        const inside = solid[i]?.getProps(["x", "y"], true) as { x: number; y: number } | undefined;
        const top = missing[i]?.getProps(["x", "y"], true) as { x: number; y: number } | undefined;
        if (!inside || !top) return;
        ctx.fillStyle = "#FFFFFF";
        ctx.textBaseline = "top";
        ctx.fillText(found(bar.found), inside.x, inside.y + 6);
        ctx.fillStyle = TEXT_COLOR;
        ctx.textBaseline = "bottom";
        ctx.fillText(lost(bar.expected - bar.found), top.x, Math.min(top.y, inside.y) - 4);
      });
      ctx.restore();
    },
  };
}

function checkBars(chart: string, bars: readonly CountBar[]): void {
  checkNonEmpty(chart, "bars", bars, "one { label, found, expected } per run");
  bars.forEach((b, i) => {
    if (!Number.isInteger(b.expected) || b.expected < 1) {
      throw new ChartInputError(
        chart,
        `bars[${i}].expected`,
        `is ${String(b.expected)}; it must be a whole number ≥ 1`,
      );
    }
    if (!Number.isInteger(b.found) || b.found < 0 || b.found > b.expected) {
      throw new ChartInputError(
        chart,
        `bars[${i}].found`,
        `is ${String(b.found)}; it must be a whole number from 0 to its expected ${b.expected}`,
      );
    }
  });
}

/** The configuration, for a test to read and for render(). */
export function countsConfig(bars: readonly CountBar[], opts: RenderOptions = {}): ChartConfiguration {
  const chart = "countsChart";
  checkBars(chart, bars);
  const { charts, f } = chartText(opts);
  const T = charts.counts;
  const expected = Math.max(...bars.map((b) => b.expected));
  const same = bars.every((b) => b.expected === expected);
  return {
    type: "bar",
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: T.found,
          data: bars.map((b) => b.found),
          backgroundColor: bars.map((b) => b.color ?? FOUND_COLOR),
          stack: "due",
          categoryPercentage: 0.7,
          barPercentage: 0.9,
        },
        {
          label: T.lost,
          data: bars.map((b) => b.expected - b.found),
          backgroundColor: LOST_COLOR,
          stack: "due",
          categoryPercentage: 0.7,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(opts.title ?? T.title, opts.subtitle ?? (same ? T.subtitle(expected) : undefined), true),
      scales: {
        // Labels lie flat: a rotated pair of long labels runs into each other (part 4's CPython bars).
        x: {
          ...axis(""),
          title: { ...axis("").title, display: false },
          grid: { display: false },
          stacked: true,
          ticks: { ...axis("").ticks, maxRotation: 0, autoSkip: false },
        },
        y: {
          ...axis(T.yAxis),
          stacked: true,
          beginAtZero: true,
          max: expected * 1.12,
          ticks: {
            ...axis("").ticks,
            callback: (v: number | string) => (Number(v) > expected ? "" : f.compact(Number(v))),
          },
        },
      },
    },
    plugins: [countLabels(f.int, T.lostLabel, bars)],
  };
}

/** What each run counted, against what was due: see the file's comment. */
export async function countsChart(bars: readonly CountBar[], opts: RenderOptions = {}): Promise<Buffer> {
  return render("countsChart", countsConfig(bars, opts), opts);
}

/** A race's trials as counts bars: what each trial counted against what was due. */
export async function trialCountsChart(
  race: { trials: readonly { found: number; expected: number }[] },
  opts: RenderOptions = {},
): Promise<Buffer> {
  const T = chartText(opts).charts.counts;
  return countsChart(
    race.trials.map((t, i) => ({ label: T.trial(i + 1), found: t.found, expected: t.expected })),
    opts,
  );
}

/** The switch interval below which a run asked CPython to switch threads far more often than its default 5 ms. */
const FREQUENT_SWITCHES = 0.005;

/** The book's Python programs that ran, side by side; the runs that could not run are left out. */
export async function pythonCountsChart(runs: readonly PythonRunResult[], opts: RenderOptions = {}): Promise<Buffer> {
  const T = chartText(opts).charts.counts;
  const ran = runs.filter((r): r is PythonRun => r.available);
  return countsChart(
    ran.map((r) => ({
      label:
        r.program === "unsafe-with-call" && r.switchInterval !== null && r.switchInterval < FREQUENT_SWITCHES
          ? T.fastSwitching
          : T.program[r.program],
      found: r.found,
      expected: r.expected,
    })),
    { title: T.pythonTitle, ...opts },
  );
}
