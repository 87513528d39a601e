// Charts for the lesson: data in, PNG out. Each builder validates its input,
// turns raw per-trial numbers into a chart.js configuration and renders it
// with node-canvas, so the same call works in a notebook, a test or the CLI.

import type { CanvasRenderingContext2D } from "canvas";
import {
  BACKGROUND_COLOR,
  COUNTER_COLORS,
  KIND_ORDER,
  COUNTER_POINT_STYLES,
  CounterKind,
  DEFAULT_SIZE,
  DEVICE_PIXEL_RATIO,
  FAILURE_RED,
  FONT_FAMILY,
  FONT_SIZES,
  GRADE_COLORS,
  GRID_COLOR,
  MUTED_TEXT_COLOR,
  OutcomeGrade,
  TEXT_COLOR,
  font,
  withAlpha,
} from "./chartTheme";

// CounterKind is exported by ./counters and escapeHtml by ./interleavings;
// they are not re-exported here so `export *` of both modules stays unambiguous.
export { OutcomeGrade, COUNTER_COLORS, FAILURE_RED } from "./chartTheme";

// chart.js's own type declarations need the DOM lib, which this Node-only
// project does not load (and chartjs-node-canvas's declarations import them).
// So the renderer is required untyped, behind the little of it used here.
type Json = Record<string, unknown>;
type ChartDataset = Json;
interface ChartConfiguration {
  type: "bar" | "line";
  data: { labels?: unknown[]; datasets: ChartDataset[] };
  options?: Json;
  plugins?: Plugin[];
}
interface LegendItem {
  text: string;
  lineWidth?: number;
}
interface DrawnChart {
  ctx: CanvasRenderingContext2D;
  data: { datasets: { data: unknown[] }[] };
  getDatasetMeta(index: number): { hidden: boolean; type: string; data: { getProps(keys: string[], final: boolean): Json }[] };
}
interface Plugin {
  id: string;
  afterDatasetsDraw(chart: DrawnChart): void;
}
interface Renderer {
  renderToBuffer(config: ChartConfiguration): Promise<Buffer>;
}
interface RendererOptions {
  width: number;
  height: number;
  backgroundColour: string;
  chartCallback: (chartJS: { defaults: { font: { family: string }; color: string } }) => void;
}
const { ChartJSNodeCanvas } = require("chartjs-node-canvas") as { ChartJSNodeCanvas: new (options: RendererOptions) => Renderer };

export { htmlTable, TableColumn, TableOptions } from "./htmlTable";

// ---------------------------------------------------------------- input types

/** Title, subtitle and size (CSS pixels; the PNG is DEVICE_PIXEL_RATIO times larger). */
export interface RenderOptions {
  title?: string;
  subtitle?: string;
  width?: number;
  height?: number;
}

/** Updates lost in each trial (one number per trial), per counter. */
export interface LostHistogramData {
  unsafe: readonly number[];
  atomic?: readonly number[];
  locked?: readonly number[];
}

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
  unsafe: readonly IncrementsPoint[];
  atomic?: readonly IncrementsPoint[];
  locked?: readonly IncrementsPoint[];
  spread?: Spread;
}

/** Nanoseconds per increment for each counter, from one run. */
export type CostRun = Partial<Record<CounterKind, number>>;

/** Nanoseconds per increment for each counter at one worker count. */
export interface CostPoint extends CostRun {
  workers: number;
}

/** One observed outcome of a litmus test, jcstress style. */
export interface Outcome {
  /** What was observed, e.g. "1" for a final count of 1. */
  outcome: string;
  /** How many times it was observed. */
  count: number;
  grade: OutcomeGrade;
}

export interface OutcomeChartOptions extends RenderOptions {
  /** Axis title under the outcomes; defaults to "outcome (final count)". */
  xTitle?: string;
}

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

export interface BarChartData {
  bars: readonly Bar[];
  /** Axis title with its unit, e.g. "ns per increment". */
  yTitle: string;
  xTitle?: string;
  /** "auto" switches to a log axis when the largest bar is >30× the smallest. */
  logScale?: boolean | "auto";
  /** Text written above each bar; defaults to 3 significant digits. */
  formatValue?: (value: number) => string;
}

// ---------------------------------------------------------------- errors

/** Thrown for unusable chart input; `param` names the offending parameter. */
export class ChartInputError extends RangeError {
  constructor(
    readonly chart: string,
    readonly param: string,
    rule: string,
  ) {
    super(`${chart}: ${param} ${rule}`);
    this.name = "ChartInputError";
  }
}

