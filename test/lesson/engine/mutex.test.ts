import { test } from "node:test";
import assert from "node:assert/strict";
import { Worker } from "node:worker_threads";
import * as path from "node:path";
import { LockTimeoutError, Mutex } from "../../../src/lesson/engine/mutex";
import { LOCK, newSharedCells } from "../../../src/lesson/engine/layout";
import { ROOT } from "../../helpers/jupyter";

const MUTEX_JS = path.join(ROOT, "dist", "src", "lesson", "engine", "mutex.js");

test("the lock word goes 0 → 1 → 0 when nobody waits", () => {
  const cells = newSharedCells();
  const mutex = new Mutex(cells, LOCK);
  assert.equal(mutex.tryLock(), true);
  assert.equal(cells[LOCK], 1);
  assert.equal(mutex.tryLock(), false);
  mutex.unlock();
  assert.equal(cells[LOCK], 0);
});

test("unlocking an unlocked mutex throws and leaves it unlocked", () => {
  const mutex = new Mutex(newSharedCells(), LOCK);
  assert.throws(() => mutex.unlock(), /not locked/);
  assert.equal(mutex.isLocked, false);
  assert.equal(mutex.tryLock(), true);
});

test("withLock releases the lock when the critical section throws", () => {
  const mutex = new Mutex(newSharedCells(), LOCK);
  assert.throws(
    () =>
      mutex.withLock(() => {
        throw new Error("boom");
      }),
    /boom/,
  );
  assert.equal(mutex.isLocked, false);
  assert.equal(
    mutex.withLock(() => 42),
    42,
  );
});

test("a timed lock fails with LockTimeoutError instead of hanging", () => {
  const mutex = new Mutex(newSharedCells(), LOCK);
  mutex.lock();
  const started = performance.now();
  assert.throws(
    () => mutex.lock(30),
    (error: unknown) => {
      assert.ok(error instanceof LockTimeoutError);
      assert.match(error.message, /within 30 ms/);
      return true;
    },
  );
  assert.ok(performance.now() - started >= 29, "gave up before its timeout");
  mutex.unlock();
  assert.equal(mutex.isLocked, false, "the timed-out attempt must not leave the lock held");
});

test("lockAsync waits without blocking, times out cleanly, and wakes when another thread unlocks", async () => {
  const cells = newSharedCells();
  const mutex = new Mutex(cells, LOCK);
  // Another thread takes the lock and holds it until we tell it to let go.
  const holder = new Worker(
    `const { workerData, parentPort } = require("node:worker_threads");
     const { Mutex } = require(workerData.mutexJs);
     const m = new Mutex(workerData.cells, 0);
     m.lock();
     parentPort.postMessage("held");
     parentPort.once("message", () => { m.unlock(); parentPort.postMessage("released"); });`,
    { eval: true, workerData: { cells, mutexJs: MUTEX_JS } },
  );
  try {
    await new Promise((resolve) => holder.once("message", resolve));
    await assert.rejects(mutex.lockAsync(40), LockTimeoutError);

    const acquired = mutex.lockAsync(10_000);
    holder.postMessage("let go");
    await acquired;
    assert.equal(mutex.isLocked, true);
    mutex.unlock();
  } finally {
    await holder.terminate();
  }
});

test("bad arguments are refused by name", () => {
  const cells = newSharedCells();
  assert.throws(() => new Mutex(cells, 99), /index must be an integer from 0 to 31, got 99/);
  assert.throws(() => new Mutex(new Int32Array(4), 0), /SharedArrayBuffer/);
  assert.throws(() => new Mutex(cells, 0).lock(-1), /timeoutMs must be/);
});
