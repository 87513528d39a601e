/**
 * Charts of a traced run: who made each increment (a strip per counter, coloured by
 * worker), how long runs by one worker were, and what each worker wrote over time with
 * the unsafe counter's stale writes marked.
 */
import type { Handoff } from "../../analysis/handoff";
import type { LossPicture } from "../../analysis/lossPicture";
import type { CounterKind } from "../../engine/counters";
import { COUNTER_COLORS, FONT_FAMILY, FONT_SIZES, LOST_COLOR, TEXT_COLOR, WORKER_COLORS } from "../chartTheme";
import { placeLabels, type Box } from "./labelPlacement";
import {
  ChartInputError,
  LAYOUT,
  axis,
  chartText,
  titlePlugins,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
  type RenderOptions,
} from "./chartConfig";
import { render } from "./render";

/** A point of the stale-writes chart: ms since the start, and a count (null breaks the line between two falls). */
interface TimePoint {
  x: number;
  y: number | null;
}

const workerColor = (w: number) => WORKER_COLORS[w % WORKER_COLORS.length]!;

function checkHandoffs(chart: string, data: { locked?: Handoff; atomic?: Handoff }): [CounterKind, Handoff][] {
  const strips = (["locked", "atomic"] as const)
    .filter((k) => data?.[k] !== undefined)
    .map((k) => [k, data[k]!] as [CounterKind, Handoff]);
  if (strips.length === 0)
    throw new ChartInputError(chart, "data", "has neither locked nor atomic — pass lockHandoff(trace) of either");
  for (const [kind, h] of strips) {
    if (!(h.order instanceof Uint8Array) || !(h.runLengths instanceof Int32Array)) {
      throw new ChartInputError(chart, `data.${kind}`, "is not a hand-off — pass lockHandoff(trial.trace)");
    }
  }
  return strips;
}

/** Legend entries only: one per worker, in its colour. */
function workerLegend(threads: number, name: (w: number) => string) {
  return Array.from({ length: threads }, (_, w) => ({
    label: name(w),
    data: [],
    backgroundColor: workerColor(w),
    borderColor: workerColor(w),
    pointStyle: "rect",
  }));
}

export interface StripOptions extends RenderOptions {
  /** The first and last increment to show (default: all). */
  from?: number;
  to?: number;
}

/** Each counter's increments in order, left to right, coloured by the worker that made them. */
export async function handoffStripChart(
  data: { locked?: Handoff; atomic?: Handoff },
  opts: StripOptions = {},
): Promise<Buffer> {
  const chart = "handoffStripChart";
  const strips = checkHandoffs(chart, data);
  const total = Math.min(...strips.map(([, h]) => h.total));
  const from = opts.from ?? 0;
  const to = opts.to ?? total;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > total || to - from < 1) {
    throw new ChartInputError(
      chart,
      "options.from/to",
      `are ${from}…${to}; they must be whole increments with 0 ≤ from < to ≤ ${total}`,
    );
  }
  const { trace: T, charts: C, f } = chartText(opts);
  const threads = Math.max(...strips.map(([, h]) => h.threads));
  const labels = strips.map(([kind, h]) => T.charts.strip.row(C.kind(kind), h.handoffs));
  const draw: Plugin = {
    id: "strips",
    afterDatasetsDraw(drawn) {
      const { ctx } = drawn;
      const { x, y } = drawn.scales;
      if (!x || !y) return;
      const band = ((y.bottom - y.top) / strips.length) * 0.7;
      const columns = Math.max(1, Math.round(x.right - x.left));
      const counts = new Float64Array(threads);
      strips.forEach(([, h], row) => {
        const mid = y.getPixelForValue(row);
        for (let c = 0; c < columns; c++) {
          const a = Math.floor(from + ((to - from) * c) / columns);
          const b = Math.max(a + 1, Math.floor(from + ((to - from) * (c + 1)) / columns));
          counts.fill(0);
          // s < to ≤ the trace's length, and each worker index < threads.
          for (let s = a; s < b; s++) counts[h.order[s]!]!++;
          // Mixed columns stack their workers' shares, so fast turn-taking shows as stripes of colour.
          let top = mid - band / 2;
          for (let w = 0; w < threads; w++) {
            const count = counts[w]!;
            if (count === 0) continue;
            const height = (band * count) / (b - a);
            ctx.fillStyle = workerColor(w);
            ctx.fillRect(x.left + c, top, 1.02, height);
            top += height;
          }
        }
      });
    },
  };
  const config: ChartConfiguration = {
    type: "bar",
    data: { labels, datasets: workerLegend(threads, T.worker) },
    options: {
      indexAxis: "y",
      layout: LAYOUT,
      plugins: titlePlugins(
        opts.title ?? T.charts.strip.title,
        opts.subtitle ?? T.charts.strip.subtitle(from, to, total),
        true,
      ),
      scales: {
        x: {
          ...axis(T.charts.strip.x),
          type: "linear",
          min: from,
          max: to,
          ticks: { ...axis("").ticks, callback: (v: string | number) => f.compact(Number(v)) },
        },
        y: { ...axis(""), title: { display: false }, grid: { display: false } },
      },
    },
    plugins: [draw],
  };
  return render(chart, config, opts);
}

