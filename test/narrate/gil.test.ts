import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { narratePythonRun } from "../../src/narrate/gil";
import { pythonRunLines, type PythonRun, type PythonRunResult } from "../../src/python/seed";

function run(over: Partial<PythonRun>): PythonRun {
  return {
    available: true,
    program: "unsafe",
    python: "python3",
    pythonVersion: "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]",
    howMany: 100_000,
    threads: 5,
    switchInterval: null,
    stdout: ["python 3.11.7", "Counter should be 500000, found 500000", "elapsed_ms 28.000"],
    expected: 500_000,
    found: 500_000,
    lost: 0,
    elapsedMs: 140,
    pythonElapsedMs: 28,
    ...over,
  };
}

describe("narratePythonRun", () => {
  it("an unsafe run that lost nothing on 3.10+ says the race is hidden, not fixed", () => {
    const text = narratePythonRun(run({}));
    assert.match(text, /This run lost nothing on Python 3\.11\.7 — the race is hidden, not fixed/);
    assert.match(text, /only at a call or a backward jump/);
  });

  it("an unsafe run that lost says how many, with the book beside it", () => {
    const text = narratePythonRun(run({ pythonVersion: "3.9.18 (main)", found: 461_206, lost: 38_794 }));
    assert.match(text, /lost 38,794 of 500,000 updates \(7\.8%\) on Python 3\.9\.18/);
    assert.match(text, /404231 of 500000/);
    assert.match(text, /between any two bytecodes/);
  });

  it("a free-threaded run is told as parallel threads", () => {
    const text = narratePythonRun(
      run({ pythonVersion: "3.13.0 experimental free-threading build (main)", found: 300_000, lost: 200_000 }),
    );
    assert.match(text, /\(free-threaded\)/);
    assert.match(text, /no GIL/);
    assert.match(narratePythonRun(run({ pythonVersion: "3.9.1 (main)" })), /only by luck/);
  });

  it("tells the locked run and the run with a call by their results", () => {
    assert.match(narratePythonRun(run({ program: "locked" })), /counted all 500,000 on Python 3\.11\.7/);
    assert.match(narratePythonRun(run({ program: "locked", found: 1, lost: 499_999 })), /please report it/);
    const withCall = run({ program: "unsafe-with-call", switchInterval: 1e-6, found: 313_681, lost: 186_319 });
    assert.match(
      narratePythonRun(withCall),
      /at a switch interval of 0\.000001 s, the program lost 186,319 of 500,000/,
    );
    assert.match(
      narratePythonRun(run({ program: "unsafe-with-call", switchInterval: 0.005 })),
      /this run lost nothing/,
    );
  });

  it("an unavailable interpreter is one sentence and a promise that the rest runs", () => {
    const missing: PythonRunResult = {
      available: false,
      program: "unsafe",
      python: "python3",
      reason: "python3 is not on this machine (spawn python3 ENOENT)",
    };
    assert.match(
      narratePythonRun(missing),
      /^\*python3 is not on this machine \(spawn python3 ENOENT\)\.\* .*everything else/,
    );
    assert.deepEqual(pythonRunLines(missing), ["(not run) python3 is not on this machine (spawn python3 ENOENT)"]);
    assert.deepEqual(pythonRunLines(run({})), run({}).stdout);
  });
});
