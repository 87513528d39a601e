/**
 * The race engine's numbers: ns per increment for each counter at 1, 2 and 5 workers,
 * the seed's size side by side with the seed's own Python programs, and the cost of
 * 100 trials including the pool's start.
 */
import { availableParallelism } from "node:os";
import { COUNTER_KINDS } from "../src/lesson/engine/counters";
import { runExperiment } from "../src/lesson/engine/experiment";
import { withPool } from "../src/lesson/engine/pool";
import { runPythonSeed, type PythonRun } from "../src/lesson/python/seedPrograms";
import { compilePthread } from "./mutex";
import { median, textTable } from "./table";

const HOW_MANY = 2_000_000;
const TRIALS = 5;

export async function nsPerIncrement(): Promise<string> {
  const workers = [1, 2, 5];
  const rows = [];
  for (const counter of COUNTER_KINDS) {
    const row: string[] = [counter];
    for (const threads of workers) {
      const run = await runExperiment({ counter, threads, howMany: HOW_MANY, trials: TRIALS });
      row.push(median(run.trials.map((t) => (t.elapsedMs * 1e6) / t.expected)).toFixed(1));
    }
    rows.push(row);
  }
  const reference = pthreadRow(workers);
  if (reference) rows.push(reference);
  return (
    `ns per increment (median of ${TRIALS} trials, ${HOW_MANY.toLocaleString("en-US")} increments per worker, ` +
    `increment phase only)\n` +
    textTable(["counter", ...workers.map((n) => `${n} worker${n > 1 ? "s" : ""}`)], rows)
  );
}

/** The same locked loop in C with a pthread mutex, if a C compiler is on the machine. */
function pthreadRow(workers: number[]): string[] | undefined {
  const pthread = compilePthread();
  if (!pthread) return undefined; // no C compiler: no reference row
  try {
    const row = ["C pthread mutex"];
    for (const threads of workers) {
      row.push(median(Array.from({ length: TRIALS }, () => pthread.run(threads, HOW_MANY))).toFixed(1));
    }
    return row;
  } finally {
    pthread.dispose();
  }
}

export async function seedSideBySide(): Promise<string> {
  const threads = 5;
  const howMany = 100_000;
  const rows: string[][] = [];
  for (const counter of ["unsafe", "locked"] as const) {
    const run = await runExperiment({ counter, threads, howMany, trials: 5 });
    rows.push([
      `TypeScript workers, ${counter}`,
      median(run.trials.map((t) => t.elapsedMs)).toFixed(2),
      median(run.trials.map((t) => t.lost)).toFixed(0),
    ]);
  }
  for (const program of ["unsafe", "locked"] as const) {
    const runs: PythonRun[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await runPythonSeed(program, { threads, howMany });
      if (!result.available) {
        rows.push([`Python, ${program}`, "-", `(${result.reason})`]);
        break;
      }
      runs.push(result);
    }
    if (runs.length > 0) {
      rows.push([
        `Python ${runs[0]!.pythonVersion.split(" ")[0]}, ${program}`,
        median(runs.map((r) => r.pythonElapsedMs)).toFixed(2),
        median(runs.map((r) => r.lost)).toFixed(0),
      ]);
    }
  }
  return (
    `The seed's size, ${threads} threads × ${howMany.toLocaleString("en-US")} (median of 5 runs for TypeScript, ` +
    `3 for Python; Python timed inside the program around start and join)\n` +
    textTable(["program", "ms", "lost"], rows)
  );
}

export async function hundredTrials(): Promise<string> {
  const started = performance.now();
  const losses = await withPool(5, async (pool) => {
    const lost: number[] = [];
    for (let i = 0; i < 100; i++)
      lost.push((await pool.runTrial({ counter: "unsafe", threads: 5, howMany: 100_000 })).lost);
    return lost;
  });
  const wall = performance.now() - started;
  const losing = losses.filter((n) => n > 0).length;
  return (
    `100 trials at the seed's size (unsafe, 5 × 100,000), pool start included: ${(wall / 1000).toFixed(2)} s wall; ` +
    `${losing} of 100 lost updates (median lost ${median(losses).toFixed(0)})`
  );
}

export async function run(): Promise<string> {
  const header = `Race engine on Node ${process.version}, ${availableParallelism()} cores`;
  return [header, await nsPerIncrement(), await seedSideBySide(), await hundredTrials()].join("\n\n");
}
