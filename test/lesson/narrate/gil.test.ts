import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { summarizeInterleavings } from "../../../src/lesson/analysis/interleavings";
import {
  asyncLockedReading,
  awaitedReading,
  bytecodeReading,
  freeThreadedReading,
  pythonRunReading,
  raceLines,
  schedulesCount,
  schedulesSummary,
  unbrokenReading,
} from "../../../src/lesson/narrate/gil";
import type { PythonRunResult } from "../../../src/lesson/python/seedPrograms";
import { EN, loopRun, pythonRun } from "../../helpers/fabricate";

describe("the event-loop race", () => {
  it("one line per run, in the seed's words", () => {
    assert.equal(
      raceLines(EN, [loopRun({ counter: "sync", elapsedMs: 9 }), loopRun({ lost: 400_000, elapsedMs: 12.34 })]),
      "sync: Counter should be 500000, found 500000 (lost 0, 9 ms)  \n" +
        "unsafe: Counter should be 500000, found 100000 (lost 400,000, 12.3 ms)",
    );
  });

  it("the awaited counter that kept one task's worth says why", () => {
    const text = awaitedReading(EN, loopRun({ lost: 400_000 }), loopRun({ counter: "sync" }));
    assert.match(
      text,
      /^\*\*The awaited counter lost 400,000 of 500,000 updates on a single thread\.\*\* It counted exactly 100,000, one task's worth/,
    );
    assert.match(text, /The synchronous counter, driven by the same tasks taking the same turns, lost nothing\.$/);
  });

  it("a partial loss, no loss with one task, and a synchronous loss that should be impossible", () => {
    assert.match(
      awaitedReading(EN, loopRun({ lost: 10 }), loopRun({ counter: "sync" })),
      /lost 10 of 500,000 updates on a single thread\.\*\* The synchronous/,
    );
    const alone = awaitedReading(EN, loopRun({ tasks: 1 }), loopRun({ counter: "sync", tasks: 1, lost: 2 }));
    assert.match(alone, /^\*\*The awaited counter lost nothing this time\*\*: with one task/);
    assert.match(alone, /The synchronous counter lost 2, which should be impossible/);
    assert.match(
      awaitedReading(EN, loopRun({}), loopRun({ counter: "sync" })),
      /lost nothing this time\*\* with 5 tasks/,
    );
  });

  it("the locked run: exact and its cost, or a bug", () => {
    const unsafe = loopRun({ lost: 400_000, elapsedMs: 40 });
    assert.equal(
      asyncLockedReading(EN, loopRun({ counter: "locked", elapsedMs: 100 }), unsafe),
      "**The locked counter is exact: 500,000 of 500,000**, like the book's locked run. " +
        "It took 2.5× as long as the unsafe one (100 ms against 40 ms): every increment now queues for the lock.",
    );
    assert.match(
      asyncLockedReading(EN, loopRun({ counter: "locked", lost: 1 }), unsafe),
      /^\*\*The locked counter lost 1\.\*\* A lock must never/,
    );
  });

  it("a locked run that took about as long, or less, is never 'N× as long'", () => {
    const unsafe = loopRun({ lost: 400_000, elapsedMs: 100 });
    const same = asyncLockedReading(EN, loopRun({ counter: "locked", elapsedMs: 105 }), unsafe);
    assert.match(same, /It took about as long as the unsafe one \(105 ms against 100 ms\)/);
    const less = asyncLockedReading(EN, loopRun({ counter: "locked", elapsedMs: 80 }), unsafe);
    assert.match(less, /It took less time than the unsafe one \(80 ms against 100 ms\)/);
    assert.doesNotMatch(less, /as long as|0\.\d×/);
    assert.match(
      asyncLockedReading(EN, loopRun({ counter: "locked", elapsedMs: 105 }), unsafe, { same: 0.01 }),
      /1\.1× as long/,
    );
  });
});

