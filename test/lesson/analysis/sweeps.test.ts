import { test } from "node:test";
import assert from "node:assert/strict";
import { costSweep, incrementsSweep, trialsSweep, workersSweep } from "../../../src/lesson/analysis/sweeps";
import { tinyRace } from "../../../src/lesson/analysis/tinyRace";
import { median } from "../../../src/lesson/analysis/stats";
import { livePoolCount } from "../../../src/lesson/engine/interrupt";
import { assertProgress, recorder } from "../../helpers/progress";

test("trialsSweep: one lost count per trial per counter; the fixed counters lose nothing", async () => {
  const { calls, onProgress } = recorder();
  const sweep = await trialsSweep({ threads: 2, howMany: 2_000, trials: 4, onProgress });
  assert.equal(sweep.expected, 4_000);
  for (const kind of ["unsafe", "atomic", "locked"] as const) {
    assert.equal(sweep[kind]?.length, 4, kind);
    assert.equal(sweep.results[kind]?.length, 4, kind);
    sweep.results[kind].forEach((t, i) => assert.equal(t.lost, sweep[kind]![i]));
  }
  assert.deepEqual(sweep.atomic, [0, 0, 0, 0]);
  assert.deepEqual(sweep.locked, [0, 0, 0, 0]);
  sweep.unsafe.forEach((lost) => assert.ok(lost >= 0 && lost < 4_000));
  assertProgress(calls, 12);
  assert.match(calls[1]![2], /^unsafe: trial 1\/4$/);
  assert.equal(livePoolCount(), 0);
});

test("trialsSweep runs only the counters asked for, and needs unsafe", async () => {
  const sweep = await trialsSweep({ threads: 2, howMany: 100, trials: 2, counters: ["unsafe"] });
  assert.equal(sweep.atomic, undefined);
  assert.equal(sweep.locked, undefined);
  await assert.rejects(
    trialsSweep({ threads: 2, howMany: 100, trials: 2, counters: ["locked"] }),
    /counters must include "unsafe".*got \[locked\]/,
  );
  assert.equal(livePoolCount(), 0);
});

test("workersSweep: a point per worker count with every trial's lost fraction; checks exact", async () => {
  const { calls, onProgress } = recorder();
  const sweep = await workersSweep({ workerCounts: [1, 3], howMany: 1_000, trials: 3, checkTrials: 2, onProgress });
  assert.deepEqual(
    sweep.unsafe.map((p) => p.workers),
    [1, 3],
  );
  assert.deepEqual(
    sweep.unsafe.map((p) => p.lostFractions.length),
    [3, 3],
  );
  assert.deepEqual(sweep.unsafe[0]!.lostFractions, [0, 0, 0], "one worker alone cannot lose an update");
  for (const kind of ["atomic", "locked"] as const) {
    assert.deepEqual(
      sweep[kind]!.map((p) => p.lostFractions),
      [
        [0, 0],
        [0, 0],
      ],
      kind,
    );
    sweep[kind]!.forEach((p) => p.trials.forEach((t) => assert.equal(t.found, t.expected)));
  }
  sweep.unsafe[1]!.trials.forEach((t, i) => {
    assert.equal(t.threads, 3);
    assert.equal(sweep.unsafe[1]!.lostFractions[i], t.lost / 3_000);
  });
  assertProgress(calls, 2 * 3 + 2 * 2 * 2);
  assert.equal(livePoolCount(), 0);
});

test("incrementsSweep: a point per size with median start skew and elapsed time", async () => {
  const sweep = await incrementsSweep({ sizes: [10, 1_000], threads: 2, trials: 3, checks: ["atomic"] });
  assert.deepEqual(
    sweep.unsafe.map((p) => p.increments),
    [10, 1_000],
  );
  assert.equal(sweep.locked, undefined);
  assert.deepEqual(
    sweep.atomic!.map((p) => p.lostFractions),
    [
      [0, 0, 0],
      [0, 0, 0],
    ],
  );
  for (const p of sweep.unsafe) {
    assert.equal(p.lostFractions.length, 3);
    assert.equal(p.medianStartSkewMs, median(p.trials.map((t) => t.startSkewMs)));
    assert.equal(p.medianElapsedMs, median(p.trials.map((t) => t.elapsedMs)));
    assert.ok(p.medianElapsedMs >= 0 && p.medianStartSkewMs >= 0);
  }
  assert.equal(livePoolCount(), 0);
});

test("costSweep: median ns per increment for each counter at each worker count", async () => {
  const cost = await costSweep({ workerCounts: [1, 2], howMany: 2_000, trials: 3 });
  assert.deepEqual(
    cost.points.map((p) => p.workers),
    [1, 2],
  );
  for (const p of cost.points) {
    for (const kind of ["unsafe", "atomic", "locked"] as const) {
      assert.equal(p.samples[kind]!.length, 3);
      assert.equal(p[kind], median(p.samples[kind]!));
      assert.ok(p[kind] > 0, `${kind} costs something`);
    }
  }
  assert.equal(livePoolCount(), 0);
});

test("bad inputs are refused by name, value and rule, before any thread starts", async () => {
  const refusals: [Promise<unknown>, RegExp][] = [
    [
      workersSweep({ workerCounts: [], howMany: 10, trials: 1 }),
      /workerCounts must be a non-empty list of integers from 1 to 64, got \[\]/,
    ],
    [
      workersSweep({ workerCounts: [1, 65], howMany: 10, trials: 1 }),
      /workerCounts\[1\] must be an integer from 1 to 64, got 65/,
    ],
    [workersSweep({ workerCounts: [2, 2], howMany: 10, trials: 1 }), /workerCounts lists 2 twice/],
    [workersSweep({ workerCounts: [2], howMany: 10, trials: 0 }), /trials must be an integer from 1 to 10,000, got 0/],
    [
      workersSweep({ workerCounts: [2], howMany: 10, trials: 1, checks: ["unsafe" as never] }),
      /checks\[0\] must be one of atomic, locked, got "unsafe"/,
    ],
    [
      incrementsSweep({ sizes: [100, 1e8], threads: 2, trials: 1 }),
      /sizes\[1\] must be an integer from 1 to 50,000,000, got 100,000,000/,
    ],
    [incrementsSweep({ sizes: [1.5], threads: 2, trials: 1 }), /sizes\[0\] must be an integer .* got 1.5/],
    [incrementsSweep({ sizes: [5e7], threads: 64, trials: 1 }), /does not fit the counter's one Int32 cell/],
    [trialsSweep({ threads: 0, howMany: 10, trials: 1 }), /threads must be an integer from 1 to 64, got 0/],
    [trialsSweep({ threads: 2, howMany: 10, trials: 1, onProgress: 5 as never }), /onProgress must be a function/],
    [costSweep({ workerCounts: [1], howMany: 10, trials: 1, counters: [] }), /counters must name at least one/],
    [tinyRace({ repetitions: 0 }), /repetitions must be an integer from 1 to 500,000, got 0/],
    [
      tinyRace({ repetitions: 10, counters: ["fast" as never] }),
      /counters\[0\] must be one of unsafe, locked, atomic, got "fast"/,
    ],
  ];
  for (const [promise, message] of refusals) await assert.rejects(promise, message);
  assert.equal(livePoolCount(), 0);
});
