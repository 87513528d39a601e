import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { counterCosts } from "../../src/analysis/costs";
import { costReading, lockedOutcome } from "../../src/narrate/lock";
import { EN, experiment } from "../helpers/fabricate";

describe("lockedOutcome", () => {
  it("all exact, as in the book", () => {
    assert.equal(
      lockedOutcome(EN, experiment("locked", [0, 0, 0, 0, 0])),
      "**All 5 trials are exact**, as in the book's locked run (500000 of 500000).",
    );
  });

  it("a locked trial that lost is a bug, never passed over", () => {
    assert.match(
      lockedOutcome(EN, experiment("locked", [0, 3, 0])),
      /^\*\*Only 2 of 3 trials are exact\. That is a bug/,
    );
  });
});

describe("costReading", () => {
  const timed = (counter: "unsafe" | "atomic" | "locked", ms: number, losses: number[]) =>
    experiment(counter, losses, { elapsedMs: ms });

  it("states each counter's cost from the run, and that only the unsafe counter lost", () => {
    const costs = counterCosts({
      unsafe: timed("unsafe", 1.5, [100_000, 50_000]),
      atomic: timed("atomic", 7.5, [0, 0]),
      locked: timed("locked", 20, [0, 0]),
    });
    assert.equal(
      costReading(EN, costs),
      "In this run the lock made each increment 13.3× as slow as the unsafe counter's (40.0 ns against 3.0 ns), " +
        "and `Atomics.add` 5.0× (15.0 ns). Only the unsafe counter lost updates: 150,000 of them over 2 trials.",
    );
  });

  it("an unsafe counter that lost nothing was lucky, not fixed", () => {
    const costs = counterCosts({
      unsafe: timed("unsafe", 1, [0]),
      atomic: timed("atomic", 2, [0]),
      locked: timed("locked", 3, [0]),
    });
    const text = costReading(EN, costs);
    assert.match(text, /No counter lost an update this time \(1 trial each\): the unsafe one was lucky, not fixed\.$/);
    assert.doesNotMatch(text, /Only the unsafe counter/);
  });

  it("a fixed counter that lost updates is called a bug, and never 'only the unsafe counter'", () => {
    const costs = counterCosts({
      unsafe: timed("unsafe", 1, [10]),
      atomic: timed("atomic", 2, [0]),
      locked: timed("locked", 3, [7, 0]),
    });
    const text = costReading(EN, costs);
    assert.match(text, /\*\*The locked counter lost 7 updates over 2 trials: that is a bug; please report it\.\*\*$/);
    assert.doesNotMatch(text, /Only the unsafe counter/);
  });
});
