/**
 * ns per locked increment: our AsyncLock against async-mutex, same run, same workload.
 *
 * Workload, identical for both locks: `tasks` async tasks share one counter and
 * `total` increments between them (total / tasks each). Each task loops
 *   await lock.withLock(body)         // ours
 *   await mutex.runExclusive(body)    // async-mutex
 * with one of two bodies:
 *   'sync'  () => { count += 1 }
 *   'await' async () => { const v = count; await Promise.resolve(); count = v + 1 }
 * 'await' is the read / switch point / write that needs the lock; 'sync' has no
 * switch point and measures the lock's own overhead. Every trial checks that the
 * counter reached `total`, so a broken lock cannot post a good time.
 */
import { performance } from "node:perf_hooks";
import { Mutex } from "async-mutex";
import { AsyncLock } from "../src/eventLoop/asyncLock";
import { median } from "./table";

export type LockBody = "sync" | "await";
export type LockName = "AsyncLock" | "async-mutex";

export interface AsyncLockBenchOptions {
  taskCounts?: readonly number[];
  bodies?: readonly LockBody[];
  /** Increments per trial, split evenly between the tasks. */
  total?: number;
  /** Timed trials per cell; the median is reported. */
  trials?: number;
}

export interface AsyncLockBenchRow {
  body: LockBody;
  tasks: number;
  oursNs: number;
  asyncMutexNs: number;
  /** asyncMutexNs / oursNs: above 1 means ours is faster. */
  speedup: number;
}

type RunLocked = (body: () => void | Promise<void>) => Promise<void>;

function lockUnderTest(name: LockName): RunLocked {
  if (name === "AsyncLock") {
    const lock = new AsyncLock();
    return (body) => lock.withLock(body);
  }
  const mutex = new Mutex();
  return (body) => mutex.runExclusive(body);
}

async function trial(name: LockName, body: LockBody, tasks: number, total: number): Promise<number> {
  const run = lockUnderTest(name);
  const perTask = Math.floor(total / tasks);
  const expected = perTask * tasks;
  let count = 0;
  const syncBody = (): void => {
    count += 1;
  };
  const awaitBody = async (): Promise<void> => {
    const value = count;
    await Promise.resolve();
    count = value + 1;
  };
  const fn = body === "sync" ? syncBody : awaitBody;
  const task = async (): Promise<void> => {
    for (let i = 0; i < perTask; i++) await run(fn);
  };
  const start = performance.now();
  const all: Promise<void>[] = [];
  for (let t = 0; t < tasks; t++) all.push(task());
  await Promise.all(all);
  const elapsedMs = performance.now() - start;
  if (count !== expected) {
    throw new Error(`${name} lost updates in the benchmark: expected ${expected}, found ${count}`);
  }
  return (elapsedMs * 1e6) / expected;
}

export async function measureAsyncLock(options: AsyncLockBenchOptions = {}): Promise<AsyncLockBenchRow[]> {
  const taskCounts = options.taskCounts ?? [1, 5, 100];
  const bodies = options.bodies ?? (["await", "sync"] as const);
  const total = options.total ?? 200_000;
  const trials = options.trials ?? 7;
  const rows: AsyncLockBenchRow[] = [];
  for (const body of bodies) {
    for (const tasks of taskCounts) {
      // Warm both up so neither pays for the JIT in the timed trials.
      await trial("AsyncLock", body, tasks, total);
      await trial("async-mutex", body, tasks, total);
      const ours: number[] = [];
      const theirs: number[] = [];
      // Alternate, so drift in the machine's speed hits both alike.
      for (let i = 0; i < trials; i++) {
        ours.push(await trial("AsyncLock", body, tasks, total));
        theirs.push(await trial("async-mutex", body, tasks, total));
      }
      const oursNs = median(ours);
      const asyncMutexNs = median(theirs);
      rows.push({ body, tasks, oursNs, asyncMutexNs, speedup: asyncMutexNs / oursNs });
    }
  }
  return rows;
}

export function formatAsyncLockRows(rows: readonly AsyncLockBenchRow[]): string {
  const header = ["body", "tasks", "AsyncLock ns", "async-mutex ns", "speed-up"];
  const cells = rows.map((r) => [
    r.body === "sync" ? "{ count += 1 }" : "read/await/write",
    String(r.tasks),
    r.oursNs.toFixed(0),
    r.asyncMutexNs.toFixed(0),
    `${r.speedup.toFixed(2)}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]): string =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ");
  return [line(header), ...cells.map(line)].join("\n");
}

export async function run(): Promise<string> {
  const rows = await measureAsyncLock();
  return [
    `AsyncLock vs async-mutex: ns per locked increment (median of 7; Node ${process.version})`,
    formatAsyncLockRows(rows),
  ].join("\n");
}

if (require.main === module) {
  run().then(console.log, (err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
