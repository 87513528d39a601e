import { test } from "node:test";
import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { runExperiment } from "../../../src/lesson/engine/experiment";
import { livePoolCount } from "../../../src/lesson/engine/interrupt";
import { withPool } from "../../../src/lesson/engine/pool";
import {
  AtomicCounter,
  LockingCounter,
  UnsafeCounter,
  makeCounter,
  type CounterKind,
} from "../../../src/lesson/engine/counters";
import { newSharedCells } from "../../../src/lesson/engine/layout";

test("each counter counts on one thread", () => {
  for (const Make of [UnsafeCounter, LockingCounter, AtomicCounter]) {
    const counter = new Make(newSharedCells());
    for (let i = 0; i < 1000; i++) counter.increment(3);
    assert.equal(counter.count, 3000, Make.name);
  }
});

test("makeCounter makes each kind, and refuses a kind it does not know (as a worker's message may carry)", () => {
  assert.ok(makeCounter("unsafe", newSharedCells()) instanceof UnsafeCounter);
  assert.ok(makeCounter("locked", newSharedCells()) instanceof LockingCounter);
  assert.ok(makeCounter("atomic", newSharedCells()) instanceof AtomicCounter);
  assert.throws(() => makeCounter("fast" as CounterKind, newSharedCells()), /^Error: unknown counter kind "fast"$/);
});

// Mutual exclusion under real contention: several workers, many trials, every one exact.
for (const counter of ["locked", "atomic"] as const) {
  test(`the ${counter} counter is exact in every trial (4 workers × 200,000, 8 trials)`, async () => {
    const run = await runExperiment({ counter, threads: 4, howMany: 200_000, trials: 8 });
    assert.equal(run.trials.length, 8);
    for (const trial of run.trials) {
      assert.equal(trial.expected, 800_000);
      assert.equal(trial.found, 800_000);
      assert.equal(trial.lost, 0);
    }
  });
}

const cores = availableParallelism();
test(
  "the unsafe counter loses updates at the seed's size (5 workers × 100,000) in at least one of up to 20 trials",
  { skip: cores < 2 ? `needs 2 or more cores to run workers in parallel; this machine has ${cores}` : false },
  async () => {
    // A busy machine can leave our workers one core, and then they rarely overlap: keep
    // trying, and stop at the first trial that loses.
    const trials = await withPool(5, async (pool) => {
      const seen = [];
      for (let i = 0; i < 20; i++) {
        const trial = await pool.runTrial({ counter: "unsafe", threads: 5, howMany: 100_000 });
        assert.equal(trial.expected, 500_000);
        assert.ok(trial.found > 0 && trial.found <= trial.expected, `found ${trial.found}`);
        assert.equal(trial.lost, trial.expected - trial.found);
        seen.push(trial);
        if (trial.lost > 0) break;
      }
      return seen;
    });
    const losses = trials.map((t) => t.lost);
    assert.ok(
      losses.some((lost) => lost > 0),
      `no trial lost an update: ${losses.join(", ")}`,
    );
  },
);

test("one worker alone never loses an update, even unsafely", async () => {
  const run = await runExperiment({ counter: "unsafe", threads: 1, howMany: 300_000, trials: 3 });
  assert.deepEqual(
    run.trials.map((t) => t.lost),
    [0, 0, 0],
  );
});

test("a trial reports the increment phase's time and how together the workers started", async () => {
  const [trial] = (await runExperiment({ counter: "atomic", threads: 2, howMany: 50_000, sensorWork: 10 })).trials;
  assert.ok(trial);
  assert.ok(trial.elapsedMs > 0, `elapsedMs ${trial.elapsedMs}`);
  assert.ok(trial.startSkewMs >= 0 && trial.startSkewMs <= trial.elapsedMs, `startSkewMs ${trial.startSkewMs}`);
});

test("an experiment says how long its workers took to start, once, apart from any trial's time", async () => {
  const run = await runExperiment({ counter: "atomic", threads: 2, howMany: 1_000, trials: 2 });
  assert.ok(run.startUpMs !== undefined && Number.isFinite(run.startUpMs) && run.startUpMs > 0, `${run.startUpMs}`);
  await withPool(2, async (pool) => {
    assert.equal((await runExperiment({ counter: "atomic", threads: 2, howMany: 10, pool })).startUpMs, pool.startUpMs);
  });
});

test("a pool is reused across trials and leaves no worker behind", async () => {
  const found = await withPool(3, async (pool) => {
    const results = [];
    for (const counter of ["unsafe", "locked", "atomic", "locked"] as const) {
      results.push((await pool.runTrial({ counter, threads: 3, howMany: 1_000 })).found);
    }
    assert.equal(livePoolCount(), 1);
    return results;
  });
  assert.equal(found[1], 3_000);
  assert.equal(found[2], 3_000);
  assert.equal(livePoolCount(), 0);
});
