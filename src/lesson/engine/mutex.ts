/**
 * A mutex over one Int32 word of shared memory, usable from any worker that sees the buffer.
 *
 * The lock word has three states (Drepper, "Futexes Are Tricky", the third mutex, "Mutex, Take 3"):
 *   0  unlocked
 *   1  locked, nobody waiting
 *   2  locked, someone may be waiting
 * lock:   0 → 1 by compare-exchange (the fast path); otherwise mark the word 2 and sleep
 *         in Atomics.wait until an exchange to 2 finds it 0.
 * unlock: exchange to 0; only if the old value was 2 does it wake one waiter, so an
 *         uncontended unlock never makes a system call. (The paper decrements instead of
 *         exchanging; either is one atomic operation, and the exchange also tells an unlock
 *         of an unlocked mutex apart.)
 *
 * The mutex is a stateless view over (cells, index): a worker rebuilds the same lock from
 * the buffer and the index. It does not know its owner; unlocking an unlocked mutex throws.
 */
import { LockTimeoutError } from "../core/errors";
import { checkInteger, checkTimeoutMs } from "../core/validate";

export { LockTimeoutError };

const UNLOCKED = 0;
const LOCKED = 1;
const CONTENDED = 2;

// No spinning before sleeping, like glibc's default pthread mutex. `npm run bench -- mutex`
// runs the literature's variants beside this one (bench/mutexLoops.ts: spinning on a plain
// load, spinning only while nobody sleeps, one spinner at a time, a sleeper count so unlock
// notifies less, the counter on another cache line, no closure): on 2 cores none won
// clearly at 5 or 16 workers, whether the cores were quiet or shared with other work, and
// the sleeper count was clearly slower. Nor did spinning with Node 24's Atomics.pause between
// loads (pause50, pause500; `npm run bench -- runtimes` runs them on Node 24 beside 20 and 22):
// 1.06–1.25× slower than sleeping at once at 5 and 16 workers, so no Atomics.pause here.

export class Mutex {
  constructor(
    readonly cells: Int32Array,
    readonly index: number,
  ) {
    if (!(cells.buffer instanceof SharedArrayBuffer)) {
      throw new TypeError("a Mutex needs an Int32Array over a SharedArrayBuffer");
    }
    checkInteger("index", index, 0, cells.length - 1);
  }

  tryLock(): boolean {
    return Atomics.compareExchange(this.cells, this.index, UNLOCKED, LOCKED) === UNLOCKED;
  }

  /**
   * Blocks until the lock is held. With a timeout, gives up after that many milliseconds
   * with a LockTimeoutError instead of hanging forever. Blocking is only allowed in
   * workers; on the main thread use lockAsync.
   */
  lock(timeoutMs = Infinity): void {
    // The default needs no check, and skipping the call takes a fifth off an uncontended
    // locked increment (measured 23 → 18.6 ns on Node 20, one worker).
    if (timeoutMs !== Infinity) checkTimeoutMs("timeoutMs", timeoutMs);
    const state = Atomics.compareExchange(this.cells, this.index, UNLOCKED, LOCKED);
    if (state !== UNLOCKED) this.sleep(state, timeoutMs);
  }

  /**
   * The slow path, in a method of its own so the fast path above stays small enough for
   * the JIT to inline whole (measured 19.4 → 18.6 ns per uncontended increment).
   */
  private sleep(state: number, timeoutMs: number): void {
    const { cells, index } = this;
    const deadline = performance.now() + timeoutMs;
    if (state !== CONTENDED) state = Atomics.exchange(cells, index, CONTENDED);
    while (state !== UNLOCKED) {
      const left = deadline - performance.now();
      if (left <= 0) throw this.timeoutError(timeoutMs);
      Atomics.wait(cells, index, CONTENDED, left);
      state = Atomics.exchange(cells, index, CONTENDED);
    }
  }

  /** The same protocol without blocking the thread: for the main thread (a notebook's kernel). */
  async lockAsync(timeoutMs = Infinity): Promise<void> {
    checkTimeoutMs("timeoutMs", timeoutMs);
    const { cells, index } = this;
    if (this.tryLock()) return;
    const deadline = performance.now() + timeoutMs;
    let state = Atomics.exchange(cells, index, CONTENDED);
    while (state !== UNLOCKED) {
      const left = deadline - performance.now();
      if (left <= 0) throw this.timeoutError(timeoutMs);
      const wait = Atomics.waitAsync(cells, index, CONTENDED, left);
      if (wait.async) {
        // A pending waitAsync does not keep Node's event loop alive: a script whose only
        // work left is this wait would exit in the middle of it. A timer does keep it alive.
        const keepAlive = setInterval(() => undefined, 1 << 30);
        try {
          await wait.value;
        } finally {
          clearInterval(keepAlive);
        }
      }
      state = Atomics.exchange(cells, index, CONTENDED);
    }
  }

  unlock(): void {
    const old = Atomics.exchange(this.cells, this.index, UNLOCKED);
    if (old !== LOCKED) this.wake(old);
  }

  /** Unlock's rare cases, out of its fast path: someone may sleep, or nobody held the lock. */
  private wake(old: number): void {
    if (old !== CONTENDED) throw new Error("unlock() of a mutex that is not locked");
    Atomics.notify(this.cells, this.index, 1);
  }

  /** The scoped form, like Python's `with self.lock:` — released however fn leaves. */
  withLock<T>(fn: () => T, timeoutMs?: number): T {
    this.lock(timeoutMs);
    try {
      return fn();
    } finally {
      this.unlock();
    }
  }

  get isLocked(): boolean {
    return Atomics.load(this.cells, this.index) !== UNLOCKED;
  }

  private timeoutError(timeoutMs: number): LockTimeoutError {
    return new LockTimeoutError(
      `could not acquire the mutex at index ${this.index} within ${timeoutMs} ms: it is still held`,
      timeoutMs,
    );
  }
}
