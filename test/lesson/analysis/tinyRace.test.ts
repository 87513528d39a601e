import { test } from "node:test";
import assert from "node:assert/strict";
import { gradeTinyOutcome, tinyRace } from "../../../src/lesson/analysis/tinyRace";
import { livePoolCount } from "../../../src/lesson/engine/interrupt";
import { assertProgress, recorder } from "../../helpers/progress";

test("tinyRace: outcome counts sum to the repetitions, only 1 and 2 occur, graded jcstress style", async () => {
  const { calls, onProgress } = recorder();
  const race = await tinyRace({ repetitions: 300, onProgress });
  assert.deepEqual(
    race.counters.map((c) => c.counter),
    ["unsafe", "atomic", "locked"],
  );
  for (const c of race.counters) {
    assert.deepEqual(
      c.outcomes.map((o) => o.outcome),
      ["1", "2"],
    );
    assert.equal(
      c.outcomes.reduce((s, o) => s + o.count, 0),
      300,
      c.counter,
    );
    assert.equal(c.lost, c.outcomes[0]!.count);
  }
  const [unsafe, atomic, locked] = race.counters;
  assert.ok(unsafe && atomic && locked);
  assert.deepEqual(
    unsafe.outcomes.map((o) => o.grade),
    ["interesting", "acceptable"],
  );
  for (const fixed of [locked, atomic]) {
    assert.deepEqual(
      fixed.outcomes.map((o) => o.grade),
      ["forbidden", "acceptable"],
    );
    assert.equal(fixed.forbiddenSeen, 0, `${fixed.counter} lost an update`);
    assert.equal(fixed.lost, 0);
  }
  assert.equal(race.rows.length, 6);
  assert.equal(race.rows.reduce((s, r) => s + r.percent, 0).toFixed(6), (300).toFixed(6));
  assert.deepEqual(
    race.outcomes.map((o) => o.outcome),
    ["unsafe: 1", "unsafe: 2", "atomic: 1", "atomic: 2", "locked: 1", "locked: 2"],
  );
  assertProgress(calls, 900);
  assert.equal(livePoolCount(), 0);
});

test("tinyRace grades: 0 or 3 would be forbidden for every counter", () => {
  assert.equal(gradeTinyOutcome("unsafe", 0), "forbidden");
  assert.equal(gradeTinyOutcome("atomic", 3), "forbidden");
  assert.equal(gradeTinyOutcome("locked", 1), "forbidden");
  assert.equal(gradeTinyOutcome("unsafe", 1), "interesting");
});
