// The room's chart as a chart.js configuration, read in Node: where each machine stands, its
// points, and what the lecturer's page will draw.
import assert from "node:assert/strict";
import { test } from "node:test";
import { PHRASES } from "../../../src/lesson/narrate/phrases";
import { classChartConfig, machineColumns, medianLost } from "../../../src/publish/class/chart";
import type { ClassParams, KeptResult } from "../../../src/publish/class/protocol";

const P: ClassParams = { counter: "unsafe", threads: 5, howMany: 100_000, sensorWork: 60, trials: 2 };

function kept(id: number, cores: number, platform: string, lost: number[]): KeptResult {
  return {
    node: "v22.1.0",
    params: P,
    id,
    cores,
    platform,
    receivedAt: "2026-01-01T00:00:00.000Z",
    trials: lost.map((l) => ({ lost: l, expected: 100, elapsedMs: 1, startSkewMs: 0, loopMs: 1 })),
  };
}

test("the chart: a column per machine around log2 of its cores, a dataset per platform, no animation", () => {
  const results = [kept(1, 4, "linux", [10, 20]), kept(2, 4, "darwin", [30]), kept(3, 16, "aix", [0])];
  const columns = machineColumns(results);
  assert.ok(columns.get(1)! < 2 && columns.get(2)! > 2, "two 4-core machines stand either side of 4");
  assert.equal(columns.get(3), 4);
  assert.ok(Math.abs(medianLost(results) - 0.15) < 1e-12, "the median of 0, 10, 20 and 30 %");
  assert.ok(Number.isNaN(medianLost([])));
  const config = classChartConfig(results, P, PHRASES.en.classroom);
  assert.deepEqual(
    config.data.datasets.map((d) => [d.label, d.data.map((point) => point.y)]),
    [
      ["Linux", [10, 20]],
      ["macOS", [30]],
      ["other", [0]],
    ],
  );
  assert.equal(config.options?.animation, false);
  assert.equal(classChartConfig([], P, PHRASES.ko.classroom).data.datasets.length, 0);
});
