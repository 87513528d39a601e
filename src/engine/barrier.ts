/**
 * The start barrier: nobody counts until everyone is ready. Without it a worker could
 * finish its whole loop before the next one has even started (thread start-up takes tens
 * of ms), and the race would hide. The last to arrive releases the others itself — no
 * round trip through the main thread — and the others spin until then, so the ones
 * already on a core start within a fraction of a microsecond of each other.
 *
 * They spin rather than sleep for the reason the workers spin between trials
 * (doorbell.ts): a sleeper woken by the last arrival is placed beside it, on its core, and
 * on a busy machine that puts every worker on one core. Only a barrier that takes longer
 * than BARRIER_SPIN_MS (more workers than cores, each waiting for a turn) lets its
 * waiters sleep, so it never holds a core for long.
 */
import { ARRIVED, GO } from "./layout";

/** How long a waiting worker spins on the go word before it sleeps in Atomics.wait. */
export const BARRIER_SPIN_MS = 20;

/**
 * Waits at the barrier of `threads` workers over `cells`. Returns the release time
 * (process.hrtime, one clock for every thread) to the worker that released the others,
 * and null to the rest. `words` places the barrier elsewhere in a buffer of another layout.
 */
export function awaitStart(
  cells: Int32Array,
  threads: number,
  words: { arrived: number; go: number } = { arrived: ARRIVED, go: GO },
): bigint | null {
  if (Atomics.add(cells, words.arrived, 1) + 1 === threads) {
    const releasedAt = process.hrtime.bigint();
    Atomics.store(cells, words.go, 1);
    Atomics.notify(cells, words.go);
    return releasedAt;
  }
  const since = performance.now();
  for (let spins = 1; Atomics.load(cells, words.go) === 0; spins++) {
    if (spins % 1024 === 0 && performance.now() - since > BARRIER_SPIN_MS) Atomics.wait(cells, words.go, 0);
  }
  return null;
}
