import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  LOOP_VS_SLICE,
  barrierReading,
  loopReading,
  raceOutcome,
  scheduleCount,
} from "../../../src/lesson/narrate/race";
import { raceCase } from "../../../src/lesson/narrate/raceCase";
import { summarizeInterleavings } from "../../../src/lesson/analysis/interleavings";
import { ONE_CORE_RACE } from "../../../src/lesson/engine/limits";
import { EN, MANY_CORES, ONE_CORE, experiment, trial } from "../../helpers/fabricate";
import type { Experiment } from "../../../src/lesson/engine/experiment";

describe("raceOutcome", () => {
  it("counts the losing trials and states the worst share, beside the book's numbers", () => {
    const text = raceOutcome(EN, experiment("unsafe", [0, 95_769, 200_000, 0, 12]));
    assert.match(text, /^\*\*3 of 5 trials lost updates\*\*; the worst trial lost 40\.0% of its updates\./);
    assert.match(text, /404231 where 500000/);
  });

  it("no trial lost anything: the race hid, with this machine's cores, and what lengthens the loop", () => {
    const text = raceOutcome(EN, experiment("unsafe", [0, 0, 0]));
    assert.match(text, /^\*\*No trial of 3 lost an update this time\.\*\* This machine has 2 cores/);
    assert.match(text, /it hid/);
    assert.match(text, /raise `sensorWork` or `howMany`/);
    assert.doesNotMatch(text, /404231/);
  });

  it("a single trial that lost nothing is not 'no trial of 1'", () => {
    const text = raceOutcome(EN, experiment("unsafe", [0]));
    assert.match(text, /^\*\*The trial lost no update this time\.\*\*/);
    assert.doesNotMatch(text, /of 1\b/);
  });

  it("on one core it names the change that shows the race there: many increments, nothing around them", () => {
    const text = raceOutcome(ONE_CORE, experiment("unsafe", [0, 0]));
    assert.match(
      text,
      /^\*\*No trial of 2 lost an update this time\.\*\* With one core the workers never run at the same moment/,
    );
    assert.match(text, /Set `howMany: 4_000_000` and `sensorWork: 0` in the parameters cell/);
    const other = raceOutcome(ONE_CORE, experiment("unsafe", [0]), { howMany: 123_456, sensorWork: 3 });
    assert.match(
      other,
      /`howMany: 123_456` and `sensorWork: 3`/,
      "the change is an input, not a constant in the phrase",
    );
    assert.equal(ONE_CORE_RACE.sensorWork, 0);
  });

  it("one worker has no one to race: nothing can be lost, whatever the cores", () => {
    for (const facts of [ONE_CORE, EN, MANY_CORES]) {
      const text = raceOutcome(facts, experiment("unsafe", [0, 0], { threads: 1 }));
      assert.match(text, /^\*\*No trial of 2 lost an update this time\.\*\* With one worker nothing can be lost/);
      assert.match(text, /Set `threads` to 2 or more in the parameters cell/);
    }
  });

  it("on sixteen cores a loss is reported like anywhere else", () => {
    assert.match(raceOutcome(MANY_CORES, experiment("unsafe", [5])), /^\*\*1 of 1 trial lost updates\*\*/);
  });
});

