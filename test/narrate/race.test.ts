import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { barrierReading, raceOutcome, scheduleCount } from "../../src/narrate/race";
import { summarizeInterleavings } from "../../src/analysis/interleavings";
import { EN, ONE_CORE, experiment } from "../helpers/fabricate";

describe("raceOutcome", () => {
  it("counts the losing trials and states the worst share, beside the book's numbers", () => {
    const text = raceOutcome(EN, experiment("unsafe", [0, 95_769, 200_000, 0, 12]));
    assert.match(text, /^\*\*3 of 5 trials lost updates\*\*; the worst lost 40\.0% of them\./);
    assert.match(text, /404231 where 500000/);
  });

  it("no trial lost anything: the race hid, with this machine's cores", () => {
    const text = raceOutcome(EN, experiment("unsafe", [0, 0, 0]));
    assert.match(text, /^\*\*No trial of 3 lost an update this time\.\*\* This machine has 2 cores/);
    assert.match(text, /it hid/);
    assert.doesNotMatch(text, /404231/);
  });

  it("on one core only a time slice can split an increment", () => {
    const text = raceOutcome(ONE_CORE, experiment("unsafe", [0]));
    assert.match(text, /^\*\*No trial of 1 lost an update this time\.\*\* With one core the workers never run/);
  });
});

describe("scheduleCount", () => {
  it("states the schedules of the summary it is given", () => {
    assert.equal(
      scheduleCount(EN, summarizeInterleavings({ threads: 2, increments: 1 })),
      "**20 ways to interleave the 6 steps: 18 lose an update, 2 keep every one.**",
    );
    assert.match(
      scheduleCount(EN, summarizeInterleavings({ threads: 3, increments: 1 })),
      /^\*\*1,680 ways to interleave the 9 steps: 1,674 lose/,
    );
  });
});

describe("barrierReading", () => {
  it("workers that started together counted side by side", () => {
    const text = barrierReading(EN, experiment("unsafe", [1, 2, 3], { startSkewMs: 0.04, elapsedMs: 3.5 }));
    assert.match(text, /last worker started 0\.04 ms after the release, and counting took 3\.50 ms in all\./);
    assert.match(text, /side by side/);
  });

  it("a late last worker overlapped for only part of it", () => {
    const text = barrierReading(EN, experiment("unsafe", [0, 0, 0], { startSkewMs: 2, elapsedMs: 3 }));
    assert.match(text, /2\.00 ms after the release/);
    assert.match(text, /only part of it/);
  });
});
