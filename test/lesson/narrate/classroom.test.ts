// The class session's words, every branch in both languages, by their exact text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { PHRASES } from "../../../src/lesson/narrate/phrases";
import type { ClassParams, ResultReport } from "../../../src/publish/class/protocol";

const P: ClassParams = { counter: "unsafe", threads: 5, howMany: 100_000, sensorWork: 60, trials: 2 };
const R: ResultReport = {
  cores: 8,
  node: "v22.1.0",
  platform: "darwin",
  params: P,
  trials: [
    { lost: 1, expected: 500_000, elapsedMs: 12.345, startSkewMs: 0, loopMs: 12 },
    { lost: 3, expected: 500_000, elapsedMs: 10, startSkewMs: 0, loopMs: 9 },
  ],
};

test("English", () => {
  const W = PHRASES.en.classroom;
  assert.equal(W.chartTitle, "Lost updates per trial, machine by machine");
  assert.equal(W.chartSubtitle(P), "unsafe counter, 5 workers × 100,000, sensor work 60");
  assert.equal(W.chartSubtitle({ ...P, threads: 1, sensorWork: 0 }), "unsafe counter, 1 worker × 100,000");
  assert.equal(W.summary(1, 1, 0.5), "1 machine, 1 trial; the median trial lost 50.0%");
  assert.equal(W.summary(3, 15, 0.123456), "3 machines, 15 trials; the median trial lost 12.3%");
  assert.equal(W.point(3, 1, "v20.1.0", "win32", 0.25), "#3: 1 core, Node v20.1.0, Windows: lost 25.0%");
  assert.equal(W.point(4, 2, "v20.1.0", "freebsd", 0), "#4: 2 cores, Node v20.1.0, freebsd: lost 0.0%");
  assert.equal(
    W.sent("10.0.0.2:8080", R, { id: 1, results: 1 }),
    "sent to 10.0.0.2:8080: 8 cores, Node v22.1.0, macOS; 2 trials of unsafe 5 × 100,000: " +
      "lost 1 · 3 in 12.3 · 10 ms; kept as #1 (1 result in the room)",
  );
  assert.match(W.sent("h:1", R, { id: 2, results: 7 }), /kept as #2 \(7 results in the room\)$/);
  assert.equal(W.joining("h:1"), "joining the class at h:1: running the lecture's race on this machine");
});

test("Korean: particles follow the number, no English words but code names", () => {
  const W = PHRASES.ko.classroom;
  assert.equal(W.chartTitle, "컴퓨터별, 시행마다 잃은 갱신");
  assert.equal(W.chartSubtitle(P), "unsafe 카운터, 워커 5개 × 증가 100,000번, 센서 읽기 60회");
  assert.equal(W.chartSubtitle({ ...P, sensorWork: 0 }), "unsafe 카운터, 워커 5개 × 증가 100,000번");
  assert.equal(W.summary(3, 15, 0.123456), "컴퓨터 3대, 시행 15번, 시행마다 잃은 갱신의 중앙값 12.3%");
  assert.equal(W.point(3, 1, "v20.1.0", "linux", 0.25), "#3: 코어 1개, Node v20.1.0, Linux: 손실 25.0%");
  assert.match(W.sent("h:1", R, { id: 1, results: 1 }), /; #1로 보관됨 \(강의실 결과 1개\)$/);
  assert.match(W.sent("h:1", R, { id: 3, results: 3 }), /; #3으로 보관됨 /);
  assert.match(W.sent("h:1", R, { id: 2, results: 3 }), /; #2로 보관됨 /);
  assert.match(W.sent("h:1", R, { id: 1, results: 1 }), /^h:1에 보냄: 코어 8개, Node v22\.1\.0, macOS; /);
  // The counter by its Korean name, from the one table of names (phrases/ko/counters.ts).
  assert.match(W.sent("h:1", R, { id: 1, results: 1 }), /; 락 없는 카운터 5 × 100,000, 시행 2번의 손실 1 · 3,/);
  assert.match(
    W.sent("h:1", { ...R, params: { ...P, counter: "atomic" } }, { id: 1, results: 1 }),
    /; 원자적 카운터 5 × /,
  );
  for (const text of [W.pageTitle, W.joinHeading, W.joinHow, W.noAddress, W.waiting, W.xAxis, W.yAxis]) {
    assert.doesNotMatch(text, /[A-Za-z]/, text);
  }
});
