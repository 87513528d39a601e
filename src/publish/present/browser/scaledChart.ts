/**
 * A live panel's chart: chart.js drawing one of the lesson's chart configurations (the same
 * ones node-canvas renders for the exported pictures) into a canvas laid out at the exported
 * picture's size (LIVE_CHART_SIZE) and scaled to the panel's width, as a page shows that PNG:
 * the chart theme's sizes then read on a projector exactly as the exported chart's do.
 *
 * A deck's later slides are hidden at first, and a hidden panel has no width to lay a chart
 * out in: a first drawing waits until the panel is shown, and the chart is laid out again
 * whenever the panel's width changes.
 */
import { Chart } from "chart.js";
import type { ChartConfiguration } from "../../../lesson/show/charts/chartConfig";
import { LIVE_CHART_SIZE } from "../../../lesson/show/liveSetup";
import type { ClassChartConfig } from "../../class/chart";

/** What a panel draws: one of the lesson's bar charts (the histogram, the event loop's bars), or the class chart. */
export type PanelChart = ChartConfiguration<"bar"> | ClassChartConfig;

/** The part of a drawn chart this keeps hold of, whatever its type. */
interface Drawn {
  destroy(): void;
  resize(): void;
  options: { devicePixelRatio?: number };
}

export class ScaledChart {
  /** The element to place in the panel. */
  readonly holder = document.createElement("div");
  readonly canvas = document.createElement("canvas");
  private readonly plot = document.createElement("div");
  private chart: Drawn | null = null;
  /** A drawing asked for while the panel was hidden. */
  private pending: (() => void) | null = null;
  /** The canvas's pixels per CSS pixel: the screen's, times the plot's scale. */
  private pixelRatio = 1;

  /** `size`: the CSS pixels the chart is laid out in before it is scaled to the panel's width. */
  constructor(private readonly size: { width: number; height: number } = LIVE_CHART_SIZE) {
    this.holder.className = "lu-live-chart";
    this.holder.style.aspectRatio = `${size.width} / ${size.height}`;
    this.plot.className = "lu-live-plot";
    this.plot.append(this.canvas);
    this.holder.append(this.plot);
    new ResizeObserver(() => {
      if (this.pending && this.holder.clientWidth > 0) {
        const draw = this.pending;
        this.pending = null;
        draw();
      } else if (this.chart && this.fit()) {
        this.chart.options.devicePixelRatio = this.pixelRatio;
        this.chart.resize();
      }
    }).observe(this.holder);
  }

  /** Draws `config` now, in place of whatever was drawn. */
  draw(config: PanelChart): void {
    this.pending = null;
    this.fit();
    // Filling the plot, drawn at once (no animation: a trial shows the moment it ends), sharp at the plot's scale.
    const shown = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      devicePixelRatio: this.pixelRatio,
    };
    this.chart?.destroy();
    this.chart =
      config.type === "bar"
        ? new Chart(this.canvas, { ...config, options: { ...config.options, ...shown } })
        : new Chart(this.canvas, { ...config, options: { ...config.options, ...shown } });
  }

  /** Runs `draw` as soon as the panel is shown (at once if it is); a later draw() takes its place. */
  drawWhenShown(draw: () => void): void {
    if (this.holder.clientWidth > 0) draw();
    else this.pending = draw;
  }

  /** Lays the plot out at the exported picture's size, scaled to the panel's width; false while hidden. */
  private fit(): boolean {
    const scale = this.holder.clientWidth / this.size.width;
    if (!(scale > 0)) return false;
    this.plot.style.width = `${this.size.width}px`;
    this.plot.style.height = `${this.size.height}px`;
    this.plot.style.transform = `scale(${scale})`;
    this.pixelRatio = (window.devicePixelRatio || 1) * scale;
    return true;
  }
}