/** The share of increments made in runs of each length (doubling bins), per counter. */
export async function runLengthChart(
  data: { locked?: Handoff; atomic?: Handoff },
  opts: RenderOptions = {},
): Promise<Buffer> {
  const chart = "runLengthChart";
  const series = checkHandoffs(chart, data);
  const { trace: T, charts: C } = chartText(opts);
  const bins = Math.max(...series.map(([, h]) => h.bins.length));
  const labels = Array.from({ length: bins }, (_, b) => T.charts.runs.bin(2 ** b, 2 ** (b + 1) - 1));
  const datasets = series.map(([kind, h]) => ({
    label: T.charts.runs.series(C.kind(kind), h.handoffs),
    data: Array.from({ length: bins }, (_, b) => (h.bins[b] ? (100 * h.bins[b].increments) / h.total : 0)),
    backgroundColor: COUNTER_COLORS[kind],
    borderColor: COUNTER_COLORS[kind],
    pointStyle: "rect",
    categoryPercentage: 0.85,
    barPercentage: 0.95,
  }));
  const config: ChartConfiguration = {
    type: "bar",
    data: { labels, datasets },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(opts.title ?? T.charts.runs.title, opts.subtitle ?? T.charts.runs.subtitle, true),
      scales: {
        x: { ...axis(T.charts.runs.x), grid: { display: false } },
        y: { ...axis(T.charts.runs.y), beginAtZero: true, max: 100 },
      },
    },
  };
  return render(chart, config, opts);
}

export interface StaleWritesOptions extends RenderOptions {
  /** How many of the largest stale writes to mark (default 5). */
  marks?: number;
}

