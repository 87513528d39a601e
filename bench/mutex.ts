/**
 * The Atomics mutex against the JavaScript floor and C's pthread mutex, and variants of the
 * lock for more workers than cores. Everything in a table is measured interleaved, round by
 * round (the cores are shared with whatever else runs), and reported as median ±half the
 * interquartile range.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { withPool, type WorkerPool } from "../src/lesson/engine/pool";
import { nsPerIncrement } from "../src/lesson/analysis/costs";
import { summarize } from "../src/lesson/analysis/stats";
import { CELLS, countIndex, runnable, VARIANTS, type LoopName, type VariantName } from "./mutexLoops";
import type { LoopReply, LoopRequest } from "./mutexWorker";
import { SPREAD, medianSpread, textTable } from "./table";

/** Worker threads that run the named loops of mutexLoops.ts, reused across trials. */
export class LoopPool {
  private constructor(private readonly workers: Worker[]) {}

  static async open(size: number): Promise<LoopPool> {
    const workers = Array.from({ length: size }, () => new Worker(path.join(__dirname, "mutexWorker.js")));
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once("online", resolve))));
    return new LoopPool(workers);
  }

  /** One trial: ns per increment, all workers together (barrier release to the last one done). */
  async run(loop: LoopName, threads: number, howMany: number): Promise<number> {
    const cells = new Int32Array(new SharedArrayBuffer(CELLS * 4));
    const request: LoopRequest = { buffer: cells.buffer, loop, threads, howMany };
    const replies = await Promise.all(
      this.workers.slice(0, threads).map(
        (worker) =>
          new Promise<LoopReply>((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.postMessage(request);
          }),
      ),
    );
    for (const worker of this.workers) worker.removeAllListeners("error");
    const released = replies.find((r) => r.releasedAt !== null)!.releasedAt!;
    const done = replies.reduce((max, r) => (r.finishedAt > max ? r.finishedAt : max), released);
    const expected = threads * howMany;
    const found = cells[countIndex(loop)];
    if (found !== expected) throw new Error(`${loop} at ${threads} workers counted ${found}, expected ${expected}`);
    return Number(done - released) / expected;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

async function withLoopPool<T>(size: number, fn: (pool: LoopPool) => Promise<T>): Promise<T> {
  const pool = await LoopPool.open(size);
  try {
    return await fn(pool);
  } finally {
    await pool.close();
  }
}

interface Pthread {
  /** ns per increment for `threads` threads × `howMany` around a pthread mutex. */
  run(threads: number, howMany: number): number;
  dispose(): void;
}

/** bench/pthread_counter.c compiled here, or undefined when there is no C compiler. */
export function compilePthread(): Pthread | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), "pthread-counter-"));
  const binary = path.join(dir, "pthread_counter");
  const source = path.join(__dirname, "..", "..", "bench", "pthread_counter.c");
  try {
    execFileSync("cc", ["-O2", "-pthread", source, "-o", binary], { stdio: "ignore" });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return {
    run: (threads, howMany) => Number(execFileSync(binary, [String(threads), String(howMany)], { encoding: "utf8" })),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs each step once per round, starting one further each round, so no step always goes first. */
async function interleaved(rounds: number, steps: (() => void | Promise<void>)[]): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < steps.length; k++) await steps[(round + k) % steps.length]!();
  }
}

const median = (values: readonly number[]): number => summarize(values).median;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

// ---------------------------------------------------------------- floor and C

export const WORKERS = [1, 2, 5, 8, 16];

export interface FloorAndC {
  howMany: number;
  rounds: number;
  floor: number[];
  /** Per worker count: the engine's locked counter, and C's pthread mutex (absent without a compiler). */
  locked: number[][];
  c?: number[][];
}

/**
 * The floor: the bare compare-exchange, plain add and exchange of one uncontended
 * lock/unlock, inlined in a loop on one worker. The locked counter: the engine's own
 * (src/lesson/engine/counters.ts through the pool), as the lesson runs it.
 */
export async function measureFloorAndC(rounds = 9, howMany = 2_000_000): Promise<FloorAndC> {
  const most = Math.max(...WORKERS);
  const pthread = compilePthread();
  const result: FloorAndC = {
    howMany,
    rounds,
    floor: [],
    locked: WORKERS.map(() => []),
    c: pthread ? WORKERS.map(() => []) : undefined,
  };
  try {
    await withLoopPool(1, (loops) =>
      withPool(most, async (pool: WorkerPool) => {
        await loops.run("floor", 1, howMany); // warm-up, untimed
        await pool.runTrial({ counter: "locked", threads: most, howMany });
        const steps: (() => void | Promise<void>)[] = [
          async () => void result.floor.push(await loops.run("floor", 1, howMany)),
        ];
        WORKERS.forEach((threads, i) => {
          steps.push(async () => {
            result.locked[i]!.push(nsPerIncrement(await pool.runTrial({ counter: "locked", threads, howMany })));
          });
          if (pthread) steps.push(() => void result.c![i]!.push(pthread.run(threads, howMany)));
        });
        await interleaved(rounds, steps);
      }),
    );
  } finally {
    pthread?.dispose();
  }
  return result;
}

