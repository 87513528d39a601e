import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { liveReading } from "../../../src/lesson/narrate/live";
import { ONE_CORE_RACE } from "../../../src/lesson/engine/limits";
import type { Facts } from "../../../src/lesson/narrate/facts";
import { EN, experiment } from "../../helpers/fabricate";

const CHROMIUM: Facts = { ...EN, node: "Chromium 156" };
const KO: Facts = { ...CHROMIUM, lang: "ko" };

describe("liveReading", () => {
  it("counts the losing trials and the worst share, and says where it ran and how long counting took", () => {
    const { outcome, machine } = liveReading(CHROMIUM, experiment("unsafe", [0, 95_769, 200_000, 0, 12]));
    assert.equal(outcome, "**3 of 5 trials lost updates**; the worst trial lost 40.0% of its updates.");
    assert.equal(
      machine,
      "Ran in Chromium 156, on 2 cores as the browser reports them. " +
        "Counting took a median 4 ms: 8 ns per increment, all workers together.",
    );
  });

  it("no trial lost anything on cores enough: the race hid, and what makes the loops overlap longer", () => {
    const { outcome } = liveReading(CHROMIUM, experiment("unsafe", [0, 0, 0]));
    assert.match(outcome, /^\*\*No trial of 3 lost an update this time\.\*\* The workers never met/);
    assert.match(outcome, /more increments/);
    assert.equal(
      liveReading(CHROMIUM, experiment("unsafe", [0])).outcome.startsWith("**The trial lost no update"),
      true,
    );
  });

  it("on one core it names the sizes that show the race there, as inputs", () => {
    const { outcome } = liveReading({ ...CHROMIUM, cores: 1 }, experiment("unsafe", [0, 0]));
    assert.match(outcome, /With one core the workers only take turns/);
    assert.match(outcome, /try 4,000,000 increments each and a sensor work of 0\./);
    assert.equal(ONE_CORE_RACE.howMany, 4_000_000);
    const other = liveReading({ ...CHROMIUM, cores: 1 }, experiment("unsafe", [0]), { howMany: 7, sensorWork: 3 });
    assert.match(other.outcome, /try 7 increments each and a sensor work of 3\./);
  });

  it("an exact counter that kept every update says so with the count; one that lost any is a bug, said plainly", () => {
    assert.equal(
      liveReading(CHROMIUM, experiment("locked", [0, 0])).outcome,
      "**All 2 trials counted exactly 500,000** with the locked counter.",
    );
    assert.equal(
      liveReading(CHROMIUM, experiment("atomic", [0])).outcome,
      "**The trial counted exactly 500,000** with the atomic counter.",
    );
    assert.match(
      liveReading(CHROMIUM, experiment("atomic", [0, 3, 0])).outcome,
      /^\*\*1 of 3 trials lost updates with the atomic counter\.\*\* It must never lose one: this is a bug/,
    );
  });

  it("speaks Korean in the Korean edition, particles after numbers included", () => {
    const { outcome, machine } = liveReading(KO, experiment("unsafe", [0, 200_000]));
    assert.equal(outcome, "**시행 2번 중 1번에서 갱신이 사라졌다.** 가장 많이 잃은 시행은 40.0%를 잃었다.");
    assert.match(machine, /^Chromium 156에서 실행했다\. 브라우저가 알려 준 코어 수는 2개다\./);
    assert.equal(
      liveReading(KO, experiment("locked", [0, 0])).outcome,
      "**락 카운터로 시행 2번이 모두 정확히 500,000을 셌다.**",
    );
  });

  it("refuses a run with no trials instead of narrating nothing", () => {
    assert.throws(() => liveReading(CHROMIUM, { counter: "unsafe", trials: [] }), /at least one trial/);
  });
});
