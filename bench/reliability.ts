/**
 * Does the race show? For notebook 01's and 03's defaults: the share of trials that lost
 * updates, the median loss, the median start skew and a worker's loop time,
 *   - in the first trial of fresh processes (a fresh kernel's first run of the cell),
 *   - over many trials of one warm pool,
 * on a quiet machine, with one core taken by a busy process this bench starts and stops,
 * and on one core (taskset, where it exists). Then the change the one-core narration
 * names (ONE_CORE_RACE), on one core.
 *
 * Every run is a process of its own (reliabilityChild.ts). "Other load" is what the rest
 * of the machine used meanwhile, in cores (from /proc/stat, less this bench's children),
 * so a reading taken beside someone else's work can be told apart.
 *   RELIABILITY_FRESH=30 RELIABILITY_TRIALS=1000: processes and warm trials per cell.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { ONE_CORE_RACE } from "../src/lesson/engine/limits";
import { NOTEBOOK_PARAMETERS } from "../src/lesson/parameters/parameters";
import { median, textTable } from "./table";
import type { ChildRequest, ChildTrial } from "./reliabilityChild";

const CHILD = path.join(__dirname, "reliabilityChild.js");
const FRESH = Number(process.env.RELIABILITY_FRESH ?? 30);
const WARM_TRIALS = Number(process.env.RELIABILITY_TRIALS ?? 1_000);

type Race = Omit<ChildRequest, "trials">;

function defaults(notebook: string): Race {
  const specs = NOTEBOOK_PARAMETERS[notebook]!.specs;
  const value = (name: string) => (specs[name] ? (specs[name].default as number) : 0);
  return { threads: value("threads"), howMany: value("howMany"), sensorWork: value("sensorWork") };
}

interface Condition {
  name: string;
  /** The command prefix that confines a run (taskset), if any. */
  prefix: string[];
  /** Started before the cell's runs and stopped after. */
  busy: boolean;
}

function runChild(condition: Condition, request: ChildRequest): Promise<ChildTrial[]> {
  const [file, ...args] = [...condition.prefix, process.execPath, CHILD, JSON.stringify(request)];
  return new Promise((resolve, reject) =>
    execFile(file, args, { timeout: 1_800_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`reliability child failed: ${stderr || error.message}`))
        : resolve(
            stdout
              .trim()
              .split("\n")
              .map((line) => JSON.parse(line) as ChildTrial),
          ),
    ),
  );
}

/** Busy and idle jiffies of the whole machine, and of this process's reaped children. */
function cpuTicks(): { busy: number; children: number } | null {
  if (!existsSync("/proc/stat")) return null;
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = cpu[3]! + cpu[4]!;
  const busy = cpu.slice(0, 8).reduce((a, b) => a + b, 0) - idle;
  const self = readFileSync("/proc/self/stat", "utf8");
  const fields = self.slice(self.lastIndexOf(")") + 2).split(" ");
  // utime, stime, cutime, cstime are fields 14-17 of stat; here (after pid and comm) 11-14.
  const children = Number(fields[13]) + Number(fields[14]);
  const own = Number(fields[11]) + Number(fields[12]);
  return { busy: busy - own, children };
}

function startBusy(): ChildProcess {
  return spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
}

function stopBusy(busy: ChildProcess): Promise<void> {
  // Killed by a signal, a child's exitCode stays null: signalCode says it has gone.
  if (busy.exitCode !== null || busy.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    busy.once("exit", () => resolve());
    busy.kill("SIGKILL");
  });
}

interface Cell {
  trials: ChildTrial[];
  /** Cores the rest of the machine used meanwhile (NaN where /proc is missing). */
  otherLoad: number;
}

async function measure(condition: Condition, work: () => Promise<ChildTrial[]>): Promise<Cell> {
  const busy = condition.busy ? startBusy() : null;
  try {
    // Let the busy process settle on its core before anything is timed.
    if (busy) await new Promise((resolve) => setTimeout(resolve, 300));
    const before = cpuTicks();
    const started = performance.now();
    const trials = await work();
    const seconds = (performance.now() - started) / 1000;
    if (busy) await stopBusy(busy);
    const after = cpuTicks();
    const ticksPerSecond = 100; // USER_HZ on Linux
    const otherLoad =
      before && after
        ? (after.busy - before.busy - (after.children - before.children)) / ticksPerSecond / seconds
        : Number.NaN;
    return { trials, otherLoad };
  } finally {
    if (busy) await stopBusy(busy);
  }
}

