/**
 * ns per locked increment: our AsyncLock against five async locks from npm, same run,
 * same workload, interleaved.
 *
 * Workload, identical for every lock: `tasks` async tasks share one counter and `total`
 * increments between them (total / tasks each). Each task loops `await run(body)`, where
 * `run` is the lock's scoped form and `body` one of two functions:
 *   'sync'  () => { count += 1 }
 *   'await' async () => { const v = count; await Promise.resolve(); count = v + 1 }
 * 'await' is the read / switch point / write that needs the lock; 'sync' has no switch
 * point and measures the lock's own overhead. Every trial checks that the counter reached
 * its total, so a broken lock cannot post a good time.
 *
 * The scoped forms: ours `withLock`, async-mutex `runExclusive`, async-lock
 * `acquire(key, fn)`, p-mutex `withLock`. await-lock and @henrygd/semaphore have only
 * acquire/release; they run under p-mutex's own withLock, line for line
 * (`await acquire(); try { return await fn() } finally { release() }`).
 */
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { AsyncLock } from "../src/lesson/eventLoop/asyncLock";
import { summarize } from "../src/lesson/analysis/stats";
import { SPREAD, medianSpread, textTable } from "./table";

export type LockBody = "sync" | "await";
type Body = () => void | Promise<void>;
type Run = (body: Body) => Promise<void>;

/** A lock under test: its npm name and a fresh scoped form for each trial. */
interface Contender {
  name: string;
  make(): Run;
}

// await-lock and p-mutex are ES modules only, with no "require" export; TypeScript
// compiles import() to require() under CommonJS, so the real import() is reached through
// a Function. What each import gives is typed here: await-lock's types are reachable only
// through its "exports" map, which this project's module resolution does not read, so its
// shape is written by hand.
interface Imported {
  "async-mutex": typeof import("async-mutex");
  "async-lock": { default: typeof import("async-lock") };
  "await-lock": { default: new () => { acquireAsync(): Promise<void>; release(): void } };
  "p-mutex": typeof import("p-mutex");
  "@henrygd/semaphore": typeof import("@henrygd/semaphore");
}
const importEsm = new Function("specifier", "return import(specifier)") as <M extends keyof Imported>(
  specifier: M,
) => Promise<Imported[M]>;

interface AcquireRelease {
  acquire(): Promise<unknown>;
  release(): void;
}

/** p-mutex's withLock, for the locks that have no scoped form of their own. */
function scoped(lock: AcquireRelease): Run {
  return async (body) => {
    await lock.acquire();
    try {
      return await body();
    } finally {
      lock.release();
    }
  };
}

export async function contenders(): Promise<Contender[]> {
  const { Mutex } = await importEsm("async-mutex");
  const AsyncLockNpm = (await importEsm("async-lock")).default;
  const AwaitLock = (await importEsm("await-lock")).default;
  const PMutex = (await importEsm("p-mutex")).default;
  const { getSemaphore } = await importEsm("@henrygd/semaphore");
  return [
    {
      name: "AsyncLock (ours)",
      make: () => {
        const lock = new AsyncLock();
        return (body) => lock.withLock(body);
      },
    },
    {
      name: "async-mutex",
      make: () => {
        const mutex = new Mutex();
        return (body) => mutex.runExclusive(body);
      },
    },
    {
      name: "async-lock",
      make: () => {
        const lock = new AsyncLockNpm();
        return (body) => lock.acquire("count", body);
      },
    },
    {
      name: "await-lock",
      make: () => {
        const lock = new AwaitLock();
        return scoped({ acquire: () => lock.acquireAsync(), release: () => lock.release() });
      },
    },
    {
      name: "p-mutex",
      make: () => {
        const mutex = new PMutex();
        return (body) => mutex.withLock(body);
      },
    },
    {
      name: "@henrygd/semaphore",
      make: () => scoped(getSemaphore()),
    },
  ];
}

async function trial(who: Contender, body: LockBody, tasks: number, total: number): Promise<number> {
  const run = who.make();
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
    throw new Error(`${who.name} lost updates in the benchmark: expected ${expected}, found ${count}`);
  }
  return (elapsedMs * 1e6) / expected;
}

export interface PeersOptions {
  taskCounts?: readonly number[];
  bodies?: readonly LockBody[];
  /** Increments per trial, split evenly between the tasks. */
  total?: number;
  /** Timed trials per lock and point; the median is reported. */
  trials?: number;
}

export interface PeersRow {
  body: LockBody;
  tasks: number;
  /** ns per increment of every timed trial, per lock, in the contenders' order. */
  samples: number[][];
}

export async function measurePeers(options: PeersOptions = {}): Promise<{ names: string[]; rows: PeersRow[] }> {
  const all = await contenders();
  const taskCounts = options.taskCounts ?? [1, 5, 100];
  const bodies = options.bodies ?? (["await", "sync"] as const);
  const total = options.total ?? 200_000;
  const trials = options.trials ?? 7;
  const rows: PeersRow[] = [];
  for (const body of bodies) {
    for (const tasks of taskCounts) {
      // Warm every lock up so none pays for the JIT in the timed trials.
      for (const who of all) await trial(who, body, tasks, total);
      const samples: number[][] = all.map(() => []);
      // Round-robin, starting one further each round, so drift in the machine's speed
      // (other processes share the cores) and the garbage one lock leaves behind fall on all alike.
      for (let round = 0; round < trials; round++) {
        for (let k = 0; k < all.length; k++) {
          const i = (round + k) % all.length;
          samples[i]!.push(await trial(all[i]!, body, tasks, total));
        }
      }
      rows.push({ body, tasks, samples });
    }
  }
  return { names: all.map((c) => c.name), rows };
}

