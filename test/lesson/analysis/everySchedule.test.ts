import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { everySchedule } from "../../../src/lesson/analysis/everySchedule";
import { enumerateInterleavings } from "../../../src/lesson/analysis/interleavings";

describe("everySchedule", () => {
  it("finds the unsafe program's schedules, each with its final count, as interleavings() does", () => {
    for (const threads of [2, 3]) {
      const played = everySchedule({ threads, program: "unsafe" }).map((s) => `${s.order} ${s.final}`);
      const listed = enumerateInterleavings({ threads, increments: 1 }).map((s) => `${s.order} ${s.final}`);
      assert.deepEqual(played, listed);
    }
    assert.equal(everySchedule({ threads: 2, program: "unsafe", increments: 2 }).length, 924);
  });

  // Worked out before running anything: whoever locks first (2 ways) runs to its unlock; the
  // other's first lock step comes at one of the 5 gaps after that lock. If it comes before the
  // unlock (4 gaps) it sleeps and, woken, runs its 5 steps after; at the last gap it finds the
  // lock free. So 2 × 5 = 10 schedules, 8 of them with one wait, and every one keeps both updates.
  it("two locked workers: 10 schedules, each keeps both updates, 8 with a worker waiting once", () => {
    const all = everySchedule({ threads: 2, program: "locked" });
    assert.equal(all.length, 10);
    assert.ok(all.every((s) => s.final === 2 && s.lost === 0));
    assert.equal(all.filter((s) => s.waits === 1).length, 8);
    assert.equal(all.filter((s) => s.waits === 0).length, 2);
    assert.deepEqual(
      all.filter((s) => s.waits === 0).map((s) => s.order),
      ["AAAAABBBBB", "BBBBBAAAAA"],
    );
  });

  it("three locked workers: every schedule ends exact; a worker can wait twice, and no schedule gets stuck", () => {
    const all = everySchedule({ threads: 3, program: "locked" });
    assert.ok(all.length > 100);
    assert.ok(all.every((s) => s.final === 3 && s.lost === 0));
    const lengths = new Set(all.map((s) => s.order.length));
    assert.deepEqual([...lengths].sort(), [15, 16, 17]);
    assert.ok(all.some((s) => s.order === "ABAAAACBCCCCBBBBB" && s.waits === 2));
    assert.equal(new Set(all.map((s) => s.order)).size, all.length, "a schedule found twice");
  });

  it("refuses a program it does not know, and stops at its limit", () => {
    assert.throws(
      () => everySchedule({ threads: 2, program: "atomic" as "locked" }),
      /program must be one of unsafe, locked, got "atomic"/,
    );
    assert.throws(
      () => everySchedule({ threads: 3, program: "locked", limit: 100 }),
      /3 threads of the locked program have more than 100 schedules; use fewer threads or raise limit/,
    );
  });
});
