import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runExperiment } from "../../../src/lesson/engine/experiment";
import { withPool } from "../../../src/lesson/engine/pool";
import { TRACE_MAX_BYTES, traceLayout } from "../../../src/lesson/engine/trace";
import { checkSequence, lockHandoff } from "../../../src/lesson/analysis/handoff";
import { lossPicture } from "../../../src/lesson/analysis/lossPicture";
import { livePoolCount } from "../../../src/lesson/engine/interrupt";

describe("a traced run", () => {
  it("of the locked counter accounts for every increment exactly once, each worker's in order", async () => {
    const { trials } = await runExperiment({ counter: "locked", threads: 4, howMany: 20_000, trace: true });
    const trace = trials[0]!.trace!;
    assert.equal(trials[0]!.lost, 0);
    assert.deepEqual(checkSequence(trace), { total: 80_000, missing: 0, repeated: 0, outOfOrder: 0, outOfRange: 0 });
    const handoff = lockHandoff(trace);
    const made = [0, 0, 0, 0];
    for (const w of handoff.order) made[w]!++;
    assert.deepEqual(made, [20_000, 20_000, 20_000, 20_000]);
    assert.equal(
      handoff.runLengths.reduce((a, b) => a + b, 0),
      80_000,
      "run lengths must sum to the total",
    );
    // Clock samples: one before every 256th increment and one after the last, in time order.
    for (const times of trace.times) {
      assert.equal(times.length, Math.ceil(20_000 / trace.sampleEvery) + 1);
      for (let k = 1; k < times.length; k++) assert.ok(times[k]! >= times[k - 1]!, "clock went backwards");
    }
  });

  it("of the atomic counter does too", async () => {
    const { trials } = await runExperiment({ counter: "atomic", threads: 3, howMany: 30_000, trace: true });
    const check = checkSequence(trials[0]!.trace!);
    assert.equal(check.missing + check.repeated + check.outOfOrder + check.outOfRange, 0);
    assert.equal(lockHandoff(trials[0]!.trace!).total, 90_000);
  });

  it("of the unsafe counter writes every value up to the final count, and its loss is repeats + beyond", async () => {
    // Several trials, so at least one of them overlaps and loses (on 2 shared cores a trial may not).
    const { trials } = await runExperiment({ counter: "unsafe", threads: 4, howMany: 200_000, trials: 4, trace: true });
    for (const trial of trials) {
      const picture = lossPicture(trial);
      assert.equal(picture.missing, 0, "a value below the final count that nobody wrote: the trace is incomplete");
      assert.ok(picture.highest >= trial.found);
      assert.equal(picture.repeats + picture.beyond, trial.lost);
      assert.equal(
        picture.byWorker.reduce((n, w) => n + w.repeats, 0),
        picture.repeats,
      );
      for (const s of picture.staleWrites) {
        // The stale write named is a write of exactly the value the worker that saw it read.
        if (s.worker !== null) assert.equal(trial.trace!.reads[s.worker]![s.index]! + 1, s.wrote);
        assert.ok(s.erased >= 2 && s.fall === s.erased - 1);
      }
    }
    assert.equal(livePoolCount(), 0);
  });

  it("is off unless asked for, and refuses a trace too large or a flag that is not a boolean, before starting", async () => {
    const { trials } = await runExperiment({ counter: "atomic", threads: 1, howMany: 1_000 });
    assert.equal(trials[0]!.trace, undefined);
    await assert.rejects(
      runExperiment({ counter: "unsafe", threads: 64, howMany: 1_000_000, trace: true }),
      /a traced run records 4 bytes per increment: threads × howMany = 64,000,000 increments need 246 MB, more than the 64 MB a trace may take/,
    );
    await assert.rejects(
      runExperiment({ counter: "unsafe", threads: 2, howMany: 10, trace: "yes" as unknown as boolean }),
      /trace must be true or false, got "yes"/,
    );
    await withPool(1, async (pool) => {
      await assert.rejects(pool.runTrial({ counter: "locked", threads: 1, howMany: 50_000_000, trace: true }), /64 MB/);
      assert.equal(
        (await pool.runTrial({ counter: "locked", threads: 1, howMany: 10, trace: true })).trace?.reads[0]![9],
        9,
      );
    });
    assert.equal(traceLayout("locked", 1, 10).bytes, 2 * 8 + 40);
    assert.ok(
      traceLayout("locked", 64, Math.floor(TRACE_MAX_BYTES / 64 / (4 + 8 / 256)) - 10).bytes <= TRACE_MAX_BYTES,
    );
    assert.equal(livePoolCount(), 0);
  });
});
