/**
 * Between trials a worker keeps its core: it spins on a doorbell of its own for a while
 * instead of going back to sleep in its event loop, and takes the next trial's request as
 * soon as the bell rings.
 *
 * Why: the scheduler places a thread that wakes up next to the thread that woke it. On a
 * machine where another program holds one core, every trial that began by waking the
 * workers would begin with all of them on the other core, taking turns there; and taking
 * turns on one core, a loop of this lesson's size loses nothing (a turn seldom ends between
 * a read and its write). Threads that keep running are spread over the cores by the
 * scheduler's load balancing, and stay spread from trial to trial.
 *
 * The spin is bounded: after IDLE_SPIN_MS without a request a worker sleeps as before, and
 * a worker left out of a trial (a pool larger than the trial) is parked at once, so no
 * idle worker takes a core from a trial's workers.
 *
 * The bell is shared memory only, so one source serves both runtimes: Node's workers
 * (worker.ts, with portDoorbell.ts) take a rung request straight off their port; a browser's
 * Web Workers (src/publish/present/browser/raceWorker.ts), which have no such call, return to
 * their event loop when the bell rings, where the request already waits as a message (the
 * pool posts before it rings): the thread runs on into it and never sleeps.
 *
 * One Int32Array shared by the pool and its workers; each worker's two words sit on a
 * cache line of their own (a ring on one worker's line must not disturb another's):
 *   RING  how many requests the pool has posted to this worker: bumped after each post
 *   PARK  set by the pool when the worker is not in the next trial: stop spinning, sleep
 * A worker counts the requests it has taken; while RING equals that count, nothing waits.
 * Counting, rather than watching RING change, means a ring that came before the spin began
 * (the worker was descheduled right after its reply) is never missed.
 */

const WORDS_PER_WORKER = 16; // 64 bytes: one cache line
const RING = 0;
const PARK = 1;

/** How long a worker spins for its next request before it sleeps in its event loop. */
export const IDLE_SPIN_MS = 50;

export function newDoorbells(workers: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(workers * WORDS_PER_WORKER * Int32Array.BYTES_PER_ELEMENT));
}

/** The pool's side: ring a worker after posting it a request; park one the next trial leaves out. */
export const pool = {
  ring(bells: Int32Array, worker: number): void {
    Atomics.store(bells, worker * WORDS_PER_WORKER + PARK, 0);
    Atomics.add(bells, worker * WORDS_PER_WORKER + RING, 1);
  },
  park(bells: Int32Array, worker: number): void {
    Atomics.store(bells, worker * WORDS_PER_WORKER + PARK, 1);
  },
};

/** The worker's count of requests taken, one more (wrapping as the ring word does). */
export function oneMore(taken: number): number {
  return (taken + 1) | 0;
}

/** What ended a worker's spin. */
export type Heard = "rung" | "parked" | "idle";

/**
 * The worker's side, after it has taken `taken` requests: spin until the bell has rung for
 * one it has not taken ("rung"), the pool parks it ("parked"), or `idleMs` pass ("idle"):
 * IDLE_SPIN_MS, unless the pool knows its gaps between trials run longer.
 */
export function awaitRing(bells: Int32Array, worker: number, taken: number, idleMs = IDLE_SPIN_MS): Heard {
  const ring = worker * WORDS_PER_WORKER + RING;
  const park = worker * WORDS_PER_WORKER + PARK;
  const since = performance.now();
  for (let spins = 1; ; spins++) {
    if (Atomics.load(bells, park) === 1) return "parked";
    if (Atomics.load(bells, ring) !== taken) return "rung";
    // The clock is read now and then: reading it costs more than a look at the bell.
    if (spins % 1024 === 0 && performance.now() - since > idleMs) return "idle";
  }
}
