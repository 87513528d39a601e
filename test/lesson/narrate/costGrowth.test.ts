import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { costGrowthReading } from "../../../src/lesson/narrate/costGrowth";
import type { CostGrowthPoint } from "../../../src/lesson/analysis/costs";
import type { Facts } from "../../../src/lesson/narrate/facts";

const on = (cores: number): Facts => ({ lang: "en", cores, node: "v20.0.0" });
import { InputError } from "../../../src/lesson/core/errors";

const point = (workers: number, unsafe: number, atomic: number, locked: number): CostGrowthPoint => ({
  workers,
  unsafe,
  atomic,
  locked,
});

describe("costGrowthReading", () => {
  it("names each counter's trend over every worker count, with its first and last cost", () => {
    const text = costGrowthReading(on(2), {
      points: [point(1, 1.6, 8.2, 18.6), point(2, 1.7, 9, 19), point(16, 2.6, 19.2, 36.6)],
    });
    assert.match(
      text,
      /^\*\*From 1 worker to 16, the cost of an increment: unsafe rose from 1\.6 ns to 2\.6 ns \(1\.6×\); atomic rose from 8\.2 ns to 19\.2 ns \(2\.3×\) and locked rose from 18\.6 ns to 36\.6 ns \(2\.0×\)\.\*\*/,
    );
  });

  it("a counter's cost that rose, then fell, is told as going up and down, with every point", () => {
    // First to last, locked went from 24.3 to 52.3 ns: a reading of the ends alone would say it rose.
    const text = costGrowthReading(on(2), {
      points: [point(1, 2, 10, 24.3), point(2, 2, 10, 69.9), point(4, 2, 10, 60.1), point(16, 2, 10, 52.3)],
    });
    assert.match(text, /locked went up and down, 24\.3 → 69\.9 → 60\.1 → 52\.3 ns/);
    assert.match(text, /unsafe stayed at 2 ns/);
    assert.match(
      text,
      /a locked increment got cheaper with more workers \(69\.9 ns at 2 workers, 60\.1 ns at 4, 52\.3 ns at 16\)/,
    );
  });

  it("past the cores, a locked cost that kept rising is dearer, measured from the last count that fit", () => {
    const text = costGrowthReading(on(2), {
      points: [point(16, 2.6, 19, 36.6), point(1, 1.6, 8, 18.6), point(2, 1.8, 19, 22.9), point(4, 1.8, 19, 27)],
    });
    assert.match(text, /From 1 worker to 16/, "points are read in worker order whatever order they came in");
    assert.match(text, /Past this machine's 2 cores the workers take turns/);
    assert.match(
      text,
      /a locked increment still cost more with more workers \(22\.9 ns at 2 workers, 27 ns at 4, 36\.6 ns at 16\): a worker can lose its core while it holds the lock/,
    );
  });

  it("past the cores, a cost that dipped and rose again is mixed, not dearer", () => {
    // 32.5 ns at 2, 21 at 4, 37.4 at 16: the ends alone would say "still cost more with more workers".
    const text = costGrowthReading(on(2), {
      points: [point(1, 2, 10, 20), point(2, 2, 10, 32.5), point(4, 2, 10, 21), point(16, 2, 10, 37.4)],
    });
    assert.match(
      text,
      /a locked increment's cost went up and down with more workers \(32\.5 ns at 2 workers, 21 ns at 4, 37\.4 ns at 16\), with no steady trend to read on this run/,
    );
    assert.doesNotMatch(text, /still cost more/);
  });

  it("past the cores, a cost that fell is cheaper", () => {
    const text = costGrowthReading(on(2), { points: [point(2, 2, 20, 40), point(8, 2, 20, 30)] });
    assert.match(text, /a locked increment got cheaper with more workers \(40 ns at 2 workers, 30 ns at 8\)/);
  });

  it("past the cores, a cost within 15% either way is level", () => {
    for (const last of [35, 40, 45]) {
      const text = costGrowthReading(on(2), { points: [point(2, 2, 20, 40), point(8, 2, 20, last)] });
      assert.match(text, /so a locked increment cost about the same/, `40 → ${last}`);
    }
    assert.match(costGrowthReading(on(2), { points: [point(2, 2, 20, 40), point(8, 2, 20, 46.5)] }), /still cost more/);
    assert.match(
      costGrowthReading(on(2), { points: [point(2, 2, 20, 40), point(8, 2, 20, 46.5)] }, { level: 1.2 }),
      /cost about the same/,
      "the threshold for level is an option",
    );
  });

  it("when no count fits the cores, the fewest workers are the reference", () => {
    const text = costGrowthReading(on(2), { points: [point(4, 2, 20, 25), point(8, 2, 20, 40)] });
    assert.match(text, /more with more workers \(25 ns at 4 workers, 40 ns at 8\)/);
  });

  it("on 1 core and on 16 cores, past the cores is counted from each machine's own cores", () => {
    const points = [point(1, 1, 8, 18), point(4, 1.2, 16, 40), point(16, 1.3, 17, 42)];
    assert.match(
      costGrowthReading(on(1), { points }),
      /Past this machine's 1 core .* \(18 ns at 1 worker, 40 ns at 4, 42 ns at 16\)/,
    );
    const sixteen = costGrowthReading(on(16), { points });
    assert.match(sixteen, /All of these worker counts fit this machine's 16 cores/);
    assert.doesNotMatch(sixteen, /take turns/);
  });

  it("when every count fits the cores, it says to add counts above them", () => {
    const text = costGrowthReading(on(8), { points: [point(1, 1, 8, 18), point(4, 1, 9, 30)] });
    assert.match(text, /All of these worker counts fit this machine's 8 cores; add counts above 8/);
    assert.doesNotMatch(text, /Past/);
  });

  it("speaks of the atomic counter when the lock was not timed", () => {
    const text = costGrowthReading(on(2), {
      points: [
        { workers: 1, atomic: 8 },
        { workers: 8, atomic: 20 },
      ],
    });
    assert.match(text, /the cost of an increment: atomic rose from 8 ns to 20 ns \(2\.5×\)\.\*\*/);
    assert.match(
      text,
      /an atomic increment still cost more with more workers \(8 ns at 1 worker, 20 ns at 8\): each change of worker is a context switch/,
    );
  });

  it("one worker count has no growth to read", () => {
    assert.match(
      costGrowthReading(on(2), { points: [point(4, 1, 8, 18)] }),
      /^Only one worker count was timed \(4 workers\), so there is no growth to read/,
    );
  });

  it("refuses bad input by name", () => {
    const refuses = (fn: () => unknown, message: RegExp) =>
      assert.throws(fn, (e: unknown) => e instanceof InputError && message.test(e.message));
    refuses(() => costGrowthReading(on(2), { points: [] }), /^cost\.points must be a non-empty list/);
    refuses(
      () => costGrowthReading(on(2), { points: [point(0, 1, 1, 1)] }),
      /^cost\.points\[0\]\.workers must be a whole number ≥ 1, got 0/,
    );
    refuses(
      () => costGrowthReading(on(2), { points: [point(1, 1, 1, -3)] }),
      /^cost\.points\[0\]\.locked must be a positive number of ns, got -3/,
    );
    refuses(
      () => costGrowthReading(on(2), { points: [point(1, 1, 1, 1), { workers: 2, locked: 3 }] }),
      /^cost\.points\[1\] times locked but cost\.points\[0\] times unsafe, atomic, locked/,
    );
    refuses(() => costGrowthReading(on(2), { points: [{ workers: 1 }] }), /^cost\.points\[0\] has no cost/);
  });
});
