import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createCanvas, loadImage } from "canvas";
import {
  ChartInputError,
  barChart,
  costBarChart,
  costGrowthChart,
  costPerIncrementChart,
  eventLoopChart,
  eventLoopConfig,
  lostHistogramChart,
  lostHistogramConfig,
  lostVsIncrementsChart,
  lostVsWorkersChart,
  outcomeBarChart,
} from "../../../src/lesson/show/charts";
import * as fx from "./chartFixtures";

// Set CHARTS_DIR=/tmp/charts to keep the PNGs and look at them.
const outDir = process.env.CHARTS_DIR;
if (outDir) mkdirSync(outDir, { recursive: true });

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

async function decode(png: Buffer): Promise<Pixels> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
}

function countPixels(px: Pixels, match: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < px.data.length; i += 4) if (match(px.data[i]!, px.data[i + 1]!, px.data[i + 2]!)) n++;
  return n;
}

// FAILURE_RED is #D62728; the vermillion used for "unsafe" (#D55E00) and the
// amber (#E69F00) both have far more green, so they do not count.
const isRed = (r: number, g: number, b: number) => r > 170 && g < 80 && b < 80;
const isInk = (r: number, g: number, b: number) => r < 235 || g < 235 || b < 235;

async function checkPng(name: string, png: Buffer, width = 1600, height = 900): Promise<Pixels> {
  if (outDir) writeFileSync(join(outDir, `${name}.png`), png);
  assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE, `${name}: PNG signature`);
  assert.equal(png.toString("latin1", 12, 16), "IHDR");
  assert.equal(png.readUInt32BE(16), width, `${name}: IHDR width`);
  assert.equal(png.readUInt32BE(20), height, `${name}: IHDR height`);
  const px = await decode(png);
  const ink = countPixels(px, isInk);
  // Titles, axes and data together cover several percent of a real chart;
  // a blank or background-only render covers none.
  assert.ok(ink > px.width * px.height * 0.02, `${name}: only ${ink} non-background pixels`);
  const colours = new Set<number>();
  for (let i = 0; i < px.data.length; i += 4 * 7)
    colours.add((px.data[i]! << 16) | (px.data[i + 1]! << 8) | px.data[i + 2]!);
  assert.ok(colours.size > 20, `${name}: only ${colours.size} distinct colours`);
  return px;
}

test("every chart renders a non-blank 1600×900 PNG (800×450 at DPR 2)", async () => {
  await checkPng("a-lost-histogram", await lostHistogramChart(fx.histogramData));
  await checkPng("b-lost-vs-workers", await lostVsWorkersChart(fx.workersData));
  await checkPng("b-lost-vs-workers-quartiles", await lostVsWorkersChart({ ...fx.workersData, spread: "quartiles" }));
  await checkPng("c-lost-vs-increments", await lostVsIncrementsChart(fx.incrementsData));
  await checkPng("d-cost-per-increment", await costPerIncrementChart(fx.costData));
  await checkPng("e-outcomes-graded", await outcomeBarChart(fx.outcomesGraded, { xTitle: "outcome (r1, r2)" }));
  await checkPng("f-cost-bar", await costBarChart(fx.costRun));
  await checkPng("h-cost-growth", await costGrowthChart(fx.costGrowthData, { cores: 2 }));
});

test("the cost-growth chart marks the core count with a dashed grey line, and only when given", async () => {
  // MUTED_TEXT_COLOR (#555555) is also the subtitle's: compare the same chart with and without the marker.
  const grey = (r: number, g: number, b: number) => r === 0x55 && g === 0x55 && b === 0x55;
  const marked = countPixels(await decode(await costGrowthChart(fx.costGrowthData, { cores: 2 })), grey);
  const plain = countPixels(await decode(await costGrowthChart(fx.costGrowthData, { cores: false })), grey);
  const beyond = countPixels(await decode(await costGrowthChart(fx.costGrowthData, { cores: 32 })), grey);
  assert.ok(marked > plain + 500, `marker adds ${marked - plain} grey pixels`);
  assert.equal(beyond, plain, "no marker when every worker count fits the cores");
});

test("the size option sets the PNG size, still at DPR 2", async () => {
  await checkPng(
    "g-small-histogram",
    await lostHistogramChart(fx.histogramData, { width: 640, height: 400 }),
    1280,
    800,
  );
});

test("a forbidden outcome that occurred is drawn red; none occurred → no red at all", async () => {
  const failed = await checkPng("e-outcomes-failure", await outcomeBarChart(fx.outcomesWithFailure));
  const clean = await checkPng("e-outcomes-clean", await outcomeBarChart(fx.outcomesClean));
  assert.ok(countPixels(failed, isRed) > 2000, "forbidden bar should be red");
  assert.equal(countPixels(clean, isRed), 0);
  // The same outcome graded interesting is amber, not red.
  const amber = await outcomeBarChart(
    fx.outcomesWithFailure.map((o) => (o.grade === "forbidden" ? { ...o, grade: "interesting" as const } : o)),
  );
  assert.equal(countPixels(await decode(amber), isRed), 0);
});

