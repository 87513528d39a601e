import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { TrialsSweep } from "../../../src/lesson/analysis/sweeps";
import { wholeLoopsCount } from "../../../src/lesson/analysis/wholeLoops";

/** A trials sweep of 100,000 increments per worker that lost these amounts. */
const lost = (unsafe: number[]): TrialsSweep => ({
  threads: 5,
  howMany: 100_000,
  expected: 500_000,
  trials: unsafe.length,
  unsafe,
  results: {},
  wallMs: 1,
});

describe("wholeLoopsCount", () => {
  it("counts the losing trials within the tolerance of a whole number of loops, never less than one loop", () => {
    // 99,000 and 201,000 are within 3% of 1 and 2 loops; 150,000 is halfway; 2,000 is near 0 loops, not a whole one.
    assert.deepEqual(wholeLoopsCount(lost([0, 99_000, 201_000, 150_000, 2_000]), 0.03), {
      losing: 4,
      near: 2,
      byChance: false,
    });
    assert.equal(wholeLoopsCount(lost([91_000, 150_000]), 0.1).near, 1);
    assert.equal(wholeLoopsCount(lost([91_000, 150_000]), 0.03).near, 0);
  });

  it("a single hit, or no more than twice what chance gives (2 × tolerance × losing), is chance", () => {
    const spread = (n: number) => Array.from({ length: n }, (_, i) => 150_000 + 1_000 * i);
    // 30 losing trials at 3%: chance gives 1.8, so up to 3 near is chance and 4 is not.
    assert.equal(wholeLoopsCount(lost([101_000, 199_000, 300_500, ...spread(27)]), 0.03).byChance, true);
    assert.equal(wholeLoopsCount(lost([101_000, 199_000, 300_500, 400_000, ...spread(26)]), 0.03).byChance, false);
    // 2 losing trials: one hit is chance, two are not.
    assert.equal(wholeLoopsCount(lost([100_000, 5]), 0.03).byChance, true);
    assert.equal(wholeLoopsCount(lost([100_000, 200_000]), 0.03).byChance, false);
  });

  it("nothing near, or nothing lost: not chance, since there is nothing to explain", () => {
    assert.deepEqual(wholeLoopsCount(lost([0, 0]), 0.03), { losing: 0, near: 0, byChance: false });
    assert.deepEqual(wholeLoopsCount(lost([50_000, 150_000]), 0.03), { losing: 2, near: 0, byChance: false });
  });
});
