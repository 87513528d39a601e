/**
 * A promise-based mutex for async code on one thread.
 *
 * JavaScript never switches tasks in the middle of synchronous code, but every
 * `await` is a switch point: a read before it and a write after it can be
 * split by another task, exactly like Python threads switched between the
 * read and the write of `+=`. This lock keeps such a span to one task at a time.
 *
 * States (the lock word is `held` plus the waiter queue):
 *   free               held = false, queue empty
 *   held               held = true,  queue empty
 *   held with waiters  held = true,  queue not empty
 * Release in "held" goes to "free". Release in "held with waiters" hands the
 * lock straight to the first waiter and stays "held": the lock is never free
 * while someone waits, so a newcomer cannot overtake the queue (FIFO), and there
 * is no unlock-then-race among woken waiters.
 *
 * That invariant (free implies nobody waits) is also what makes the fast path
 * fair: when the lock is free, `withLock` may run `fn` at once, without a
 * queue entry or a tick, because there is nobody it could be jumping ahead of.
 */

import { LockTimeoutError } from "../errors";
import { checkTimeoutMs } from "../validate";

export { LockTimeoutError };

/** Gives the lock back. Calling it a second time does nothing. */
export type Release = () => void;

export interface AcquireOptions {
  /** Give up after this many milliseconds of waiting (≥ 0; Infinity or undefined: wait for ever). */
  timeoutMs?: number;
}

interface Waiter {
  prev: Waiter | null;
  next: Waiter | null;
  /** withLock's body; null for a plain acquire, which is resolved with a Release. */
  fn: (() => unknown) | null;
  resolve: (value: any) => void;
  reject: (reason: unknown) => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

function checkTimeout(options: AcquireOptions | undefined): number | undefined {
  const timeoutMs = options?.timeoutMs;
  if (timeoutMs === undefined) return undefined;
  checkTimeoutMs("timeoutMs", timeoutMs);
  return timeoutMs === Infinity ? undefined : timeoutMs;
}

export class AsyncLock {
  private held = false;
  // A doubly linked list, so a timed-out waiter leaves in O(1) and holds nothing.
  private head: Waiter | null = null;
  private tail: Waiter | null = null;
  // The withLock waiter that was handed the lock and runs on the next microtask.
  // At most one exists: the lock has one holder.
  private ready: Waiter | null = null;
  // The withLock waiter whose async body is running now, so the shared
  // callbacks below can settle it without a closure per call.
  private running: Waiter | null = null;

  // Bound once: the hot path passes these instead of allocating closures.
  private readonly runReady = (): void => {
    const w = this.ready!;
    this.ready = null;
    this.run(w);
  };
  // Settle the fast path's own .then promise.
  private readonly onFreeFulfilled = (value: unknown): unknown => {
    this.release();
    return value;
  };
  private readonly onFreeRejected = (reason: unknown): never => {
    this.release();
    throw reason;
  };
  // Settle a queued waiter's promise; their .then promise only ever fulfils.
  private readonly onQueuedFulfilled = (value: unknown): void => {
    const w = this.running!;
    this.running = null;
    this.release();
    w.resolve(value);
  };
  private readonly onQueuedRejected = (reason: unknown): void => {
    const w = this.running!;
    this.running = null;
    this.release();
    w.reject(reason);
  };

  /** True while some task holds the lock. */
  get locked(): boolean {
    return this.held;
  }

  /** Number of tasks queued behind the holder (walks the queue: for display, not hot loops). */
  get waiting(): number {
    let n = 0;
    for (let w = this.head; w !== null; w = w.next) n++;
    return n;
  }

  /**
   * Runs `fn` holding the lock and releases it however `fn` ends.
   * The scoped form: prefer it to acquire/release.
   * When the lock is free, `fn` starts before withLock returns (no tick spent
   * waiting); otherwise it starts on the microtask after the previous holder's release.
   * Calling withLock on the same lock from inside `fn` waits for itself forever.
   */
  withLock<T>(fn: () => T | Promise<T>, options?: AcquireOptions): Promise<T> {
    const timeoutMs = checkTimeout(options);
    if (!this.held) {
      this.held = true;
      let result: T | Promise<T>;
      try {
        result = fn();
      } catch (err) {
        this.release();
        return Promise.reject(err);
      }
      if (isThenable(result)) {
        return Promise.resolve(result).then(this.onFreeFulfilled, this.onFreeRejected) as Promise<T>;
      }
      // A synchronous body has no switch point, so it is already done.
      this.release();
      return Promise.resolve(result);
    }
    return new Promise<T>((resolve, reject) => {
      this.enqueue(fn, resolve, reject, timeoutMs);
    });
  }

  /** Waits for the lock; resolves with the function that gives it back. */
  acquire(options?: AcquireOptions): Promise<Release> {
    const timeoutMs = checkTimeout(options);
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise<Release>((resolve, reject) => {
      this.enqueue(null, resolve, reject, timeoutMs);
    });
  }

  /** Takes the lock if it is free right now; otherwise returns null. */
  tryAcquire(): Release | null {
    if (this.held) return null;
    this.held = true;
    return this.releaser();
  }

  private releaser(): Release {
    let done = false;
    return () => {
      // A second call must not release a hold that now belongs to someone else.
      if (done) return;
      done = true;
      this.release();
    };
  }

  private enqueue(
    fn: (() => unknown) | null,
    resolve: (value: any) => void,
    reject: (reason: unknown) => void,
    timeoutMs: number | undefined,
  ): void {
    const w: Waiter = { prev: this.tail, next: null, fn, resolve, reject, timer: undefined };
    if (this.tail === null) this.head = w;
    else this.tail.next = w;
    this.tail = w;
    if (timeoutMs !== undefined) {
      w.timer = setTimeout(() => {
        this.unlink(w);
        reject(new LockTimeoutError(`AsyncLock: timed out after waiting ${timeoutMs} ms for the lock`, timeoutMs));
      }, timeoutMs);
    }
  }

  private unlink(w: Waiter): void {
    if (w.prev === null) this.head = w.next;
    else w.prev.next = w.next;
    if (w.next === null) this.tail = w.prev;
    else w.next.prev = w.prev;
    w.prev = w.next = null;
  }

  private release(): void {
    const w = this.head;
    if (w === null) {
      this.held = false;
      return;
    }
    // Hand-off: `held` stays true, the first waiter is now the holder.
    this.head = w.next;
    if (this.head === null) this.tail = null;
    else this.head.prev = null;
    w.next = null;
    if (w.timer !== undefined) clearTimeout(w.timer);
    if (w.fn === null) {
      w.resolve(this.releaser());
    } else {
      // Run the body on a fresh microtask, not inside the previous holder's
      // release: a queue of synchronous bodies would otherwise recurse.
      this.ready = w;
      queueMicrotask(this.runReady);
    }
  }

  private run(w: Waiter): void {
    let result: unknown;
    try {
      result = w.fn!();
    } catch (err) {
      this.release();
      w.reject(err);
      return;
    }
    if (isThenable(result)) {
      this.running = w;
      Promise.resolve(result).then(this.onQueuedFulfilled, this.onQueuedRejected);
      return;
    }
    this.release();
    w.resolve(result);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === "object" || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
