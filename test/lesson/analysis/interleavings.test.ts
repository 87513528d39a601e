import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  countInterleavings,
  countInterleavingsExact,
  describeSteps,
  enumerateInterleavings,
  interleavings,
  simulate,
  summarizeInterleavings,
  runsUnbroken,
  scheduleSteps,
  nextStep,
  raceStep,
  startRace,
  type RaceState,
} from "../../../src/lesson/analysis/interleavings";

// Why "kept" has a closed form, worked out before running anything: an
// increment is lost exactly when another thread's write lands between its read
// and its write, or it reads before another's write and writes after it. So a
// schedule keeps every update only if each increment's read..write span is
// disjoint from every other thread's spans; since every step belongs to some
// span, each increment's three steps must then be contiguous. Kept schedules are
// therefore orderings of T·K whole blocks with each thread's blocks in order:
// (T·K)! / (K!)^T. 2×1: 2, 3×1: 6, 2×2: 4!/(2!2!) = 6.
describe("interleavings", () => {
  it("2 threads × 1 increment: 20 schedules, 2 keep both updates, 18 lose one", () => {
    // 6!/(3!3!) = 20. Kept: only AAABBB and BBBAAA (the argument above). In any
    // other order both reads come before the other's write, both read 0, both
    // write 1: final 1. So 18 lose exactly one update and none lose two.
    const s = summarizeInterleavings({ threads: 2, increments: 1 });
    assert.deepEqual([s.total, s.kept, s.lost, s.expected], [20, 2, 18, 2]);
    assert.deepEqual(s.outcomes, [
      { final: 2, lost: 0, count: 2 },
      { final: 1, lost: 1, count: 18 },
    ]);
    const kept = enumerateInterleavings({ threads: 2, increments: 1 }).filter((it) => it.lost === 0);
    assert.deepEqual(
      kept.map((it) => it.order),
      ["AAABBB", "BBBAAA"],
    );
  });

  it("3 threads × 1 increment: 9!/(3!3!3!) = 1680 schedules, 3! = 6 kept", () => {
    const s = summarizeInterleavings({ threads: 3, increments: 1 });
    assert.equal(s.total, 1680);
    assert.equal(s.kept, 6);
    assert.equal(s.lost, 1674);
    assert.equal(
      s.outcomes.reduce((n, o) => n + o.count, 0),
      1680,
    );
  });

  it("2 threads × 2 increments: 12!/(6!6!) = 924 schedules, 6 kept", () => {
    const s = summarizeInterleavings({ threads: 2, increments: 2 });
    assert.equal(s.total, 924);
    assert.equal(s.kept, 6);
    // The worst case keeps one update per thread: final never drops below 2.
    assert.equal(Math.min(...s.outcomes.map((o) => o.final)), 2);
  });

  it("every schedule is distinct, keeps each thread in program order, and matches a plain re-simulation", () => {
    const list = enumerateInterleavings({ threads: 3, increments: 1 });
    assert.equal(new Set(list.map((it) => it.order)).size, list.length);
    for (const it of list) {
      for (const name of "ABC") assert.equal([...it.order].filter((c) => c === name).length, 3);
      // simulate() is the straight loop; the enumerator simulates incrementally.
      assert.equal(simulate(it.order, 3), it.final, it.order);
      assert.equal(it.lost, 3 - it.final);
    }
  });

  it("counts exactly, without enumerating", () => {
    assert.equal(countInterleavings(2, 1), 20);
    assert.equal(countInterleavings(2, 4), 2_704_156); // 24!/(12!12!)
    // 18!/(6!)^3 = 6402373705728000 / 373248000
    assert.equal(countInterleavingsExact(3, 2), 17_153_136n);
    assert.equal(countInterleavings(1, 5), 1);
  });

  it("refuses up front when the count passes the limit", () => {
    assert.throws(
      () => interleavings({ threads: 3, increments: 2 }),
      /3 threads × 2 increments have 17153136 interleavings, more than the limit of 1000000/,
    );
    assert.throws(
      () => interleavings({ threads: 2, increments: 1, limit: 19 }),
      /have 20 interleavings, more than the limit of 19/,
    );
    assert.equal(enumerateInterleavings({ threads: 2, increments: 1, limit: 20 }).length, 20);
  });

  it("rejects bad shapes with the parameter, the value and the rule", () => {
    assert.throws(() => countInterleavings(0, 1), /threads must be an integer from 1 to 26, got 0/);
    assert.throws(() => countInterleavings(27, 1), /threads must be an integer from 1 to 26, got 27/);
    assert.throws(() => countInterleavings(2, 1.5), /increments must be an integer from 1 to 1,000, got 1\.5/);
    assert.throws(
      () => interleavings({ threads: 2, increments: 1, limit: 0 }),
      /limit must be an integer from 1 to 9,007,199,254,740,991, got 0/,
    );
    assert.throws(() => simulate("AXB", 2), /step 1 by thread X, outside A\.\.B/);
  });

  it("labels steps by thread and kind", () => {
    assert.deepEqual(
      describeSteps("AABABB").map(({ thread, kind }) => `${thread}:${kind}`),
      ["A:read", "A:add", "B:read", "A:write", "B:add", "B:write"],
    );
  });
});