describe("raceCase: the branch every medium's reading tells", () => {
  it("some lost: how many, the median share over every trial, and the worst", () => {
    assert.deepEqual(raceCase(EN, experiment("unsafe", [0, 50_000, 0, 100_000, 200_000])), {
      kind: "someLost",
      losing: 3,
      trials: 5,
      medianShare: 0.1,
      worstShare: 0.4,
    });
  });

  it("none lost: one worker first, then one core, then the race hid on several", () => {
    assert.deepEqual(raceCase(ONE_CORE, experiment("unsafe", [0], { threads: 1 })), { kind: "oneWorker", trials: 1 });
    assert.deepEqual(raceCase(ONE_CORE, experiment("unsafe", [0, 0])), { kind: "oneCore", trials: 2 });
    assert.deepEqual(raceCase(MANY_CORES, experiment("unsafe", [0, 0, 0])), { kind: "hid", trials: 3, cores: 16 });
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

describe("loopReading", () => {
  const withLoop = (loopMs: number, sensorWork = 0) => ({
    ...experiment("unsafe", [0, 0, 0], { loopMs }),
    sensorWork,
  });
  const withLoops = (...loops: number[]): Experiment => ({
    ...experiment("unsafe", [0], {}),
    trials: loops.map((loopMs) => trial("unsafe", 0, { loopMs })),
  });

  it("a loop shorter than a time slice can finish in one turn, and on busy cores run alone", () => {
    const text = loopReading(EN, withLoop(0.35));
    assert.match(text, /^A worker's loop of 100,000 increments lasted a median 0\.35 ms over the trials/);
    assert.doesNotMatch(text, /reading the sensor/);
    assert.match(text, /In every trial the loop was shorter than a scheduler's time slice/);
    assert.match(text, /one after another and lose nothing/);
  });

  it("a loop longer than a time slice is cut into turns; with two cores two run at once", () => {
    const text = loopReading(EN, withLoop(24, 50));
    assert.match(text, /each after reading the sensor \(50 rounds of arithmetic\), lasted a median 24 ms/);
    assert.match(text, /longer than a scheduler's time slice/);
    assert.match(text, /run at once on two cores/);
  });

  it("on one core a long loop loses only where a turn ends between a read and its write", () => {
    const text = loopReading(ONE_CORE, withLoop(24, 50));
    assert.match(text, /on the one core, and a turn that ends between a read and its write loses updates/);
    assert.doesNotMatch(text, /two cores/);
  });

  it("in between, it says about as long, and the thresholds are inputs", () => {
    assert.match(loopReading(EN, withLoop(3)), /about as long as a scheduler's time slice/);
    assert.match(loopReading(EN, withLoop(3), { shortMs: 5, longMs: 50 }), /shorter than/);
    assert.match(loopReading(EN, withLoop(LOOP_VS_SLICE.longMs)), /longer than/);
  });

  it("reads every trial: loops on both sides of a slice are neither shorter nor longer, whatever the median", () => {
    // The median (12 ms) alone would say "longer than a time slice".
    const text = loopReading(EN, withLoops(0.5, 12, 30));
    assert.match(text, /lasted a median 12 ms/);
    assert.match(text, /The trials did not agree against a scheduler's time slice.*from 0\.5 ms to 30 ms/);
    assert.doesNotMatch(text, /longer than a scheduler|shorter than a scheduler/);
    assert.match(
      loopReading(EN, withLoops(11, 12, 30)),
      /In every trial the loop was longer than a scheduler's time slice/,
    );
  });

  it("loops of about a slice and longer are read as such, never as 'some within one turn'", () => {
    const text = loopReading(EN, withLoops(8.93, 15.5, 24.5));
    assert.match(text, /the loops lasted from 8\.93 ms to 24\.5 ms: about one turn or longer/);
    assert.doesNotMatch(text, /did not agree|shorter than a scheduler/);
    assert.match(loopReading(EN, withLoops(0.5, 3)), /about one turn or shorter\. A short loop can run whole/);
    assert.match(loopReading({ ...EN, lang: "ko" }, withLoops(8.93, 24.5)), /한 차례쯤이거나 그보다 길었다/);
  });
});

describe("barrierReading", () => {
  const race = (threads: number, over: { startSkewMs: number; elapsedMs: number; loopMs: number }) =>
    experiment("unsafe", [1, 2, 3], { threads, ...over });
  const withStartUp = (startUpMs: number, ...loops: number[]): Experiment => ({
    ...experiment("unsafe", [1], { threads: 2 }),
    startUpMs,
    trials: loops.map((loopMs) => trial("unsafe", 1, { threads: 2, loopMs, startSkewMs: 0.01, elapsedMs: loopMs })),
  });

  it("workers that fit the cores and started together could count side by side", () => {
    const text = barrierReading(EN, race(2, { startSkewMs: 0.04, elapsedMs: 3.5, loopMs: 3.4 }));
    assert.match(
      text,
      /last worker started a median 0\.04 ms after the release, and counting took a median 3\.5 ms in all\./,
    );
    assert.match(text, /In every trial every worker had started .* with a core each they could count side by side/);
  });

  it("more workers than cores: at most the cores count at once, never 'side by side' for all", () => {
    const text = barrierReading(EN, race(5, { startSkewMs: 0.04, elapsedMs: 3.5, loopMs: 3.4 }));
    assert.match(text, /With 5 workers on 2 cores, at most 2 counted at any moment/);
    assert.doesNotMatch(text, /side by side/);
  });

  it("sixteen cores fit five workers", () => {
    const text = barrierReading(MANY_CORES, race(5, { startSkewMs: 0.04, elapsedMs: 3.5, loopMs: 3.4 }));
    assert.match(text, /side by side/);
  });

  it("one core: they took turns", () => {
    const text = barrierReading(ONE_CORE, race(5, { startSkewMs: 0.04, elapsedMs: 3.5, loopMs: 3.4 }));
    assert.match(text, /never counted at the same moment: they took turns/);
    assert.doesNotMatch(text, /side by side/);
  });

  it("a last worker that started after half a loop overlapped for only part of it", () => {
    const text = barrierReading(EN, race(2, { startSkewMs: 2, elapsedMs: 3, loopMs: 1 }));
    assert.match(text, /2 ms after the release/);
    assert.match(text, /In every trial the last worker started after .* only part of it/);
  });

  it("reads every trial: together in some and late in others says so, with how many", () => {
    const run: Experiment = {
      ...race(2, { startSkewMs: 0, elapsedMs: 1, loopMs: 1 }),
      trials: [
        trial("unsafe", 1, { threads: 2, startSkewMs: 0.1, elapsedMs: 4, loopMs: 4 }),
        trial("unsafe", 1, { threads: 2, startSkewMs: 3, elapsedMs: 4, loopMs: 1 }),
        trial("unsafe", 1, { threads: 2, startSkewMs: 0.2, elapsedMs: 4, loopMs: 4 }),
      ],
    };
    const text = barrierReading(EN, run);
    assert.match(text, /In 2 of the 3 trials every worker had started before a typical loop was half done/);
    assert.doesNotMatch(text, /In every trial/);
  });

  it("starting the workers: longer than every loop, shorter than every loop, or neither", () => {
    const longer = barrierReading(EN, withStartUp(40, 10, 20, 30));
    assert.match(
      longer,
      /Starting the 2 workers took 40 ms, once, before the first trial: longer than .* every trial \(a median 20 ms\)/,
    );
    const shorter = barrierReading(EN, withStartUp(5, 10, 20, 30));
    assert.match(shorter, /took 5 ms, .*: shorter than a worker's loop in every trial/);
    // Longer than one loop and shorter than another: "about as long", not longer.
    const about = barrierReading(EN, withStartUp(15, 10, 20, 30));
    assert.match(about, /took 15 ms, .*: about as long as a worker's loop \(a median 20 ms\), longer than some/);
    const within = barrierReading(EN, withStartUp(21, 20, 20, 20));
    assert.match(within, /about as long as/, "within 10% of every loop");
    assert.doesNotMatch(barrierReading(EN, race(2, { startSkewMs: 2, elapsedMs: 3, loopMs: 1 })), /Starting the/);
  });
});
