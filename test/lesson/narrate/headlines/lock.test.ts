// Part 2's headlines, every branch, by their exact words in English and their branch in Korean.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { counterCosts } from "../../../../src/lesson/analysis/costs";
import { lockHandoff } from "../../../../src/lesson/analysis/handoff";
import {
  costHeadline,
  exactHeadline,
  handoffHeadline,
  lockQuestion,
} from "../../../../src/lesson/narrate/headlines/lock";
import { EN, experiment } from "../../../helpers/fabricate";
import { lockedTrace } from "../../../helpers/traces";

const KO = { ...EN, lang: "ko" as const };

describe("lockQuestion", () => {
  it("asks with the unsafe counter's worst trial, or, when it lost nothing, asks for every time", () => {
    assert.equal(
      lockQuestion(EN, experiment("unsafe", [12, 48_229, 0])),
      "The unsafe counter's worst trial lost 48,229 of 500,000: what makes it keep every one?",
    );
    assert.equal(
      lockQuestion(EN, experiment("unsafe", [0, 0])),
      "500,000 of 500,000 this time: what makes the count exact every time?",
    );
    assert.equal(
      lockQuestion(KO, experiment("unsafe", [48_229])),
      "락 없는 카운터는 가장 많이 잃은 시행에서 500,000 중 48,229개를 잃었다: 모두 지키려면 무엇이 필요할까?",
    );
  });
});

describe("exactHeadline", () => {
  it("every trial exact, one trial exact, or the trials that lost (a bug), by the counter's name", () => {
    assert.equal(
      exactHeadline(EN, experiment("locked", [0, 0, 0])),
      "Every one of 3 trials with the locked counter came out exact",
    );
    assert.equal(exactHeadline(EN, experiment("atomic", [0])), "The trial with the atomic counter came out exact");
    assert.equal(
      exactHeadline(EN, experiment("locked", [0, 4, 1])),
      "2 of 3 trials with the locked counter lost updates: a bug to report",
    );
    assert.equal(exactHeadline(KO, experiment("locked", [0, 0])), "락을 쓰는 카운터는 시행 2번 모두 정확했다");
    assert.equal(
      exactHeadline(KO, experiment("atomic", [3])),
      "원자적 카운터가 시행 1번 중 1번 갱신을 잃었다: 알려야 할 버그다",
    );
  });
});

describe("handoffHeadline", () => {
  const h = (order: string, counter: "locked" | "atomic") => lockHandoff(lockedTrace(order, counter));
  it("counts hand-offs as the strip chart labels them; in turn; one worker", () => {
    assert.equal(
      handoffHeadline(EN, h("AABABB", "locked"), h("ABABAB", "atomic")),
      "The lock changed hands 3 times; `Atomics.add` changed workers 5 times",
    );
    assert.equal(
      handoffHeadline(EN, h("AAABBB", "locked"), h("ABABAB", "atomic")),
      "Each worker took the lock once and kept it to the end; `Atomics.add` changed workers 5 times",
    );
    assert.equal(
      handoffHeadline(EN, h("AAA", "locked"), h("AAA", "atomic")),
      "One worker alone: the lock never changed hands",
    );
    assert.equal(
      handoffHeadline(KO, h("AABABB", "locked"), h("ABABAB", "atomic")),
      "락은 워커 사이에서 3번 넘어갔고, `Atomics.add`에서는 워커가 5번 바뀌었다",
    );
  });
});

describe("costHeadline", () => {
  const run = (counter: "unsafe" | "atomic" | "locked", elapsedMs: number) => experiment(counter, [0], { elapsedMs });
  it("names the dearest and the cheapest counter per increment, in the chart's three figures", () => {
    const costs = counterCosts({
      unsafe: run("unsafe", 1.65),
      atomic: run("atomic", 2.06),
      locked: run("locked", 6.65),
    });
    assert.equal(
      costHeadline(EN, costs),
      "The locked counter cost the most, 13.3 ns an increment; the unsafe counter the least, 3.3 ns",
    );
    assert.equal(
      costHeadline(KO, costs),
      "증가 한 번에 락을 쓰는 카운터가 가장 비쌌고(13.3 ns), 락 없는 카운터가 가장 쌌다(3.3 ns)",
    );
  });

  it("whichever counter is dearest on this machine is the one named", () => {
    const costs = counterCosts({ unsafe: run("unsafe", 1.65), atomic: run("atomic", 9), locked: run("locked", 6.65) });
    assert.match(costHeadline(EN, costs), /^The atomic counter cost the most, 18 ns/);
  });

  it("one counter alone is stated, not compared", () => {
    assert.equal(
      costHeadline(EN, counterCosts({ locked: run("locked", 6.65) })),
      "The locked counter: 13.3 ns an increment",
    );
  });
});
