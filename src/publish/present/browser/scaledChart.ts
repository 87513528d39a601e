/**
 * A live panel's chart: chart.js drawing one of the lesson's chart configurations (the same
 * ones node-canvas renders for the exported pictures) into a canvas laid out at the exported
 * picture's width (LIVE_CHART_SIZE) and scaled to the panel's width, as a page shows that PNG:
 * the chart theme's sizes then read on a projector exactly as the exported chart's do. Its
 * height is the panel's (its CSS class sets it), so a deck that lays a slide out wider to fit
 * it (jupyter/templates/lesson-slides, fit) gains room and does not grow the chart with it.
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
  resize(width: number, height: number): void;
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

  /**
   * `layoutWidth`: the CSS pixels the chart is laid out across before it is scaled to the
   * panel's width; `className`: the holder's class, which gives it its height.
   */
  constructor(
    private readonly layoutWidth: number = LIVE_CHART_SIZE.width,
    className = "lu-live-chart",
  ) {
    this.holder.className = className;
    this.plot.className = "lu-live-plot";
    this.plot.append(this.canvas);
    this.holder.append(this.plot);
    new ResizeObserver(() => {
      if (this.pending && this.holder.clientWidth > 0) {
        const draw = this.pending;
        this.pending = null;
        draw();
        return;
      }
      const size = this.fit();
      if (this.chart && size) {
        this.chart.options.devicePixelRatio = this.pixelRatio;
        this.chart.resize(size.width, size.height);
      }
    }).observe(this.holder);
  }

  /** Draws `config` now, in place of whatever was drawn. */
  draw(config: PanelChart): void {
    this.pending = null;
    this.chart?.destroy();
    const size = this.fit();
    // The chart's size is given, never measured: chart.js measures its container on screen,
    // where the plot's scale (and a deck's, when it shrinks a slide) would be counted twice.
    if (size) {
      this.canvas.width = size.width;
      this.canvas.height = size.height;
    }
    // Drawn at once (no animation: a trial shows the moment it ends), sharp at the plot's scale.
    const shown = {
      responsive: false,
      maintainAspectRatio: false,
      animation: false as const,
      devicePixelRatio: this.pixelRatio,
    };
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

  /**
   * Lays the plot out across the layout width and down the panel's height, scaled to the
   * panel's width; its size in CSS pixels, or null while the panel is hidden.
   */
  private fit(): { width: number; height: number } | null {
    const scale = this.holder.clientWidth / this.layoutWidth;
    if (!(scale > 0)) return null;
    const size = { width: this.layoutWidth, height: Math.round(this.holder.clientHeight / scale) };
    this.plot.style.width = `${size.width}px`;
    this.plot.style.height = `${size.height}px`;
    this.plot.style.transform = `scale(${scale})`;
    this.pixelRatio = (window.devicePixelRatio || 1) * scale;
    return size;
  }
}
