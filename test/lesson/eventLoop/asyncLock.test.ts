import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { AsyncLock, LockTimeoutError, Release } from "../../../src/lesson/eventLoop/asyncLock";
import { InputError } from "../../../src/lesson/core/errors";

type WithLock = <T>(fn: () => T | Promise<T>) => Promise<T>;

// One suite, two ways in: the scoped form and a hand-written acquire/release.
// Both paths of the lock must keep the same promises.
function lockSuite(name: string, factory: () => WithLock): void {
  describe(`${name}: conformance`, () => {
    it("keeps a read/await/write increment whole across 5 tasks", async () => {
      const withLock = factory();
      let count = 0;
      const task = async (): Promise<void> => {
        for (let i = 0; i < 200; i++) {
          await withLock(async () => {
            const value = count;
            await Promise.resolve();
            count = value + 1;
          });
        }
      };
      await Promise.all([task(), task(), task(), task(), task()]);
      assert.equal(count, 1000);
    });

    it("grants the lock in the order it was asked for", async () => {
      const withLock = factory();
      const order: number[] = [];
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      const first = withLock(() => gate);
      const rest = [1, 2, 3, 4, 5].map((n) => withLock(() => void order.push(n)));
      open();
      await Promise.all([first, ...rest]);
      assert.deepEqual(order, [1, 2, 3, 4, 5]);
    });

    it("passes the body result out and frees the lock after a throw or rejection", async () => {
      const withLock = factory();
      assert.equal(await withLock(() => 42), 42);
      assert.equal(await withLock(() => Promise.resolve("x")), "x");
      await assert.rejects(
        withLock(() => {
          throw new Error("sync boom");
        }),
        /sync boom/,
      );
      await assert.rejects(
        withLock(() => Promise.reject(new Error("async boom"))),
        /async boom/,
      );
      // Would hang if either failure had kept the lock.
      assert.equal(await withLock(() => "still usable"), "still usable");
    });
  });
}

lockSuite("withLock", () => {
  const lock = new AsyncLock();
  return (fn) => lock.withLock(fn);
});
lockSuite("acquire/release", () => {
  const lock = new AsyncLock();
  return async (fn) => {
    const release = await lock.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  };
});

