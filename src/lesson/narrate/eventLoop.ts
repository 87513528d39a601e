/**
 * Notebook 4's race on the event loop, narrated: each run's line in the seed's words, the
 * awaited counter beside the synchronous one, and the locked one with what its queue cost. Apart
 * from gil.ts (the Python side) so that the event-loop panel in a browser says these same
 * sentences without reaching the Python modules, which need Node.
 */
import type { EventLoopRaceResult } from "../eventLoop/eventLoopRace";
import { compare } from "./compare";
import { phrases, type Facts } from "./facts";

/** One line per run, in the seed's words: "unsafe: Counter should be 500000, found 100000 (…)". */
export function raceLines(facts: Facts, runs: readonly EventLoopRaceResult[]): string {
  const T = phrases(facts).gil;
  // Two trailing spaces: a Markdown line break, so each run keeps its own line.
  return runs.map((r) => T.raceLine(r.counter, r.expected, r.found, r.lost, r.elapsedMs)).join("  \n");
}

/** The awaited counter on one thread, beside the synchronous one driven the same way. */
export function awaitedReading(facts: Facts, unsafe: EventLoopRaceResult, sync: EventLoopRaceResult): string {
  const T = phrases(facts).gil;
  const first =
    unsafe.lost === 0
      ? T.awaitedNone(unsafe.tasks)
      : unsafe.found === unsafe.howMany && unsafe.tasks > 1
        ? T.awaitedOneTasksWorth(unsafe.lost, unsafe.expected, unsafe.howMany, unsafe.tasks)
        : T.awaitedLost(unsafe.lost, unsafe.expected);
  return `${first} ${sync.lost === 0 ? T.syncExact : T.syncLost(sync.lost)}`;
}

/** The locked event-loop run: exact, and what the queue cost; times within `same` (10%) of each other are "about as long". */
export function asyncLockedReading(
  facts: Facts,
  locked: EventLoopRaceResult,
  unsafe: EventLoopRaceResult,
  options: { same?: number } = {},
): string {
  const T = phrases(facts).gil;
  const verdict = locked.lost === 0 ? T.lockedExact(locked.found, locked.expected) : T.lockedLost(locked.lost);
  const vs = compare(locked.elapsedMs, unsafe.elapsedMs, options.same ?? 0.1);
  return `${verdict} ${T.lockedCost(vs, locked.elapsedMs, unsafe.elapsedMs)}`;
}