describe("every interleaving", () => {
  it("counts them, and says when there are too many to list", () => {
    assert.equal(
      schedulesCount(EN, { threads: 2, increments: 1 }, 20, 20),
      "2 threads × 1 increment × 3 steps = 6 steps: 20 interleavings, all listed below.",
    );
    assert.equal(
      schedulesCount(EN, { threads: 1, increments: 1 }, 1, 1),
      "1 thread × 1 increment × 3 steps = 3 steps: 1 interleaving, listed below.",
    );
    assert.match(
      schedulesCount(EN, { threads: 2, increments: 4 }, 2_704_156, 0),
      /24 steps: 2,704,156 interleavings, too many to list/,
    );
  });

  it("a table that shows 40 of 1,680 rows is never 'all listed below'", () => {
    const text = schedulesCount(EN, { threads: 3, increments: 1 }, 1_680, 1_680, 40);
    assert.equal(
      text,
      "3 threads × 1 increment × 3 steps = 9 steps: 1,680 interleavings; the table below lists the first 40, and the counts after it cover all 1,680.",
    );
    assert.doesNotMatch(text, /all listed/);
  });

  it("summarizes the losing schedules, or says none were listed", () => {
    assert.equal(
      schedulesSummary(EN, summarizeInterleavings({ threads: 2, increments: 1 })),
      "**Of the 20 interleavings, 18 lose an update and 2 keep both updates** (90.0% lose). Final counts:",
    );
    assert.match(
      schedulesSummary(EN, summarizeInterleavings({ threads: 1, increments: 1 })),
      /Of the 1 interleaving, 0 lose an update and 1 keeps its update\*\*/,
    );
    assert.equal(
      schedulesSummary(EN, { threads: 2, increments: 1, expected: 2, total: 0, lost: 0, kept: 0, outcomes: [] }),
      "No schedules were listed.",
    );
  });

  it("the unbroken schedules are the kept ones, or a bug", () => {
    assert.match(
      unbrokenReading(EN, 2, 20, true),
      /^\*\*2 of the 20 schedules run every increment unbroken\*\*, and they are exactly/,
    );
    assert.match(unbrokenReading(EN, 3, 20, false), /not exactly the ones that keep every update: please report it/);
    assert.match(
      unbrokenReading(EN, 1, 1, true),
      /^\*\*1 of the 1 schedule runs every increment unbroken\*\*, and it is exactly/,
    );
    assert.equal(unbrokenReading(EN, 0, 0, true), "No schedules were listed.");
  });
});

describe("the bytecode", () => {
  const dis = (lines: string[]) => ({ available: true as const, python: "python3", pythonVersion: "3.11.7", lines });

  it("names the read, the add and the write, and RESUME where the interpreter has it", () => {
    const text = bytecodeReading(
      EN,
      dis(["RESUME 0", "LOAD_ATTR 0 (count)", "BINARY_OP 13 (+=)", "STORE_ATTR 0 (count)"]),
    );
    assert.match(text, /^The read is `LOAD_ATTR`, the add `BINARY_OP`, the write `STORE_ATTR`/);
    assert.match(text, /checks for a switch at `RESUME`/);
    assert.doesNotMatch(
      bytecodeReading(EN, dis(["LOAD_ATTR 0 (count)", "INPLACE_ADD", "STORE_ATTR 0 (count)"])),
      /RESUME/,
    );
  });

  it("a disassembly without them, a missing interpreter and a failing one", () => {
    assert.match(
      bytecodeReading(EN, dis(["NOP"])),
      /^Python 3\.11\.7 disassembled the increment, but its read, add and write were not found/,
    );
    assert.match(
      bytecodeReading(EN, { available: false, python: "python9", missing: true, reason: "spawn python9 ENOENT" }),
      /^\*`python9` is not on this machine\.\*/,
    );
    assert.match(
      bytecodeReading(EN, {
        available: false,
        python: "python2",
        missing: false,
        reason: "SyntaxError: invalid syntax\n  more",
      }),
      /^\*`python2` could not run the seed:\* `SyntaxError: invalid syntax`\. /,
    );
  });
});

