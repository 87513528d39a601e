import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { trendOf } from "../../../src/lesson/narrate/trend";

describe("trendOf reads every point, not the two ends", () => {
  it("rising, falling, flat and mixed", () => {
    assert.equal(trendOf([20, 24, 30, 37.4], 0.1), "rising");
    assert.equal(trendOf([37.4, 30, 24, 20], 0.1), "falling");
    assert.equal(trendOf([20, 21, 20.5, 21.9], 0.1), "flat");
    assert.equal(trendOf([32.5, 21, 37.4], 0.1), "mixed", "up at the end, but down on the way");
    assert.equal(trendOf([24.3, 69.9, 60.1, 52.3], 0.1), "mixed", "up, then down");
  });

  it("a step within the tolerance is no change either way", () => {
    assert.equal(trendOf([20, 19.5, 24, 30], 0.1), "rising", "a 2.5% dip is not a fall");
    assert.equal(trendOf([20, 18, 24, 30], 0.1), "mixed", "a 10% dip is");
    assert.equal(trendOf([10, 10.5, 11, 11.5, 12], 0.1), "rising", "small steps that add up to a rise");
    assert.equal(trendOf([10, 11], 0.15), "flat");
  });

  it("one point, or none, is flat", () => {
    assert.equal(trendOf([5], 0.1), "flat");
    assert.equal(trendOf([], 0.1), "flat");
  });
});
