import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  histogramReading,
  incrementsReading,
  poolsReading,
  wholeLoopsReading,
  workersReading,
} from "../../../src/lesson/narrate/distributions";
import { EN, MANY_CORES, ONE_CORE } from "../../helpers/fabricate";
import { hist, point, sizes, workers } from "../../helpers/sweeps";

describe("histogramReading", () => {
  it("states the losing trials, the median and the worst, and the fixed counters' clean record", () => {
    assert.equal(
      histogramReading(EN, hist([0, 100_000, 200_000, 40_000])),
      "The unsafe counter lost updates in **3 of 4 trials**; the median trial lost 70,000 (17.5%) and the worst 200,000 (50.0%). " +
        "The atomic and locked counters lost nothing in any of their trials (2 each).",
    );
  });

  it("the fixed counters' trials are counted each, not summed, and told apart when they differ", () => {
    const text = histogramReading(EN, { ...hist([1, 2]), atomic: [0, 0, 0], locked: [0] });
    assert.match(text, /lost nothing in any of their trials \(3 and 1\)\.$/);
    assert.doesNotMatch(text, /their 4 trials/);
  });

  it("a median trial that lost nothing: most trials lost nothing, and the worst", () => {
    assert.equal(
      histogramReading(EN, hist([0, 0, 0, 120_000, 0])),
      "The unsafe counter lost updates in **1 of 5 trials**: most trials lost nothing, and the worst lost 120,000 (30.0%). " +
        "The atomic and locked counters lost nothing in any of their trials (2 each).",
    );
  });

  it("no loss at all: says so instead of a median of nothing", () => {
    assert.match(
      histogramReading(EN, hist([0, 0])),
      /^\*\*The unsafe counter lost nothing in any of its 2 trials this time\*\*/,
    );
  });

  it("a fixed counter that lost is a bug", () => {
    assert.match(
      histogramReading(EN, hist([5], [0, 3])),
      /\*\*1 trial of the atomic or locked counter lost updates: that is a bug/,
    );
  });
});

