// Jupyter's "interrupt kernel" in the middle of a race, on the real tslab kernel: the cell
// must end, the workers must stop (no CPU burnt after), the cell must say so in one line,
// and the kernel must keep working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { NOTEBOOKS_DIR, ROOT, VENV_PYTHON, jupyterEnv, skipWithoutVenv } from "../helpers/jupyter";

interface Report {
  cpu_seconds_per_second_while_racing: number;
  cpu_seconds_per_second_after_interrupt: number;
  live_pools_after_interrupt: string;
  kernel_usable_after: boolean;
  interrupted_cell_output: string;
}

test(
  "interrupting the kernel mid-race stops every worker and leaves the kernel usable",
  { skip: skipWithoutVenv ?? false, timeout: 120_000 },
  async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        VENV_PYTHON,
        [path.join(ROOT, "test", "helpers", "interrupt_kernel.py"), NOTEBOOKS_DIR],
        { env: jupyterEnv(), timeout: 110_000 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      ),
    );
    const report = JSON.parse(stdout.trim().split("\n").pop()!) as Report;
    // Two workers racing keep about two cores busy; a worker left running after the
    // interrupt would keep about one busy. Half a core is far from both.
    assert.ok(report.cpu_seconds_per_second_while_racing > 0.5, `the race never got going: ${JSON.stringify(report)}`);
    assert.ok(
      report.cpu_seconds_per_second_after_interrupt < 0.5,
      `workers kept running after the interrupt: ${JSON.stringify(report)}`,
    );
    assert.equal(report.live_pools_after_interrupt, "0");
    assert.equal(report.kernel_usable_after, true);
    // One line for the lecturer, not tslab's "Error: Interrupted asynchronously" and its stack.
    assert.equal(
      report.interrupted_cell_output,
      "Interrupted: the cell stopped, and no worker is left running. " +
        "Run it again to start over, or lower howMany or trials for a shorter run.\n",
    );
  },
);
