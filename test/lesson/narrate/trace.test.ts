import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { lockHandoff } from "../../../src/lesson/analysis/handoff";
import { lossPicture, type LossPicture } from "../../../src/lesson/analysis/lossPicture";
import { handoffReading, lossReading, traceCostReading } from "../../../src/lesson/narrate/trace";
import { EN } from "../../helpers/fabricate";
import { costRow, traceCost } from "../../helpers/sweeps";
import { lockedTrace, traceOf } from "../../helpers/traces";

describe("handoffReading", () => {
  it("one worker: nobody to hand the lock to", () => {
    assert.match(handoffReading(EN, lockHandoff(lockedTrace("AAAA"))), /One worker made all 4 increments/);
  });

  it("hand-offs = threads − 1: each worker ran alone in turn, which says nothing about fairness", () => {
    for (const order of ["AAAABBBB", "A".repeat(1500) + "B".repeat(1500), "AABBCC"]) {
      const h = lockHandoff(lockedTrace(order));
      assert.equal(h.handoffs, h.threads - 1);
      const text = handoffReading(EN, h);
      assert.match(text, /made all of its increments in one run, one worker after another/, order);
      assert.match(text, new RegExp(`changed hands only ${h.threads - 1} time`), order);
      assert.match(text, /shows nothing about how the lock is shared/, order);
      assert.doesNotMatch(text, /not fair|does not queue|No run reached/, order);
    }
  });

  it("long runs: states the longest, the share in long runs and why runs grow long", () => {
    const order = "A".repeat(2000) + "B".repeat(1000) + "A".repeat(1000) + "B".repeat(2000);
    const text = handoffReading(EN, lockHandoff(lockedTrace(order)));
    assert.match(text, /\*\*The lock changed hands 3 times in 6,000 increments\*\* \(0\.5 per 1,000\)/);
    assert.match(
      text,
      /worker A kept it for 2,000 increments in a row\. 100\.0% of all increments were made in runs of 1,000 or more/,
    );
    assert.match(text, /does not queue its waiters/);
    assert.doesNotMatch(text, /atomic/);
  });

  it("the long-run threshold and the rate's unit are options, and the sentences state them", () => {
    const order = "AAABBBAAABBB";
    const text = handoffReading(EN, lockHandoff(lockedTrace(order)), undefined, { longRun: 3, per: 100 });
    assert.match(text, /\(25 per 100\)/);
    assert.match(text, /100\.0% of all increments were made in runs of 3 or more/);
    assert.match(handoffReading(EN, lockHandoff(lockedTrace(order))), /No run reached 1,000 increments/);
  });

  it("short runs say so, and the atomic counter is the contrast: more, less or about as often", () => {
    const locked = lockHandoff(lockedTrace("AABBAABB"));
    const text = handoffReading(EN, locked, lockHandoff(lockedTrace("ABABABAB", "atomic")));
    assert.match(text, /No run reached 1,000 increments: the lock was passed around often/);
    assert.match(
      text,
      /the atomic counter's increments changed hands 7 times \(875 per 1,000, longest run 1\), more often than the lock/,
    );
    const calmer = handoffReading(EN, locked, lockHandoff(lockedTrace("AAAABBBB", "atomic")));
    assert.match(
      calmer,
      /less often than the lock: with no holder to wait for, its workers changed when the scheduler/,
    );
    assert.doesNotMatch(calmer, /cache line to win/, "a cache line to win explains more changes, not fewer");
    const tie = handoffReading(EN, locked, lockHandoff(lockedTrace("ABBBAAAB", "atomic")));
    assert.match(tie, /about as often as the lock/, "a tie is not 'less often'");
  });

  it("names workers past Z by two letters", () => {
    const h = {
      ...lockHandoff(lockedTrace("ABAB")),
      threads: 28,
      handoffs: 40,
      longest: { worker: 27, start: 0, length: 1 },
    };
    assert.match(handoffReading(EN, h), /worker AB kept it/);
  });
});