/** What each worker wrote over time; the largest stale writes marked as falls, with what they erased. */
export async function staleWritesChart(picture: LossPicture, opts: StaleWritesOptions = {}): Promise<Buffer> {
  const chart = "staleWritesChart";
  if (!picture || !Array.isArray(picture.timeline) || picture.timeline.length === 0) {
    throw new ChartInputError(chart, "picture", "has no timeline — pass lossPicture(trial) of a traced unsafe trial");
  }
  const marks = opts.marks ?? 5;
  if (!Number.isInteger(marks) || marks < 0 || marks > 50) {
    throw new ChartInputError(chart, "options.marks", `is ${marks}; it must be a whole number from 0 to 50`);
  }
  const { trace: T, f } = chartText(opts);
  const shown = picture.staleWrites.slice(0, marks);
  const ms = (ns: number) => ns / 1e6;
  const datasets: ChartDataset<"line", TimePoint[]>[] = picture.timeline.map((line) => ({
    label: T.worker(line.worker),
    data: Array.from(line.timeNs, (t, i) => ({ x: ms(t), y: line.value[i]! })),
    borderColor: workerColor(line.worker),
    backgroundColor: workerColor(line.worker),
    // Points, not lines: times between clock readings are interpolated, and a line would
    // draw a paused worker's jump as a climb it never made.
    showLine: false,
    pointRadius: 1.6,
    pointStyle: "circle",
    fill: false,
  }));
  if (shown.length > 0) {
    datasets.unshift({
      label: T.charts.writes.stale,
      data: shown.flatMap((s) => [
        { x: ms(s.timeNs), y: s.from },
        { x: ms(s.timeNs), y: s.wrote },
        { x: ms(s.timeNs), y: null },
      ]),
      borderColor: LOST_COLOR,
      backgroundColor: LOST_COLOR,
      borderWidth: 3,
      pointRadius: 0,
      pointStyle: "line",
      spanGaps: false,
      fill: false,
    });
  }
  const labelsPlugin: Plugin<"line"> = {
    id: "erasedLabels",
    describe: () => shown.map((s) => T.charts.writes.erased(s.erased)),
    afterDatasetsDraw(drawn) {
      const { ctx } = drawn;
      const { x: xScale, y: yScale } = drawn.scales;
      if (!xScale || !yScale) return;
      const scales = { x: xScale, y: yScale };
      ctx.save();
      ctx.font = `bold ${FONT_SIZES.valueLabel}px "${FONT_FAMILY}"`;
      ctx.fillStyle = LOST_COLOR;
      ctx.textBaseline = "top";
      ctx.textAlign = "left";
      const px = (t: number, v: number) => ({ x: scales.x.getPixelForValue(ms(t)), y: scales.y.getPixelForValue(v) });
      // What a label must not cover: every worker's points (one box per 3-pixel cell, so a
      // dense run costs no more than a sparse one) and every fall, its own included.
      const obstacles: Box[] = [];
      const seen = new Set<string>();
      for (const line of picture.timeline) {
        for (let i = 0; i < line.timeNs.length; i++) {
          const p = px(line.timeNs[i]!, line.value[i]!);
          const cell = `${Math.round(p.x / 3)},${Math.round(p.y / 3)}`;
          if (seen.has(cell)) continue;
          seen.add(cell);
          obstacles.push({ left: p.x - 2, top: p.y - 2, right: p.x + 2, bottom: p.y + 2 });
        }
      }
      for (const s of shown) {
        const top = px(s.timeNs, s.from);
        const bottom = px(s.timeNs, s.wrote);
        obstacles.push({ left: top.x - 2.5, top: top.y - 1, right: top.x + 2.5, bottom: bottom.y + 1 });
      }
      const texts = shown.map((s) => T.charts.writes.erased(s.erased));
      const height = FONT_SIZES.valueLabel + 2;
      const requests = shown.map((s, i) => {
        const mid = px(s.timeNs, (s.from + s.wrote) / 2);
        return { x: mid.x, y: mid.y, width: ctx.measureText(texts[i]!).width, height };
      });
      const bounds = { left: scales.x.left, top: scales.y.top, right: scales.x.right, bottom: scales.y.bottom };
      placeLabels(requests, obstacles, bounds).forEach(({ box }, i) => {
        ctx.fillText(texts[i]!, box.left, box.top + 1);
        // A label pushed away from its fall gets a thin leader back to it.
        const { x, y } = requests[i]!;
        const nearX = Math.min(Math.max(x, box.left), box.right);
        const nearY = Math.min(Math.max(y, box.top), box.bottom);
        if (Math.hypot(nearX - x, nearY - y) > 10) {
          ctx.strokeStyle = LOST_COLOR;
          ctx.lineWidth = 1;
          ctx.beginPath();
          ctx.moveTo(x, y);
          ctx.lineTo(nearX, nearY);
          ctx.stroke();
        }
      });
      ctx.restore();
      ctx.fillStyle = TEXT_COLOR;
    },
  };
  const config: ChartConfiguration<"line", TimePoint[]> = {
    type: "line",
    data: { datasets },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(
        opts.title ?? T.charts.writes.title,
        opts.subtitle ?? T.charts.writes.subtitle(shown.length),
        true,
      ),
      scales: {
        x: { ...axis(T.charts.writes.x), type: "linear", min: 0, max: ms(picture.durationNs) },
        y: {
          ...axis(T.charts.writes.y),
          beginAtZero: true,
          ticks: { ...axis("").ticks, callback: (v: string | number) => f.compact(Number(v)) },
        },
      },
    },
    plugins: [labelsPlugin],
  };
  return render(chart, config, opts);
}
