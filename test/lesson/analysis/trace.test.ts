import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { checkSequence, incrementOrder, lockHandoff } from "../../../src/lesson/analysis/handoff";
import { lossPicture } from "../../../src/lesson/analysis/lossPicture";
import { lockedTrace, traceOf } from "../../helpers/traces";

describe("lockHandoff", () => {
  it("finds the runs, the hand-offs and the longest run", () => {
    const h = lockHandoff(lockedTrace("AAAABBABBBBBAA"));
    assert.deepEqual([...h.runLengths], [4, 2, 1, 5, 2]);
    assert.deepEqual([...h.runWorkers], [0, 1, 0, 1, 0]);
    assert.equal(h.handoffs, 4);
    assert.equal(h.perThousand, (1000 * 4) / 14);
    assert.deepEqual(h.longest, { worker: 1, start: 7, length: 5 });
    assert.equal(h.medianRun, 2);
    // Doubling bins: 1 | 2–3 | 4–7
    assert.deepEqual(
      h.bins.map((b) => [b.from, b.to, b.runs, b.increments]),
      [
        [1, 1, 1, 1],
        [2, 3, 2, 4],
        [4, 7, 2, 9],
      ],
    );
    assert.equal(h.inLongRuns, 0);
  });

  it("one worker, one run: no hand-off", () => {
    const h = lockHandoff(lockedTrace("AAAA"));
    assert.equal(h.handoffs, 0);
    assert.equal(h.longest.length, 4);
  });

  it("refuses a trace that does not account for every increment, and says how", () => {
    // Two increments read 1 (a lost update): 1 is repeated and 3 is missing.
    const broken = traceOf("locked", [
      [0, 1],
      [1, 2],
    ]);
    assert.deepEqual(checkSequence(broken), { total: 4, missing: 1, repeated: 1, outOfOrder: 0, outOfRange: 0 });
    assert.throws(() => incrementOrder(broken), /does not account for its 4 increments: 1 missing, 1 repeated/);
    const backwards = traceOf("atomic", [
      [1, 0],
      [2, 3],
    ]);
    assert.equal(checkSequence(backwards).outOfOrder, 1);
    assert.throws(() => lockHandoff(traceOf("unsafe", [[0]])), /counter must be locked or atomic/);
  });
});

describe("lossPicture", () => {
  // A reads 0, 1, 2 and writes 1, 2, 3. B read 0 long ago and now writes 1 over A's 3.
  // A reads that 1 (a fall of 2) and writes 2; B goes on: reads 2, 3, 4, writes 3, 4, 5.
  const stale = {
    found: 5,
    trace: traceOf("unsafe", [
      [0, 1, 2, 1],
      [0, 2, 3, 4],
    ]),
  };

  it("accounts for the loss exactly: repeats + beyond", () => {
    const p = lossPicture(stale);
    assert.equal(p.lost, 3);
    assert.equal(p.repeats, 3); // 8 writes, 5 distinct values
    assert.equal(p.beyond, 0);
    assert.equal(p.missing, 0);
    assert.equal(p.highest, 5);
  });

  it("names the stale write from the fall-back that revealed it, and what it erased at least", () => {
    const p = lossPicture(stale);
    assert.equal(p.staleWrites.length, 1);
    const [s] = p.staleWrites;
    assert.ok(s);
    assert.deepEqual(
      {
        worker: s.worker,
        index: s.index,
        wrote: s.wrote,
        from: s.from,
        fall: s.fall,
        erased: s.erased,
        seenBy: s.seenBy,
      },
      { worker: 1, index: 0, wrote: 1, from: 3, fall: 2, erased: 3, seenBy: [0] },
    );
    assert.equal(p.attributed, 3);
    assert.equal(p.byWorker[1]!.erased, 3);
    assert.equal(p.topShare, 1);
  });

  it("counts values reached above the final count and wiped out as beyond", () => {
    // A reads 0 and writes 1; B reads 1 and writes 2; C read 0 before either and writes 1 last.
    const p = lossPicture({ found: 1, trace: traceOf("unsafe", [[0], [1], [0]]) });
    assert.equal(p.lost, 2);
    assert.equal(p.repeats, 1); // C's 1 repeats A's
    assert.equal(p.beyond, 1); // 2 was reached, then lost for good
  });

  it("says when the trace misses a value below the final count", () => {
    const p = lossPicture({
      found: 4,
      trace: traceOf("unsafe", [
        [0, 1],
        [1, 2],
      ]),
    });
    assert.equal(p.missing, 1); // the count ended at 4, yet no write of 4 is in the trace
  });

  it("refuses a trial without a trace, or of another counter", () => {
    assert.throws(() => lossPicture({ found: 1 }), /trial has no trace: run it with trace: true/);
    assert.throws(() => lossPicture({ found: 2, trace: lockedTrace("AB") }), /counter must be unsafe/);
  });
});
