/** Lost fraction against workers or loop length: a median line over a band of the trials' spread. */
import type { Point } from "chart.js";
import { summarize } from "../../analysis/stats";
import type { CounterKind } from "../../engine/counters";
import type { Phrases } from "../../narrate/phrases";
import { COUNTER_COLORS, COUNTER_POINT_STYLES, withAlpha } from "../chartTheme";
import {
  ChartInputError,
  LAYOUT,
  axis,
  byLabelOrder,
  chartText,
  checkNonEmpty,
  checkNumbers,
  isPowerOfTen,
  logAxisTicks,
  seriesOf,
  titlePlugins,
  type ChartConfiguration,
  type ChartDataset,
  type RenderOptions,
} from "./chartConfig";
import { render } from "./render";

/** Lost fraction (0…1, not percent) of each trial at one worker count. */
export interface WorkersPoint {
  workers: number;
  lostFractions: readonly number[];
}

/** Lost fraction (0…1, not percent) of each trial at one number of increments per worker. */
export interface IncrementsPoint {
  increments: number;
  lostFractions: readonly number[];
}

/** Which spread to shade around the median line. */
export type Spread = "min-max" | "quartiles";

export interface LostVsWorkersData {
  unsafe: readonly WorkersPoint[];
  atomic?: readonly WorkersPoint[];
  locked?: readonly WorkersPoint[];
  spread?: Spread;
}

export interface LostVsIncrementsData {
  /** With it (an increments sweep has it), the subtitle names the workers. */
  threads?: number;
  unsafe: readonly IncrementsPoint[];
  atomic?: readonly IncrementsPoint[];
  locked?: readonly IncrementsPoint[];
  spread?: Spread;
}

interface SpreadPoint {
  x: number;
  values: readonly number[];
}

/** A line's points: at numbers on a linear or log axis, or one value per category (null where a series has none). */
type LinePoints = Point[] | (number | null)[];

function lostFractionDatasets(
  series: [CounterKind, readonly SpreadPoint[]][],
  spread: Spread,
  categories: readonly number[] | null,
  T: Phrases["charts"],
): ChartDataset<"line", LinePoints>[] {
  const lines: ChartDataset<"line", LinePoints>[] = [];
  const bands: ChartDataset<"line", LinePoints>[] = [];
  const placed = (points: Point[]): LinePoints =>
    categories ? categories.map((c) => points.find((p) => p.x === c)?.y ?? null) : points;
  for (const [kind, points] of series) {
    const sorted = [...points].sort((a, b) => a.x - b.x);
    const stats = sorted.map((p) => ({ x: p.x, s: summarize(p.values) }));
    const color = COUNTER_COLORS[kind];
    // The fixed counters sit exactly on 0, on top of each other: a thick
    // atomic line under a thin dashed locked line keeps both visible.
    lines.push({
      label: T.lostLines.median(T.kind(kind)),
      data: placed(stats.map(({ x, s }) => ({ x, y: s.median * 100 }))),
      borderColor: color,
      backgroundColor: color,
      borderWidth: kind === "atomic" ? 7 : 3,
      borderDash: kind === "locked" ? [10, 6] : [],
      pointStyle: COUNTER_POINT_STYLES[kind],
      pointRadius: kind === "atomic" ? 7 : 5,
      fill: false,
      clip: 10,
      // A series without a point at some category is drawn across it, as it would be on a number axis.
      spanGaps: true,
    });
    const lo = stats.map(({ x, s }) => ({ x, y: (spread === "quartiles" ? s.q1 : s.min) * 100 }));
    const hi = stats.map(({ x, s }) => ({ x, y: (spread === "quartiles" ? s.q3 : s.max) * 100 }));
    if (hi.some((p, i) => p.y !== lo[i]!.y)) {
      bands.push({ label: "", data: placed(lo), borderWidth: 0, pointRadius: 0, fill: false, spanGaps: true });
      bands.push({
        label: T.lostLines.band(T.kind(kind), spread === "quartiles"),
        data: placed(hi),
        spanGaps: true,
        borderWidth: 0,
        pointRadius: 0,
        pointStyle: "rect",
        backgroundColor: withAlpha(color, 0.22),
        borderColor: withAlpha(color, 0.22),
        fill: "-1",
      });
    }
  }
  // chart.js paints the last dataset first: bands go under the lines.
  return [...lines.reverse(), ...bands];
}

/** Legends read in the lesson's counter order, each median line before its band. */
function legendOrder(series: [CounterKind, unknown][], T: Phrases["charts"]) {
  return byLabelOrder(
    series.flatMap(([kind]) => [
      T.lostLines.median(T.kind(kind)),
      T.lostLines.band(T.kind(kind), true),
      T.lostLines.band(T.kind(kind), false),
    ]),
  );
}

