// Whether a run's losses bunch at whole numbers of workers' loops, the mark of a worker paused
// between its read and its write while the others finished theirs; and whether chance alone
// would put that many there.
import type { TrialsSweep } from "./sweeps";

/**
 * The losing trials, how many of them lost about a whole number of workers' loops, and whether
 * that many is no more than chance puts there: losses spread over several loops land this near a
 * whole number of them with probability about 2 × tolerance, so a single hit, or no more than
 * twice the count chance gives, is no evidence of a paused worker.
 */
export function wholeLoopsCount(
  hist: TrialsSweep,
  tolerance: number,
): { losing: number; near: number; byChance: boolean } {
  const losing = hist.unsafe.filter((n) => n > 0);
  const loops = (n: number) => n / hist.howMany;
  const near = losing.filter(
    (n) => loops(n) >= 1 - tolerance && Math.abs(loops(n) - Math.round(loops(n))) < tolerance,
  ).length;
  const byChance = near > 0 && near <= Math.max(1, 2 * (2 * tolerance * losing.length));
  return { losing: losing.length, near, byChance };
}
