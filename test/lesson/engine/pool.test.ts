import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { WorkerPool } from "../../../src/lesson/engine/pool";
import { livePoolCount } from "../../../src/lesson/engine/interrupt";
import { ROOT } from "../../helpers/jupyter";

const fixture = (name: string) => path.join(ROOT, "dist", "test", "fixtures", `${name}.js`);
const INDEX_JS = path.join(ROOT, "dist", "src", "index.js");

test("a worker that throws rejects the trial with its error and tears the pool down", async () => {
  const pool = await WorkerPool.open(3, { workerFile: fixture("throwingWorker") });
  await assert.rejects(pool.runTrial({ counter: "unsafe", threads: 3, howMany: 10 }), /sensor 3 is on fire/);
  assert.equal(pool.isOpen, false);
  await assert.rejects(
    pool.runTrial({ counter: "unsafe", threads: 3, howMany: 10 }),
    /closed after a failure: sensor 3 is on fire/,
  );
  assert.equal(livePoolCount(), 0);
});

test("a worker that exits mid-trial rejects the trial", async () => {
  const pool = await WorkerPool.open(2, { workerFile: fixture("exitingWorker") });
  await assert.rejects(
    pool.runTrial({ counter: "atomic", threads: 2, howMany: 10 }),
    /exited unexpectedly with code 7/,
  );
  assert.equal(livePoolCount(), 0);
});

test("a trial that never finishes times out with a message instead of hanging", async () => {
  const pool = await WorkerPool.open(2, { workerFile: fixture("silentWorker") });
  await assert.rejects(
    pool.runTrial({ counter: "locked", threads: 2, howMany: 10, timeoutMs: 150 }),
    /did not finish within 150 ms; its workers were terminated/,
  );
  assert.equal(livePoolCount(), 0);
});

test("threads beyond the pool's size are refused", async () => {
  const pool = await WorkerPool.open(1);
  try {
    await assert.rejects(
      pool.runTrial({ counter: "atomic", threads: 2, howMany: 10 }),
      /at most the pool's size 1, got 2/,
    );
    assert.equal(
      (await pool.runTrial({ counter: "atomic", threads: 1, howMany: 10 })).found,
      10,
      "a refused request leaves the pool usable",
    );
  } finally {
    await pool.close();
  }
});

test("trials asked for at once run one after another", async () => {
  const pool = await WorkerPool.open(2);
  try {
    const results = await Promise.all(
      [1, 2, 3].map((n) => pool.runTrial({ counter: "atomic", threads: 2, howMany: n * 1000 })),
    );
    assert.deepEqual(
      results.map((r) => r.found),
      [2000, 4000, 6000],
    );
  } finally {
    await pool.close();
  }
});

/**
 * Runs a script in a fresh Node that starts a long trial, then SIGINTs itself. Under a
 * "kernel" the trial starts the way tslab runs a cell: inside vm.runInThisContext with
 * breakOnSigint, which is where a SIGINT listener must not be added.
 */
function interruptScript(withKernelListener: boolean): string {
  const start = `runExperiment({ counter: "locked", threads: 3, howMany: 50000000, sensorWork: 1000 })`;
  return `
    const { runExperiment, livePoolCount } = require(${JSON.stringify(INDEX_JS)});
    ${withKernelListener ? 'process.on("SIGINT", () => console.log("kernel saw SIGINT"));' : ""}
    globalThis.runExperiment = runExperiment;
    const trial = ${withKernelListener ? `require("node:vm").runInThisContext(${JSON.stringify(start)}, { breakOnSigint: true })` : start};
    setTimeout(() => process.kill(process.pid, "SIGINT"), 300);
    trial.then(
      () => console.log("finished?!"),
      (error) => { console.log("rejected: " + error.message); console.log("live pools: " + livePoolCount()); },
    );`;
}

test("SIGINT under a kernel (another SIGINT listener): the trial is rejected, workers terminated, the process lives", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", interruptScript(true)], { timeout: 20_000 });
  assert.match(stdout, /kernel saw SIGINT/);
  assert.match(stdout, /rejected: interrupted \(SIGINT\)/);
  assert.match(stdout, /live pools: 0/);
  assert.doesNotMatch(stdout, /finished/);
});

test("SIGINT in a plain script: workers terminated and the process exits with 130", async () => {
  const code = await new Promise<number | null>((resolve) => {
    const child = execFile(process.execPath, ["-e", interruptScript(false)], { timeout: 20_000 });
    child.on("exit", (exitCode) => resolve(exitCode));
  });
  assert.equal(code, 130);
});