describe("lossReading", () => {
  const stale = lossPicture({
    found: 5,
    trace: traceOf("unsafe", [
      [0, 1, 2, 1],
      [0, 2, 3, 4],
    ]),
  });

  it("nothing lost: says so, and why that can happen", () => {
    const p = lossPicture({
      found: 4,
      trace: traceOf("unsafe", [
        [0, 1],
        [2, 3],
      ]),
    });
    assert.match(lossReading(EN, p), /This run lost nothing of 4.*On a busy machine/);
    // One core is not a busy machine: the workers only ever took turns.
    assert.match(
      lossReading({ ...EN, cores: 1 }, p),
      /This run lost nothing of 4.*On one core the workers never run at the same moment/,
    );
  });

  it("states the exact account and the largest stale write, whose share is a lower bound", () => {
    const text = lossReading(EN, stale);
    assert.match(
      text,
      /\*\*Lost 3 of 8 updates\.\*\* Every value from 1 to 5 was written by someone, so the loss is exactly 3 writes of a value/,
    );
    assert.doesNotMatch(text, /above 5/);
    assert.match(text, /1 stale write showed as a fall-back/);
    assert.match(
      text,
      /worker B wrote 1 over 3, erasing at least 3 increments in one write \(a fall of 2, plus its own\)/,
    );
    assert.match(text, /That one write erased at least (\d+) of the \1 updates lost \(100\.0%\)/);
  });

  it("values lost for good above the final count are named", () => {
    const p = lossPicture({ found: 1, trace: traceOf("unsafe", [[0], [1], [0]]) });
    assert.match(
      lossReading(EN, p),
      /1 write of a value .* plus 1 value above 1 that the count reached and then lost for good/,
    );
  });

  it("no fall-back: no stale write shows, without claiming the loss was all side by side", () => {
    const p = lossPicture({
      found: 2,
      trace: traceOf("unsafe", [
        [0, 1],
        [0, 1],
      ]),
    });
    const text = lossReading(EN, p);
    assert.match(text, /No worker ever read less than it had just written, so no stale write shows as a fall-back/);
    assert.match(text, /and so does a stale write that no worker read back/);
    assert.doesNotMatch(text, /the loss is all/);
  });

  it("an incomplete trace never claims every value was written; a small stale write is not called dominant", () => {
    const small: LossPicture = { ...stale, lost: 1_000, missing: 2 };
    const text = lossReading(EN, small);
    assert.doesNotMatch(text, /Every value from 1/);
    assert.match(text, /The trace misses 2 values below the final count, so it is incomplete/);
    assert.doesNotMatch(text, /That one write/);
    assert.match(
      lossReading(EN, small, { dominant: 0.001 }),
      /That one write erased at least [\d,]+ of the 1,000 updates lost \(0\.3%\)/,
    );
  });
});

describe("traceCostReading", () => {
  const row = costRow;
  const cost = traceCost;

  it("cheap, moderate and expensive, from the worst counter", () => {
    assert.match(
      traceCostReading(EN, cost(row("locked", 50, 52))),
      /Watching costs next to nothing here\*\* \(medians of 5 trials each/,
    );
    const moderate = traceCostReading(EN, cost(row("locked", 50, 52), row("atomic", 10, 18)));
    assert.match(moderate, /slows an increment by up to 1\.8×/);
    assert.match(moderate, /- atomic: 10 ns per increment untraced, 18 ns traced \(1\.8×\)/);
    assert.match(
      traceCostReading(EN, cost(row("unsafe", 2, 5, [0.3, 0.32]))),
      /slows the unsafe counter 2\.5×\*\*, more than 2\.0×, the most a traced run may cost/,
    );
  });

  it("a ratio that reads as the limit is not 'more than' it: 2.04× is written 2.0×", () => {
    assert.match(traceCostReading(EN, cost(row("atomic", 100, 204))), /slows an increment by up to 2\.0×/);
    assert.match(
      traceCostReading(EN, cost(row("atomic", 100, 206))),
      /slows the atomic counter 2\.1×\*\*, more than 2\.0×/,
    );
  });

  it("its thresholds are options: what is cheap, and what it aims for", () => {
    assert.match(traceCostReading(EN, cost(row("locked", 50, 60)), { cheap: 1.25 }), /next to nothing/);
    assert.match(
      traceCostReading(EN, cost(row("locked", 50, 60)), { aim: 1.1 }),
      /more than 1\.1×, the most a traced run may cost/,
    );
  });

  it("'about as much' is relative: 1% against 10.9% is not", () => {
    assert.match(
      traceCostReading(EN, cost(row("unsafe", 2, 3, [0.3, 0.32]))),
      /lost about as much traced \(median 32\.0%\) as untraced \(30\.0%\)/,
    );
    const tenfold = traceCostReading(EN, cost(row("unsafe", 2, 3, [0.01, 0.109])));
    assert.doesNotMatch(tenfold, /about as much/);
    assert.match(tenfold, /Traced, the unsafe counter lost a median 10\.9%, against 1\.0% untraced/);
    assert.match(
      traceCostReading(EN, cost(row("unsafe", 2, 3, [0.05, 0.4]))),
      /lost a median 40\.0%, against 5\.0% untraced/,
    );
    assert.match(traceCostReading(EN, cost(row("unsafe", 2, 3, [0, 0]))), /lost nothing, traced or untraced/);
    assert.doesNotMatch(traceCostReading(EN, cost(row("locked", 2, 3))), /unsafe/);
  });

  it("an empty measurement is one sentence, not a crash", () => {
    assert.equal(traceCostReading(EN, cost()), "Nothing was measured: give `measureTraceCost` at least one counter.");
  });
});
