import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { COUNT, newSharedCells } from "../../../src/lesson/engine/layout";
import type { RunReply } from "../../../src/lesson/engine/protocol";
import { trialResult } from "../../../src/lesson/engine/trialResult";
import { nowNs } from "../../../src/lesson/engine/clock";

const ms = (n: number) => BigInt(Math.round(n * 1e6));

function reply(over: Partial<RunReply>): RunReply {
  return { trial: 1, releasedAt: null, startedAt: ms(100), finishedAt: ms(104), sensorSink: 0, ...over };
}

describe("trialResult", () => {
  it("counts what the cell lost and times the trial from the barrier's release", () => {
    const cells = newSharedCells();
    Atomics.store(cells, COUNT, 250);
    const { result, releasedAt } = trialResult({ counter: "unsafe", threads: 3, howMany: 100 }, cells, [
      reply({ releasedAt: ms(100), startedAt: ms(100.01), finishedAt: ms(103) }),
      reply({ startedAt: ms(100.05), finishedAt: ms(104) }),
      reply({ startedAt: ms(100.02), finishedAt: ms(102) }),
    ]);
    assert.equal(releasedAt, ms(100));
    assert.equal(result.expected, 300);
    assert.equal(result.found, 250);
    assert.equal(result.lost, 50);
    assert.ok(Math.abs(result.elapsedMs - 4) < 1e-9, "release to the last worker done");
    assert.ok(Math.abs(result.startSkewMs - 0.05) < 1e-9, "release to the last worker's first step");
    assert.ok(Math.abs(result.loopMs - 2.99) < 1e-9, "the median worker's loop");
  });

  it("refuses replies in which nobody released the barrier", () => {
    assert.throws(
      () => trialResult({ counter: "atomic", threads: 1, howMany: 1 }, newSharedCells(), [reply({})]),
      /releasing the start barrier/,
    );
  });
});

describe("nowNs", () => {
  it("is Node's monotonic clock here, in nanoseconds", () => {
    const before = process.hrtime.bigint();
    const now = nowNs();
    const after = process.hrtime.bigint();
    assert.ok(before <= now && now <= after);
  });
});
