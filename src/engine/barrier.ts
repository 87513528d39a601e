/**
 * The start barrier: nobody counts until everyone is ready. Without it a worker could
 * finish its whole loop before the next one has even started (thread start-up takes tens
 * of ms), and the race would hide. The last to arrive releases the others itself — no
 * round trip through the main thread — and the others spin briefly before sleeping, so
 * the ones already on a core start within a fraction of a microsecond of each other.
 */
import { ARRIVED, GO } from "./layout";

/** Loads a waiting worker spins on the go word before it sleeps in Atomics.wait. */
const BARRIER_SPINS = Number(process.env.BARRIER_SPINS ?? 20_000);

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
  for (let spins = 0; Atomics.load(cells, words.go) === 0; spins++) {
    if (spins > BARRIER_SPINS) Atomics.wait(cells, words.go, 0);
  }
  return null;
}