function checkLostPoints(
  chart: string,
  kind: CounterKind,
  points: readonly { lostFractions: readonly number[] }[] | undefined,
  xName: "workers" | "increments",
): void {
  checkNonEmpty(
    chart,
    `data.${kind}`,
    points,
    `one { ${xName}, lostFractions } per ${xName === "workers" ? "worker count" : "increment count"}`,
  );
  points!.forEach((p, i) => {
    const x = (p as unknown as Record<string, number>)[xName];
    if (typeof x !== "number" || !Number.isFinite(x) || x <= 0) {
      throw new ChartInputError(chart, `data.${kind}[${i}].${xName}`, `is ${String(x)}; it must be a positive number`);
    }
    checkNonEmpty(chart, `data.${kind}[${i}].lostFractions`, p?.lostFractions, "the lost fraction of each trial");
    checkNumbers(
      chart,
      `data.${kind}[${i}].lostFractions`,
      p.lostFractions,
      0,
      1,
      " (a fraction: 0.25 means a quarter lost, not 25%)",
    );
  });
}

function percentAxis(maxPercent: number, { charts: T, f }: Phrases) {
  return {
    ...axis(T.lostLines.percentAxis),
    min: 0,
    suggestedMax: maxPercent > 0 ? maxPercent * 1.08 : 1,
    ticks: { ...axis("").ticks, callback: (v: string | number) => `${f.sig3(Number(v))}%` },
  };
}

function spreadSubtitle(
  spread: Spread,
  points: readonly { lostFractions: readonly number[] }[],
  T: Phrases["charts"],
): string {
  const counts = new Set(points.map((p) => p.lostFractions.length));
  return T.lostLines.subtitle(counts.size === 1 ? [...counts][0] : undefined, spread === "quartiles");
}

function maxPercentOf(series: [CounterKind, readonly { lostFractions: readonly number[] }[]][]): number {
  return Math.max(...series.flatMap(([, ps]) => ps.flatMap((p) => p.lostFractions))) * 100;
}

/** Lost fraction (%) against the number of workers: median line, shaded spread across trials. */
export async function lostVsWorkersChart(data: LostVsWorkersData, opts: RenderOptions = {}): Promise<Buffer> {
  const chart = "lostVsWorkersChart";
  checkLostPoints(chart, "unsafe", data?.unsafe, "workers");
  const series = seriesOf<WorkersPoint>(data);
  series.forEach(([kind, points]) => checkLostPoints(chart, kind, points, "workers"));
  const text = chartText(opts);
  const T = text.charts;
  const spread = data.spread ?? "min-max";
  // Worker counts are usually powers of two; evenly spaced categories show
  // each doubling as one step instead of crowding 1, 2 and 4 at the left.
  const workers = [...new Set(series.flatMap(([, ps]) => ps.map((p) => p.workers)))].sort((a, b) => a - b);
  const datasets = lostFractionDatasets(
    series.map(([k, ps]) => [k, ps.map((p) => ({ x: p.workers, values: p.lostFractions }))]),
    spread,
    workers,
    T,
  );
  const config: ChartConfiguration<"line", LinePoints> = {
    type: "line",
    data: { labels: workers.map(String), datasets },
    options: {
      layout: LAYOUT,
      plugins: {
        ...titlePlugins(
          opts.title ?? T.lostLines.workersTitle,
          opts.subtitle ?? spreadSubtitle(spread, data.unsafe, T),
          true,
          legendOrder(series, T),
        ),
        filler: { propagate: false },
      },
      // offset: half a step of room at each end, so end markers are not cut in half.
      scales: { x: { ...axis(T.lostLines.workersAxis), offset: true }, y: percentAxis(maxPercentOf(series), text) },
    },
  };
  return render(chart, config, opts);
}

/** Lost fraction (%) against increments per worker on a log axis: median line, shaded spread. */
export async function lostVsIncrementsChart(data: LostVsIncrementsData, opts: RenderOptions = {}): Promise<Buffer> {
  const chart = "lostVsIncrementsChart";
  checkLostPoints(chart, "unsafe", data?.unsafe, "increments");
  const series = seriesOf<IncrementsPoint>(data);
  series.forEach(([kind, points]) => checkLostPoints(chart, kind, points, "increments"));
  const text = chartText(opts);
  const T = text.charts;
  const spread = data.spread ?? "min-max";
  const xs = series.flatMap(([, ps]) => ps.map((p) => p.increments));
  const datasets = lostFractionDatasets(
    series.map(([k, ps]) => [k, ps.map((p) => ({ x: p.increments, values: p.lostFractions }))]),
    spread,
    null,
    T,
  );
  const config: ChartConfiguration<"line", LinePoints> = {
    type: "line",
    data: { datasets },
    options: {
      layout: LAYOUT,
      plugins: {
        ...titlePlugins(
          opts.title ?? T.lostLines.incrementsTitle,
          opts.subtitle ??
            (data.threads === undefined ? "" : T.lostLines.workers(data.threads)) +
              spreadSubtitle(spread, data.unsafe, T),
          true,
          legendOrder(series, T),
        ),
        filler: { propagate: false },
      },
      scales: {
        x: {
          ...axis(T.lostLines.incrementsAxis),
          type: "logarithmic",
          // A little room either side so the end markers are not cut in half.
          min: Math.min(...xs) / 1.6,
          max: Math.max(...xs) * 1.6,
          ...logAxisTicks(isPowerOfTen, text.f.compact),
        },
        y: percentAxis(maxPercentOf(series), text),
      },
    },
  };
  return render(chart, config, opts);
}
