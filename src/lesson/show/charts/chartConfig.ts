/**
 * What every chart's configuration shares: input checks, the title, legend and axis
 * styling, log-axis ticks, value labels, the language the chart's text is in, and the
 * chart described in words. Pure: nothing here draws, so a chart's configuration is built
 * the same way for node-canvas (render.ts) and for chart.js in a browser (the live race).
 */
/// <reference lib="dom" />
// chart.js's declarations name the canvas's DOM types (its canvas, its 2D context); node-canvas
// gives charts drawn in Node the same shapes. Types only: nothing here reaches for a DOM.
import type {
  Chart,
  ChartConfiguration as ChartJsConfiguration,
  ChartDataset as ChartJsDataset,
  DefaultDataPoint,
  LegendItem,
  Plugin as ChartJsPlugin,
} from "chart.js";
import { InputError } from "../../core/errors";
import { lessonLang, type Lang } from "../../core/lang";
import { phrasesFor, type Phrases } from "../../narrate/phrases";
import type { CounterKind } from "../../engine/counters";
import { FONT_FAMILY, FONT_SIZES, GRID_COLOR, KIND_ORDER, MUTED_TEXT_COLOR, TEXT_COLOR, font } from "../chartTheme";

/**
 * The lesson's charts are chart.js's bar and line charts, in chart.js's own types: node-canvas
 * renders them (chartjs-node-canvas) for the notebooks' pictures, and chart.js draws the same
 * configurations in a browser (the live panels, the class chart).
 */
export type LessonChartType = "bar" | "line";
export type ChartConfiguration<
  T extends LessonChartType = "bar",
  D extends unknown[] = DefaultDataPoint<T>,
> = ChartJsConfiguration<T, D>;
/** Any of the lesson's charts, as the renderer and the alt text take them. */
export type AnyChartConfiguration = ChartConfiguration<"bar", unknown[]> | ChartConfiguration<"line", unknown[]>;
export type ChartDataset<T extends LessonChartType = "bar", D extends unknown[] = DefaultDataPoint<T>> = ChartJsDataset<
  T,
  D
>;

/**
 * A plugin of the lesson's charts: chart.js's own, and the numbers it writes on the chart, each
 * as it is written and with its unit, for the chart's description: a reader of the alt text
 * gets the values a sighted reader sees.
 */
export type Plugin<T extends LessonChartType = "bar"> = ChartJsPlugin<T> & {
  describe?(config: AnyChartConfiguration): string[];
};
/** A chart as a plugin sees it while drawing. */
export type DrawnChart<T extends LessonChartType = "bar"> = Chart<T>;
export type { LegendItem };
/** Title, subtitle, size (CSS pixels; the PNG is DEVICE_PIXEL_RATIO times larger) and language. */
export interface RenderOptions {
  title?: string;
  subtitle?: string;
  width?: number;
  height?: number;
  /** The language of the chart's own text; default the lesson's (set by the parameters cell). */
  lang?: Lang;
}

// ---------------------------------------------------------------- errors

/** Thrown for unusable chart input; `param` names the offending parameter. */
export class ChartInputError extends InputError {
  constructor(
    readonly chart: string,
    readonly param: string,
    rule: string,
  ) {
    super(`${chart}: ${param} ${rule}`);
  }

  override get name(): string {
    return "ChartInputError";
  }
}

export function checkNonEmpty(
  chart: string,
  param: string,
  values: readonly unknown[] | undefined,
  what: string,
): void {
  if (!Array.isArray(values) || values.length === 0) {
    throw new ChartInputError(chart, param, `is empty — pass ${what}`);
  }
}

export function checkNumbers(
  chart: string,
  param: string,
  values: readonly number[],
  min: number,
  max = Infinity,
  hint = "",
): void {
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
      const range = max === Infinity ? `≥ ${min}` : `in [${min}, ${max}]`;
      throw new ChartInputError(chart, `${param}[${i}]`, `is ${String(v)}; it must be a finite number ${range}${hint}`);
    }
  });
}

// ---------------------------------------------------------------- text

/** The phrases for a chart's text: the language asked for, or the lesson's. */
export function chartText(opts: RenderOptions): Phrases {
  return phrasesFor(opts.lang ?? lessonLang());
}

interface TextOption {
  display?: boolean;
  text?: unknown;
}

/** What a chart shows, in words, for its alt text: the text drawn on it, read off its configuration. */
export function describeChart(config: AnyChartConfiguration, opts: RenderOptions): string {
  const options = (config.options ?? {}) as {
    plugins?: { title?: TextOption; subtitle?: TextOption; legend?: { display?: boolean } };
    scales?: Record<string, { title?: TextOption }>;
  };
  const shown = (t: TextOption | undefined) => (t && t.display !== false && typeof t.text === "string" ? t.text : "");
  const axes = Object.values(options.scales ?? {})
    .map((scale) => shown(scale.title))
    .filter(Boolean);
  const legend =
    options.plugins?.legend?.display === false
      ? []
      : config.data.datasets.map((d) => d.label).filter((l): l is string => typeof l === "string" && l !== "");
  const labels = (config.data.labels ?? []).map((l) => (Array.isArray(l) ? l.join(" ") : String(l)));
  const described = (config.plugins ?? []) as readonly { describe?: (c: AnyChartConfiguration) => string[] }[];
  const values = described.flatMap((p) => p.describe?.(config) ?? []);
  return chartText(opts).charts.alt({
    title: shown(options.plugins?.title),
    subtitle: shown(options.plugins?.subtitle),
    axes,
    legend,
    labels,
    values,
  });
}

