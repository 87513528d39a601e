import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { tinyRaceReading } from "../../../src/lesson/narrate/tinyRace";
import { EN, MANY_CORES, ONE_CORE } from "../../helpers/fabricate";
import { tiny } from "../../helpers/sweeps";

describe("tinyRaceReading", () => {
  it("a rare loss is called rare, with why on several cores; nothing forbidden", () => {
    const text = tinyRaceReading(EN, tiny(40));
    assert.match(
      text,
      /^The unsafe counter lost an update in \*\*40 of 2,000 repetitions\*\* \(2\.0%\)\. That is rare/,
    );
    assert.match(text, /same few nanoseconds/);
    assert.match(text, /No forbidden outcome: the atomic and locked counters never ended at 1/);
  });

  it("no loss at all is not called rare, and is told as never", () => {
    const text = tinyRaceReading(MANY_CORES, tiny(0));
    assert.match(text, /^\*\*The unsafe counter never lost its update in 2,000 repetitions\*\*/);
    assert.doesNotMatch(text, /rare|0\.0%/);
  });

  it("on one core the reason is the time slice, never the same few nanoseconds", () => {
    for (const lost of [0, 40, 600]) {
      const text = tinyRaceReading(ONE_CORE, tiny(lost));
      assert.match(text, /one core, so the two workers never run at the same moment/, String(lost));
      assert.doesNotMatch(text, /nanoseconds/, String(lost));
    }
  });

  it("a frequent loss is not called rare", () => {
    const text = tinyRaceReading(EN, tiny(600));
    assert.doesNotMatch(text, /rare/);
    assert.match(text, /\(30\.0%\)/);
  });

  it("a forbidden outcome of a fixed counter blames that counter", () => {
    const text = tinyRaceReading(EN, tiny(10, 3, "locked"));
    assert.match(text, /\*\*The locked counter ended 3 times at a forbidden count: it is broken/);
    assert.doesNotMatch(text, /atomic counter ended|No forbidden/);
  });

  it("a forbidden outcome of the unsafe counter (0 or 3) blames the harness, not the fixed counters", () => {
    const text = tinyRaceReading(EN, tiny(10, 1, "unsafe"));
    assert.match(
      text,
      /\*\*The unsafe counter ended 1 time at a count two increments cannot leave .* the harness is broken/,
    );
    assert.doesNotMatch(text, /atomic|locked/);
  });

  it("takes its threshold for rare as an option", () => {
    assert.doesNotMatch(tinyRaceReading(EN, tiny(40), { rare: 0.01 }), /rare/);
    assert.match(tinyRaceReading(EN, tiny(600), { rare: 0.5 }), /That is rare/);
  });
});
