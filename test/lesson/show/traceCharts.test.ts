import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { loadImage } from "canvas";
import { lockHandoff } from "../../../src/lesson/analysis/handoff";
import { lossPicture } from "../../../src/lesson/analysis/lossPicture";
import { handoffStripChart, runLengthChart, staleWritesChart } from "../../../src/lesson/show/charts/trace";
import { lockedTrace, traceOf } from "../../helpers/traces";

async function checkPng(png: Buffer): Promise<void> {
  const img = await loadImage(png);
  assert.deepEqual([img.width, img.height], [1600, 900]);
}

describe("charts of a traced run", () => {
  const locked = lockHandoff(lockedTrace("A".repeat(300) + "B".repeat(200) + "A".repeat(200) + "B".repeat(300)));
  const atomic = lockHandoff(lockedTrace("AB".repeat(500), "atomic"));
  const picture = lossPicture({
    found: 5,
    trace: traceOf("unsafe", [
      [0, 1, 2, 1],
      [0, 2, 3, 4],
    ]),
  });

  it("render as PNGs, in English by default", async () => {
    await checkPng(await handoffStripChart({ locked, atomic }, { lang: "en" }));
    await checkPng(await handoffStripChart({ locked }, { from: 250, to: 350 }));
    await checkPng(await runLengthChart({ locked, atomic }));
    await checkPng(await staleWritesChart(picture));
    await checkPng(await staleWritesChart(picture, { marks: 0 }));
  });

  it("refuse what they cannot draw, naming the parameter", async () => {
    await assert.rejects(handoffStripChart({}), /handoffStripChart: data has neither locked nor atomic/);
    await assert.rejects(
      handoffStripChart({ locked }, { from: 900, to: 2000 }),
      /options.from\/to are 900…2000; .* ≤ 1000/,
    );
    await assert.rejects(
      runLengthChart({ locked: {} as typeof locked }),
      /runLengthChart: data.locked is not a hand-off/,
    );
    await assert.rejects(staleWritesChart({} as typeof picture), /staleWritesChart: picture has no timeline/);
    await assert.rejects(staleWritesChart(picture, { marks: -1 }), /options.marks is -1/);
  });
});
