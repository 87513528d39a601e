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

import { LockTimeoutError } from "../core/errors";
import { checkTimeoutMs } from "../core/validate";

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
  /** Settles the caller's promise: with what the body returned (withLock's T), or with a Release. */
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** setTimeout's limit: a longer delay fires after 1 ms instead (Node warns "TimeoutOverflowWarning"). */
const MAX_TIMER_MS = 2 ** 31 - 1;

const RESOLVED = Promise.resolve();

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
  // The withLock waiter that was handed the lock by release() and runs on the next
  // microtask. At most one exists: the lock has one holder.
  private ready: Waiter | null = null;

  // Bound once: the hot path passes these instead of allocating closures.
  private readonly runReady = (): void => {
    const w = this.ready;
    this.ready = null;
    void this.drain(w);
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
   * waiting); otherwise it starts once the previous holder is done.
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
      // drain() resolves it with fn's result, which is a T.
      this.enqueue(fn, resolve as (value: unknown) => void, reject, timeoutMs);
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
      // handOff() resolves a waiter without a body with a Release.
      this.enqueue(null, resolve as (value: unknown) => void, reject, timeoutMs);
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
    resolve: (value: unknown) => void,
    reject: (reason: unknown) => void,
    timeoutMs: number | undefined,
  ): void {
    const w: Waiter = { prev: this.tail, next: null, fn, resolve, reject, timer: undefined };
    if (this.tail === null) this.head = w;
    else this.tail.next = w;
    this.tail = w;
    if (timeoutMs !== undefined) this.startTimer(w, timeoutMs, timeoutMs);
  }

  /** Times `left` ms out of `timeoutMs`, as a chain of timers when it exceeds setTimeout's limit. */
  private startTimer(w: Waiter, left: number, timeoutMs: number): void {
    const step = Math.min(left, MAX_TIMER_MS);
    w.timer = setTimeout(() => {
      if (left > step) {
        this.startTimer(w, left - step, timeoutMs);
        return;
      }
      this.unlink(w);
      w.reject(new LockTimeoutError(`AsyncLock: timed out after waiting ${timeoutMs} ms for the lock`, timeoutMs));
    }, step);
  }

  private unlink(w: Waiter): void {
    if (w.prev === null) this.head = w.next;
    else w.prev.next = w.next;
    if (w.next === null) this.tail = w.prev;
    else w.next.prev = w.prev;
    w.prev = w.next = null;
  }

  private release(): void {
    const w = this.handOff();
    if (w === null) return;
    // Run the body on a fresh microtask, not inside the releaser's call: whoever calls
    // release() must not find another task's body running inside that call.
    this.ready = w;
    void RESOLVED.then(this.runReady);
  }

  /**
   * Gives the lock to the first waiter, or frees it when nobody waits. `held` stays true
   * on a hand-off: the first waiter is now the holder. Resolves a plain acquire's promise;
   * returns a withLock waiter, whose body the caller must run.
   */
  private handOff(): Waiter | null {
    const w = this.head;
    if (w === null) {
      this.held = false;
      return null;
    }
    this.head = w.next;
    if (this.head === null) this.tail = null;
    else this.head.prev = null;
    w.next = null;
    if (w.timer !== undefined) clearTimeout(w.timer);
    if (w.fn !== null) return w;
    w.resolve(this.releaser());
    return null;
  }

  /**
   * Runs handed-off bodies one after another, for as long as the next waiter is a withLock
   * body. A hand-off inside this loop costs no microtask of its own, and a queue of
   * synchronous bodies runs in a loop rather than a recursion.
   */
  private async drain(w: Waiter | null): Promise<void> {
    while (w !== null) {
      try {
        let result = w.fn!();
        if (isThenable(result)) result = await result;
        w.resolve(result);
      } catch (err) {
        w.reject(err);
      }
      w = this.handOff();
    }
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === "object" || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
