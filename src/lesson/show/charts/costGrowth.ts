/**
 * What an increment costs as workers are added: a line per counter over the worker counts,
 * a band for the trials' spread, and a marker at the machine's core count, past which the
 * workers take turns rather than run together.
 */
import { availableParallelism } from "node:os";
import { summarize } from "../../analysis/stats";
import type { CounterKind } from "../../engine/counters";
import { checkCostPoints, type CostGrowthPoint } from "../../analysis/costs";
import {
  COUNTER_COLORS,
  COUNTER_POINT_STYLES,
  FONT_FAMILY,
  FONT_SIZES,
  KIND_ORDER,
  MUTED_TEXT_COLOR,
  withAlpha,
} from "../chartTheme";
import {
  ChartInputError,
  LAYOUT,
  axis,
  byLabelOrder,
  chartText,
  isOneTwoFive,
  logAxisTicks,
  logBounds,
  titlePlugins,
  valueTexts,
  wantsLog,
  type ChartConfiguration,
  type ChartDataset,
  type DrawnChart,
  type Plugin,
  type RenderOptions,
} from "./chartConfig";
import { placeLabels, type Box } from "./labelPlacement";
import { render } from "./render";

/** A costSweep point: medians per counter, and optionally every trial's ns per increment. */
export interface CostGrowthChartPoint extends CostGrowthPoint {
  samples?: Partial<Record<CounterKind, readonly number[]>>;
}

export interface CostGrowthChartOptions extends RenderOptions {
  /** The cores marked on the worker axis: default this machine's; false leaves the marker out. */
  cores?: number | false;
}

/** Where the marker at `cores` stands: its x on the category axis, interpolated between worker counts. */
function coresAt(chart: DrawnChart<"line">, workers: readonly number[], cores: number): number | undefined {
  const { x } = chart.scales;
  const i = workers.findIndex((w) => w >= cores);
  if (!x || i < 0) return undefined; // every count fits the cores: nothing to mark
  return workers[i] === cores || i === 0
    ? x.getPixelForValue(i)
    : // 0 < i < workers.length (found above)
      x.getPixelForValue(i - 1 + (cores - workers[i - 1]!) / (workers[i]! - workers[i - 1]!));
}

/** The marker's line and its label, as boxes the point labels keep clear of. */
function coresBoxes(chart: DrawnChart<"line">, workers: readonly number[], cores: number, label: string): Box[] {
  const at = coresAt(chart, workers, cores);
  const { y } = chart.scales;
  if (at === undefined || !y) return [];
  chart.ctx.save();
  chart.ctx.font = `${FONT_SIZES.valueLabel}px "${FONT_FAMILY}"`;
  const width = chart.ctx.measureText(label).width;
  chart.ctx.restore();
  return [
    { left: at - 2, top: y.top, right: at + 2, bottom: y.bottom },
    { left: at + 5, top: y.top + 4, right: at + 5 + width, bottom: y.top + 6 + FONT_SIZES.valueLabel },
  ];
}

/** A dashed vertical line at `cores` on the category axis, labelled with the machine's cores. */
function coresMarker(workers: readonly number[], cores: number, label: string): Plugin<"line"> {
  return {
    id: "coresMarker",
    afterDatasetsDraw(chart: DrawnChart<"line">) {
      const { y } = chart.scales;
      const at = coresAt(chart, workers, cores);
      if (at === undefined || !y) return;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = MUTED_TEXT_COLOR;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 5]);
      ctx.beginPath();
      ctx.moveTo(at, y.top);
      ctx.lineTo(at, y.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = MUTED_TEXT_COLOR;
      ctx.font = `${FONT_SIZES.valueLabel}px "${FONT_FAMILY}"`;
      ctx.textAlign = "left";
      ctx.textBaseline = "top";
      ctx.fillText(label, at + 5, y.top + 4);
      ctx.restore();
    },
  };
}

/**
 * Each line's value written beside each of its points, in the line's colour, where it covers
 * no marker and no other label: the narration quotes these numbers, so the chart must show them.
 */
function pointLabels(
  format: (v: number) => string,
  colors: readonly string[],
  reserved: (chart: DrawnChart<"line">) => Box[],
): Plugin<"line"> {
  return {
    id: "pointLabels",
    describe: (config) => valueTexts(config, format, "ns"),
    afterDatasetsDraw(chart: DrawnChart<"line">) {
      const { ctx } = chart;
      const area = chart.chartArea;
      ctx.save();
      ctx.font = `${FONT_SIZES.valueLabel}px "${FONT_FAMILY}"`;
      ctx.textBaseline = "top";
      ctx.textAlign = "left";
      const labels: { x: number; y: number; text: string; color: string }[] = [];
      const obstacles: Box[] = reserved(chart);
      const marker = 7;
      chart.data.datasets.forEach((ds, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden || i >= colors.length) return; // the bands come after the lines
        let previous: { x: number; y: number } | undefined;
        meta.data.forEach((el, j) => {
          const v = ds.data[j];
          if (typeof v !== "number") return;
          const { x, y } = el.getProps(["x", "y"], true) as { x: number; y: number };
          labels.push({ x, y, text: format(v), color: colors[i]! });
          obstacles.push({ left: x - marker, top: y - marker, right: x + marker, bottom: y + marker });
          // The line from the previous point: a label on it would read as crossed out.
          if (previous) {
            const steps = Math.ceil(Math.hypot(x - previous.x, y - previous.y) / 5);
            for (let k = 1; k < steps; k++) {
              const px = previous.x + ((x - previous.x) * k) / steps;
              const py = previous.y + ((y - previous.y) * k) / steps;
              obstacles.push({ left: px - 2, top: py - 2, right: px + 2, bottom: py + 2 });
            }
          }
          previous = { x, y };
        });
      });
      const height = FONT_SIZES.valueLabel + 2;
      const requests = labels.map((l) => ({ x: l.x, y: l.y, width: ctx.measureText(l.text).width, height }));
      placeLabels(requests, obstacles, area).forEach(({ box }, i) => {
        ctx.fillStyle = labels[i]!.color;
        ctx.fillText(labels[i]!.text, box.left, box.top + 1);
      });
      ctx.restore();
    },
  };
}

