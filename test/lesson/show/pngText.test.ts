// Every chart carries its own description (alt text) in its PNG, in the chart's language:
// the export puts it on the page's <img alt>. A Korean chart's description, like its
// labels, is Korean: counters named as the Korean edition names them, not "locked:".
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { lockHandoff } from "../../../src/lesson/analysis/handoff";
import { lossPicture } from "../../../src/lesson/analysis/lossPicture";
import type { TinyRace } from "../../../src/lesson/analysis/tinyRace";
import {
  costGrowthChart,
  costPerIncrementChart,
  handoffStripChart,
  lostHistogramChart,
  lostVsIncrementsChart,
  lostVsWorkersChart,
  runLengthChart,
  staleWritesChart,
  tinyRaceChart,
} from "../../../src/lesson/show/charts";
import { DESCRIPTION, readText, withText } from "../../../src/lesson/show/charts/pngText";
import { lockedTrace, traceOf } from "../../helpers/traces";
import { latinWords } from "../../../tools/koreanProse";
import * as fx from "./chartFixtures";

const describeIn = async (png: Promise<Buffer>) => {
  const text = readText(await png, DESCRIPTION);
  assert.ok(text, "the PNG has no description");
  return text;
};

const tiny: TinyRace = {
  repetitions: 2000,
  counters: [
    {
      counter: "unsafe",
      lost: 12,
      forbiddenSeen: 0,
      outcomes: [
        { outcome: "1", count: 12, grade: "interesting" },
        { outcome: "2", count: 1988, grade: "acceptable" },
      ],
    },
    {
      counter: "locked",
      lost: 0,
      forbiddenSeen: 0,
      outcomes: [
        { outcome: "1", count: 0, grade: "forbidden" },
        { outcome: "2", count: 2000, grade: "acceptable" },
      ],
    },
  ],
  rows: [],
  outcomes: [],
  wallMs: 1,
};
const locked = lockHandoff(lockedTrace("AABBAABB"));
const atomic = lockHandoff(lockedTrace("ABABABAB", "atomic"));
const picture = lossPicture({
  found: 5,
  trace: traceOf("unsafe", [
    [0, 1, 2, 1],
    [0, 2, 3, 4],
  ]),
});

/** Every chart, drawn in one language. */
const ALL = (lang: "en" | "ko"): [string, Promise<Buffer>][] => [
  ["histogram", lostHistogramChart(fx.histogramData, { lang })],
  ["workers", lostVsWorkersChart(fx.workersData, { lang })],
  ["increments", lostVsIncrementsChart(fx.incrementsData, { lang })],
  ["cost", costPerIncrementChart(fx.costData, { lang })],
  ["cost growth", costGrowthChart(fx.costGrowthData, { lang, cores: 2 })],
  ["tiny race", tinyRaceChart(tiny, { lang })],
  ["hand-off strip", handoffStripChart({ locked, atomic }, { lang })],
  ["run lengths", runLengthChart({ locked, atomic }, { lang })],
  ["stale writes", staleWritesChart(picture, { lang })],
];

describe("chart descriptions", () => {
  it("round-trip through a PNG's iTXt chunk, Hangul included", () => {
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1d6b5a90000000049454e44ae426082",
      "hex",
    );
    const tagged = withText(png, DESCRIPTION, "증가 한 번의 비용 (워커 2개)", "ko");
    assert.equal(readText(tagged, DESCRIPTION), "증가 한 번의 비용 (워커 2개)");
    assert.equal(readText(png, DESCRIPTION), undefined);
  });

  it("every chart says what it shows: its title, axes and series", async () => {
    for (const [name, png] of ALL("en")) {
      const text = await describeIn(png);
      assert.ok(text.length > 20, `${name}: ${text}`);
      assert.doesNotMatch(text, /undefined|NaN|\[object/, name);
    }
    assert.match(
      await describeIn(lostHistogramChart(fx.histogramData)),
      /^Updates lost per trial\. Axes: updates lost per trial; trials\. Series: unsafe/,
    );
  });

  it("a Korean chart's description is Korean, with no bare English label", async () => {
    for (const [name, png] of ALL("ko")) {
      const text = await describeIn(png);
      assert.match(text, /[\uac00-\ud7a3]/, `${name}: ${text}`);
      assert.deepEqual(latinWords(text), [], `${name}: ${text}`);
    }
  });

  it("the tiny race's bars and the hand-off charts' rows name the counter as the Korean edition does", async () => {
    const tinyText = await describeIn(tinyRaceChart(tiny, { lang: "ko" }));
    assert.match(tinyText, /락 없음: 1 주목/);
    assert.match(tinyText, /(^|[ ,])락: 2 허용/);
    assert.doesNotMatch(tinyText, /(^|[ ,])unsafe: 1/);
    assert.match(await describeIn(handoffStripChart({ locked, atomic }, { lang: "ko" })), /(^|[ ,])락: 넘겨주기 3번/);
    assert.match(await describeIn(runLengthChart({ locked, atomic }, { lang: "ko" })), /원자적 \(넘겨주기 7번\)/);
  });
});
