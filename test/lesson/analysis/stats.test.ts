import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../../../src/lesson/core/errors";
import { median, summarize } from "../../../src/lesson/analysis/stats";

test("summarize() gives quartiles by linear interpolation", () => {
  assert.deepEqual(summarize([7, 1, 3, 5]), { n: 4, min: 1, q1: 2.5, median: 4, q3: 5.5, max: 7, mean: 4 });
  assert.deepEqual(summarize([2]), { n: 1, min: 2, q1: 2, median: 2, q3: 2, max: 2, mean: 2 });
  assert.equal(summarize([1, 2, 3, 4, 100]).median, 3);
});

test("median of an even count is the mean of the middle two; of nothing, NaN", () => {
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([5]), 5);
  assert.ok(Number.isNaN(median([])));
});

test("summarize refuses an empty list and a value that is not a number", () => {
  assert.throws(
    () => summarize([]),
    (e: unknown) => e instanceof InputError && /values is empty/.test(e.message),
  );
  assert.throws(() => summarize([1, Number.NaN]), /values\[1\] is NaN; it must be a number/);
});