const pct = (x: number) => `${(100 * x).toFixed(x > 0 && x < 0.001 ? 2 : 1)}%`;

function row(label: string, cell: Cell): string[] {
  const t = cell.trials;
  const losing = t.filter((x) => x.lost > 0).length;
  return [
    label,
    `${losing}/${t.length}`,
    pct(losing / t.length),
    pct(median(t.map((x) => x.lost / x.expected))),
    median(t.map((x) => x.startSkewMs)).toFixed(2),
    median(t.map((x) => x.loopMs)).toFixed(2),
    median(t.map((x) => x.elapsedMs)).toFixed(2),
    Number.isNaN(cell.otherLoad) ? "?" : cell.otherLoad.toFixed(2),
  ];
}

const HEADER = ["run", "lost in", "share", "median loss", "skew ms", "loop ms", "trial ms", "other load"];

export async function run(): Promise<string> {
  const cores = availableParallelism();
  const conditions: Condition[] = [{ name: "quiet", prefix: [], busy: false }];
  if (cores >= 2) conditions.push({ name: "one core busy", prefix: [], busy: true });
  const taskset = cores >= 2 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  if (taskset) conditions.push({ name: "on one core", prefix: ["taskset", "-c", "0"], busy: false });

  const races: [string, Race][] = [
    ["01", defaults("01-the-race")],
    ["03 histogram", defaults("03-distributions")],
  ];
  const rows: string[][] = [];
  for (const [name, race] of races) {
    for (const condition of conditions) {
      const fresh = await measure(condition, async () => {
        const firsts: ChildTrial[] = [];
        for (let i = 0; i < FRESH; i++) firsts.push(...(await runChild(condition, { ...race, trials: 1 })));
        return firsts;
      });
      rows.push(row(`${name}, ${condition.name}, first trial of ${FRESH} processes`, fresh));
      const warm = await measure(condition, () => runChild(condition, { ...race, trials: WARM_TRIALS }));
      rows.push(row(`${name}, ${condition.name}, ${WARM_TRIALS} trials of one pool`, warm));
    }
  }
  const lines = [
    `Unsafe counter, share of trials that lost updates (node ${process.version}, ${cores} cores)`,
    ...races.map(
      ([name, r]) =>
        `  ${name}: ${r.threads} workers × ${r.howMany.toLocaleString("en-US")} increments, sensorWork ${r.sensorWork}`,
    ),
    textTable(HEADER, rows),
  ];
  // What the sensor work costs: a trial at each notebook's default against the same trial
  // with sensorWork 0 (the loop the lesson ran before), on the quiet machine.
  const quiet = conditions[0]!;
  const costRows: string[][] = [];
  for (const [name, race] of races) {
    const medianMs = async (sensorWork: number) => {
      const cell = await measure(quiet, () => runChild(quiet, { ...race, sensorWork, trials: 30 }));
      return median(cell.trials.map((t) => t.elapsedMs));
    };
    const withWork = await medianMs(race.sensorWork);
    const without = await medianMs(0);
    costRows.push([name, without.toFixed(2), withWork.toFixed(2), `+${(withWork - without).toFixed(2)}`]);
  }
  lines.push(
    "",
    "What the default sensor work costs per trial (median of 30 trials, quiet, ms):",
    textTable(["race", "sensorWork 0", "default", "added"], costRows),
  );
  if (taskset) {
    const oneCore = conditions.find((c) => c.prefix.length > 0)!;
    const race: Race = { threads: races[0]![1].threads, ...ONE_CORE_RACE };
    const cell = await measure(oneCore, () => runChild(oneCore, { ...race, trials: Math.min(WARM_TRIALS, 100) }));
    lines.push(
      "",
      `What the one-core narration suggests (ONE_CORE_RACE: ${race.threads} × ${race.howMany.toLocaleString("en-US")}, sensorWork ${race.sensorWork}), on one core:`,
      textTable(HEADER, [row("suggested, on one core", cell)]),
    );
  } else {
    lines.push("", "taskset is missing (or one core only): the one-core rows are left out");
  }
  return lines.join("\n");
}

if (require.main === module) {
  run().then(console.log, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
