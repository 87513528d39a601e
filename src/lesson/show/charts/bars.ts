/** A plain bar chart with a value written on every bar. */
import {
  ChartInputError,
  LAYOUT,
  axis,
  chartText,
  checkNonEmpty,
  checkNumbers,
  isOneTwoFive,
  logAxisTicks,
  logBounds,
  titlePlugins,
  valueLabels,
  wantsLog,
  type ChartConfiguration,
  type RenderOptions,
} from "./chartConfig";
import { render } from "./render";

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
  /** The values' unit, which the chart's description writes after each ("ns"); none by default. */
  unit?: string;
}

export async function barChart(data: BarChartData, opts: RenderOptions = {}): Promise<Buffer> {
  const chart = "barChart";
  checkNonEmpty(chart, "data.bars", data?.bars, "one { label, value } per bar");
  if (!data.yTitle) {
    throw new ChartInputError(
      chart,
      "data.yTitle",
      'is empty — name the quantity and its unit, e.g. "ns per increment"',
    );
  }
  const values = data.bars.map((b) => b.value);
  checkNumbers(chart, "data.bars.value", values, 0);
  const { charts: T, f } = chartText(opts);
  const log = wantsLog(values, data.logScale ?? "auto");
  const base = axis(log ? T.logScale(data.yTitle) : data.yTitle);
  const format = data.formatValue ?? f.sig3;
  const bounds = logBounds(values);
  const config: ChartConfiguration = {
    type: "bar",
    data: {
      labels: data.bars.map((b) => b.label),
      datasets: [
        {
          label: data.yTitle,
          data: values,
          backgroundColor: data.bars.map((b) => b.color ?? "#666666"),
          categoryPercentage: 0.7,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(opts.title ?? data.yTitle, opts.subtitle, false),
      scales: {
        x: {
          ...axis(data.xTitle ?? ""),
          title: { ...axis("").title, display: !!data.xTitle, text: data.xTitle ?? "" },
          grid: { display: false },
        },
        y: log
          ? { ...base, type: "logarithmic", ...bounds, ...logAxisTicks(isOneTwoFive, format, bounds) }
          : { ...base, beginAtZero: true, grace: "12%" },
      },
    },
    plugins: [valueLabels(format, data.unit)],
  };
  return render(chart, config, opts);
}
