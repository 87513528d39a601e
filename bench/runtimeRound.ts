/**
 * One round of the runtimes section (bench/runtimes.ts), in whichever Node runs this file:
 * one sample of the JavaScript floor, of each mutex loop below at 1, 5 and 16 workers, and
 * of every async lock at each point, each after its own warm-up. Prints one JSON line.
 */
import { availableParallelism } from "node:os";
import { LoopPool, VARIANT_WORKERS, measureVariants } from "./mutex";
import { HAS_ATOMICS_PAUSE, runnable, type VariantName } from "./mutexLoops";
import { measurePeers } from "./asyncLock";

/** The lock loops compared across Nodes: the lesson's, its bare baseline, and the spins. */
export const RUNTIME_VARIANTS: VariantName[] = ["lesson", "plain", "spin50", "pause50", "pause500"];
export const MUTEX_HOW_MANY = 500_000;
export const ASYNC_TASKS = [1, 100];

export interface Point {
  table: "mutex" | "asyncLock";
  /** what was measured, as the table shows it: ["lesson", "5"] or ["AsyncLock (ours)", "count += 1", "100"] */
  row: string[];
  /** ns per increment */
  value: number;
}

export interface RoundResult {
  node: string;
  cores: number;
  atomicsPause: boolean;
  points: Point[];
}

const BODY = { sync: "count += 1", await: "read/await/write" } as const;

export async function round(): Promise<RoundResult> {
  const points: Point[] = [];
  const floorPool = await LoopPool.open(1);
  try {
    await floorPool.run("floor", 1, MUTEX_HOW_MANY); // warm-up
    points.push({ table: "mutex", row: ["floor", "1"], value: await floorPool.run("floor", 1, MUTEX_HOW_MANY) });
  } finally {
    await floorPool.close();
  }
  const variants = await measureVariants(1, MUTEX_HOW_MANY, runnable(RUNTIME_VARIANTS));
  for (const [name, byWorkers] of Object.entries(variants.samples)) {
    byWorkers.forEach((samples, i) => {
      points.push({ table: "mutex", row: [name, String(VARIANT_WORKERS[i])], value: samples[0]! });
    });
  }
  const peers = await measurePeers({ trials: 1, taskCounts: ASYNC_TASKS });
  for (const row of peers.rows) {
    peers.names.forEach((name, i) => {
      points.push({ table: "asyncLock", row: [name, BODY[row.body], String(row.tasks)], value: row.samples[i]![0]! });
    });
  }
  return { node: process.version, cores: availableParallelism(), atomicsPause: HAS_ATOMICS_PAUSE, points };
}

if (require.main === module) {
  round().then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