// ---------------------------------------------------------------- shared pieces

export function titlePlugins(
  title: string,
  subtitle: string | undefined,
  legend: boolean,
  legendSort?: (a: LegendItem, b: LegendItem) => number,
) {
  return {
    title: {
      display: true,
      text: title,
      font: font(FONT_SIZES.title, "bold"),
      color: TEXT_COLOR,
      padding: { top: 4, bottom: subtitle ? 2 : 10 },
    },
    subtitle: {
      display: !!subtitle,
      text: subtitle ?? "",
      font: font(FONT_SIZES.subtitle),
      color: MUTED_TEXT_COLOR,
      padding: { bottom: 10 },
    },
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

export function axis(title: string) {
  return {
    title: { display: true, text: title, font: font(FONT_SIZES.axisTitle, "bold"), color: TEXT_COLOR, padding: 6 },
    ticks: { font: font(FONT_SIZES.tick), color: TEXT_COLOR },
    grid: { color: GRID_COLOR },
    border: { color: "#888888" },
  };
}

// Right: room for the last x tick, centred on the plot's edge, at FONT_SIZES.tick.
export const LAYOUT = { padding: { top: 6, right: 28, bottom: 6, left: 6 } };

export function isOneTwoFive(v: number): boolean {
  if (!(v > 0)) return false;
  const mantissa = v / 10 ** Math.floor(Math.log10(v) + 1e-9);
  return [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6);
}

export function isPowerOfTen(v: number): boolean {
  const e = Math.log10(v);
  return v > 0 && Math.abs(e - Math.round(e)) < 1e-9;
}

// chart.js puts a tick at every 1…9 × 10^k on a log axis; labelling and
// gridding them all turns the plot into a barcode. Keep the ones `keep` picks.
export function logAxisTicks(
  keep: (v: number) => boolean,
  format: (v: number) => string,
  bounds?: { min: number; max: number },
) {
  // Over many decades even 1-2-5 labels crowd together; keep the powers of ten.
  if (bounds && Math.log10(bounds.max / bounds.min) > 4) {
    const inner = keep;
    keep = (v) => inner(v) && isPowerOfTen(v);
  }
  return {
    ticks: {
      font: font(FONT_SIZES.tick),
      color: TEXT_COLOR,
      autoSkip: false,
      maxRotation: 0,
      callback: (v: string | number) => (keep(Number(v)) ? format(Number(v)) : ""),
    },
    grid: {
      color: (ctx: { tick?: { value: number } }) =>
        ctx.tick && keep(ctx.tick.value) ? GRID_COLOR : "rgba(0, 0, 0, 0)",
    },
  };
}

/**
 * Each value a chart writes, named for its description: "locked 57.7 ns", or with several
 * series over several categories, "locked at 4: 57.7 ns". `unit` follows each number.
 */
export function valueTexts(config: AnyChartConfiguration, format: (v: number) => string, unit: string): string[] {
  const datasets = config.data.datasets.filter((d) => typeof d.label === "string" && d.label !== "");
  const labels = (config.data.labels ?? []).map((l) => (Array.isArray(l) ? l.join(" ") : String(l)));
  const withUnit = (v: number) => (unit ? `${format(v)} ${unit}` : format(v));
  return datasets.flatMap((d) =>
    d.data.flatMap((v, j) => {
      if (typeof v !== "number") return [];
      const name = [datasets.length > 1 ? (d.label as string) : "", labels.length > 1 ? labels[j] : ""]
        .filter(Boolean)
        .join(" · ");
      return [name ? `${name}: ${withUnit(v)}` : withUnit(v)];
    }),
  );
}

// Writes each bar's value above it: on a projector nobody can read a value
// off a gridline, a bar of 3 next to a bar of 1,000,000 is invisible, and a
// written "0" says "never happened" where a missing bar says nothing.
export function valueLabels(format: (v: number) => string, unit = ""): Plugin {
  return {
    id: "valueLabels",
    describe: (config) => valueTexts(config, format, unit),
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
export function logBounds(values: readonly number[]): { min: number; max: number } {
  const positive = values.filter((v) => v > 0);
  const below = Math.min(...positive) / 1.5;
  const decade = 10 ** Math.floor(Math.log10(below));
  const min = [5, 2, 1].map((m) => m * decade).find((v) => v <= below) ?? decade;
  return { min, max: Math.max(...positive) * 3 };
}

export function wantsLog(values: readonly number[], setting: boolean | "auto"): boolean {
  if (setting !== "auto") return setting;
  const positive = values.filter((v) => v > 0);
  return positive.length > 1 && Math.max(...positive) / Math.min(...positive) > 30;
}

/** Legend order by the labels given, first to last: chart.js paints in reverse, legends read forwards. */
export function byLabelOrder(labels: readonly string[]): (a: LegendItem, b: LegendItem) => number {
  const rank = (item: LegendItem) => {
    const i = labels.indexOf(item.text);
    return i < 0 ? labels.length : i;
  };
  return (a, b) => rank(a) - rank(b);
}

/** The counters present in `data`, in the lesson's order: the broken one first, then the two fixes. */
export function seriesOf<T>(data: Partial<Record<CounterKind, readonly T[]>>): [CounterKind, readonly T[]][] {
  return KIND_ORDER.filter((k) => data[k] !== undefined).map((k) => [k, data[k] as readonly T[]]);
}
