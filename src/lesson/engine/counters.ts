import { COUNT, LOCK } from "./layout";
import { Mutex } from "./mutex";

/**
 * Three counters over the same shared cell. Each is a view: every worker builds its own
 * over the one SharedArrayBuffer, the way the seed's threads share one Counter object.
 */
export interface Counter {
  increment(offset: number): void;
  readonly count: number;
}

export const COUNTER_KINDS = ["unsafe", "locked", "atomic"] as const;
export type CounterKind = (typeof COUNTER_KINDS)[number];

/** The order the lesson shows them in, in tables, charts and sentences: the broken counter first, then the two fixes. */
export const KIND_ORDER: readonly CounterKind[] = ["unsafe", "atomic", "locked"];

/** The seed's Counter: `count += offset` is a read, an add and a write, and nothing holds the others off between them. */
export class UnsafeCounter implements Counter {
  constructor(private readonly cells: Int32Array) {}

  increment(offset: number): void {
    const value = this.cells[COUNT]!; // COUNT is a cell of the buffer's layout, always in range
    this.cells[COUNT] = value + offset;
  }

  get count(): number {
    return Atomics.load(this.cells, COUNT);
  }
}

/** The seed's LockingCounter: the same read-add-write, inside the lock. */
export class LockingCounter implements Counter {
  private readonly lock: Mutex;

  constructor(private readonly cells: Int32Array) {
    this.lock = new Mutex(cells, LOCK);
  }

  increment(offset: number): void {
    this.lock.withLock(() => {
      const value = this.cells[COUNT]!;
      this.cells[COUNT] = value + offset;
    });
  }

  get count(): number {
    return Atomics.load(this.cells, COUNT);
  }
}

/** The lock-free answer: one indivisible read-modify-write, done by the hardware. */
export class AtomicCounter implements Counter {
  constructor(private readonly cells: Int32Array) {}

  increment(offset: number): void {
    Atomics.add(this.cells, COUNT, offset);
  }

  get count(): number {
    return Atomics.load(this.cells, COUNT);
  }
}

export function makeCounter(kind: CounterKind, cells: Int32Array): Counter {
  switch (kind) {
    case "unsafe":
      return new UnsafeCounter(cells);
    case "locked":
      return new LockingCounter(cells);
    case "atomic":
      return new AtomicCounter(cells);
    default: {
      // A worker gets its kind in a message, where the type no longer holds.
      const unknown: never = kind;
      throw new Error(`unknown counter kind ${JSON.stringify(unknown)}`);
    }
  }
}
