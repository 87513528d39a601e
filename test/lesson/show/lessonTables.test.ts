import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { counterCosts } from "../../../src/lesson/analysis/costs";
import { counterCostTable, timingTable, tinyRaceTable } from "../../../src/lesson/show/lessonTables";
import { experiment, trial } from "../../helpers/fabricate";
import { tiny } from "../../helpers/sweeps";

/** A table's rows as text: the header first, then each row's cells. */
function rows(html: string): string[][] {
  return [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!),
  );
}

describe("timingTable", () => {
  it("each trial's times in milliseconds as the sentences write them, then their medians", () => {
    const run = {
      ...experiment("unsafe", [0]),
      startUpMs: 41.27,
      trials: [
        trial("unsafe", 15_556, { startSkewMs: 2.891, elapsedMs: 118.97, loopMs: 104.68 }),
        trial("unsafe", 0, { startSkewMs: 0.03524, elapsedMs: 111.4, loopMs: 31.684 }),
        trial("unsafe", 7, { startSkewMs: 14.15, elapsedMs: 36.52, loopMs: 22.56 }),
      ],
    };
    const html = timingTable(run, "en");
    assert.match(html, /<caption[^>]*>5 workers, started once in 41\.3 ms before the first trial<\/caption>/);
    assert.deepEqual(rows(html).slice(1), [
      ["1", "2.89", "119", "105", "15,556"],
      ["2", "0.0352", "111", "31.7", "0"],
      ["3", "14.2", "36.5", "22.6", "7"],
      ["median", "2.89", "111", "31.7", ""],
    ]);
    assert.match(timingTable(run, "ko"), /<td[^>]*>중앙값<\/td>/);
  });

  it("one trial has no median row, and a run without a start-up time no caption", () => {
    const html = timingTable(experiment("unsafe", [3]), "en");
    assert.equal(rows(html).length, 2);
    assert.doesNotMatch(html, /<caption/);
  });
});

describe("counterCostTable", () => {
  it("ns per increment and the ratio to the unsafe counter, formatted as the narration formats them", () => {
    const costs = counterCosts({
      unsafe: experiment("unsafe", [10], { elapsedMs: 5.4 }),
      atomic: experiment("atomic", [0], { elapsedMs: 14.2 }),
      locked: experiment("locked", [0], { elapsedMs: 28.85 }),
    });
    assert.deepEqual(rows(counterCostTable(costs, "en")).slice(1), [
      ["unsafe", "10.8", "1.0×", "10"],
      ["atomic", "28.4", "2.6×", "0"],
      ["locked", "57.7", "5.3×", "0"],
    ]);
    const ko = rows(counterCostTable(costs, "ko"));
    assert.deepEqual(ko[0], ["카운터", "증가 한 번당 ns", "락 없는 카운터 대비", "사라진 갱신 (모든 시행)"]);
    assert.deepEqual(
      ko.slice(1).map((r) => [r[0], r[2]]),
      [
        ["락 없음", "1.0배"],
        ["원자적", "2.6배"],
        ["락", "5.3배"],
      ],
    );
  });
});

describe("tinyRaceTable", () => {
  it("each outcome's share as a percentage, as the narration states it", () => {
    const race = {
      ...tiny(38),
      repetitions: 1_000,
      rows: [
        { counter: "unsafe" as const, outcome: "1", count: 38, percent: 3.8, grade: "interesting" as const },
        { counter: "unsafe" as const, outcome: "2", count: 962, percent: 96.2, grade: "acceptable" as const },
      ],
      wallMs: 23_240,
    };
    const html = tinyRaceTable(race, "en");
    assert.match(html, /<caption[^>]*>1,000 repetitions per counter, in 23\.2 s<\/caption>/);
    assert.deepEqual(
      rows(html)
        .slice(1)
        .map((r) => r[3]),
      ["3.8%", "96.2%"],
    );
  });
});
