// Part 1's headlines, every branch, by their exact words in English and their branch in Korean.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summarizeInterleavings } from "../../../../src/lesson/analysis/interleavings";
import {
  loopHeadline,
  raceHeadline,
  raceQuestion,
  schedulesHeadline,
} from "../../../../src/lesson/narrate/headlines/race";
import { EN, MANY_CORES, ONE_CORE, experiment, trial } from "../../../helpers/fabricate";

const KO = { ...EN, lang: "ko" as const };

describe("raceQuestion", () => {
  it("asks where the trial that lost most lost its updates, in its own numbers", () => {
    const race = experiment("unsafe", [0, 168_434, 12]);
    assert.equal(raceQuestion(EN, race), "500,000 expected, 331,566 found: where did 168,434 updates go?");
    assert.equal(raceQuestion(KO, race), "기대한 값 500,000, 실제 값 331,566: 갱신 168,434개는 어디로 갔을까?");
  });

  it("when nothing was lost it asks whether the workers can lose an update at all", () => {
    assert.equal(
      raceQuestion(EN, experiment("unsafe", [0, 0, 0])),
      "500,000 expected, 500,000 found in all 3 trials: can 5 workers lose an update?",
    );
    assert.equal(
      raceQuestion(EN, experiment("unsafe", [0])),
      "500,000 expected, 500,000 found in the trial: can 5 workers lose an update?",
    );
    assert.match(
      raceQuestion(KO, experiment("unsafe", [0, 0])),
      /^기대한 값 500,000, 실제 값도 500,000, 시행 2번 모두:/,
    );
  });
});

describe("raceHeadline", () => {
  it("every trial lost, some trials lost: how many, and the worst share", () => {
    assert.equal(
      raceHeadline(EN, experiment("unsafe", [5, 200_000])),
      "Every trial lost updates, up to 200,000 of 500,000",
    );
    assert.equal(
      raceHeadline(EN, experiment("unsafe", [0, 5, 100_000])),
      "2 of 3 trials lost updates, up to 100,000 of 500,000",
    );
    assert.equal(
      raceHeadline(KO, experiment("unsafe", [0, 5, 100_000])),
      "시행 3번 중 2번이 갱신을 잃었다: 많게는 500,000 중 100,000개",
    );
  });

  it("nothing lost: on two or more cores the race hid; on one core the workers took turns", () => {
    assert.equal(raceHeadline(EN, experiment("unsafe", [0, 0])), "No trial lost an update this time: the race hid");
    assert.equal(
      raceHeadline(MANY_CORES, experiment("unsafe", [0])),
      "No trial lost an update this time: the race hid",
    );
    assert.equal(
      raceHeadline(ONE_CORE, experiment("unsafe", [0, 0])),
      "On one core no trial lost an update: the workers took turns",
    );
  });
});

describe("loopHeadline", () => {
  const loops = (...ms: number[]) => ({
    ...experiment("unsafe", [1]),
    trials: ms.map((loopMs) => trial("unsafe", 1, { loopMs })),
  });

  it("reads every trial's loop against a time slice: all short, all long, all about, or mixed", () => {
    assert.equal(
      loopHeadline(EN, loops(0.2, 0.5)),
      "The workers' loops lasted 0.2 to 0.5 ms, each shorter than a time slice",
    );
    assert.equal(
      loopHeadline(EN, loops(45.91, 136.51, 60.5)),
      "The workers' loops lasted 45.9 to 137 ms, each longer than a time slice",
    );
    assert.equal(
      loopHeadline(EN, loops(2, 3)),
      "The workers' loops lasted 2 to 3 ms, each about as long as a time slice",
    );
    assert.equal(
      loopHeadline(EN, loops(0.5, 20)),
      "The workers' loops lasted 0.5 to 20 ms, some shorter than a time slice, some longer",
    );
    assert.equal(
      loopHeadline(KO, loops(0.5, 20)),
      "워커의 루프는 0.5~20 ms 걸렸다: 타임 슬라이스보다 짧은 것도, 긴 것도 있다",
    );
  });

  it("none short is not 'some shorter': about a slice or longer, and the mirror", () => {
    assert.equal(
      loopHeadline(EN, loops(8.93, 24.5, 13.2)),
      "The workers' loops lasted 8.93 to 24.5 ms, each about as long as a time slice or longer",
    );
    assert.equal(
      loopHeadline(KO, loops(7.48, 24.6)),
      "워커의 루프는 7.48~24.6 ms 걸렸다: 모두 타임 슬라이스쯤이거나 그보다 길다",
    );
    assert.equal(
      loopHeadline(EN, loops(0.5, 3)),
      "The workers' loops lasted 0.5 to 3 ms, each about as long as a time slice or shorter",
    );
  });

  it("one trial is its own shortest and longest", () => {
    assert.equal(loopHeadline(EN, loops(12)), "The workers' loops lasted 12 ms, each longer than a time slice");
  });
});

describe("schedulesHeadline", () => {
  it("how many schedules keep every update, for two workers and for more", () => {
    assert.equal(
      schedulesHeadline(EN, summarizeInterleavings({ threads: 2, increments: 1 })),
      "Only 2 of the 20 schedules keep both updates",
    );
    assert.equal(
      schedulesHeadline(EN, summarizeInterleavings({ threads: 3, increments: 1 })),
      "Only 6 of the 1,680 schedules keep every update",
    );
    assert.equal(
      schedulesHeadline(KO, summarizeInterleavings({ threads: 2, increments: 1 })),
      "스케줄 20가지 중 2가지만 두 갱신을 지킨다",
    );
  });
});
