import assert from "node:assert/strict";
import { test } from "node:test";
import { counterCosts, nsPerIncrement } from "../../../src/lesson/analysis/costs";
import { InputError } from "../../../src/lesson/core/errors";
import { experiment } from "../../helpers/fabricate";

test("nsPerIncrement: wall-clock nanoseconds per increment, all workers together", () => {
  assert.equal(nsPerIncrement({ elapsedMs: 2, expected: 1_000_000 }), 2);
});

test("counterCosts: each counter's median cost, against the unsafe counter's, and its losses", () => {
  const costs = counterCosts({
    locked: experiment("locked", [0, 0, 0], { elapsedMs: 20 }),
    unsafe: experiment("unsafe", [10, 0, 5], { elapsedMs: 2 }),
  });
  assert.deepEqual(
    costs.rows.map((r) => [r.counter, r.timesUnsafe, r.lost, r.trials]),
    [
      ["unsafe", 1, 15, 3],
      ["locked", 10, 0, 3],
    ],
  );
  assert.equal(costs.ns.locked, 10 * (costs.ns.unsafe ?? NaN));
});

test("counterCosts refuses runs that did not share workers and increments", () => {
  assert.throws(
    () =>
      counterCosts({
        unsafe: { ...experiment("unsafe", [0]), threads: 2 },
        atomic: { ...experiment("atomic", [0]), threads: 3 },
      }),
    (error: unknown) => error instanceof InputError && /must share workers and increments/.test(error.message),
  );
});
