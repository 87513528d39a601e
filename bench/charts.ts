// How long each chart takes to render, so a notebook cell that draws several
// stays snappy. Target: ≤ 150 ms per chart on the lesson's 2-core machine.

import {
  costBarChart,
  costGrowthChart,
  costPerIncrementChart,
  lostHistogramChart,
  lostVsIncrementsChart,
  lostVsWorkersChart,
  outcomeBarChart,
} from "../src/lesson/show/charts";
import * as fx from "../test/lesson/show/chartFixtures";

const RUNS = 5;
const TARGET_MS = 150;

const CHARTS: [string, () => Promise<Buffer>][] = [
  ["lostHistogramChart", () => lostHistogramChart(fx.histogramData)],
  ["lostVsWorkersChart", () => lostVsWorkersChart(fx.workersData)],
  ["lostVsIncrementsChart", () => lostVsIncrementsChart(fx.incrementsData)],
  ["costPerIncrementChart", () => costPerIncrementChart(fx.costData)],
  ["outcomeBarChart", () => outcomeBarChart(fx.outcomesWithFailure)],
  ["costBarChart", () => costBarChart(fx.costRun)],
  ["costGrowthChart", () => costGrowthChart(fx.costGrowthData, { cores: 2 })],
];

export async function run(): Promise<string> {
  // The first render also builds the shared renderer (loads chart.js and
  // node-canvas); time it apart, since a notebook pays it once per kernel.
  let t = performance.now();
  await CHARTS[0]![1]();
  const firstMs = performance.now() - t;

  const rows: string[] = [];
  for (const [name, render] of CHARTS) {
    await render(); // warm-up: JIT and font caches
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      await render();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const flag = median <= TARGET_MS ? "" : `  over ${TARGET_MS} ms`;
    rows.push(
      `${name.padEnd(24)}${median.toFixed(1).padStart(9)}${times[0]!.toFixed(1).padStart(9)}${times[times.length - 1]!.toFixed(1).padStart(9)}${flag}`,
    );
  }
  return [
    `chart render, 800×450 at DPR 2 → 1600×900 PNG; ${RUNS} runs after 1 warm-up (node ${process.version})`,
    `first render in this process (builds the renderer): ${firstMs.toFixed(0)} ms`,
    `${"chart".padEnd(24)}${"median".padStart(9)}${"min".padStart(9)}${"max".padStart(9)}   (ms)`,
    ...rows,
  ].join("\n");
}

if (require.main === module) {
  run().then(console.log, (e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