it("scheduleSteps tells one schedule step by step, and marks the write that erases an update", () => {
  const kept = scheduleSteps("AAABBB", 2);
  assert.deepEqual(
    kept.map((s) => s.count),
    [0, 0, 1, 1, 1, 2],
  );
  assert.ok(kept.every((s) => s.erased === undefined));

  // Both read 0 before either writes: B's write of 1 lands on A's 1.
  const lost = scheduleSteps("ABABAB", 2);
  assert.deepEqual(
    lost.map(({ thread, kind, value, count }) => `${thread} ${kind} ${value} → ${count}`),
    ["A read 0 → 0", "B read 0 → 0", "A add 1 → 0", "B add 1 → 0", "A write 1 → 1", "B write 1 → 1"],
  );
  assert.deepEqual(lost[5]!.erased, { thread: "A", count: 1 });
  assert.ok(lost.slice(0, 5).every((s) => s.erased === undefined));
  assert.equal(lost[5]!.count, simulate("ABABAB", 2));
  assert.throws(() => scheduleSteps("AC", 2), /outside A..B/);
});

describe("runsUnbroken", () => {
  it("accepts only schedules whose increments run read, add, write back to back", () => {
    assert.equal(runsUnbroken("AAABBB"), true);
    assert.equal(runsUnbroken("BBBAAA"), true);
    assert.equal(runsUnbroken("AAABBBAAA"), true);
    assert.equal(runsUnbroken("AABABB"), false);
    assert.equal(runsUnbroken("ABABAB"), false);
    assert.equal(runsUnbroken("AAAAABBBBBBA"), false); // A's second increment is split
    assert.equal(runsUnbroken(""), true);
  });

  it("picks out exactly the schedules that keep every update (2×2, 3×1)", () => {
    // 2×2: the four whole increments in any order that keeps each thread's two in turn,
    // 4!/(2!·2!) = 6; 3×1: the three whole increments in any order, 3! = 6.
    for (const [shape, whole] of [
      [{ threads: 2, increments: 2 }, 6],
      [{ threads: 3, increments: 1 }, 6],
    ] as const) {
      const all = enumerateInterleavings(shape);
      const unbroken = all.filter((it) => runsUnbroken(it.order));
      const kept = all.filter((it) => it.lost === 0);
      assert.deepEqual(
        unbroken.map((it) => it.order),
        kept.map((it) => it.order),
      );
      assert.equal(unbroken.length, whole);
    }
  });
});