export function formatFloorAndC(m: FloorAndC): string {
  const floor = median(m.floor);
  const rows = WORKERS.map((threads, i) => {
    const locked = median(m.locked[i]!);
    const c = m.c ? median(m.c[i]!) : undefined;
    return [
      String(threads),
      i === 0 ? medianSpread(m.floor) : "",
      medianSpread(m.locked[i]!),
      m.c ? medianSpread(m.c[i]!) : "(no cc)",
      ratio(locked, floor),
      c === undefined ? "-" : ratio(locked, c),
    ];
  });
  const table = textTable(
    ["workers", "JS floor", "locked counter", "C pthread mutex", "locked ÷ floor", "locked ÷ C"],
    rows,
  );
  const one = median(m.locked[0]!) / floor;
  const lines = [
    `1 worker: the locked counter costs ${one.toFixed(2)}× the floor (target ≤ 1.20×): ${one <= 1.2 ? "met" : "NOT met"}.` +
      (one <= 1.2
        ? ""
        : " The rest is what the lesson's lock adds to the bare operations: withLock's call and the timeout's " +
          "default, and the engine worker's loop (compare lesson with plain at 1 worker below)."),
  ];
  if (m.c) {
    const five = WORKERS.indexOf(5);
    const vsC = median(m.locked[five]!) / median(m.c[five]!);
    const cOne = median(m.c[0]!);
    const cGrew = median(m.c[five]!) / cOne;
    const oursGrew = median(m.locked[five]!) / median(m.locked[0]!);
    lines.push(
      `5 workers: ${vsC.toFixed(2)}× C (target ≤ 1.50×): ${vsC <= 1.5 ? "met" : "NOT met"}.` +
        (vsC <= 1.5
          ? ""
          : ` Why: the JS floor alone is ${ratio(floor, cOne)} C's uncontended lock/unlock ` +
            `(${floor.toFixed(1)} vs ${cOne.toFixed(1)} ns), because TurboFan calls a V8 builtin for each ` +
            `Atomics operation (AtomicsCompareExchange, AtomicsExchange) where C inlines one locked ` +
            `instruction, and Atomics.wait/notify go through V8's futex emulation (one process-wide mutex ` +
            `and a condition variable per waiter) where glibc calls futex directly. From 1 to 5 workers ` +
            `contention multiplied C's cost by ${cGrew.toFixed(2)} and ours by ${oursGrew.toFixed(2)}; ` +
            `1.5× would need it to hit C ${(median(m.locked[0]!) / cOne / 1.5).toFixed(2)}× harder than us, ` +
            `not ${(cGrew / oursGrew).toFixed(2)}×.`),
    );
  }
  return [table, ...lines].join("\n");
}

// ---------------------------------------------------------------- variants

export const VARIANT_WORKERS = [1, 5, 16];

export interface VariantsRun {
  howMany: number;
  rounds: number;
  /** samples[variant][workers index] */
  samples: Record<string, number[][]>;
}

/** Each variant at each of VARIANT_WORKERS, interleaved; `names` defaults to every variant this Node runs. */
export async function measureVariants(
  rounds = 9,
  howMany = 500_000,
  names: readonly VariantName[] = runnable(Object.keys(VARIANTS) as VariantName[]),
): Promise<VariantsRun> {
  const samples: Record<string, number[][]> = {};
  for (const name of names) samples[name] = VARIANT_WORKERS.map(() => []);
  await withLoopPool(Math.max(...VARIANT_WORKERS), async (pool) => {
    for (const name of names) await pool.run(name, Math.max(...VARIANT_WORKERS), howMany / 4); // warm-up
    const steps = names.flatMap((name) =>
      VARIANT_WORKERS.map(
        (threads, i) => async () => void samples[name]![i]!.push(await pool.run(name, threads, howMany)),
      ),
    );
    await interleaved(rounds, steps);
  });
  return { howMany, rounds, samples };
}

export function formatVariants(v: VariantsRun): string {
  const base = v.samples.plain!.map(median); // "plain" is one of the variants run
  const rows = Object.entries(v.samples).map(([name, byWorkers]) => [
    name,
    ...byWorkers.flatMap((s, i) => [medianSpread(s), name === "plain" ? "" : ratio(median(s), base[i]!)]),
    VARIANTS[name as VariantName],
  ]);
  return textTable(
    ["variant", ...VARIANT_WORKERS.flatMap((n) => [`${n} worker${n > 1 ? "s" : ""}`, "÷ plain"]), "what it is"],
    rows,
  );
}

/**
 * A variant wins clearly at a worker count when its whole interquartile range lies below the
 * baseline's, and loses clearly when it lies above.
 */
export function verdicts(v: VariantsRun): string {
  const base = v.samples.plain!.map((s) => summarize(s));
  const wins: string[] = [];
  const losses: string[] = [];
  for (const [name, byWorkers] of Object.entries(v.samples)) {
    if (name === "plain") continue;
    byWorkers.forEach((samples, i) => {
      const s = summarize(samples);
      const at = `${name} at ${VARIANT_WORKERS[i]}`;
      if (s.q3 < base[i]!.q1) wins.push(at);
      else if (s.q1 > base[i]!.q3) losses.push(at);
    });
  }
  return (
    `Faster than plain, interquartile ranges apart: ${wins.length ? wins.join(", ") : "none"}. ` +
    `Slower: ${losses.length ? losses.join(", ") : "none"}.`
  );
}

export async function run(): Promise<string> {
  const m = await measureFloorAndC();
  const v = await measureVariants();
  return [
    `Node ${process.version}, ${availableParallelism()} cores. ns per increment, all workers together; ` +
      `${SPREAD} of ${m.rounds} interleaved rounds, ${m.howMany.toLocaleString("en-US")} increments per worker`,
    formatFloorAndC(m),
    "",
    `Variants of the lock for more workers than cores (bench/mutexLoops.ts), ${v.rounds} interleaved rounds, ` +
      `${v.howMany.toLocaleString("en-US")} increments per worker; "lesson" is src/lesson/engine/mutex.ts as the engine uses it, "plain" its algorithm bare`,
    formatVariants(v),
    verdicts(v),
  ].join("\n");
}