describe("pythonRunReading", () => {
  it("an unsafe run that lost nothing on 3.10+ says the race is hidden, not fixed", () => {
    const text = pythonRunReading(EN, pythonRun({}));
    assert.match(text, /This run lost nothing on Python 3\.11\.7 — the race is hidden, not fixed/);
    assert.match(text, /only at a call or a backward jump/);
  });

  it("an unsafe run that lost says how many, with the book beside it, and why for its version", () => {
    const old = pythonRunReading(EN, pythonRun({ pythonVersion: "3.9.18 (main)", lost: 38_794 }));
    assert.match(old, /lost 38,794 of 500,000 updates \(7\.8%\) on Python 3\.9\.18/);
    assert.match(old, /as the book's run did: it found 404231 of 500000 \(95,769 lost\)/);
    assert.doesNotMatch(old, /like the book's 404231/, "the book found 404231; it lost 95,769");
    assert.match(old, /between any two bytecodes/);
    assert.match(
      pythonRunReading(EN, pythonRun({ lost: 5 })),
      /Even this Python, which only switches threads at calls/,
    );
  });

  it("a free-threaded run is told as parallel threads; an old one that lost nothing was lucky", () => {
    const text = pythonRunReading(
      EN,
      pythonRun({ pythonVersion: "3.13.0 experimental free-threading build (main)", lost: 200_000 }),
    );
    assert.match(text, /\(free-threaded\)/);
    assert.match(text, /no GIL/);
    assert.match(pythonRunReading(EN, pythonRun({ pythonVersion: "3.9.1 (main)" })), /only by luck/);
    assert.match(
      pythonRunReading(EN, pythonRun({ pythonVersion: "3.13.0 experimental free-threading build" })),
      /only by luck/,
    );
  });

  it("tells the locked run and the run with a call by their results", () => {
    assert.match(pythonRunReading(EN, pythonRun({ program: "locked" })), /counted all 500,000 on Python 3\.11\.7/);
    assert.match(pythonRunReading(EN, pythonRun({ program: "locked", lost: 499_999 })), /please report it/);
    const withCall = pythonRun({ program: "unsafe-with-call", switchInterval: 1e-6, lost: 186_319 });
    assert.match(pythonRunReading(EN, withCall), /at a switch interval of 1 µs, the program lost 186,319 of 500,000/);
    assert.match(
      pythonRunReading(EN, pythonRun({ program: "unsafe-with-call" })),
      /at the default switch interval, this run lost nothing.*a shorter switch interval asks for switches more often/,
    );
    // Already at the short interval: no advice to shorten it, in either language.
    const shortNone = pythonRun({ program: "unsafe-with-call", switchInterval: 1e-6 });
    assert.match(pythonRunReading(EN, shortNone), /none did, even asked for this often\.$/);
    assert.match(pythonRunReading({ ...EN, lang: "ko" }, shortNone), /이렇게 자주 요청해도 그러지 않았다\.$/);
  });

  it("an unavailable interpreter is one sentence and a promise that the rest runs", () => {
    const missing: PythonRunResult = {
      available: false,
      program: "unsafe",
      python: "python3",
      missing: true,
      reason: "spawn python3 ENOENT",
    };
    assert.match(pythonRunReading(EN, missing), /^\*`python3` is not on this machine\.\* .*everything else/);
  });
});

describe("freeThreadedReading", () => {
  it("no Python, a free-threaded one, or one with a GIL", () => {
    const missing: PythonRunResult = {
      available: false,
      program: "unsafe",
      python: "python3",
      missing: true,
      reason: "x",
    };
    assert.equal(freeThreadedReading(EN, missing), "No Python ran in this notebook.");
    assert.match(
      freeThreadedReading(EN, pythonRun({ pythonVersion: "3.13.1 experimental free-threading build" })),
      /^Python 3\.13\.1 above is a free-threaded build/,
    );
    assert.match(freeThreadedReading(EN, pythonRun({})), /^Python 3\.11\.7 above has a GIL\. .*python3\.13t/);
  });
});
