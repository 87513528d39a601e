// The issue's own examples of particles glued to a rendered value, each now in the form
// the value takes (josa.ts), and no hedged "이(가)" anywhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PHRASES } from "../../../src/lesson/narrate/phrases";

const ko = PHRASES.ko;

test("the default stepper ends '카운터는 2가 아니라 1이다'", () => {
  assert.match(ko.stepper.summary(1, 2), /^끝: 카운터는 2가 아니라 1이다\./);
  assert.match(ko.stepper.summary(2, 2), /^끝: 카운터는 2다\./);
  assert.match(ko.stepper.summary(2, 3), /^끝: 카운터는 3이 아니라 2다\./);
  assert.equal(ko.stepper.effect("B", "write", 1, { thread: "A", count: 1 }), "B가 A가 쓴 1 위에 1을 쓴다");
  assert.equal(ko.stepper.stepLabel("A", null), "워커 A는 끝났다");
});

test("'3 위에 1을', '파이썬 3.12.2가', and no hedge for a missing interpreter", () => {
  assert.match(ko.trace.loss.stale(1, 1, 1, 3, 3), /워커 B가 3 위에 1을 써서/);
  assert.match(ko.gil.noOpcodes("3.12.2"), /^파이썬 3\.12\.2가 증가 연산을/);
  assert.match(ko.gil.whyOld("3.9.18"), /^파이썬 3\.9\.18은 어느/);
  assert.match(ko.gil.wasFreeThreaded("3.13.2"), /^위의 파이썬 3\.13\.2는 프리 스레드/);
  assert.match(ko.gil.pythonMissing("python3"), /^\*`python3`이 이 컴퓨터에 없다/);
  assert.match(ko.gil.pythonMissing("python3.13t"), /^\*`python3\.13t`가 이 컴퓨터에 없다/, "t: 티, a vowel");
  assert.match(ko.gil.pythonFailed("python9", "x"), /^\*`python9`로 책의/);
  assert.match(
    ko.schedules.action({ kind: "write", value: 1, erased: { thread: "A", count: 1 } }),
    /^A가 쓴 1 위에 1을 쓴다/,
  );
});
