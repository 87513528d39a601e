/**
 * The three counters again, each recording what it did, and the loop that runs them.
 * Separate classes and a separate loop on purpose: the worker picks this loop once per
 * trial, so the untraced loop and its counters stay exactly as they were, and tracing
 * off costs nothing.
 */
import { COUNT, LOCK } from "./layout";
import { Mutex } from "./mutex";
import type { CounterKind } from "./counters";
import { TRACE_SAMPLE_EVERY, type WorkerTraceViews } from "./trace";

/** Increment number i, recorded at index i of this worker's stretch of the trace. */
export interface TracedCounter {
  increment(i: number): void;
}

/**
 * The seed's Counter, recording what each increment read and what its write replaced.
 * The write is an Atomics.exchange rather than a plain store: the same read → add →
 * write with the same gap, but the write now answers with the value it overwrote, so
 * every lost update is accounted to the write that erased it. An exchange is a locked
 * instruction on x86, slower than a plain store; traceCost measures what it changes.
 */
export class TracedUnsafeCounter implements TracedCounter {
  constructor(
    private readonly cells: Int32Array,
    private readonly reads: Int32Array,
    private readonly replaced: Int32Array,
  ) {}

  increment(i: number): void {
    const value = this.cells[COUNT];
    this.replaced[i] = Atomics.exchange(this.cells, COUNT, value + 1);
    this.reads[i] = value;
  }
}

/** The LockingCounter: the count read under the lock is this increment's place in line. */
export class TracedLockingCounter implements TracedCounter {
  private readonly lock: Mutex;

  constructor(
    private readonly cells: Int32Array,
    private readonly reads: Int32Array,
  ) {
    this.lock = new Mutex(cells, LOCK);
  }

  increment(i: number): void {
    // Recorded after the unlock, so the lock is held no longer than untraced.
    this.reads[i] = this.lock.withLock(() => {
      const value = this.cells[COUNT];
      this.cells[COUNT] = value + 1;
      return value;
    });
  }
}

/** The AtomicCounter: Atomics.add answers with the count before, this increment's place in line. */
export class TracedAtomicCounter implements TracedCounter {
  constructor(
    private readonly cells: Int32Array,
    private readonly reads: Int32Array,
  ) {}

  increment(i: number): void {
    this.reads[i] = Atomics.add(this.cells, COUNT, 1);
  }
}

export function makeTracedCounter(kind: CounterKind, cells: Int32Array, views: WorkerTraceViews): TracedCounter {
  switch (kind) {
    case "unsafe":
      if (!views.replaced) throw new Error("a traced unsafe counter needs room for the values its writes replace");
      return new TracedUnsafeCounter(cells, views.reads, views.replaced);
    case "locked":
      return new TracedLockingCounter(cells, views.reads);
    case "atomic":
      return new TracedAtomicCounter(cells, views.reads);
  }
}

/** The worker's loop with a trace: the untraced countUp plus a clock sample every TRACE_SAMPLE_EVERY increments. */
export function countUpTraced(
  counter: TracedCounter,
  howMany: number,
  sensorWork: number,
  times: BigInt64Array,
  readSensor: (work: number, seed: number) => number,
): number {
  let sink = 0;
  let sample = 0;
  for (let i = 0; i < howMany; i++) {
    if (i % TRACE_SAMPLE_EVERY === 0) times[sample++] = process.hrtime.bigint();
    if (sensorWork > 0) sink ^= readSensor(sensorWork, i);
    counter.increment(i);
  }
  times[sample] = process.hrtime.bigint();
  return sink;
}
