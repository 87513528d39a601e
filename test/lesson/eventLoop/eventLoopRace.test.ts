import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  LockingAsyncCounter,
  MAX_HOW_MANY,
  MAX_TASKS,
  UnsafeAsyncCounter,
  runEventLoopRace,
} from "../../../src/lesson/eventLoop/eventLoopRace";

describe("runEventLoopRace", () => {
  it("unsafe: with a one-tick sensor read, N tasks keep exactly one update per round", async () => {
    // Derivation, not a recorded output: every task is started in the same
    // synchronous loop, and every round of an increment costs each task the same
    // number of microtasks, so the tasks move in lockstep. In round r all N of
    // them read r, all await, all write r + 1: a round adds 1 instead of N.
    // After howMany rounds the counter is howMany, and (N - 1) × howMany are lost.
    const r = await runEventLoopRace({ tasks: 5, howMany: 2000, counter: "unsafe" });
    assert.equal(r.expected, 10_000);
    assert.equal(r.found, 2000);
    assert.equal(r.lost, 8000);
    assert.ok(r.elapsedMs >= 0);
  });

  it("unsafe: a single task cannot race with itself", async () => {
    const r = await runEventLoopRace({ tasks: 1, howMany: 500, counter: "unsafe" });
    assert.deepEqual([r.expected, r.found, r.lost], [500, 500, 0]);
  });

  it("locked: the same workload loses nothing", async () => {
    const r = await runEventLoopRace({ tasks: 5, howMany: 2000, counter: "locked" });
    assert.deepEqual([r.expected, r.found, r.lost], [10_000, 10_000, 0]);
  });

  it("sync: count += 1 has no switch point inside, so it loses nothing", async () => {
    const r = await runEventLoopRace({ tasks: 100, howMany: 100, counter: "sync" });
    assert.deepEqual([r.expected, r.found, r.lost], [10_000, 10_000, 0]);
  });

  it("awaits the yield point once per increment, and a slower one still loses", async () => {
    let calls = 0;
    // Every third read yields twice: the lockstep breaks, the race stays.
    const yieldPoint = async (): Promise<void> => {
      if (calls++ % 3 === 0) await Promise.resolve();
    };
    const r = await runEventLoopRace({ tasks: 4, howMany: 300, counter: "unsafe", yieldPoint });
    assert.equal(calls, 1200);
    assert.ok(r.lost > 0, `expected lost updates, found ${r.found} of ${r.expected}`);

    calls = 0;
    const locked = await runEventLoopRace({ tasks: 4, howMany: 300, counter: "locked", yieldPoint });
    assert.equal(calls, 1200);
    assert.equal(locked.lost, 0);
  });

  it("rejects bad inputs with the parameter, the value and the rule", async () => {
    const bad: [object, RegExp][] = [
      [{ tasks: 0, howMany: 1, counter: "unsafe" }, /^InputError: tasks must be an integer from 1 to 10,000, got 0$/],
      [{ tasks: 1.5, howMany: 1, counter: "unsafe" }, /tasks must be an integer from 1 to 10,000, got 1\.5/],
      [{ tasks: MAX_TASKS + 1, howMany: 1, counter: "sync" }, /tasks must be an integer from 1 to 10,000, got 10,001/],
      [{ tasks: 1, howMany: -3, counter: "sync" }, /howMany must be an integer from 1 to 10,000,000, got -3/],
      [
        { tasks: 1, howMany: MAX_HOW_MANY + 1, counter: "sync" },
        /howMany must be an integer from 1 to 10,000,000, got 10,000,001/,
      ],
      [{ tasks: 1, howMany: "5", counter: "sync" }, /howMany must be an integer from 1 to 10,000,000, got "5"/],
      [
        { tasks: 10_000, howMany: 10_000, counter: "sync" },
        /tasks × howMany must be at most 20,000,000, got 10,000 × 10,000 = 100,000,000/,
      ],
      [{ tasks: 1, howMany: 1, counter: "atomic" }, /counter must be one of unsafe, locked, sync, got "atomic"/],
      [
        { tasks: 1, howMany: 1, counter: "sync", yieldPoint: 5 },
        /^InputError: yieldPoint must be a function returning a promise, got number$/,
      ],
    ];
    for (const [options, message] of bad) {
      await assert.rejects(
        runEventLoopRace(options as never),
        (err: Error) => message.test(`${err.name}: ${err.message}`),
        JSON.stringify(options),
      );
    }
  });
});

describe("the counters themselves", () => {
  it("differ only by the lock: two unsafe increments in flight lose one, two locked ones do not", async () => {
    const unsafe = new UnsafeAsyncCounter();
    await Promise.all([unsafe.increment(1), unsafe.increment(1)]);
    assert.equal(unsafe.count, 1);
    const locked = new LockingAsyncCounter();
    await Promise.all([locked.increment(1), locked.increment(1)]);
    assert.equal(locked.count, 2);
  });
});
