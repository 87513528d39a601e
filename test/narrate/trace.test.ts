import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { lockHandoff } from "../../src/analysis/handoff";
import { lossPicture, type LossPicture } from "../../src/analysis/lossPicture";
import { handoffReading, lossReading, traceCostReading } from "../../src/narrate/trace";
import { EN } from "../helpers/fabricate";
import { costRow, traceCost } from "../helpers/sweeps";
import { lockedTrace, traceOf } from "../helpers/traces";

describe("handoffReading", () => {
  it("one worker: nobody to hand the lock to", () => {
    assert.match(handoffReading(EN, lockHandoff(lockedTrace("AAAA"))), /One worker made all 4 increments/);
  });

  it("a single hand-off is one time, whatever the run lengths", () => {
    const text = handoffReading(EN, lockHandoff(lockedTrace("A".repeat(1500) + "B".repeat(1500))));
    assert.match(text, /changed hands 1 time in 3,000 increments/);
    const never = handoffReading(EN, lockHandoff(lockedTrace("AAAABBBB")));
    assert.match(never, /changed hands 1 time/);
  });

  it("long runs: states the longest and why a futex-style lock is not fair", () => {
    const order = "A".repeat(2000) + "B".repeat(1000) + "A".repeat(1000) + "B".repeat(2000);
    const text = handoffReading(EN, lockHandoff(lockedTrace(order)));
    assert.match(text, /\*\*The lock changed hands 3 times in 6,000 increments\*\* \(0\.5 per 1,000\)/);
    assert.match(
      text,
      /worker A kept it for 2,000 increments in a row; 100\.0% of all increments were made in runs of 1,000 or more/,
    );
    assert.match(text, /not fair/);
    assert.doesNotMatch(text, /atomic/);
  });

  it("short runs say so, and the atomic counter is the contrast, more or less often", () => {
    const locked = lockHandoff(lockedTrace("AABBAABB"));
    const text = handoffReading(EN, locked, lockHandoff(lockedTrace("ABABABAB", "atomic")));
    assert.match(text, /Runs were short here/);
    assert.match(
      text,
      /the atomic counter's increments changed hands 7 times \(875 per 1,000, longest run 1\), more often than the lock/,
    );
    const calmer = handoffReading(EN, locked, lockHandoff(lockedTrace("AAAABBBB", "atomic")));
    assert.match(calmer, /less often than the lock/);
  });

  it("a lock held start to finish by one worker of several", () => {
    const h = { ...lockHandoff(lockedTrace("AAAA")), threads: 2 };
    assert.match(handoffReading(EN, h), /\*\*worker A held the lock for all 4 increments\*\* of the 2 workers'/);
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
    assert.match(lossReading(EN, p), /This run lost nothing of 4/);
  });

  it("states the exact account and the largest stale write, which here did all of it", () => {
    const text = lossReading(EN, stale);
    assert.match(
      text,
      /\*\*Lost 3 of 8 updates\.\*\* Every value from 1 to 5 was written by someone, so the loss is exactly 3 writes of a value/,
    );
    assert.doesNotMatch(text, /above 5/);
    assert.match(text, /1 stale write showed as a fall-back/);
    assert.match(text, /worker B wrote 1 over 3, erasing at least 3 increments in one write/);
    assert.match(text, /That one write erased 100\.0% of everything lost/);
  });

  it("values lost for good above the final count are named", () => {
    const p = lossPicture({ found: 1, trace: traceOf("unsafe", [[0], [1], [0]]) });
    assert.match(
      lossReading(EN, p),
      /1 write of a value .* plus 1 value above 1 that the count reached and then lost for good/,
    );
  });

  it("no fall-back: the loss is workers counting side by side", () => {
    const p = lossPicture({
      found: 2,
      trace: traceOf("unsafe", [
        [0, 1],
        [0, 1],
      ]),
    });
    assert.match(lossReading(EN, p), /No worker ever read less than it had just written/);
  });

  it("a stale write that is a small part of the loss is not called dominant; an incomplete trace is flagged", () => {
    const small: LossPicture = { ...stale, lost: 1_000, missing: 2 };
    const text = lossReading(EN, small);
    assert.doesNotMatch(text, /That one write/);
    assert.match(text, /The trace misses 2 values below the final count/);
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
      /slows the unsafe counter 2\.5×\*\*, more than the 2×/,
    );
  });

  it("says whether watching changed how much the unsafe counter lost", () => {
    assert.match(
      traceCostReading(EN, cost(row("unsafe", 2, 3, [0.3, 0.32]))),
      /lost about as much traced \(median 32\.0%\) as untraced \(30\.0%\)/,
    );
    assert.match(
      traceCostReading(EN, cost(row("unsafe", 2, 3, [0.05, 0.4]))),
      /Watching changed the race: .* 40\.0% traced against 5\.0% untraced/,
    );
    assert.doesNotMatch(traceCostReading(EN, cost(row("locked", 2, 3))), /unsafe/);
  });
});
