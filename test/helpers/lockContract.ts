/**
 * One conformance suite for the contract both of the lesson's locks keep, run by factory
 * (the way async-mutex runs one suite against each of its variants): the Atomics mutex
 * with real worker threads, the async lock with async tasks.
 *
 * The contract: mutual exclusion under contention; tryLock takes a free lock and refuses a
 * held one; a timed acquire gives up with the one LockTimeoutError and leaves the lock as it
 * was; timeouts are checked alike (≥ 0, Infinity = no limit, beyond setTimeout's 2^31−1 ms
 * still waits); releasing twice, or releasing a lock nobody holds, leaves the lock free and
 * usable, and does either nothing or throw — whichever the lock declares.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { InputError, LockTimeoutError } from "../../src/lesson/core/errors";

export type Release = () => void;

export interface LockUnderTest {
  /** Takes the lock if it is free now: its release, or null. */
  tryLock(): Release | null;
  /** Waits for the lock (giving up after timeoutMs); resolves with its release. */
  acquire(timeoutMs?: number): Promise<Release>;
  readonly isLocked: boolean;
}

export interface LockFactory {
  name: string;
  make(): LockUnderTest;
  /**
   * Contender i adds amounts[i], `rounds` times, as a read, a switch point and a write: under
   * the lock when `locked`, bare otherwise. Resolves with the final count.
   */
  contend(amounts: readonly number[], rounds: number, locked: boolean): Promise<number>;
  /** What a second release of the same hold does. */
  releaseTwice: "ignored" | "throws";
  /** Release a lock that nobody holds, if the lock has a way to say it; otherwise why not. */
  releaseUnheld: ((lock: LockUnderTest) => void) | { skip: string };
  /** Does a stale release leave someone else's hold alone? If not, why not. */
  staleReleaseIsHarmless: true | { skip: string };
}

/** Distinct amounts, so that no two lost updates can cancel out into the right total. */
export const AMOUNTS = [1, 10, 100, 1_000];

const BAD_TIMEOUTS: unknown[] = [-1, Number.NaN, "10", null];

/** True when the promise has settled by the time the event loop has run for `ms`. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

export function lockContract(factory: LockFactory): void {
  describe(`${factory.name} keeps the locks' contract`, () => {
    it("excludes: every contender's additions arrive, to the exact total", async () => {
      const rounds = 2_000;
      const expected = AMOUNTS.reduce((sum, a) => sum + a, 0) * rounds;
      assert.equal(await factory.contend(AMOUNTS, rounds, true), expected);
    });

    it("the same contention without the lock loses updates (so the exact total above can fail)", async () => {
      const rounds = 2_000;
      const expected = AMOUNTS.reduce((sum, a) => sum + a, 0) * rounds;
      // Threads may not overlap on a busy machine in one try; one loss in a few tries is enough.
      const found: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        found.push(await factory.contend(AMOUNTS, rounds, false));
        if (found[found.length - 1] !== expected) break;
      }
      assert.notEqual(found[found.length - 1], expected, `every unlocked try counted ${expected}: ${found.join(", ")}`);
    });

    it("tryLock takes a free lock, refuses a held one, and takes it again once released", () => {
      const lock = factory.make();
      const release = lock.tryLock();
      assert.equal(typeof release, "function");
      assert.equal(lock.isLocked, true);
      assert.equal(lock.tryLock(), null);
      release!();
      assert.equal(lock.isLocked, false);
      const again = lock.tryLock();
      assert.equal(typeof again, "function");
      again!();
    });

    it("a timed acquire of a held lock gives up with LockTimeoutError after its timeout and leaves the lock as it was", async () => {
      const lock = factory.make();
      const release = lock.tryLock()!;
      const started = performance.now();
      await assert.rejects(lock.acquire(30), (err: unknown) => {
        assert.ok(err instanceof LockTimeoutError, `expected LockTimeoutError, got ${String(err)}`);
        assert.equal(err.name, "LockTimeoutError");
        assert.equal(err.timeoutMs, 30);
        assert.match(err.message, /30 ms/);
        return true;
      });
      assert.ok(performance.now() - started >= 29, "gave up before its timeout");
      assert.equal(lock.isLocked, true, "the holder must still hold the lock");
      release();
      assert.equal(lock.isLocked, false, "the timed-out attempt must not leave the lock held");
      lock.tryLock()!();
    });

    it("a timed acquire that gets the lock in time holds it", async () => {
      const lock = factory.make();
      const release = lock.tryLock()!;
      const waiting = lock.acquire(10_000);
      setTimeout(release, 20);
      const mine = await waiting;
      assert.equal(lock.isLocked, true);
      assert.equal(lock.tryLock(), null);
      mine();
      assert.equal(lock.isLocked, false);
    });

    it("takes Infinity as no limit, and 0 as 'only if free now'", async () => {
      const lock = factory.make();
      (await lock.acquire(Infinity))();
      (await lock.acquire(0))();
      const release = lock.tryLock()!;
      await assert.rejects(lock.acquire(0), LockTimeoutError);
      release();
    });

    it("a timeout beyond setTimeout's 2^31−1 ms waits instead of firing at once", async () => {
      const lock = factory.make();
      const release = lock.tryLock()!;
      const waiting = lock.acquire(2 ** 31 + 1);
      assert.equal(await settledWithin(waiting, 50), false, "gave up long before its timeout");
      release();
      (await waiting)();
      assert.equal(lock.isLocked, false);
    });

    it("refuses a timeout that is negative or not a number with InputError, before waiting", async () => {
      const lock = factory.make();
      const release = lock.tryLock()!;
      for (const bad of BAD_TIMEOUTS) {
        await assert.rejects(
          async () => lock.acquire(bad as number),
          (err: unknown) => {
            assert.ok(err instanceof InputError, `${String(bad)}: expected InputError, got ${String(err)}`);
            assert.match(
              err.message,
              /^timeoutMs must be a number of milliseconds ≥ 0, or Infinity for no limit, got /,
            );
            return true;
          },
        );
      }
      release();
      assert.equal(lock.isLocked, false);
    });

    it(`a second release of the same hold is ${factory.releaseTwice}, and the lock stays free and usable`, () => {
      const lock = factory.make();
      const release = lock.tryLock()!;
      release();
      if (factory.releaseTwice === "throws") assert.throws(release, /not locked/);
      else release();
      assert.equal(lock.isLocked, false);
      const again = lock.tryLock();
      assert.equal(typeof again, "function", "the lock must still be takeable");
      assert.equal(lock.tryLock(), null, "and still exclusive");
      again!();
    });

    const unheld = factory.releaseUnheld;
    it(
      "releasing a lock nobody holds throws and leaves it free and usable",
      { skip: typeof unheld === "function" ? false : unheld.skip },
      () => {
        const lock = factory.make();
        assert.throws(() => (unheld as (lock: LockUnderTest) => void)(lock), /not locked/);
        assert.equal(lock.isLocked, false);
        const release = lock.tryLock();
        assert.equal(typeof release, "function");
        release!();
      },
    );

    const stale = factory.staleReleaseIsHarmless;
    it(
      "a stale release does not free a hold that has passed to someone else",
      { skip: stale === true ? false : stale.skip },
      async () => {
        const lock = factory.make();
        const first = lock.tryLock()!;
        const second = lock.acquire();
        first();
        const mine = await second;
        first();
        assert.equal(lock.isLocked, true);
        assert.equal(lock.tryLock(), null);
        mine();
        assert.equal(lock.isLocked, false);
      },
    );
  });
}
