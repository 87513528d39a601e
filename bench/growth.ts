/**
 * Cost growth: ns per increment for the unsafe, atomic and locked counters from 1 to 16
 * workers, through the engine (analysis/sweeps.ts costSweep), on however many cores this
 * machine has: past the core count the workers take turns, as on a student's laptop.
 */
import { availableParallelism } from "node:os";
import { costSweep, type CostSweep } from "../src/lesson/analysis/sweeps";
import { KIND_ORDER } from "../src/lesson/show/chartTheme";
import { costGrowthReading } from "../src/lesson/narrate/costGrowth";
import { SPREAD, medianSpread, textTable } from "./table";

export const GROWTH_WORKERS = [1, 2, 3, 4, 5, 6, 8, 12, 16];

export function formatGrowth(cost: CostSweep): string {
  const kinds = KIND_ORDER.filter((k) => cost.points.some((p) => p[k] !== undefined));
  const first = cost.points[0]!;
  const rows = cost.points.map((p) => [
    String(p.workers),
    ...kinds.flatMap((k) => [medianSpread(p.samples[k]!), `${(p[k]! / first[k]!).toFixed(2)}×`]),
  ]);
  return textTable(["workers", ...kinds.flatMap((k) => [k, `÷ ${first.workers} worker`])], rows);
}

export async function run(): Promise<string> {
  const cores = availableParallelism();
  const cost = await costSweep({ workerCounts: GROWTH_WORKERS, howMany: 1_000_000, trials: 7 });
  return [
    `Cost growth on ${cores} cores (Node ${process.version}): ns per increment, all workers together; ` +
      `${SPREAD} of ${cost.trials} trials, ${cost.howMany.toLocaleString("en-US")} increments per worker`,
    formatGrowth(cost),
    costGrowthReading({ lang: "en", cores, node: process.version }, cost).replaceAll("**", ""),
  ].join("\n");
}