describe("wholeLoopsReading", () => {
  it("counts the losses within 3% of a loop of a whole number of loops, and names a pause only beyond chance", () => {
    assert.equal(
      wholeLoopsReading(EN, hist([0, 99_000, 201_000, 150_000, 12])),
      "2 of the 4 losing trials lost within 3.0% of a loop of a whole number of workers' loops (100,000, 200,000, … increments): " +
        "a worker paused between a read and its write for as long as other workers took to finish. The rest lost amounts in between.",
    );
    // 1 of 30 is about what chance gives (2 × 3% × 30 = 1.8): no pause is claimed.
    const thirty = hist([101_000, ...Array.from({ length: 29 }, (_, i) => 150_000 + 1_000 * i)]);
    assert.equal(
      wholeLoopsReading(EN, thirty),
      "1 of the 30 losing trials lost within 3.0% of a loop of a whole number of workers' loops (100,000, 200,000, … increments): " +
        "no more than chance alone puts that near, so this run does not show a worker paused for whole loops.",
    );
    assert.match(wholeLoopsReading({ ...EN, lang: "ko" }, thirty), /우연만으로도 그만큼은 가까워지므로/);
  });

  it("the tolerance is an input, and the sentence states the one it was given", () => {
    assert.match(wholeLoopsReading(EN, hist([90_000, 150_000]), 0.1), /^1 of the 2 losing trials lost within 10.0%/);
  });

  it("losses, none of them near a whole loop: says so, and does not claim they bunch", () => {
    const text = wholeLoopsReading(EN, hist([0, 12, 50_000, 150_000]));
    assert.match(text, /^None of the 3 losing trials lost within 3.0% of a loop of a whole number of workers' loops/);
    assert.doesNotMatch(text, /bunch/);
  });

  it("nothing lost, nothing to measure", () => {
    assert.equal(
      wholeLoopsReading(EN, hist([0, 0])),
      "No trial lost anything this time, so there is nothing to measure against a loop.",
    );
  });
});

describe("workersReading", () => {
  it("on 2 cores: one worker is exact, 4 and 8 take turns, and a turn can lose updates too", () => {
    const text = workersReading(EN, workers([point(1, [0, 0]), point(2, [0.1]), point(4, [0.2]), point(8, [0.3])]));
    assert.match(text, /^One worker alone lost nothing, as it must: a race needs two\./);
    assert.match(text, /This machine has 2 cores, so at most 2 workers count at the same moment\./);
    assert.match(text, /With 4 or 8 workers the extra ones wait for a core/);
    assert.match(
      text,
      /updates are lost where two count at once on two cores, or where a turn ends between a read and its write/,
    );
    assert.doesNotMatch(text, /rather than from running side by side/, "no claim about where the losses came from");
    assert.match(text, /The atomic and locked checks lost nothing at any worker count\.$/);
  });

  it("on many cores every count fits: a core each, unless other programs use them", () => {
    const text = workersReading(MANY_CORES, workers([point(2, [0.1]), point(4, [0.2])]));
    assert.match(text, /Every worker count here fits on the cores, so each worker can have a core of its own, unless/);
    assert.doesNotMatch(text, /One worker alone|truly/);
  });

  it("one worker that lost, or a fixed counter that lost, is a bug", () => {
    const text = workersReading(ONE_CORE, workers([point(1, [0.01])], true));
    assert.match(text, /One worker alone lost updates, which would be a bug/);
    assert.match(text, /This machine has 1 core, so at most 1 worker counts at the same moment\./);
    assert.match(text, /An atomic or locked check lost updates: that is a bug/);
  });
});

describe("incrementsReading", () => {
  it("short loops mostly wait for the last worker; losses start at one length and the median at another", () => {
    const text = incrementsReading(
      EN,
      sizes([
        [100, [0, 0, 0], 0.2, 0.15],
        [10_000, [0, 0.01, 0], 1, 0.1],
        [100_000, [0.1, 0.2, 0.3], 10, 0.1],
      ]),
    );
    assert.match(
      text,
      /At 100 increments the trials were all done a median 0\.2 ms after the release, and the last worker started at a median 0\.15 ms: most of that was waiting/,
    );
    assert.match(
      text,
      /any trial losing updates was 10,000 increments per worker \(a loop of 0\.9 ms\), and from 100,000 the median trial lost updates \(20\.0%\)\.$/,
    );
  });

  it("more workers than cores take turns; as many as the cores are simply under way", () => {
    const point = [100, [0, 0.01, 0], 1, 0.01] as [number, number[], number, number];
    assert.match(
      incrementsReading(EN, sizes([point])),
      /every worker was under way for most of it, taking turns on the cores/,
    );
    const fits = incrementsReading(MANY_CORES, sizes([point]));
    assert.match(fits, /every worker was under way for most of it\. /);
    assert.doesNotMatch(fits, /side by side|taking turns/);
  });

  it("losses that never reach the median, and a sweep that never lost", () => {
    assert.match(
      incrementsReading(EN, sizes([[100, [0, 0.01, 0], 1, 0.01]])),
      /under way for most of it, .*\(a loop of 0\.99 ms\), but .*the race stayed rare at every length\.$/,
    );
    assert.match(
      incrementsReading(EN, sizes([[100, [0], 1, 0.01]])),
      /No trial lost an update at any loop length this time/,
    );
  });
});

describe("workersReading on one core", () => {
  it("says the extra workers take turns on the one core, and never that two count at once on two cores", () => {
    const text = workersReading(ONE_CORE, workers([point(1, [0]), point(2, [0]), point(4, [0]), point(8, [0.01])]));
    assert.match(text, /With 2, 4 or 8 workers they take turns on the one core in time slices, never counting at once/);
    assert.doesNotMatch(text, /two cores/);
    assert.match(workersReading(EN, workers([point(1, [0]), point(4, [0.1])])), /where two count at once on two cores/);
  });
});

describe("incrementsReading: the loops against a time slice, from every length", () => {
  const loops = (...ms: number[]) =>
    sizes(
      ms.map(
        (loop, i) => [10 ** (i + 2), [0, 0, 0], loop + 0.1, 0.05, loop] as [number, number[], number, number, number],
      ),
    );

  it("every loop shorter than a time slice", () => {
    assert.match(
      incrementsReading(EN, loops(0.001, 0.02, 0.197)),
      /^A worker's loop lasted from 0\.001 ms to 0\.197 ms: shorter than a scheduler's time slice at every length/,
    );
  });

  it("every loop longer than one", () => {
    assert.match(
      incrementsReading(EN, loops(12, 40)),
      /^A worker's loop lasted from 12 ms to 40 ms: longer than a scheduler's time slice at every length/,
    );
  });

  it("every loop about as long as one", () => {
    assert.match(incrementsReading(EN, loops(2, 5)), /: about as long as a scheduler's time slice at every length/);
  });

  it("loops on both sides: neither shorter nor longer", () => {
    const text = incrementsReading(EN, loops(0.1, 4, 30));
    assert.match(
      text,
      /^A worker's loop lasted from 0\.1 ms to 30 ms: some lengths fit within a scheduler's time slice and some do not/,
    );
    assert.doesNotMatch(text, /at every length/);
  });

  it("a single length says its one loop", () => {
    assert.match(incrementsReading(EN, loops(0.3)), /^A worker's loop lasted 0\.3 ms: shorter/);
  });
});

describe("poolsReading", () => {
  it("none left open, or a leak", () => {
    assert.match(poolsReading(EN, 0), /^No worker pool is left open/);
    assert.match(poolsReading(EN, 2), /^\*\*2 worker pools still open after the sweeps: a leak/);
  });
});
