/**
 * The room's results as one chart.js configuration: every trial of every machine as a point,
 * its share of updates lost (%) up the side, the machine's cores along the bottom on a doubling
 * scale (2, 4, 8, 16 equally spaced). A machine's trials stand in one column; machines with
 * the same number of cores stand side by side around it, in the order they joined. Colour and
 * marker say the platform (Okabe–Ito colours, a shape each, for colour-blind eyes too).
 *
 * A pure function of the results and the words: the lecturer's page draws it with chart.js in
 * the browser, and the tests read it in Node. No animation, so a result shows the moment it
 * is drawn.
 */
/// <reference lib="dom" />
// chart.js's declarations name the canvas's DOM types: types only, for the configuration below.
import type { ChartConfiguration, ChartDataset, Scale, TooltipItem } from "chart.js";
import { median } from "../../lesson/analysis/stats";
import { FONT_FAMILY, GRID_COLOR, MUTED_TEXT_COLOR, TEXT_COLOR } from "../../lesson/show/chartTheme";
import type { ClassWords } from "../../lesson/narrate/phrases/en/classroom";
import type { ClassParams, KeptResult } from "./protocol";

/** The class chart, in chart.js's own types: a scatter of the room's trials. */
export type ClassChartConfig = ChartConfiguration<"scatter", ClassPoint[]>;

export interface ClassPoint {
  x: number;
  y: number;
  id: number;
  cores: number;
  node: string;
  platform: string;
}

export type ClassDataset = ChartDataset<"scatter", ClassPoint[]>;

/** Platforms in legend order, with their colour and marker; the rest share the last. */
const PLATFORM_LOOK = [
  { kind: "linux", color: "#0072B2", marker: "circle" },
  { kind: "darwin", color: "#E69F00", marker: "rectRot" },
  { kind: "win32", color: "#009E73", marker: "triangle" },
  { kind: "other", color: "#CC79A7", marker: "rect" },
] as const;

/** For a hall: nothing under 18 px on a 1280×720 screen. */
const FONT = { title: 24, axis: 20, tick: 18, legend: 18 } as const;
/** How far apart (in doublings of cores) machines with the same cores spread at most. */
const SPREAD = 0.6;

/** Where a machine's column stands: log₂ of its cores, moved aside among its equals. */
export function machineColumns(results: readonly KeptResult[]): Map<number, number> {
  const byCores = new Map<number, number[]>();
  for (const r of results) byCores.set(r.cores, [...(byCores.get(r.cores) ?? []), r.id]);
  const columns = new Map<number, number>();
  for (const [cores, ids] of byCores) {
    ids.forEach((id, k) => columns.set(id, Math.log2(cores) + ((k + 0.5) / ids.length - 0.5) * SPREAD));
  }
  return columns;
}

/** The median of the shares lost over every trial, or NaN with none. */
export function medianLost(results: readonly KeptResult[]): number {
  return median(results.flatMap((r) => r.trials.map((t) => t.lost / t.expected)));
}

export function classChartConfig(
  results: readonly KeptResult[],
  params: ClassParams,
  words: ClassWords,
): ClassChartConfig {
  const columns = machineColumns(results);
  const lookOf = (platform: string) =>
    PLATFORM_LOOK.find((look) => look.kind === platform) ?? PLATFORM_LOOK[PLATFORM_LOOK.length - 1];
  const datasets: ClassDataset[] = PLATFORM_LOOK.map((look) => ({
    label: look.kind === "other" ? words.otherPlatform : words.platform(look.kind),
    data: results
      .filter((r) => lookOf(r.platform) === look)
      .flatMap((r) =>
        r.trials.map((t) => ({
          x: columns.get(r.id)!,
          y: (100 * t.lost) / t.expected,
          id: r.id,
          cores: r.cores,
          node: r.node,
          platform: r.platform,
        })),
      ),
    backgroundColor: look.color,
    borderColor: look.color,
    pointStyle: look.marker,
    pointRadius: 7,
  })).filter((dataset) => dataset.data.length > 0);

  const exponents = results.map((r) => Math.log2(r.cores));
  const low = Math.min(0, ...exponents.map(Math.floor));
  const high = Math.max(4, ...exponents.map(Math.ceil));
  const doublings = Array.from({ length: high - low + 1 }, (_, i) => low + i);
  const font = (size: number) => ({ family: `"${FONT_FAMILY}", "Noto Sans CJK KR", sans-serif`, size });
  return {
    type: "scatter",
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: TEXT_COLOR,
      plugins: {
        title: { display: true, text: words.chartTitle, color: TEXT_COLOR, font: font(FONT.title) },
        subtitle: {
          display: true,
          text: words.chartSubtitle(params),
          color: MUTED_TEXT_COLOR,
          font: font(FONT.legend),
          // Clear of the top tick's label under it.
          padding: { bottom: 12 },
        },
        legend: { position: "bottom", labels: { usePointStyle: true, color: TEXT_COLOR, font: font(FONT.legend) } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<"scatter">) => {
              // A point's raw datum is one of this chart's points, as built above.
              const point = item.raw as ClassPoint;
              return words.point(point.id, point.cores, point.node, point.platform, point.y / 100);
            },
          },
        },
      },
      scales: {
        x: {
          type: "linear",
          min: low - 0.5,
          max: high + 0.5,
          title: { display: true, text: words.xAxis, color: MUTED_TEXT_COLOR, font: font(FONT.axis) },
          grid: { color: GRID_COLOR },
          // A tick at each whole doubling (1, 2, 4, 8, 16), not at the half steps the axis's
          // margins would put them on.
          afterBuildTicks: (axis: Scale) => {
            axis.ticks = doublings.map((value) => ({ value }));
          },
          ticks: {
            color: TEXT_COLOR,
            font: font(FONT.tick),
            callback: (value: number | string) => (Number.isInteger(value) ? String(2 ** Number(value)) : ""),
          },
        },
        y: {
          type: "linear",
          min: 0,
          max: 100,
          title: { display: true, text: words.yAxis, color: MUTED_TEXT_COLOR, font: font(FONT.axis) },
          grid: { color: GRID_COLOR },
          ticks: { color: TEXT_COLOR, font: font(FONT.tick), callback: (value: number | string) => `${value}%` },
        },
      },
    },
  };
}
