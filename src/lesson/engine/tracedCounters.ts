/**
 * The three counters again, each recording what it did, and the loop that runs them.
 * Separate classes and a separate loop on purpose: the worker picks this loop once per
 * trial, so the untraced loop and its counters stay exactly as they were, and tracing
 * off costs nothing.
 */
import { nowNs } from "./clock";
import { COUNT, LOCK } from "./layout";
import { Mutex } from "./mutex";
import type { CounterKind } from "./counters";
import { TRACE_SAMPLE_EVERY, type WorkerTraceViews } from "./trace";

/** Increment number i, recorded at index i of this worker's stretch of the trace. */
export interface TracedCounter {
  increment(i: number): void;
}

/**
 * The seed's Counter, recording what each increment read (and so what it wrote: that plus
 * one). The read and the plain write are the untraced counter's; the record goes after the
 * write, so the gap between them, where updates are lost, is as long as untraced.
 */
export class TracedUnsafeCounter implements TracedCounter {
  constructor(
    private readonly cells: Int32Array,
    private readonly reads: Int32Array,
  ) {}

  increment(i: number): void {
    const value = this.cells[COUNT]!;
    this.cells[COUNT] = value + 1;
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
      const value = this.cells[COUNT]!;
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
      return new TracedUnsafeCounter(cells, views.reads);
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
    if (i % TRACE_SAMPLE_EVERY === 0) times[sample++] = nowNs();
    if (sensorWork > 0) sink ^= readSensor(sensorWork, i);
    counter.increment(i);
  }
  times[sample] = nowNs();
  return sink;
}
