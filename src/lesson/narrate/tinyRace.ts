/**
 * Notebook 3's tiny race, read: how often the unsafe counter lost its one update, and
 * whether any counter ended where it never may. A forbidden count is told by whose it was:
 * 0 or 3 from the unsafe counter breaks the harness, 1 from a fixed counter breaks that counter.
 */
import type { TinyRace } from "../analysis/tinyRace";
import { phrases, type Facts } from "./facts";

/** A loss rate below this is called rare (default 5%). */
export const TINY_RARE = 0.05;

export function tinyRaceReading(facts: Facts, tiny: TinyRace, options: { rare?: number } = {}): string {
  const T = phrases(facts).tiny;
  const rare = options.rare ?? TINY_RARE;
  const oneCore = facts.cores < 2;
  const parts: string[] = [];
  const unsafe = tiny.counters.find((c) => c.counter === "unsafe");
  if (unsafe) {
    const rate = unsafe.lost / tiny.repetitions;
    if (unsafe.lost === 0) parts.push(T.never(tiny.repetitions), oneCore ? T.oneCore : T.why);
    else {
      parts.push(T.lost(unsafe.lost, tiny.repetitions, rate));
      if (rate < rare) parts.push(T.rare, oneCore ? T.oneCore : T.why);
      else if (oneCore) parts.push(T.oneCore);
    }
  } else if (oneCore) {
    parts.push(T.oneCore);
  }
  const fixed = tiny.counters.filter((c) => c.counter !== "unsafe");
  const broken = tiny.counters.filter((c) => c.forbiddenSeen > 0);
  if (broken.length === 0) parts.push(T.noForbidden(fixed.map((c) => c.counter)));
  for (const c of broken) {
    parts.push(
      c.counter === "unsafe" ? T.unsafeForbidden(c.forbiddenSeen) : T.fixedForbidden(c.counter, c.forbiddenSeen),
    );
  }
  return parts.join(" ");
}
