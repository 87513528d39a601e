/**
 * The seed's race told on ONE thread: async tasks on the event loop.
 *
 * Node runs JavaScript on one thread, the way the GIL lets one Python thread
 * run at a time, and a synchronous `count += 1` can never be split: there is no
 * switch point inside it. But an increment that reads, awaits (reads the sensor,
 * does I/O) and then writes has a switch point in the middle, and every other
 * task may run there. They all read the same value and write it back plus one:
 * lost updates without any parallelism. An AsyncLock around the three steps fixes it.
 */
import { AsyncLock } from "./asyncLock";
import { checkChoice, checkFunction, checkInteger, describe, InputError } from "../core/validate";

/** The awaited step inside an increment. Tests and notebooks keep it a plain tick, never a timer. */
export type YieldPoint = () => Promise<void>;

/** One microtask: the smallest possible switch point. */
export const nextTick: YieldPoint = () => Promise.resolve();

export interface AsyncCounter {
  readonly count: number;
  increment(offset: number): void | Promise<void>;
}

/** `count += offset` in one synchronous step: nothing can run in the middle. */
export class SyncCounter implements AsyncCounter {
  count = 0;
  increment(offset: number): void {
    this.count += offset;
  }
}

/** Read, await the sensor, write: the await is where another task slips in. */
export class UnsafeAsyncCounter implements AsyncCounter {
  count = 0;
  constructor(private readonly readSensor: YieldPoint = nextTick) {}
  async increment(offset: number): Promise<void> {
    const value = this.count;
    await this.readSensor();
    this.count = value + offset;
  }
}

/** The same three steps, held under a lock: the only change is the lock. */
export class LockingAsyncCounter implements AsyncCounter {
  count = 0;
  private readonly lock = new AsyncLock();
  constructor(private readonly readSensor: YieldPoint = nextTick) {}
  async increment(offset: number): Promise<void> {
    await this.lock.withLock(async () => {
      const value = this.count;
      await this.readSensor();
      this.count = value + offset;
    });
  }
}

export type AsyncCounterKind = "unsafe" | "locked" | "sync";
export const ASYNC_COUNTER_KINDS: readonly AsyncCounterKind[] = ["unsafe", "locked", "sync"];

export const MAX_TASKS = 10_000;
export const MAX_HOW_MANY = 10_000_000;
/** tasks × howMany: keeps a cell to seconds, not minutes. */
export const MAX_TOTAL_INCREMENTS = 20_000_000;

export interface EventLoopRaceOptions {
  /** Concurrent async tasks (the seed's threads). */
  tasks: number;
  /** Increments per task (the seed's how_many). */
  howMany: number;
  counter: AsyncCounterKind;
  /** The awaited sensor read; defaults to one microtask. */
  yieldPoint?: YieldPoint;
}

export interface EventLoopRaceResult {
  counter: AsyncCounterKind;
  tasks: number;
  howMany: number;
  expected: number;
  found: number;
  lost: number;
  elapsedMs: number;
}

export function makeAsyncCounter(kind: AsyncCounterKind, yieldPoint: YieldPoint = nextTick): AsyncCounter {
  switch (checkChoice("counter", kind, ASYNC_COUNTER_KINDS)) {
    case "unsafe":
      return new UnsafeAsyncCounter(yieldPoint);
    case "locked":
      return new LockingAsyncCounter(yieldPoint);
    case "sync":
      return new SyncCounter();
  }
}

async function worker(howMany: number, counter: AsyncCounter): Promise<void> {
  for (let i = 0; i < howMany; i++) {
    // Awaited for every kind, even the synchronous one, so all tasks take turns
    // between increments: the sync counter is interleaved too, just never inside.
    await counter.increment(1);
  }
}

/** Tasks and increments per task, each within its limit and together within MAX_TOTAL_INCREMENTS. */
export function checkRaceSize(tasks: unknown, howMany: unknown): { tasks: number; howMany: number } {
  const t = checkInteger("tasks", tasks, 1, MAX_TASKS);
  const h = checkInteger("howMany", howMany, 1, MAX_HOW_MANY);
  if (t * h > MAX_TOTAL_INCREMENTS) {
    throw new InputError(
      `tasks × howMany must be at most ${describe(MAX_TOTAL_INCREMENTS)}, got ${describe(t)} × ${describe(h)} = ${describe(t * h)}`,
    );
  }
  return { tasks: t, howMany: h };
}

export async function runEventLoopRace(options: EventLoopRaceOptions): Promise<EventLoopRaceResult> {
  if (options === null || typeof options !== "object") {
    throw new InputError(
      `options must be an object like { tasks: 5, howMany: 1000, counter: 'unsafe' }, got ${String(options)}`,
    );
  }
  const { tasks, howMany } = checkRaceSize(options.tasks, options.howMany);
  const yieldPoint =
    options.yieldPoint === undefined
      ? nextTick
      : checkFunction<YieldPoint>("yieldPoint", options.yieldPoint, "returning a promise");
  const counter = makeAsyncCounter(options.counter, yieldPoint);

  const start = performance.now();
  const all: Promise<void>[] = [];
  for (let t = 0; t < tasks; t++) all.push(worker(howMany, counter));
  await Promise.all(all);
  const elapsedMs = performance.now() - start;

  const expected = tasks * howMany;
  const found = counter.count;
  return { counter: options.counter, tasks, howMany, expected, found, lost: expected - found, elapsedMs };
}
