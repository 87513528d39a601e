// What a lecturer reads in JupyterLab after a refused parameters cell: the cells below it
// say, in one line, that the parameters cell refused a value and must be fixed first,
// instead of failing far from the cause ("threads … got undefined" for a typo in howMany).
// The rewriting itself (src/lesson/show/kernelMessages.ts) is checked here too, without a kernel.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { interruptedLine, rewriteKernelError } from "../../src/lesson/show/kernelMessages";
import { NOTEBOOKS_DIR, ROOT, VENV_PYTHON, jupyterEnv, skipWithoutVenv } from "../helpers/jupyter";

interface Shown {
  status: string;
  stdout: string;
  stderr: string;
}

function runCells(cells: string[]): Promise<Shown[]> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cells-")), "cells.json");
  writeFileSync(file, JSON.stringify(cells));
  return new Promise((resolve, reject) =>
    execFile(
      VENV_PYTHON,
      [path.join(ROOT, "test", "helpers", "run_cells.py"), NOTEBOOKS_DIR, file],
      { env: jupyterEnv(), timeout: 110_000 },
      (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(JSON.parse(out) as Shown[]),
    ),
  );
}

const REFUSED =
  "The parameters cell of 01-the-race refused a value (howMany must be an integer from 1 to 50,000,000, got -3), " +
  "so its values are not set: fix that value and run the parameters cell first, then this cell.\n";
const cell = (howMany: string) =>
  `const P = parameters("01-the-race", { lang: "en", threads: 5, howMany: ${howMany}, trials: 1, sensorWork: 0 });`;

test(
  "after a refused parameters cell, the next cells say so in one line; a fixed one runs again",
  { skip: skipWithoutVenv ?? false, timeout: 120_000 },
  async () => {
    const [, good, refused, race, loop, plain, fixed, after] = await runCells([
      'import { parameters, runExperiment } from "lost-updates";',
      cell("1_000"),
      cell("-3"),
      'await runExperiment({ counter: "unsafe", ...P });',
      "for (let i = 0; i < P.threads; i++) {}",
      'console.error("a message of the cell\'s own")',
      cell("1_000"),
      'console.log((await runExperiment({ counter: "atomic", ...P })).trials[0].found)',
    ]);
    assert.ok(good && plain && fixed, "a cell's result is missing");
    assert.equal(good.status, "ok");
    assert.deepEqual(refused, {
      status: "error",
      stdout: "",
      stderr: "InputError: howMany must be an integer from 1 to 50,000,000, got -3\n",
    });
    assert.deepEqual(race, { status: "error", stdout: "", stderr: REFUSED }, "not 'threads … got undefined'");
    assert.deepEqual(loop, { status: "error", stdout: "", stderr: REFUSED }, "not a TypeError and its stack");
    assert.equal(plain.stderr, "a message of the cell's own\n", "other output passes untouched");
    assert.equal(fixed.status, "ok");
    assert.deepEqual(after, { status: "ok", stdout: "5000\n", stderr: "" });
  },
);

test("the rewriting: an interrupt, an error after a refusal, and everything else as it was", () => {
  const refusal = { notebook: "01-the-race", message: "howMany must be an integer from 1 to 50,000,000, got -3" };
  const tslabInterrupt = "Error: Interrupted asynchronously\n    at createExecutor (…/tslab/dist/executor.js:87:23)\n";
  assert.equal(rewriteKernelError(tslabInterrupt, null, 0), `${interruptedLine(0)}\n`);
  assert.equal(rewriteKernelError(tslabInterrupt, refusal, 0), `${interruptedLine(0)}\n`, "an interrupt wins");
  assert.match(interruptedLine(0), /^Interrupted: the cell stopped, and no worker is left running\. Run it again/);
  assert.match(interruptedLine(2), /and 2 worker pools are still closing/);
  const sync = "evalmachine.<anonymous>:1\n\nError: Script execution was interrupted by `SIGINT`\n    at …\n";
  assert.equal(rewriteKernelError(sync, null, 0), `${interruptedLine(0)}\n`);
  assert.equal(rewriteKernelError(`InputError: ${refusal.message}\n`, refusal, 0), `InputError: ${refusal.message}\n`);
  assert.match(rewriteKernelError("1:21 - Cannot find name 'P'.\n", refusal, 0), /^The parameters cell of 01-the-race/);
  assert.equal(rewriteKernelError("TypeError: x\n    at y\n", null, 0), "TypeError: x\n    at y\n");
  assert.equal(rewriteKernelError("a message\n", refusal, 0), "a message\n");
});