const BODY_LABEL: Record<LockBody, string> = { sync: "count += 1", await: "read/await/write" };

export function formatPeers(names: readonly string[], rows: readonly PeersRow[]): string {
  const lines = rows.map((r) => {
    const medians = r.samples.map((s) => summarize(s).median);
    const best = medians.indexOf(Math.min(...medians));
    return [
      BODY_LABEL[r.body],
      String(r.tasks),
      ...r.samples.map((s, i) => medianSpread(s) + (i === best ? " *" : "  ")),
    ];
  });
  return textTable(["body", "tasks", ...names.map((n) => `${n}  `)], lines);
}

/** Who won each point, and by how much over the runner-up. */
export function verdict(names: readonly string[], rows: readonly PeersRow[]): string {
  const lost = rows.filter((r) => {
    const medians = r.samples.map((s) => summarize(s).median);
    return medians.indexOf(Math.min(...medians)) !== 0;
  });
  if (lost.length === 0) {
    const margins = rows.map((r) => {
      const medians = r.samples.map((s) => summarize(s).median);
      return Math.min(...medians.slice(1)) / medians[0]!;
    });
    return (
      `${names[0]} is fastest at every point: the nearest peer took ` +
      `${Math.min(...margins).toFixed(2)}× to ${Math.max(...margins).toFixed(2)}× its time.`
    );
  }
  return lost
    .map((r) => {
      const medians = r.samples.map((s) => summarize(s).median);
      const best = medians.indexOf(Math.min(...medians));
      return `${BODY_LABEL[r.body]}, ${r.tasks} tasks: ${names[best]} beat ours (${medians[best]!.toFixed(1)} vs ${medians[0]!.toFixed(1)} ns)`;
    })
    .join("\n");
}

// ---------------------------------------------------------------- inline form

/**
 * The same increments written inline, with no body function:
 *   const release = await lock.acquire(); try { …body… } finally { release(); }
 * for ours and for @henrygd/semaphore, the fastest peer in this form. No scoped form sits
 * between the task and the lock, so this times acquire/release alone.
 */
async function inlineTrial(who: "ours" | "semaphore", body: LockBody, tasks: number, total: number): Promise<number> {
  const perTask = Math.floor(total / tasks);
  const expected = perTask * tasks;
  let count = 0;
  let task: () => Promise<void>;
  if (who === "ours") {
    const lock = new AsyncLock();
    task = async () => {
      for (let i = 0; i < perTask; i++) {
        const release = await lock.acquire();
        try {
          if (body === "await") {
            const value = count;
            await Promise.resolve();
            count = value + 1;
          } else count += 1;
        } finally {
          release();
        }
      }
    };
  } else {
    const semaphore = (await importEsm("@henrygd/semaphore")).getSemaphore() as AcquireRelease;
    task = async () => {
      for (let i = 0; i < perTask; i++) {
        await semaphore.acquire();
        try {
          if (body === "await") {
            const value = count;
            await Promise.resolve();
            count = value + 1;
          } else count += 1;
        } finally {
          semaphore.release();
        }
      }
    };
  }
  const start = performance.now();
  await Promise.all(Array.from({ length: tasks }, task));
  const elapsedMs = performance.now() - start;
  if (count !== expected) throw new Error(`${who} lost updates inline: expected ${expected}, found ${count}`);
  return (elapsedMs * 1e6) / expected;
}

export async function measureInline(trials: number, total = 200_000): Promise<string> {
  const rows: string[][] = [];
  for (const body of ["await", "sync"] as const) {
    for (const tasks of [1, 5, 100]) {
      await inlineTrial("ours", body, tasks, total);
      await inlineTrial("semaphore", body, tasks, total);
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let round = 0; round < trials; round++) {
        const first = round % 2 === 0;
        if (first) ours.push(await inlineTrial("ours", body, tasks, total));
        theirs.push(await inlineTrial("semaphore", body, tasks, total));
        if (!first) ours.push(await inlineTrial("ours", body, tasks, total));
      }
      rows.push([BODY_LABEL[body], String(tasks), medianSpread(ours), medianSpread(theirs)]);
    }
  }
  return textTable(["body", "tasks", "AsyncLock acquire()", "@henrygd/semaphore acquire()"], rows);
}

function versions(names: readonly string[]): string {
  return names
    .slice(1)
    .map((name) => {
      const file = path.join(__dirname, "..", "..", "node_modules", name, "package.json");
      return `${name} ${(JSON.parse(readFileSync(file, "utf8")) as { version: string }).version}`;
    })
    .join(", ");
}

const INLINE_NOTE = [
  "Inline, @henrygd/semaphore is faster than our acquire(), and that is the price of a safe release.",
  "Its acquire() resolves nothing and its release() is one shared method that trusts the caller: a",
  "second release() lets the next waiter in while the first holder still runs. Ours resolves each",
  "hold with a fresh one-shot Release (an allocation per hold, and a promise resolved with a function,",
  "whose `then` the promise machinery must look up), so a stale release does nothing; a waiter is a",
  "record that can also time out. withLock, the form the lesson teaches, needs no releaser and wins.",
].join("\n");

export async function run(): Promise<string> {
  const trials = 7;
  const { names, rows } = await measurePeers({ trials });
  return [
    `Async locks: ns per locked increment, 200,000 increments per trial, ${SPREAD} of ${trials} ` +
      `interleaved trials; * = fastest (Node ${process.version}; ${versions(names)})`,
    formatPeers(names, rows),
    verdict(names, rows),
    "",
    "The same increments written inline, with no body function " +
      "(await acquire(); try { body } finally { release() }), against the fastest peer in that form:",
    await measureInline(trials),
    INLINE_NOTE,
  ].join("\n");
}