/**
 * ns per increment against workers for each counter timed: `costGrowthChart(cost)` takes a
 * costSweep as is, and marks where the workers outnumber this machine's cores. The y axis turns logarithmic when the costs span more than 30×.
 */
export async function costGrowthChart(
  cost: { points: readonly CostGrowthChartPoint[]; trials?: number; howMany?: number },
  opts: CostGrowthChartOptions = {},
): Promise<Buffer> {
  const chart = "costGrowthChart";
  let points: CostGrowthChartPoint[] = checkCostPoints(cost?.points, "cost.points", (param, rule) => {
    throw new ChartInputError(chart, param, rule);
  });
  const cores = opts.cores ?? availableParallelism();
  if (cores !== false && (!Number.isInteger(cores) || cores < 1)) {
    throw new ChartInputError(chart, "options.cores", `is ${String(cores)}; it must be a whole number ≥ 1, or false`);
  }
  points.forEach((p, i) => {
    for (const [kind, values] of Object.entries(p.samples ?? {})) {
      const param = `cost.points[${i}].samples.${kind}`;
      if (!Array.isArray(values))
        throw new ChartInputError(chart, param, "must be a list of ns per increment, one per trial");
      values.forEach((v, j) => {
        if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
          throw new ChartInputError(chart, `${param}[${j}]`, `is ${String(v)}; it must be a positive number of ns`);
        }
      });
    }
  });
  points = [...points].sort((a, b) => a.workers - b.workers);
  const kinds = KIND_ORDER.filter((k) => points[0]![k] !== undefined); // checked non-empty above
  const { charts: T, f } = chartText(opts);

  const spreadOf = (p: CostGrowthChartPoint, k: CounterKind) => {
    const samples = p.samples?.[k];
    return samples && samples.length > 0 ? summarize(samples) : undefined;
  };
  const all = points.flatMap((p) =>
    kinds.flatMap((k) => {
      const s = spreadOf(p, k);
      return s ? [p[k]!, s.min, s.max] : [p[k]!];
    }),
  );
  const log = wantsLog(all, "auto");
  const lines: ChartDataset<"line">[] = [];
  const bands: ChartDataset<"line">[] = [];
  for (const kind of kinds) {
    const color = COUNTER_COLORS[kind];
    lines.push({
      label: T.kind(kind),
      data: points.map((p) => p[kind]!),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 3,
      pointStyle: COUNTER_POINT_STYLES[kind],
      pointRadius: 5,
      fill: false,
    });
    const spreads = points.map((p) => spreadOf(p, kind));
    if (spreads.every((s) => s !== undefined) && spreads.some((s) => s.max > s.min)) {
      bands.push({ label: "", data: spreads.map((s) => s.min), borderWidth: 0, pointRadius: 0, fill: false });
      bands.push({
        label: "",
        data: spreads.map((s) => s.max),
        borderWidth: 0,
        pointRadius: 0,
        backgroundColor: withAlpha(color, 0.2),
        fill: "-1",
      });
    }
  }
  const base = axis(T.cost.nsAxis(log));
  const bounds = logBounds(all);
  const y = log
    ? { ...base, type: "logarithmic" as const, ...bounds, ...logAxisTicks(isOneTwoFive, f.sig3, bounds) }
    : { ...base, beginAtZero: true, grace: "8%" };
  const workers = points.map((p) => p.workers);
  const config: ChartConfiguration<"line"> = {
    type: "line",
    // chart.js paints the last dataset first: bands go under the lines.
    data: { labels: workers.map(String), datasets: [...lines.reverse(), ...bands] },
    options: {
      layout: LAYOUT,
      plugins: {
        ...titlePlugins(
          opts.title ?? T.costGrowth.title,
          opts.subtitle ?? T.costGrowth.subtitle(cost.trials, cost.howMany, bands.length > 0),
          kinds.length > 1,
          byLabelOrder(kinds.map((k) => T.kind(k))),
        ),
        filler: { propagate: false },
      },
      // offset: half a step of room at each end, so end markers are not cut in half.
      scales: { x: { ...axis(T.costGrowth.workers), offset: true }, y },
    },
    plugins: [
      // chart.js paints the datasets in reverse, so the labels' colours follow the lines' order there.
      pointLabels(
        f.ns,
        [...kinds].reverse().map((k) => COUNTER_COLORS[k]),
        (drawn) => (cores === false ? [] : coresBoxes(drawn, workers, cores, T.costGrowth.cores(cores))),
      ),
      ...(cores === false ? [] : [coresMarker(workers, cores, T.costGrowth.cores(cores))]),
    ],
  };
  return render(chart, config, opts);
}