describe("the lock's steps (the lesson's mutex: 0 unlocked, 1 locked, 2 locked with waiters)", () => {
  /** Runs an order of the locked program; returns every step's result. */
  function run(order: string, threads: number) {
    let state = startRace(threads, "locked");
    return [...order].map((name) => {
      const r = raceStep(state, name.charCodeAt(0) - 65);
      state = r.state;
      return r;
    });
  }

  it("takes a free lock by the fast path's compare-exchange: 0 → 1", () => {
    const [r] = run("A", 2);
    assert.deepEqual(r!.lock, { before: 0, after: 1, outcome: "took", woken: false, holder: 0, woke: -1 });
    assert.equal(r!.state.holder, 0);
    assert.deepEqual(r!.state.taken, [1, 0]);
  });

  it("a worker that finds the lock held marks the word 2 and sleeps, and then takes no step", () => {
    const [, b, c] = run("ABC", 3);
    assert.deepEqual(b!.lock, { before: 1, after: 2, outcome: "waits", woken: false, holder: 0, woke: -1 });
    assert.deepEqual(b!.state.taken, [1, 0, 0], "a wait is no progress");
    assert.deepEqual(c!.lock, { before: 2, after: 2, outcome: "waits", woken: false, holder: 0, woke: -1 });
    assert.deepEqual(c!.state.sleeping, [1, 2]);
    assert.equal(nextStep(c!.state, 1), null);
    assert.equal(nextStep(c!.state, 0), "read");
    assert.throws(() => raceStep(c!.state, 1), /thread B sleeps on the lock/);
  });

  it("unlock exchanges the word to 0 and, only if it was 2, wakes the longest sleeper", () => {
    const steps = run("ABCAAAA", 3);
    const unlock = steps[6]!;
    assert.equal(unlock.kind, "unlock");
    assert.deepEqual(unlock.lock, { before: 2, after: 0, outcome: "released", woken: false, holder: -1, woke: 1 });
    assert.deepEqual(unlock.state.sleeping, [2], "C sleeps on; one notify wakes one");
    assert.deepEqual(unlock.state.woken, [false, true, false]);
    const quiet = run("AAAAA", 2)[4]!;
    assert.deepEqual(quiet.lock, { before: 1, after: 0, outcome: "released", woken: false, holder: -1, woke: -1 });
  });

  it("a woken worker goes back to the slow path's exchange: it takes the lock and keeps the word at 2", () => {
    const steps = run("ABAAAABBBBB", 2);
    assert.deepEqual(steps[6]!.lock, { before: 0, after: 2, outcome: "took", woken: true, holder: 1, woke: -1 });
    // Nobody sleeps any more, but the word said 2: the unlock notifies, and wakes nobody.
    assert.deepEqual(steps[10]!.lock, { before: 2, after: 0, outcome: "released", woken: false, holder: -1, woke: -1 });
    assert.equal(steps[10]!.state.count, 2);
  });

  it("a woken worker can find the lock taken again by one that never slept, and sleeps again", () => {
    // A wakes B; C's compare-exchange finds 0 first; B's exchange then finds 1.
    const steps = run("ABAAAACB", 3);
    assert.deepEqual(steps[6]!.lock, { before: 0, after: 1, outcome: "took", woken: false, holder: 2, woke: -1 });
    assert.deepEqual(steps[7]!.lock, { before: 1, after: 2, outcome: "waits", woken: true, holder: 2, woke: -1 });
    assert.deepEqual(steps[7]!.state.sleeping, [1]);
  });

  it("holds the mutex's invariants at every point of every schedule of 2 and 3 workers", () => {
    for (const threads of [2, 3]) {
      let points = 0;
      const visit = (state: RaceState) => {
        points++;
        // Held exactly when the word is not 0. No wake-up is lost: while anyone sleeps, either the
        // word is 2 (the holder's unlock will notify), or a woken thread is on its way back to the
        // exchange that sets 2 (an unlock left 0 behind it, with the others still asleep).
        assert.equal(state.word !== 0, state.holder >= 0);
        if (state.sleeping.length > 0) assert.ok(state.word === 2 || state.woken.some(Boolean));
        state.taken.forEach((taken, t) => {
          if (taken >= 5 || nextStep(state, t) === null) return;
          const r = raceStep(state, t);
          // Only the holder reads, adds or writes, and no write erases an update.
          if (r.lock === null) assert.equal(state.holder, t, `${r.kind} by a thread not holding the lock`);
          assert.equal(r.erased, null);
          visit(r.state);
        });
      };
      visit(startRace(threads, "locked"));
      assert.ok(points > 10);
    }
  });

  it("scheduleSteps names the lock's threads for the table; a step by a sleeping thread is refused", () => {
    const steps = scheduleSteps("ABAAAABBBBB", 2, "locked");
    assert.deepEqual(steps[1]!.lock, { before: 1, after: 2, outcome: "waits", woken: false, holder: "A", woke: null });
    assert.deepEqual(steps[5]!.lock?.woke, "B");
    assert.equal(steps.at(-1)!.count, 2);
    assert.equal(simulate("ABAAAABBBBB", 2, "locked"), 2);
    assert.throws(
      () => scheduleSteps("ABB", 2, "locked"),
      /order has step 2 by thread B, which then sleeps on the lock/,
    );
  });

  it("leaves the unsafe program as it was: no lock step, no lock event", () => {
    const steps = scheduleSteps("ABABAB", 2);
    assert.ok(steps.every((s) => s.lock === undefined && s.kind !== "lock"));
    assert.equal(startRace(2).program, "unsafe");
  });
});
