/**
 * The locks' shared contract (test/helpers/lockContract.ts), run against both locks: the
 * Atomics mutex contended by real worker threads, and the async lock by async tasks.
 */
import { Worker } from "node:worker_threads";
import * as path from "node:path";
import { Mutex } from "../../src/lesson/engine/mutex";
import { COUNT, LOCK, newSharedCells } from "../../src/lesson/engine/layout";
import { AsyncLock } from "../../src/lesson/eventLoop/asyncLock";
import { lockContract, type LockUnderTest } from "../helpers/lockContract";
import { ROOT } from "../helpers/jupyter";

const ENGINE = path.join(ROOT, "dist", "src", "lesson", "engine");

// Each contender: wait at the start barrier, then `rounds` times read the count, do a little
// work (the window another thread's write can fall into), write it back plus its amount.
const CONTENDER = `
const { workerData, parentPort } = require("node:worker_threads");
const { Mutex } = require(workerData.engine + "/mutex.js");
const { LOCK, COUNT, ARRIVED, GO } = require(workerData.engine + "/layout.js");
const { cells, amount, rounds, locked, threads } = workerData;
const mutex = new Mutex(cells, LOCK);
if (Atomics.add(cells, ARRIVED, 1) + 1 === threads) {
  Atomics.store(cells, GO, 1);
  Atomics.notify(cells, GO);
} else {
  while (Atomics.load(cells, GO) === 0) Atomics.wait(cells, GO, 0, 10);
}
let sink = 0;
for (let i = 0; i < rounds; i++) {
  if (locked) mutex.lock();
  const value = cells[COUNT];
  for (let k = 0; k < 200; k++) sink = (Math.imul(sink, 1664525) + k) | 0;
  cells[COUNT] = value + amount;
  if (locked) mutex.unlock();
}
parentPort.postMessage(sink);
`;

async function contendWithWorkers(amounts: readonly number[], rounds: number, locked: boolean): Promise<number> {
  const cells = newSharedCells();
  const workers = amounts.map(
    (amount) =>
      new Worker(CONTENDER, {
        eval: true,
        workerData: { engine: ENGINE, cells, amount, rounds, locked, threads: amounts.length },
      }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return Atomics.load(cells, COUNT);
}

function mutexUnderTest(mutex: Mutex): LockUnderTest {
  return {
    tryLock: () => (mutex.tryLock() ? () => mutex.unlock() : null),
    acquire: async (timeoutMs) => {
      await mutex.lockAsync(timeoutMs);
      return () => mutex.unlock();
    },
    get isLocked() {
      return mutex.isLocked;
    },
  };
}

const mutexes = new WeakMap<LockUnderTest, Mutex>();

lockContract({
  name: "The Atomics mutex",
  make: () => {
    const mutex = new Mutex(newSharedCells(), LOCK);
    const lock = mutexUnderTest(mutex);
    mutexes.set(lock, mutex);
    return lock;
  },
  contend: contendWithWorkers,
  releaseTwice: "throws",
  releaseUnheld: (lock) => mutexes.get(lock)!.unlock(),
  staleReleaseIsHarmless: {
    skip: "the Atomics mutex is a futex word with no owner, like pthread's default mutex: unlock() frees whatever hold there is, so releasing someone else's hold is the caller's bug",
  },
});

function asyncLockUnderTest(lock: AsyncLock): LockUnderTest {
  return {
    tryLock: () => lock.tryAcquire(),
    acquire: (timeoutMs) => lock.acquire({ timeoutMs }),
    get isLocked() {
      return lock.locked;
    },
  };
}

async function contendWithTasks(amounts: readonly number[], rounds: number, locked: boolean): Promise<number> {
  const lock = new AsyncLock();
  let count = 0;
  await Promise.all(
    amounts.map(async (amount) => {
      for (let i = 0; i < rounds; i++) {
        const release = locked ? await lock.acquire() : null;
        const value = count;
        await Promise.resolve(); // the switch point
        count = value + amount;
        release?.();
      }
    }),
  );
  return count;
}

lockContract({
  name: "The async lock",
  make: () => asyncLockUnderTest(new AsyncLock()),
  contend: contendWithTasks,
  releaseTwice: "ignored",
  releaseUnheld: {
    skip: "the async lock has no unlock(): only the one-shot releaser of a hold can release it, and a spent releaser does nothing (the test above)",
  },
  staleReleaseIsHarmless: true,
});