function checkNonEmpty(chart: string, param: string, values: readonly unknown[] | undefined, what: string): void {
  if (!Array.isArray(values) || values.length === 0) {
    throw new ChartInputError(chart, param, `is empty — pass ${what}`);
  }
}

function checkNumbers(chart: string, param: string, values: readonly number[], min: number, max = Infinity, hint = ""): void {
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
      const range = max === Infinity ? `≥ ${min}` : `in [${min}, ${max}]`;
      throw new ChartInputError(chart, `${param}[${i}]`, `is ${String(v)}; it must be a finite number ${range}${hint}`);
    }
  });
}

// ---------------------------------------------------------------- statistics

export interface Summary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

// Linear interpolation between closest ranks (numpy's default), so the
// median of an even count is the mean of the middle two.
function quantile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Five-number summary plus mean of the trial values. */
export function summarize(values: readonly number[]): Summary {
  checkNonEmpty("summarize", "values", values, "at least one number");
  checkNumbers("summarize", "values", values, -Infinity);
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0],
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
  };
}

// ---------------------------------------------------------------- rendering

// Building a ChartJSNodeCanvas loads a fresh chart.js and node-canvas, which
// costs far more than a render, so keep one per size for the life of the process.
const renderers = new Map<string, Renderer>();

function rendererFor(width: number, height: number): Renderer {
  const key = `${width}x${height}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    renderer = new ChartJSNodeCanvas({
      width,
      height,
      backgroundColour: BACKGROUND_COLOR,
      chartCallback: (ChartJS) => {
        ChartJS.defaults.font.family = FONT_FAMILY;
        ChartJS.defaults.color = TEXT_COLOR;
      },
    });
    renderers.set(key, renderer);
  }
  return renderer;
}

function checkSize(chart: string, opts: RenderOptions): { width: number; height: number } {
  const width = opts.width ?? DEFAULT_SIZE.width;
  const height = opts.height ?? DEFAULT_SIZE.height;
  for (const [name, v] of [["width", width], ["height", height]] as const) {
    if (!Number.isInteger(v) || v < 200 || v > 4000) {
      throw new ChartInputError(chart, `options.${name}`, `is ${v}; it must be a whole number of CSS pixels from 200 to 4000`);
    }
  }
  return { width, height };
}

async function render(chart: string, config: ChartConfiguration, opts: RenderOptions): Promise<Buffer> {
  const { width, height } = checkSize(chart, opts);
  config.options = {
    ...config.options,
    devicePixelRatio: DEVICE_PIXEL_RATIO,
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
  };
  return rendererFor(width, height).renderToBuffer(config);
}

// ---------------------------------------------------------------- shared pieces

function titlePlugins(title: string, subtitle: string | undefined, legend: boolean, legendSort?: (a: LegendItem, b: LegendItem) => number) {
  return {
    title: { display: true, text: title, font: font(FONT_SIZES.title, "bold"), color: TEXT_COLOR, padding: { top: 4, bottom: subtitle ? 2 : 10 } },
    subtitle: { display: !!subtitle, text: subtitle ?? "", font: font(FONT_SIZES.subtitle), color: MUTED_TEXT_COLOR, padding: { bottom: 10 } },
    legend: {
      display: legend,
      position: "top" as const,
      labels: {
        font: font(FONT_SIZES.legend),
        color: TEXT_COLOR,
        usePointStyle: true,
        // Without a fixed size the markers scale with the font and overlap the text.
        boxWidth: 11,
        boxHeight: 11,
        padding: 18,
        // Datasets without a label are helpers (the lower edge of a band).
        // The legend strokes its marker with the dataset's line width, which
        // for the thick atomic line swallows the text; thin it here.
        filter: (item: LegendItem) => {
          item.lineWidth = Math.min(item.lineWidth ?? 1, 1.5);
          return !!item.text;
        },
        sort: legendSort,
      },
    },
    tooltip: { enabled: false },
  };
}

function axis(title: string) {
  return {
    title: { display: true, text: title, font: font(FONT_SIZES.axisTitle, "bold"), color: TEXT_COLOR, padding: 6 },
    ticks: { font: font(FONT_SIZES.tick), color: TEXT_COLOR },
    grid: { color: GRID_COLOR },
    border: { color: "#888888" },
  };
}

const LAYOUT = { padding: { top: 6, right: 20, bottom: 6, left: 6 } };

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const grouped = new Intl.NumberFormat("en-US");

/** 3 significant digits: 0.852, 12.3, 4,560. */
function sig3(v: number): string {
  if (v === 0) return "0";
  if (Math.abs(v) >= 1000) return grouped.format(Math.round(v));
  return Number(v.toPrecision(3)).toString();
}

function isOneTwoFive(v: number): boolean {
  if (!(v > 0)) return false;
  const mantissa = v / 10 ** Math.floor(Math.log10(v) + 1e-9);
  return [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6);
}

function isPowerOfTen(v: number): boolean {
  const e = Math.log10(v);
  return v > 0 && Math.abs(e - Math.round(e)) < 1e-9;
}

// chart.js puts a tick at every 1…9 × 10^k on a log axis; labelling and
// gridding them all turns the plot into a barcode. Keep the ones `keep` picks.
function logAxisTicks(keep: (v: number) => boolean, format: (v: number) => string, bounds?: { min: number; max: number }) {
  // Over many decades even 1-2-5 labels crowd together; keep the powers of ten.
  if (bounds && Math.log10(bounds.max / bounds.min) > 4) {
    const inner = keep;
    keep = (v) => inner(v) && isPowerOfTen(v);
  }
  return {
    ticks: { font: font(FONT_SIZES.tick), color: TEXT_COLOR, autoSkip: false, maxRotation: 0, callback: (v: string | number) => (keep(Number(v)) ? format(Number(v)) : "") },
    grid: { color: (ctx: { tick?: { value: number } }) => (ctx.tick && keep(ctx.tick.value) ? GRID_COLOR : "rgba(0, 0, 0, 0)") },
  };
}

// Writes each bar's value above it: on a projector nobody can read a value
// off a gridline, a bar of 3 next to a bar of 1,000,000 is invisible, and a
// written "0" says "never happened" where a missing bar says nothing.
function valueLabels(format: (v: number) => string): Plugin {
  return {
    id: "valueLabels",
    afterDatasetsDraw(chart: DrawnChart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = `${FONT_SIZES.valueLabel}px "${FONT_FAMILY}"`;
      ctx.fillStyle = TEXT_COLOR;
      ctx.textAlign = "center";
      ctx.textBaseline = "bottom";
      chart.data.datasets.forEach((ds, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden || meta.type !== "bar") return;
        meta.data.forEach((el, j) => {
          const raw = ds.data[j];
          const v = typeof raw === "number" ? raw : null;
          if (v === null) return;
          const { x, y } = el.getProps(["x", "y"], true) as { x: number; y: number };
          ctx.fillText(format(v), x, y - 3);
        });
      });
      ctx.restore();
    },
  };
}

// chart.js bars on a log axis grow up from the axis minimum, so the minimum
// must sit clearly below the smallest bar (the largest 1-2-5 value under
// two thirds of it); the top leaves room for the value labels.
function logBounds(values: readonly number[]): { min: number; max: number } {
  const positive = values.filter((v) => v > 0);
  const below = Math.min(...positive) / 1.5;
  const decade = 10 ** Math.floor(Math.log10(below));
  const min = [5, 2, 1].map((m) => m * decade).find((v) => v <= below) ?? decade;
  return { min, max: Math.max(...positive) * 3 };
}

function wantsLog(values: readonly number[], setting: boolean | "auto"): boolean {
  if (setting !== "auto") return setting;
  const positive = values.filter((v) => v > 0);
  return positive.length > 1 && Math.max(...positive) / Math.min(...positive) > 30;
}

const KIND_RANK: Record<string, number> = { unsafe: 0, atomic: 1, locked: 2 };
function byKind(a: LegendItem, b: LegendItem): number {
  const rank = (t: string) => KIND_RANK[t.split(/[ :]/)[0]] ?? 9;
  return rank(a.text) - rank(b.text) || a.text.localeCompare(b.text);
}

function seriesOf<T>(data: Partial<Record<CounterKind, readonly T[]>>): [CounterKind, readonly T[]][] {
  return KIND_ORDER.filter((k) => data[k] !== undefined).map((k) => [k, data[k] as readonly T[]]);
}

// ---------------------------------------------------------------- a. histogram

interface Bin {
  label: string;
  contains: (v: number) => boolean;
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}

// Zero gets a bin of its own because "nothing lost" is the correct answer,
// and that is where the locked and atomic counters must land. The positive
// values get Sturges' bin count (4…12) with round edges so labels stay short.
function lostBins(values: readonly number[], trials: number): Bin[] {
  const bins: Bin[] = [{ label: "0", contains: (v) => v === 0 }];
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return bins;
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  const count = Math.min(12, Math.max(4, Math.ceil(Math.log2(trials)) + 1));
  const step = Math.max(1, niceStep((hi - lo + 1) / count));
  const first = Math.floor(lo / step) * step;
  // One empty bin stands for the whole stretch between 0 and the first
  // losses, so the picture does not suggest the unsafe runs lost almost nothing.
  if (first > 1) bins.push({ label: `1–${compact.format(first)}`, contains: (v) => v > 0 && v < first });
  for (let start = first; start <= hi; start += step) {
    const end = start + step;
    const label = step === 1 ? compact.format(start) : `${compact.format(start === 0 ? 1 : start)}–${compact.format(end)}`;
    bins.push({ label, contains: (v) => v > 0 && v >= start && v < end });
  }
  return bins;
}

/**
 * Histogram of updates lost per trial. The unsafe counter's trials are
 * binned; the atomic and locked counters (expected: always 0) get their own
 * bars beside it, so a broken lock would show up in the same picture.
 */
export async function lostHistogramChart(data: LostHistogramData, opts: RenderOptions = {}): Promise<Buffer> {
  const chart = "lostHistogramChart";
  checkNonEmpty(chart, "data.unsafe", data?.unsafe, "the updates lost in each trial of the unsafe counter");
  const series = seriesOf<number>(data);
  for (const [kind, values] of series) {
    checkNonEmpty(chart, `data.${kind}`, values, `the updates lost in each trial of the ${kind} counter, or leave it out`);
    checkNumbers(chart, `data.${kind}`, values, 0);
  }
  const bins = lostBins(series.flatMap(([, v]) => v), data.unsafe.length);
  const datasets: ChartDataset[] = series.map(([kind, values]) => ({
    label: `${kind} (${values.length} trials)`,
    // null, not 0, so skipNull lets the lone unsafe bar fill its bin's width.
    data: bins.map((b) => values.filter(b.contains).length || null),
    backgroundColor: COUNTER_COLORS[kind],
    borderColor: COUNTER_COLORS[kind],
    pointStyle: "rect",
    categoryPercentage: 0.92,
    barPercentage: 0.96,
  }));
  const config: ChartConfiguration = {
    type: "bar",
    data: { labels: bins.map((b) => b.label), datasets },
    options: {
      skipNull: true,
      layout: LAYOUT,
      plugins: titlePlugins(opts.title ?? "Updates lost per trial", opts.subtitle, series.length > 1, byKind),
      scales: {
        x: { ...axis("updates lost per trial"), grid: { display: false } },
        y: { ...axis("trials"), beginAtZero: true, grace: "10%", ticks: { ...axis("").ticks, precision: 0 } },
      },
    },
    plugins: [valueLabels(sig3)],
  };
  return render(chart, config, opts);
}

// ---------------------------------------------------------------- b, c. lost fraction lines

interface SpreadPoint {
  x: number;
  values: readonly number[];
}

function lostFractionDatasets(series: [CounterKind, readonly SpreadPoint[]][], spread: Spread, xKey: (x: number) => number | string): ChartDataset[] {
  const lines: ChartDataset[] = [];
  const bands: ChartDataset[] = [];
  for (const [kind, points] of series) {
    const sorted = [...points].sort((a, b) => a.x - b.x);
    const stats = sorted.map((p) => ({ x: xKey(p.x), s: summarize(p.values) }));
    const color = COUNTER_COLORS[kind];
    // The fixed counters sit exactly on 0, on top of each other: a thick
    // atomic line under a thin dashed locked line keeps both visible.
    lines.push({
      label: `${kind}: median`,
      data: stats.map(({ x, s }) => ({ x, y: s.median * 100 })),
      borderColor: color,
      backgroundColor: color,
      borderWidth: kind === "atomic" ? 7 : 3,
      borderDash: kind === "locked" ? [10, 6] : [],
      pointStyle: COUNTER_POINT_STYLES[kind],
      pointRadius: kind === "atomic" ? 7 : 5,
      fill: false,
      clip: 10,
    });
    const lo = stats.map(({ x, s }) => ({ x, y: (spread === "quartiles" ? s.q1 : s.min) * 100 }));
    const hi = stats.map(({ x, s }) => ({ x, y: (spread === "quartiles" ? s.q3 : s.max) * 100 }));
    if (hi.some((p, i) => p.y !== lo[i].y)) {
      bands.push({ label: "", data: lo, borderWidth: 0, pointRadius: 0, fill: false });
      bands.push({
        label: `${kind}: ${spread === "quartiles" ? "middle half (q1–q3)" : "min–max"}`,
        data: hi,
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

function checkLostPoints(chart: string, kind: CounterKind, points: readonly { lostFractions: readonly number[] }[] | undefined, xName: "workers" | "increments"): void {
  checkNonEmpty(chart, `data.${kind}`, points, `one { ${xName}, lostFractions } per ${xName === "workers" ? "worker count" : "increment count"}`);
  points!.forEach((p, i) => {
    const x = (p as unknown as Record<string, number>)[xName];
    if (!Number.isFinite(x) || x <= 0) throw new ChartInputError(chart, `data.${kind}[${i}].${xName}`, `is ${String(x)}; it must be a positive number`);
    checkNonEmpty(chart, `data.${kind}[${i}].lostFractions`, p?.lostFractions, "the lost fraction of each trial");
    checkNumbers(chart, `data.${kind}[${i}].lostFractions`, p.lostFractions, 0, 1, " (a fraction: 0.25 means a quarter lost, not 25%)");
  });
}

function percentAxis(maxPercent: number) {
  return {
    ...axis("updates lost (% of increments)"),
    min: 0,
    suggestedMax: maxPercent > 0 ? maxPercent * 1.08 : 1,
    ticks: { ...axis("").ticks, callback: (v: string | number) => `${sig3(Number(v))}%` },
  };
}

function spreadSubtitle(spread: Spread, points: readonly { lostFractions: readonly number[] }[]): string {
  const counts = new Set(points.map((p) => p.lostFractions.length));
  const trials = counts.size === 1 ? `${[...counts][0]} trials` : "trials";
  return `line: median of ${trials} · band: ${spread === "quartiles" ? "middle half of the trials (q1–q3)" : "lowest to highest trial"}`;
}

/** Lost fraction (%) against the number of workers: median line, shaded spread across trials. */
export async function lostVsWorkersChart(data: LostVsWorkersData, opts: RenderOptions = {}): Promise<Buffer> {
  const chart = "lostVsWorkersChart";
  checkLostPoints(chart, "unsafe", data?.unsafe, "workers");
  const series = seriesOf<WorkersPoint>(data);
  series.forEach(([kind, points]) => checkLostPoints(chart, kind, points, "workers"));
  const spread = data.spread ?? "min-max";
  // Worker counts are usually powers of two; evenly spaced categories show
  // each doubling as one step instead of crowding 1, 2 and 4 at the left.
  const workers = [...new Set(series.flatMap(([, ps]) => ps.map((p) => p.workers)))].sort((a, b) => a - b);
  const datasets = lostFractionDatasets(
    series.map(([k, ps]) => [k, ps.map((p) => ({ x: p.workers, values: p.lostFractions }))]),
    spread,
    (x) => String(x),
  );
  const maxPercent = Math.max(...series.flatMap(([, ps]) => ps.flatMap((p) => p.lostFractions))) * 100;
  const config: ChartConfiguration = {
    type: "line",
    data: { labels: workers.map(String), datasets },
    options: {
      layout: LAYOUT,
      plugins: { ...titlePlugins(opts.title ?? "Lost updates vs number of workers", opts.subtitle ?? spreadSubtitle(spread, data.unsafe), true, byKind), filler: { propagate: false } },
      // offset: half a step of room at each end, so end markers are not cut in half.
      scales: { x: { ...axis("workers (threads incrementing the same counter)"), offset: true }, y: percentAxis(maxPercent) },
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
  const spread = data.spread ?? "min-max";
  const xs = series.flatMap(([, ps]) => ps.map((p) => p.increments));
  const datasets = lostFractionDatasets(
    series.map(([k, ps]) => [k, ps.map((p) => ({ x: p.increments, values: p.lostFractions }))]),
    spread,
    (x) => x,
  );
  const maxPercent = Math.max(...series.flatMap(([, ps]) => ps.flatMap((p) => p.lostFractions))) * 100;
  const config: ChartConfiguration = {
    type: "line",
    data: { datasets },
    options: {
      layout: LAYOUT,
      plugins: { ...titlePlugins(opts.title ?? "Lost updates vs increments per worker", opts.subtitle ?? spreadSubtitle(spread, data.unsafe), true, byKind), filler: { propagate: false } },
      scales: {
        x: {
          ...axis("increments per worker (log scale)"),
          type: "logarithmic",
          // A little room either side so the end markers are not cut in half.
          min: Math.min(...xs) / 1.6,
          max: Math.max(...xs) * 1.6,
          ...logAxisTicks(isPowerOfTen, (v) => compact.format(v)),
        },
        y: percentAxis(maxPercent),
      },
    },
  };
  return render(chart, config, opts);
}

// ---------------------------------------------------------------- d. cost per increment

function checkCost(chart: string, param: string, run: CostRun): number[] {
  const values: number[] = [];
  for (const kind of KIND_ORDER) {
    const v = run[kind];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) throw new ChartInputError(chart, `${param}.${kind}`, `is ${String(v)}; it must be a positive number of nanoseconds`);
    values.push(v);
  }
  if (values.length === 0) throw new ChartInputError(chart, param, "has no cost — give ns per increment for at least one of unsafe, atomic, locked");
  return values;
}

function nsAxis(values: readonly number[], log: boolean) {
  const base = axis(log ? "ns per increment (log scale)" : "ns per increment");
  if (!log) return { ...base, beginAtZero: true, grace: "12%" };
  const bounds = logBounds(values);
  return { ...base, type: "logarithmic" as const, ...bounds, ...logAxisTicks(isOneTwoFive, sig3, bounds) };
}

/**
 * Nanoseconds per increment for each counter, grouped by worker count.
 * The y axis turns logarithmic when the costs span more than 30×, since a
 * lock can cost a hundred times a plain add.
 */
export async function costPerIncrementChart(data: readonly CostPoint[], opts: RenderOptions = {}): Promise<Buffer> {
  const chart = "costPerIncrementChart";
  checkNonEmpty(chart, "data", data, "one { workers, unsafe?, atomic?, locked? } (ns per increment) per worker count");
  const all = data.flatMap((p, i) => {
    if (!Number.isInteger(p?.workers) || p.workers <= 0) throw new ChartInputError(chart, `data[${i}].workers`, `is ${String(p?.workers)}; it must be a positive whole number`);
    return checkCost(chart, `data[${i}]`, p);
  });
  const points = [...data].sort((a, b) => a.workers - b.workers);
  const kinds = KIND_ORDER.filter((k) => points.some((p) => p[k] !== undefined));
  const log = wantsLog(all, "auto");
  const datasets: ChartDataset[] = kinds.map((kind) => ({
    label: kind,
    data: points.map((p) => p[kind] ?? null),
    backgroundColor: COUNTER_COLORS[kind],
    pointStyle: "rect",
    categoryPercentage: 0.8,
    barPercentage: 0.92,
  }));
  const config: ChartConfiguration = {
    type: "bar",
    data: { labels: points.map((p) => String(p.workers)), datasets },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(opts.title ?? "Cost per increment", opts.subtitle, kinds.length > 1, byKind),
      scales: { x: { ...axis("workers"), grid: { display: false } }, y: nsAxis(all, log) },
    },
    plugins: [valueLabels(sig3)],
  };
  return render(chart, config, opts);
}

// ---------------------------------------------------------------- e. outcomes

/**
 * How often each outcome occurred, jcstress style. A forbidden outcome that
 * occurred is drawn red — the one red thing in the lesson — interesting ones
 * amber, acceptable ones green. Counts are written on the bars, and the axis
 * goes logarithmic when a rare outcome would otherwise be a hairline.
 */
export async function outcomeBarChart(data: readonly Outcome[], opts: OutcomeChartOptions = {}): Promise<Buffer> {
  const chart = "outcomeBarChart";
  checkNonEmpty(chart, "data", data, "one { outcome, count, grade } per possible outcome");
  data.forEach((o, i) => {
    if (typeof o?.outcome !== "string" || o.outcome === "") throw new ChartInputError(chart, `data[${i}].outcome`, "must be a non-empty string");
    if (!Number.isInteger(o.count) || o.count < 0) throw new ChartInputError(chart, `data[${i}].count`, `is ${String(o.count)}; it must be a whole number ≥ 0`);
    if (!(o.grade in GRADE_COLORS)) throw new ChartInputError(chart, `data[${i}].grade`, `is ${JSON.stringify(o.grade)}; it must be "acceptable", "interesting" or "forbidden"`);
  });
  const counts = data.map((o) => o.count);
  const log = wantsLog(counts, "auto");
  const colors = data.map((o) => (o.grade === "forbidden" && o.count > 0 ? FAILURE_RED : GRADE_COLORS[o.grade]));
  const total = counts.reduce((s, c) => s + c, 0);
  const forbiddenSeen = data.filter((o) => o.grade === "forbidden").reduce((s, o) => s + o.count, 0);
  const verdict = forbiddenSeen > 0 ? `FAILED: a forbidden outcome occurred ${grouped.format(forbiddenSeen)} times` : "no forbidden outcome occurred";
  const base = axis(log ? "times observed (log scale)" : "times observed");
  const countBounds = { min: 0.5, max: log ? logBounds(counts).max : 1 };
  const config: ChartConfiguration = {
    type: "bar",
    // Two-line labels: the grade is written out, not only coloured.
    data: { labels: data.map((o) => [o.outcome, o.grade]), datasets: [{ label: "observed", data: counts, backgroundColor: colors, categoryPercentage: 0.8, barPercentage: 0.9 }] },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(opts.title ?? "Outcomes observed", opts.subtitle ?? `${grouped.format(total)} samples · ${verdict}`, false),
      scales: {
        x: { ...axis(opts.xTitle ?? "outcome (final count)"), grid: { display: false } },
        y: log
          ? // Counts start from one: a baseline at the smallest count would make a
            // rare forbidden outcome look like nothing. 0.5 keeps a count of 1 visible.
            { ...base, type: "logarithmic", ...countBounds, ...logAxisTicks((v) => v >= 1 && isOneTwoFive(v), (v) => compact.format(v), countBounds) }
          : { ...base, beginAtZero: true, grace: "12%", ticks: { ...base.ticks, precision: 0, callback: (v: string | number) => compact.format(Number(v)) } },
      },
    },
    plugins: [valueLabels((v) => grouped.format(v))],
  };
  return render(chart, config, opts);
}

// ---------------------------------------------------------------- f. simple bars

/** A plain bar chart with a value written on every bar. */
export async function barChart(data: BarChartData, opts: RenderOptions = {}): Promise<Buffer> {
  const chart = "barChart";
  checkNonEmpty(chart, "data.bars", data?.bars, "one { label, value } per bar");
  if (!data.yTitle) throw new ChartInputError(chart, "data.yTitle", "is empty — name the quantity and its unit, e.g. \"ns per increment\"");
  checkNumbers(
    chart,
    "data.bars.value",
    data.bars.map((b) => b.value),
    0,
  );
  const values = data.bars.map((b) => b.value);
  const log = wantsLog(values, data.logScale ?? "auto");
  const base = axis(log ? `${data.yTitle} (log scale)` : data.yTitle);
  const format = data.formatValue ?? sig3;
  const config: ChartConfiguration = {
    type: "bar",
    data: {
      labels: data.bars.map((b) => b.label),
      datasets: [{ label: data.yTitle, data: values, backgroundColor: data.bars.map((b) => b.color ?? "#666666"), categoryPercentage: 0.7, barPercentage: 0.9 }],
    },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(opts.title ?? data.yTitle, opts.subtitle, false),
      scales: {
        x: { ...axis(data.xTitle ?? ""), title: { ...axis("").title, display: !!data.xTitle, text: data.xTitle ?? "" }, grid: { display: false } },
        y: log ? { ...base, type: "logarithmic", ...logBounds(values), ...logAxisTicks(isOneTwoFive, format, logBounds(values)) } : { ...base, beginAtZero: true, grace: "12%" },
      },
    },
    plugins: [valueLabels(format)],
  };
  return render(chart, config, opts);
}

/** Nanoseconds per increment for unsafe, atomic and locked from a single run. */
export async function costBarChart(data: CostRun, opts: RenderOptions = {}): Promise<Buffer> {
  checkCost("costBarChart", "data", data ?? {});
  const bars = KIND_ORDER.filter((k) => data[k] !== undefined).map((k) => ({ label: k, value: data[k] as number, color: COUNTER_COLORS[k] }));
  return barChart({ bars, yTitle: "ns per increment", xTitle: "counter" }, { title: "Cost per increment", ...opts });
}
