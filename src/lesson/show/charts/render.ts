/**
 * The renderer: a chart's configuration (chartConfig.ts) drawn by chart.js on node-canvas
 * into a PNG, with the chart described in words in the PNG's text (its alt text on a page).
 */
import { DESCRIPTION, withText } from "./pngText";
import { lessonLang } from "../../core/lang";
import { BACKGROUND_COLOR, DEFAULT_SIZE, DEVICE_PIXEL_RATIO, FONT_FAMILY, TEXT_COLOR } from "../chartTheme";
import { ChartInputError, describeChart, type AnyChartConfiguration, type RenderOptions } from "./chartConfig";

import type { ChartConfiguration as ChartJsConfiguration } from "chart.js";
import { ChartJSNodeCanvas } from "chartjs-node-canvas";

type Renderer = ChartJSNodeCanvas;

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
  for (const [name, v] of [
    ["width", width],
    ["height", height],
  ] as const) {
    if (!Number.isInteger(v) || v < 200 || v > 4000) {
      throw new ChartInputError(
        chart,
        `options.${name}`,
        `is ${v}; it must be a whole number of CSS pixels from 200 to 4000`,
      );
    }
  }
  return { width, height };
}

export async function render(chart: string, config: AnyChartConfiguration, opts: RenderOptions): Promise<Buffer> {
  const { width, height } = checkSize(chart, opts);
  config.options = {
    ...config.options,
    devicePixelRatio: DEVICE_PIXEL_RATIO,
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
  };
  // chartjs-node-canvas takes chart.js's configuration of a chart of any type, to which chart.js's
  // types do not widen one of a given type (its callbacks' contexts are typed per chart type).
  const png = await rendererFor(width, height).renderToBuffer(config as ChartJsConfiguration);
  return withText(png, DESCRIPTION, describeChart(config, opts), opts.lang ?? lessonLang());
}
