/**
 * The start barrier: nobody counts until everyone is ready. Without it a worker could
 * finish its whole loop before the next one has even started (thread start-up takes tens
 * of ms), and the race would hide. The last to arrive releases the others itself — no
 * round trip through the main thread — and the others wait until then, so the ones
 * already on a core start within a fraction of a microsecond of each other.
 *
 * Waiting here is spinning or napping, never sleeping until woken, for the reason the
 * workers spin between trials (doorbell.ts): a sleeper woken by the last arrival is placed
 * beside it, on its core, and on a busy machine that puts every worker on one core. Only a
 * spinner that waits longer than BARRIER_SPIN_MS (more workers than cores, each waiting for
 * a turn) sleeps, so it never holds a core for long.
 */
import { nowNs } from "./clock";
import { ARRIVED, DONE, GO } from "./layout";

/** How long a waiting spinner spins on the go word before it sleeps in Atomics.wait. */
export const BARRIER_SPIN_MS = 20;

/** A nap: a timed wait that nobody ends early, so it ends on the worker's own core. */
export const NAP_MS = 0.2;

/**
 * How a worker waits. A spinner keeps its core; a napper leaves it to the others and keeps
 * its place (its nap ends on its own timer, not on another thread's notify). A pool lets at
 * most as many workers spin as there are cores (pool.ts): more spinners than cores would
 * take turns with the workers that count, and the trials would time the spinning.
 */
export type Waiting = "spin" | "nap";

/**
 * Waits at the barrier of `threads` workers over `cells`. Returns the release time
 * (clock.ts: one clock for every thread) to the worker that released the others,
 * and null to the rest. `words` places the barrier elsewhere in a buffer of another layout.
 */
export function awaitStart(
  cells: Int32Array,
  threads: number,
  waiting: Waiting = "spin",
  words: { arrived: number; go: number } = { arrived: ARRIVED, go: GO },
): bigint | null {
  if (Atomics.add(cells, words.arrived, 1) + 1 === threads) {
    const releasedAt = nowNs();
    Atomics.store(cells, words.go, 1);
    Atomics.notify(cells, words.go); // for a spinner that waited past BARRIER_SPIN_MS
    return releasedAt;
  }
  if (waiting === "nap") {
    while (Atomics.load(cells, words.go) === 0) Atomics.wait(cells, words.go, 0, NAP_MS);
    return null;
  }
  const since = performance.now();
  for (let spins = 1; Atomics.load(cells, words.go) === 0; spins++) {
    if (spins % 1024 === 0 && performance.now() - since > BARRIER_SPIN_MS) Atomics.wait(cells, words.go, 0);
  }
  return null;
}

/**
 * The finish line: a worker done before the others waits here until the last one is done,
 * and only then goes back to waiting for the next request (doorbell.ts). A spinner keeps its
 * core meanwhile: measured on 2 cores with one held by a busy process, napping here let
 * 2–5% of the book's trials keep every update, spinning none of 3,000.
 */
export function awaitFinish(cells: Int32Array, threads: number, waiting: Waiting = "spin"): void {
  const done = Atomics.add(cells, DONE, 1) + 1;
  for (let seen = done; seen < threads; seen = Atomics.load(cells, DONE)) {
    if (waiting === "nap") Atomics.wait(cells, DONE, seen, NAP_MS);
  }
}
