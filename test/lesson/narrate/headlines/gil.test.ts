// Part 4's headlines, every branch, by their exact words in English and their branch in Korean.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summarizeInterleavings } from "../../../../src/lesson/analysis/interleavings";
import {
  eventLoopHeadline,
  eventLoopQuestion,
  interleavingsHeadline,
  pythonHeadline,
} from "../../../../src/lesson/narrate/headlines/gil";
import type { PythonRunResult } from "../../../../src/lesson/python/seedPrograms";
import { EN, loopRun, pythonRun } from "../../../helpers/fabricate";

const KO = { ...EN, lang: "ko" as const };

describe("eventLoopQuestion", () => {
  it("how the tasks lost what they lost, or whether they can", () => {
    assert.equal(
      eventLoopQuestion(EN, loopRun({ lost: 399_996 })),
      "One thread, one task at a time: how did 5 tasks lose 399,996 of 500,000 updates?",
    );
    assert.equal(
      eventLoopQuestion(EN, loopRun({ lost: 0 })),
      "One thread, one task at a time: can 5 tasks lose an update?",
    );
    assert.equal(
      eventLoopQuestion(KO, loopRun({ lost: 3 })),
      "스레드 하나, 한 번에 태스크 하나: 태스크 5개가 어떻게 갱신 500,000개 중 3개를 잃었을까?",
    );
  });
});

describe("eventLoopHeadline", () => {
  const runs = (unsafe: number, sync = 0, locked = 0) => [
    loopRun({ counter: "sync", lost: sync }),
    loopRun({ counter: "unsafe", lost: unsafe }),
    loopRun({ counter: "locked", lost: locked }),
  ];
  it("only the awaited counter lost; none lost; an exact counter lost (a bug)", () => {
    assert.equal(
      eventLoopHeadline(EN, runs(399_996)),
      "Only the counter that awaits between its read and its write lost updates: 399,996 of 500,000",
    );
    assert.equal(eventLoopHeadline(EN, runs(0)), "No counter lost an update this time");
    assert.equal(eventLoopHeadline(EN, runs(5, 0, 2)), "A counter that must be exact lost updates: a bug to report");
    assert.equal(
      eventLoopHeadline(KO, runs(7)),
      "읽기와 쓰기 사이에서 기다리는 카운터만 갱신을 잃었다: 500,000 중 7개",
    );
  });
});

describe("interleavingsHeadline", () => {
  it("how many schedules lose", () => {
    assert.equal(
      interleavingsHeadline(EN, summarizeInterleavings({ threads: 2, increments: 1 })),
      "18 of the 20 schedules of 2 threads lose an update",
    );
    assert.equal(
      interleavingsHeadline(KO, summarizeInterleavings({ threads: 2, increments: 1 })),
      "스레드 2개의 스케줄 20가지 중 18가지가 갱신을 잃는다",
    );
  });
});

describe("pythonHeadline", () => {
  const book = (lost: number) => pythonRun({ program: "unsafe", lost, found: 500_000 - lost });
  const locked = (lost: number) => pythonRun({ program: "locked", lost, found: 500_000 - lost });
  const call = (lost: number) => pythonRun({ program: "unsafe-with-call", lost, found: 500_000 - lost });
  const missing: PythonRunResult = {
    available: false,
    program: "unsafe",
    python: "python3",
    missing: true,
    reason: "x",
  };
  it("the book's program lost; only with a call; nothing; the locked one lost; no Python", () => {
    assert.equal(
      pythonHeadline(EN, [book(95_769), locked(0)]),
      "CPython 3.11.7 lost 95,769 updates in the book's own program",
    );
    assert.equal(
      pythonHeadline(EN, [book(0), locked(0), call(12), call(4_000)]),
      "CPython 3.11.7 hid the race until a call stood between the read and the write: then it lost 12",
    );
    assert.equal(
      pythonHeadline(EN, [book(0), locked(0), call(0)]),
      "CPython 3.11.7 lost nothing, even with a call in the increment: the race hid",
    );
    assert.equal(
      pythonHeadline(EN, [book(5), locked(1)]),
      "CPython 3.11.7: the locked program lost updates, a bug to report",
    );
    assert.equal(
      pythonHeadline(EN, [missing, { ...missing, program: "locked" }]),
      "This machine has no Python: the book's programs did not run",
    );
    assert.equal(
      pythonHeadline(EN, [{ ...missing, missing: false, reason: "SyntaxError" }]),
      "The book's programs could not run on this machine's Python",
    );
    assert.equal(pythonHeadline(KO, [book(95_769)]), "CPython 3.11.7에서 책의 프로그램이 갱신 95,769개를 잃었다");
  });

  it("a loss only once the switch interval was cut is the shorter interval's, not the call's alone", () => {
    const at = (lost: number, switchInterval: number) => ({ ...call(lost), switchInterval });
    const runs = [book(0), locked(0), at(0, 0.005), at(228_934, 1e-6)];
    assert.equal(
      pythonHeadline(EN, runs),
      "CPython 3.11.7 hid the race until a call stood between the read and the write and the switch interval was cut to 1 µs: then it lost 228,934",
    );
    assert.equal(
      pythonHeadline(KO, runs),
      "CPython 3.11.7에서는 읽기와 쓰기 사이에 호출을 넣고 전환 간격을 1 µs로 줄이자 비로소 경합이 드러났다: 228,934개를 잃었다",
    );
    assert.equal(
      pythonHeadline(EN, [book(0), at(5, 0.005), at(228_934, 1e-6)]),
      "CPython 3.11.7 hid the race until a call stood between the read and the write: then it lost 5",
    );
  });
});
