/**
 * Between trials a worker keeps its core: it spins on a doorbell of its own for a while
 * instead of going back to sleep in its event loop, and takes the next trial's request
 * straight off its port when the bell rings.
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
 * One Int32Array shared by the pool and its workers; each worker's two words sit on a
 * cache line of their own (a ring on one worker's line must not disturb another's):
 *   RING  bumped by the pool after it posts a request to this worker
 *   PARK  set by the pool when the worker is not in the next trial: stop spinning, sleep
 */
import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";

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

/**
 * The worker's side, after it answered a request: spin until the bell rings (then handle
 * the request and spin again), the pool parks it, or IDLE_SPIN_MS pass. Returns to the
 * event loop, which delivers whatever comes later as a message event.
 */
export function spinForRequests<T>(
  bells: Int32Array,
  worker: number,
  port: MessagePort,
  handle: (request: T) => void,
): void {
  const ring = worker * WORDS_PER_WORKER + RING;
  const park = worker * WORDS_PER_WORKER + PARK;
  let heard = Atomics.load(bells, ring);
  let since = performance.now();
  for (let spins = 1; ; spins++) {
    if (Atomics.load(bells, park) === 1) return;
    // The bell is the fast path; the port is also looked at every so often, so that a ring
    // that came before this spin began (the worker was descheduled) is not missed.
    if (Atomics.load(bells, ring) === heard && spins % 1024 !== 0) continue;
    heard = Atomics.load(bells, ring);
    let took = false;
    // The pool posts before it rings, so a rung request is already on the port.
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
      handle(message.message as T);
      took = true;
    }
    if (took) since = performance.now();
    else if (performance.now() - since > IDLE_SPIN_MS) return;
  }
}