test("the unsafe colour is the same in every chart that shows it", async () => {
  const vermillion = (r: number, g: number, b: number) => r === 0xd5 && g === 0x5e && b === 0x00;
  for (const png of [
    await lostHistogramChart(fx.histogramData),
    await costPerIncrementChart(fx.costData),
    await costBarChart(fx.costRun),
    await costGrowthChart(fx.costGrowthData),
  ]) {
    assert.ok(countPixels(await decode(png), vermillion) > 500);
  }
});

test("invalid input throws a ChartInputError naming the parameter", async () => {
  const rejects = (p: Promise<unknown>, param: string) =>
    assert.rejects(p, (e: unknown) => e instanceof ChartInputError && e.param === param && e.message.includes(param));
  await rejects(lostHistogramChart({ unsafe: [] }), "data.unsafe");
  await rejects(lostHistogramChart({ unsafe: [3, -1] }), "data.unsafe[1]");
  await rejects(lostHistogramChart({}), "data");
  await rejects(lostVsWorkersChart({ unsafe: [] }), "data.unsafe");
  await rejects(lostVsWorkersChart({ unsafe: [{ workers: 2, lostFractions: [] }] }), "data.unsafe[0].lostFractions");
  // Percent passed where a fraction belongs.
  await rejects(
    lostVsWorkersChart({ unsafe: [{ workers: 2, lostFractions: [37] }] }),
    "data.unsafe[0].lostFractions[0]",
  );
  await rejects(
    lostVsIncrementsChart({ unsafe: [{ increments: 0, lostFractions: [0.1] }] }),
    "data.unsafe[0].increments",
  );
  await rejects(costPerIncrementChart([]), "data");
  await rejects(costPerIncrementChart([{ workers: 1 }]), "data[0]");
  await rejects(outcomeBarChart([]), "data");
  await rejects(outcomeBarChart([{ outcome: "1", count: 1, grade: "bad" as never }]), "data[0].grade");
  await rejects(barChart({ bars: [], yTitle: "ms" }), "data.bars");
  await rejects(costBarChart({}), "data");
  await rejects(costGrowthChart({ points: [] }), "cost.points");
  await rejects(costGrowthChart({ points: [{ workers: 1, locked: 0 }] }), "cost.points[0].locked");
  await rejects(costGrowthChart({ points: [{ workers: 1.5, locked: 3 }] }), "cost.points[0].workers");
  await rejects(
    costGrowthChart({ points: [{ workers: 1, locked: 3, samples: { locked: [3, Number.NaN] } }] }),
    "cost.points[0].samples.locked[1]",
  );
  await rejects(costGrowthChart(fx.costGrowthData, { cores: 0 }), "options.cores");
  await rejects(lostHistogramChart(fx.histogramData, { width: 10 }), "options.width");
});

test("the histogram's configuration is the chart's, without drawing: one counter alone, any counter", () => {
  // What the live race draws in a browser after a run of the locked counter only.
  const config = lostHistogramConfig({ locked: [0, 0, 0], threads: 2, howMany: 10, expected: 20 }, { lang: "en" });
  assert.equal(config.type, "bar");
  assert.deepEqual(config.data.labels, ["0"]);
  assert.equal(config.data.datasets.length, 1);
  assert.deepEqual(config.data.datasets[0]!.data, [3]);
  assert.equal(config.data.datasets[0]!.label, "locked (3 trials)");
  const both = lostHistogramConfig({ unsafe: [0, 40, 90], locked: [0, 0] });
  assert.deepEqual(
    both.data.datasets.map((d) => d.label),
    ["unsafe (3 trials)", "locked (2 trials)"],
  );
});

test("the event-loop race's bars: each counter's losses in its colour, the count and share written over each", async () => {
  const run = (counter: "sync" | "unsafe" | "locked", lost: number) => ({
    counter,
    tasks: 5,
    howMany: 100_000,
    expected: 500_000,
    lost,
  });
  const runs = [run("unsafe", 400_000), run("locked", 0), run("sync", 0)];
  const config = eventLoopConfig(runs, { lang: "en" });
  assert.deepEqual(config.data.labels, ["sync", "unsafe", "locked"], "in the lesson's order, whatever the runs' order");
  assert.deepEqual(config.data.datasets[0]!.data, [0, 400_000, 0]);
  assert.deepEqual(config.data.datasets[0]!.backgroundColor, ["#009E73", "#D55E00", "#0072B2"]);
  assert.deepEqual(eventLoopConfig(runs, { lang: "ko" }).data.labels, ["동기", "락 없음", "락"]);
  const px = await checkPng("i-event-loop", await eventLoopChart(runs));
  const vermillion = countPixels(px, (r, g, b) => Math.abs(r - 0xd5) < 6 && Math.abs(g - 0x5e) < 6 && b < 6);
  assert.ok(vermillion > 5_000, `the unsafe counter's bar: ${vermillion} pixels`);
  const rejects = (f: () => unknown, param: string) =>
    assert.throws(f, (e: unknown) => e instanceof ChartInputError && e.param === param);
  rejects(() => eventLoopConfig([]), "runs");
  rejects(() => eventLoopConfig([run("unsafe", 600_000)]), "runs.lost[0]");
  rejects(() => eventLoopConfig([run("unsafe", 1), { ...run("sync", 0), tasks: 2 }]), "runs[1]");
  rejects(() => eventLoopConfig([{ ...run("sync", 0), counter: "atomic" as never }]), "runs[0].counter");
});
