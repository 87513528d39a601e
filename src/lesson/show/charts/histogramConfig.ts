/**
 * How many updates each trial lost, binned: the race as a distribution. The configuration
 * only, so that it is built the same way for node-canvas (histogram.ts) and for chart.js in
 * the browser (the live race on a slide).
 */
import type { Phrases } from "../../narrate/phrases";
import { COUNTER_COLORS } from "../chartTheme";
import {
  LAYOUT,
  axis,
  byLabelOrder,
  chartText,
  ChartInputError,
  checkNonEmpty,
  checkNumbers,
  seriesOf,
  titlePlugins,
  valueLabels,
  type ChartConfiguration,
  type ChartDataset,
  type RenderOptions,
} from "./chartConfig";

/** Updates lost in each trial (one number per trial), per counter. */
export interface LostHistogramData {
  /** With these three (a trials sweep has them), the subtitle says what every trial should count to. */
  threads?: number;
  howMany?: number;
  expected?: number;
  unsafe?: readonly number[];
  atomic?: readonly number[];
  locked?: readonly number[];
}

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
function lostBins(values: readonly number[], trials: number, compact: (n: number) => string): Bin[] {
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
  if (first > 1) bins.push({ label: `1–${compact(first)}`, contains: (v) => v > 0 && v < first });
  for (let start = first; start <= hi; start += step) {
    const end = start + step;
    const label = step === 1 ? compact(start) : `${compact(start === 0 ? 1 : start)}–${compact(end)}`;
    bins.push({ label, contains: (v) => v > 0 && v >= start && v < end });
  }
  return bins;
}

function subtitle(data: LostHistogramData, T: Phrases["charts"]): string | undefined {
  const { threads, howMany, expected } = data;
  if (threads === undefined || howMany === undefined || expected === undefined) return undefined;
  return T.histogram.subtitle(threads, howMany, expected);
}

/**
 * The histogram's chart.js configuration, without drawing it: the live race on a slide
 * draws this same configuration with chart.js in the browser.
 */
export function lostHistogramConfig(data: LostHistogramData, opts: RenderOptions = {}): ChartConfiguration {
  const chart = "lostHistogramChart";
  const series = seriesOf<number>(data ?? {});
  if (series.length === 0) {
    throw new ChartInputError(chart, "data", "has no counter's trials — pass unsafe, atomic or locked");
  }
  for (const [kind, values] of series) {
    checkNonEmpty(
      chart,
      `data.${kind}`,
      values,
      `the updates lost in each trial of the ${kind} counter, or leave it out`,
    );
    checkNumbers(chart, `data.${kind}`, values, 0);
  }
  const { charts: T, f } = chartText(opts);
  const bins = lostBins(
    series.flatMap(([, v]) => v),
    Math.max(...series.map(([, v]) => v.length)),
    f.compact,
  );
  const datasets: ChartDataset[] = series.map(([kind, values]) => ({
    label: T.histogram.series(T.kind(kind), values.length),
    // null, not 0, so skipNull lets the lone unsafe bar fill its bin's width.
    data: bins.map((b) => values.filter(b.contains).length || null),
    backgroundColor: COUNTER_COLORS[kind],
    borderColor: COUNTER_COLORS[kind],
    pointStyle: "rect",
    categoryPercentage: 0.92,
    barPercentage: 0.96,
  }));
  const legendOrder = byLabelOrder(datasets.map((d) => d.label as string));
  const config: ChartConfiguration = {
    type: "bar",
    data: { labels: bins.map((b) => b.label), datasets },
    options: {
      skipNull: true,
      layout: LAYOUT,
      plugins: titlePlugins(
        opts.title ?? T.histogram.title,
        opts.subtitle ?? subtitle(data, T),
        series.length > 1,
        legendOrder,
      ),
      scales: {
        x: { ...axis(T.histogram.x), grid: { display: false } },
        y: { ...axis(T.histogram.y), beginAtZero: true, grace: "10%", ticks: { ...axis("").ticks, precision: 0 } },
      },
    },
    plugins: [valueLabels(f.int)],
  };
  return config;
}
