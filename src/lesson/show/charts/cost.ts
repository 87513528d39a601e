/** What one increment costs with each counter: grouped by worker count, or one run's three bars. */
import type { CounterCosts } from "../../analysis/costs";
import type { CounterKind } from "../../engine/counters";
import { COUNTER_COLORS, KIND_ORDER } from "../chartTheme";
import { barChart } from "./bars";
import {
  ChartInputError,
  LAYOUT,
  axis,
  byLabelOrder,
  chartText,
  checkNonEmpty,
  isOneTwoFive,
  logAxisTicks,
  logBounds,
  titlePlugins,
  valueLabels,
  wantsLog,
  type ChartConfiguration,
  type ChartDataset,
  type RenderOptions,
} from "./chartConfig";
import { render } from "./render";

/** Nanoseconds per increment for each counter, from one run. */
export type CostRun = Partial<Record<CounterKind, number>>;

/** Nanoseconds per increment for each counter at one worker count. */
export interface CostPoint extends CostRun {
  workers: number;
}

function checkCost(chart: string, param: string, run: CostRun): number[] {
  const values: number[] = [];
  for (const kind of KIND_ORDER) {
    const v = run[kind];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
      throw new ChartInputError(
        chart,
        `${param}.${kind}`,
        `is ${String(v)}; it must be a positive number of nanoseconds`,
      );
    }
    values.push(v);
  }
  if (values.length === 0) {
    throw new ChartInputError(
      chart,
      param,
      "has no cost — give ns per increment for at least one of unsafe, atomic, locked",
    );
  }
  return values;
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
    if (!Number.isInteger(p?.workers) || p.workers <= 0) {
      throw new ChartInputError(
        chart,
        `data[${i}].workers`,
        `is ${String(p?.workers)}; it must be a positive whole number`,
      );
    }
    return checkCost(chart, `data[${i}]`, p);
  });
  const { charts: T, f } = chartText(opts);
  const points = [...data].sort((a, b) => a.workers - b.workers);
  const kinds = KIND_ORDER.filter((k) => points.some((p) => p[k] !== undefined));
  const log = wantsLog(all, "auto");
  const datasets: ChartDataset[] = kinds.map((kind) => ({
    label: T.kind(kind),
    data: points.map((p) => p[kind] ?? null),
    backgroundColor: COUNTER_COLORS[kind],
    pointStyle: "rect",
    categoryPercentage: 0.8,
    barPercentage: 0.92,
  }));
  const base = axis(T.cost.nsAxis(log));
  const bounds = logBounds(all);
  const y = log
    ? { ...base, type: "logarithmic" as const, ...bounds, ...logAxisTicks(isOneTwoFive, f.sig3, bounds) }
    : { ...base, beginAtZero: true, grace: "12%" };
  const config: ChartConfiguration = {
    type: "bar",
    data: { labels: points.map((p) => String(p.workers)), datasets },
    options: {
      layout: LAYOUT,
      plugins: titlePlugins(
        opts.title ?? T.cost.title,
        opts.subtitle,
        kinds.length > 1,
        byLabelOrder(kinds.map((k) => T.kind(k))),
      ),
      scales: { x: { ...axis(T.cost.workers), grid: { display: false } }, y },
    },
    plugins: [valueLabels(f.ns, "ns")],
  };
  return render(chart, config, opts);
}

/** What `counterCosts` measured, as `costBarChart` with the run's shape as its subtitle. */
export async function counterCostChart(costs: CounterCosts, opts: RenderOptions = {}): Promise<Buffer> {
  const T = chartText(opts).charts;
  return costBarChart(costs.ns, { subtitle: T.cost.subtitle(costs.threads, costs.howMany, costs.trials), ...opts });
}

/** Nanoseconds per increment for unsafe, atomic and locked from a single run. */
export async function costBarChart(data: CostRun, opts: RenderOptions = {}): Promise<Buffer> {
  checkCost("costBarChart", "data", data ?? {});
  const T = chartText(opts).charts;
  const bars = KIND_ORDER.filter((k) => data[k] !== undefined).map((k) => ({
    label: T.kind(k),
    value: data[k] as number,
    color: COUNTER_COLORS[k],
  }));
  const f = chartText(opts).f;
  return barChart(
    { bars, yTitle: T.cost.nsAxis(false), xTitle: T.cost.counter, formatValue: f.ns, unit: "ns" },
    { title: T.cost.title, ...opts },
  );
}
