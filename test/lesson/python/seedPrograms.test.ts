import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fakePythons } from "../../helpers/fakePython";
import { readFileSync } from "node:fs";
import { PythonRunError, pythonProgramPath, runPythonSeed, trySeed } from "../../../src/lesson/python/seedPrograms";

const fakePython = fakePythons("lost-updates-python-");

describe("runPythonSeed without a working interpreter", () => {
  it("a missing interpreter gives a result saying so, not an exception", async () => {
    const r = await runPythonSeed("locked", { python: "/nonexistent/python3", howMany: 10 });
    assert.equal(r.available, false);
    if (r.available) return;
    assert.equal(r.python, "/nonexistent/python3");
    assert.equal(r.available === false && r.missing, true);
    assert.match(r.reason, /ENOENT/);
  });

  it("a non-zero exit rejects with the exit code and stderr", async () => {
    const python = fakePython("exit3", 'echo "Traceback: boom" >&2\nexit 3');
    await assert.rejects(runPythonSeed("unsafe", { python, howMany: 10 }), (err: unknown) => {
      assert.ok(err instanceof PythonRunError);
      assert.equal(err.exitCode, 3);
      assert.equal(err.stderr.trim(), "Traceback: boom");
      assert.match(err.message, /exit3 unsafe_counter\.py exited with code 3:\nTraceback: boom$/);
      return true;
    });
  });

  it("a hung interpreter is killed at the timeout", async () => {
    const python = fakePython("hang", "exec sleep 30");
    await assert.rejects(runPythonSeed("unsafe", { python, howMany: 10, timeoutMs: 150 }), (err: unknown) => {
      assert.ok(err instanceof PythonRunError);
      assert.equal(err.signal, "SIGTERM");
      assert.match(err.message, /timed out after 150 ms and was killed with SIGTERM/);
      return true;
    });
  });

  it("output that is not the seed program's is an error, not a zero", async () => {
    const python = fakePython("chatty", "echo hello");
    await assert.rejects(runPythonSeed("locked", { python, howMany: 10 }), /printed an unexpected output:\nhello/);
  });

  it("passes the knobs as arguments, no shell involved", async () => {
    // Echoes its arguments in the program's output format, so the parse sees them.
    const python = fakePython(
      "echoargs",
      'echo "python fake $*"\necho "Counter should be 6, found 6"\necho "elapsed_ms 1.5"',
    );
    const r = await runPythonSeed("unsafe-with-call", { python, howMany: 3, threads: 2, switchInterval: 1e-6 });
    assert.ok(r.available);
    if (!r.available) return;
    assert.equal(r.pythonVersion, `fake ${pythonProgramPath("unsafe-with-call")} 3 2 --switch-interval 0.000001`);
    assert.deepEqual([r.expected, r.found, r.lost, r.pythonElapsedMs], [6, 6, 0, 1.5]);
  });

  it("rejects bad options with the parameter, the value and the rule", () => {
    assert.throws(
      () => runPythonSeed("unsafe", { howMany: 0 }),
      /howMany must be an integer from 1 to 10,000,000, got 0/,
    );
    assert.throws(() => runPythonSeed("unsafe", { threads: 65 }), /threads must be an integer from 1 to 64, got 65/);
    assert.throws(
      () => runPythonSeed("unsafe", { timeoutMs: -1 }),
      /timeoutMs must be an integer from 1 to 3,600,000, got -1/,
    );
    assert.throws(
      () => runPythonSeed("locked", { switchInterval: 1e-6 }),
      /switchInterval only applies to 'unsafe-with-call', not to 'locked'/,
    );
    assert.throws(
      () => runPythonSeed("unsafe-with-call", { switchInterval: 0 }),
      /switchInterval must be a number of seconds in \(0, 1\], got 0/,
    );
    assert.throws(
      () => runPythonSeed("threaded" as never),
      /program must be one of unsafe, locked, unsafe-with-call, got "threaded"/,
    );
  });
});

describe("the seed programs on this machine's python3", () => {
  it("the unsafe and locked programs differ by the lock alone", () => {
    const unsafe = readFileSync(pythonProgramPath("unsafe"), "utf8").split("\n");
    const locked = readFileSync(pythonProgramPath("locked"), "utf8").split("\n");
    // The header comments name their own file; compare the code.
    const onlyInLocked = locked.filter((line) => !line.startsWith("#") && !unsafe.includes(line));
    assert.ok(onlyInLocked.some((l) => l.includes("self.lock = Lock()")));
    assert.ok(onlyInLocked.some((l) => l.includes("with self.lock:")));
    // Plus the import, the class name, the indented `+=`, and the constructor call.
    assert.equal(onlyInLocked.length, 6, onlyInLocked.join("\n"));
  });

  it("prints the seed's sentence in the edition's language: the Korean one as the book prints it", async (t) => {
    const ko = await runPythonSeed("locked", { howMany: 1_000, threads: 2, lang: "ko" });
    if (!ko.available) return t.skip(ko.reason);
    assert.ok(ko.stdout.includes("카운터 값은 2000여야 하는데, 실제로는 2000 입니다"), ko.stdout.join("\n"));
    assert.equal(ko.found, 2000);
    const en = await runPythonSeed("locked", { howMany: 1_000, threads: 2, lang: "en" });
    assert.ok(en.available && en.stdout.includes("Counter should be 2000, found 2000"));
  });

  it("locked: found == expected", async (t) => {
    const r = await runPythonSeed("locked", { howMany: 20_000, threads: 5 });
    if (!r.available) return t.skip(r.reason);
    assert.equal(r.expected, 100_000);
    assert.equal(r.found, 100_000);
    assert.match(r.pythonVersion, /^\d+\.\d+/);
    assert.ok(r.stdout.includes("Counter should be 100000, found 100000"));
    assert.ok(r.pythonElapsedMs > 0 && r.pythonElapsedMs < r.elapsedMs);
  });

  it("unsafe-with-call with a 1 µs switch interval loses updates in at least one of five runs", async (t) => {
    // Measured here (CPython 3.11, 2 cores): 20,000 × 5 loses in most runs,
    // e.g. found 43,032 of 100,000; five tries make a miss very unlikely.
    const founds: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await runPythonSeed("unsafe-with-call", { howMany: 20_000, threads: 5, switchInterval: 1e-6 });
      if (!r.available) return t.skip(r.reason);
      assert.equal(r.switchInterval, 1e-6);
      founds.push(r.found);
      if (r.lost > 0) break;
    }
    assert.ok(
      founds.some((f) => f < 100_000),
      `every run found 100000: ${founds.join(", ")}`,
    );
  });
});

describe("trySeed", () => {
  it("turns a missing interpreter and a failing one into a reason", async () => {
    const missing = await trySeed("unsafe", { python: "/nonexistent/python3", howMany: 10 });
    assert.equal(missing.available, false);
    const broken = fakePython("broken", 'echo "SyntaxError: f-strings" >&2\nexit 1');
    const r = await trySeed("locked", { python: broken, howMany: 10 });
    assert.equal(r.available, false);
    if (!r.available) {
      assert.equal(r.missing, false);
      assert.match(r.reason, /exited with code 1:\nSyntaxError: f-strings/);
    }
  });

  it("still refuses bad options by throwing", async () => {
    await assert.rejects(trySeed("unsafe", { howMany: 0 }), /howMany must be an integer from 1/);
  });
});