describe("AsyncLock", () => {
  it("reports locked while held and free after", async () => {
    const lock = new AsyncLock();
    assert.equal(lock.locked, false);
    const release = await lock.acquire();
    assert.equal(lock.locked, true);
    release();
    assert.equal(lock.locked, false);
  });

  it("tryAcquire takes a free lock and returns null for a held one", () => {
    const lock = new AsyncLock();
    const release: Release | null = lock.tryAcquire();
    assert.equal(typeof release, "function");
    assert.equal(lock.tryAcquire(), null);
    release!();
    assert.notEqual(lock.tryAcquire(), null);
  });

  it("runs a synchronous body at once when the lock is free (no queue, no tick)", () => {
    const lock = new AsyncLock();
    let ran = false;
    void lock.withLock(() => {
      ran = true;
    });
    assert.equal(ran, true);
    assert.equal(lock.locked, false);
  });

  it("a second call of a releaser does nothing, even when the lock has a new holder", async () => {
    const lock = new AsyncLock();
    const releaseA = await lock.acquire();
    const bWaits = lock.acquire();
    releaseA();
    const releaseB = await bWaits;
    releaseA(); // stale: must not free B's hold
    assert.equal(lock.locked, true);
    assert.equal(lock.tryAcquire(), null);
    releaseB();
    releaseB();
    assert.equal(lock.locked, false);
  });

  it("hands the lock to the first waiter on release, so nobody can barge in", async () => {
    const lock = new AsyncLock();
    const release = lock.tryAcquire()!;
    const waiter = lock.acquire();
    release();
    // Between the release and the waiter waking up, the lock is already the waiter's.
    assert.equal(lock.locked, true);
    assert.equal(lock.tryAcquire(), null);
    let ranEarly = false;
    const barger = lock.withLock(() => {
      ranEarly = true;
    });
    assert.equal(ranEarly, false);
    (await waiter)();
    await barger;
    assert.equal(ranEarly, true);
  });

  it("does not grow the stack with a long queue of synchronous bodies", async () => {
    const lock = new AsyncLock();
    const release = lock.tryAcquire()!;
    let count = 0;
    const all: Promise<void>[] = [];
    for (let i = 0; i < 20_000; i++)
      all.push(
        lock.withLock(() => {
          count += 1;
        }),
      );
    assert.equal(lock.waiting, 20_000);
    release();
    await Promise.all(all);
    assert.equal(count, 20_000);
    assert.equal(lock.locked, false);
  });

  describe("timed acquire", () => {
    it("rejects with LockTimeoutError saying how long it waited, and leaves the queue", async (t) => {
      t.mock.timers.enable({ apis: ["setTimeout"] });
      const lock = new AsyncLock();
      const release = lock.tryAcquire()!;
      const late = lock.acquire({ timeoutMs: 250 });
      const lateBody = lock.withLock(() => "never", { timeoutMs: 100 });
      assert.equal(lock.waiting, 2);
      t.mock.timers.tick(100);
      await assert.rejects(lateBody, (err: unknown) => {
        assert.ok(err instanceof LockTimeoutError);
        assert.equal(err.name, "LockTimeoutError");
        assert.equal(err.timeoutMs, 100);
        assert.match(err.message, /timed out after waiting 100 ms/);
        return true;
      });
      assert.equal(lock.waiting, 1);
      t.mock.timers.tick(150);
      await assert.rejects(late, /timed out after waiting 250 ms/);
      assert.equal(lock.waiting, 0);
      release();
      // Nobody was left in the queue to hand the lock to.
      assert.equal(lock.locked, false);
    });

    it("clears the timer of a waiter that got the lock in time", async (t) => {
      t.mock.timers.enable({ apis: ["setTimeout"] });
      const lock = new AsyncLock();
      const release = lock.tryAcquire()!;
      const inTime = lock.acquire({ timeoutMs: 100 });
      t.mock.timers.tick(99);
      release();
      const releaseAgain = await inTime;
      t.mock.timers.tick(1000);
      assert.equal(lock.locked, true);
      releaseAgain();
      assert.equal(lock.locked, false);
    });

    it("waits the full time when the timeout is beyond setTimeout's 2^31−1 ms", async (t) => {
      t.mock.timers.enable({ apis: ["setTimeout"] });
      const lock = new AsyncLock();
      const release = lock.tryAcquire()!;
      const timeoutMs = 2 ** 31 + 5_000;
      let settled = false;
      const late = lock.acquire({ timeoutMs });
      late.then(
        () => (settled = true),
        () => (settled = true),
      );
      t.mock.timers.tick(2 ** 31 - 1);
      await Promise.resolve();
      assert.equal(settled, false, "gave up at setTimeout's limit instead of the timeout asked for");
      assert.equal(lock.waiting, 1);
      t.mock.timers.tick(5_000);
      await Promise.resolve();
      assert.equal(settled, false, "gave up before its timeout");
      t.mock.timers.tick(1);
      await assert.rejects(late, (err: unknown) => err instanceof LockTimeoutError && err.timeoutMs === timeoutMs);
      assert.equal(lock.waiting, 0);
      release();
      assert.equal(lock.locked, false);
    });

    it("refuses a timeout that is negative or not a number, like the Atomics mutex", () => {
      const lock = new AsyncLock();
      for (const bad of [-1, Number.NaN, "10" as unknown as number]) {
        assert.throws(
          () => lock.acquire({ timeoutMs: bad }),
          (err: unknown) => {
            assert.ok(err instanceof InputError);
            assert.match(
              err.message,
              /^timeoutMs must be a number of milliseconds ≥ 0, or Infinity for no limit, got /,
            );
            return true;
          },
        );
      }
    });

    it("takes Infinity as no limit, like the Atomics mutex", async () => {
      const lock = new AsyncLock();
      const release = lock.tryAcquire()!;
      const waiting = lock.acquire({ timeoutMs: Infinity });
      release();
      (await waiting)();
      assert.equal(lock.locked, false);
    });
  });
});
