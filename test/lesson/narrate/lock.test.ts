import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { counterCosts } from "../../../src/lesson/analysis/costs";
import { LockTimeoutError } from "../../../src/lesson/core/errors";
import { costReading, lockedOutcome, lockTimeoutReading } from "../../../src/lesson/narrate/lock";
import { costRow, traceCost } from "../../helpers/sweeps";
import { EN, experiment } from "../../helpers/fabricate";

describe("lockedOutcome", () => {
  it("all exact, as in the book", () => {
    assert.equal(
      lockedOutcome(EN, experiment("locked", [0, 0, 0, 0, 0])),
      "**All 5 trials are exact**, as in the book's locked run (500000 of 500000).",
    );
  });

  it("one trial is 'the one trial', never 'All 1 trial are'", () => {
    assert.equal(
      lockedOutcome(EN, experiment("locked", [0])),
      "**The one trial is exact**, as in the book's locked run (500000 of 500000).",
    );
  });

  it("the book's numbers are passed in, not typed into the sentence", () => {
    assert.match(lockedOutcome(EN, experiment("locked", [0, 0]), { expected: 7, found: 7, lost: 0 }), /\(7 of 7\)/);
  });

  it("a locked trial that lost is a bug, never passed over", () => {
    assert.match(lockedOutcome(EN, experiment("locked", [3])), /^\*\*No trial of 1 is exact\./);
    assert.match(lockedOutcome(EN, experiment("locked", [0, 3])), /^\*\*Only 1 of 2 trials is exact\./);
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
      "In this run the lock made each increment 13.3× as slow as the unsafe counter's (40 ns against 3 ns), " +
        "and `Atomics.add` 5.0× (15 ns). Only the unsafe counter lost anything: 150,000 updates over 2 trials.",
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

  it("a lock as fast as the unsafe counter, or faster, is never 'N× as slow'", () => {
    const costs = (lockedMs: number, atomicMs: number) =>
      counterCosts({
        unsafe: timed("unsafe", 10, [1]),
        atomic: timed("atomic", atomicMs, [0]),
        locked: timed("locked", lockedMs, [0]),
      });
    const faster = costReading(EN, costs(8, 10.5));
    assert.match(faster, /a locked increment cost less than an unsafe one \(16 ns against 20 ns\)/);
    assert.match(faster, /`Atomics\.add` about as much as the unsafe counter \(21 ns\)/);
    assert.doesNotMatch(faster, /as slow|0\.\d×/);
    assert.match(costReading(EN, costs(10.4, 5)), /a locked increment cost about as much as an unsafe one/);
    assert.match(costReading(EN, costs(10.4, 5)), /`Atomics\.add` less than the unsafe counter \(10 ns\)/);
    assert.match(costReading(EN, costs(10.4, 5), undefined, { same: 0.01 }), /made each increment 1\.0× as slow/);
    assert.match(costReading(EN, costs(20, 30)), /only the unsafe counter lost anything: 1 update over 1 trial/i);
  });

  it("no rows, and rows without an unsafe counter, are told as they are", () => {
    assert.equal(
      costReading(EN, { threads: 1, howMany: 1, trials: 0, rows: [], ns: {} }),
      "No counter was timed, so there is no cost to compare.",
    );
    const fixedOnly = counterCosts({ locked: timed("locked", 3, [0, 0]) });
    assert.equal(costReading(EN, fixedOnly), "The locked counter lost nothing over 2 trials, as it must.");
  });

  it("a fixed counter that lost updates is called a bug, and never 'only the unsafe counter'", () => {
    const costs = counterCosts({
      unsafe: timed("unsafe", 1, [10]),
      atomic: timed("atomic", 2, [0]),
      locked: timed("locked", 3, [7, 0]),
    });
    const text = costReading(EN, costs);
    assert.match(text, /\*\*The locked counter lost 7 updates over 2 trials: that is a bug; please report it\.\*\*$/);
    const one = counterCosts({ unsafe: timed("unsafe", 1, [0]), locked: timed("locked", 3, [1]) });
    assert.match(costReading(EN, one), /The locked counter lost 1 update over 1 trial:/);
    assert.doesNotMatch(text, /Only the unsafe counter/);
  });
});

describe("costReading beside the traced comparison: two measurements", () => {
  const timed = (counter: "unsafe" | "atomic" | "locked", ms: number) => experiment(counter, [0], { elapsedMs: ms });
  // 500,000 increments: 5 ms is 10 ns per increment.
  const costs = counterCosts({ unsafe: timed("unsafe", 5), atomic: timed("atomic", 10), locked: timed("locked", 20) });
  const traced = (unsafe: number, atomic: number, locked: number) =>
    traceCost(
      costRow("unsafe", unsafe, unsafe * 2),
      costRow("atomic", atomic, atomic),
      costRow("locked", locked, locked),
    );

  it("says what each measured, and that both agree within 10%", () => {
    const text = costReading(EN, costs, traced(10.5, 19, 41));
    assert.match(text, /two measurements: its traced times come from a counter that also records every increment/);
    assert.match(text, /in 5 trials each, every one beside a traced trial/);
    assert.match(
      text,
      /the two agree within 10%: unsafe 10\.5 ns there, 10 ns here; atomic 19 ns there, 20 ns here and locked 41 ns there, 40 ns here\./,
    );
  });

  it("a counter that does not agree is told with both times and their ratio; the rest are said to agree", () => {
    assert.match(
      costReading(EN, costs, traced(20.4, 30, 60)),
      /On this run unsafe took 20\.4 ns there, 10 ns here \(2\.0×\); atomic took 30 ns there, 20 ns here \(1\.5×\) and locked took 60 ns there, 40 ns here \(1\.5×\)\. A run's times move/,
    );
    const mixed = costReading(EN, costs, traced(33.4, 20.2, 39));
    assert.match(
      mixed,
      /On this run unsafe took 33\.4 ns there, 10 ns here \(3\.3×\), while atomic and locked agree within 10%\./,
    );
    assert.match(
      costReading(EN, costs, traced(5, 20, 41)),
      /unsafe took 5 ns there, 10 ns here \(0\.5×\), while atomic and locked agree/,
    );
    assert.match(
      costReading(EN, costs, traced(5, 10, 41)),
      / and atomic took 10 ns there, 20 ns here \(0\.5×\), while locked agrees within 10%/,
    );
  });

  it("without the traced comparison, or with no counter in common, says nothing of it", () => {
    assert.doesNotMatch(costReading(EN, costs), /two measurements/);
    assert.doesNotMatch(costReading(EN, costs, traceCost()), /two measurements/);
  });
});

describe("lockTimeoutReading", () => {
  it("a LockTimeoutError is told by its wait, in the lesson's language", () => {
    const error = new LockTimeoutError("could not acquire the mutex at index 0 within 100 ms: it is still held", 100);
    assert.equal(
      lockTimeoutReading(EN, error),
      "**The timed attempt gave up after 100 ms with a `LockTimeoutError`**: the lock was still held by someone else.",
    );
    assert.match(
      lockTimeoutReading({ ...EN, lang: "ko" }, error),
      /100 ms를 기다린 뒤 `LockTimeoutError`를 내며 포기했다/,
    );
  });

  it("no error, or another error, is a bug", () => {
    assert.match(lockTimeoutReading(EN, undefined), /got a lock that someone else held/);
    assert.match(
      lockTimeoutReading(EN, new TypeError("x is not a function\n  at …")),
      /failed with `TypeError`, not a timeout:\*\* `x is not a function`/,
    );
  });
});
