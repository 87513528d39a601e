/** Notebook 3's narration: many trials, the sweeps and the cost per increment (the tiny race: tinyRace.ts). */
import type { IncrementsSweep, TrialsSweep, WorkersSweep } from "../analysis/sweeps";
import { summarize } from "../analysis/stats";
import { wholeLoopsCount } from "../analysis/wholeLoops";
import { phrases, type Facts } from "./facts";
import { LOOP_VS_SLICE, loopsLength } from "./timeSlice";

/** How many trials lost, the median and the worst; and whether a fixed counter ever did. */
export function histogramReading(facts: Facts, hist: TrialsSweep): string {
  const T = phrases(facts).distributions;
  const fixedBad = [...(hist.atomic ?? []), ...(hist.locked ?? [])].filter((n) => n > 0).length;
  const fixedTrials = { atomic: hist.atomic?.length ?? 0, locked: hist.locked?.length ?? 0 };
  const losing = hist.unsafe.filter((n) => n > 0).length;
  const lost = summarize(hist.unsafe);
  return [
    losing === 0
      ? T.histogramNone(hist.trials)
      : lost.median === 0
        ? T.histogramMostNone(losing, hist.trials, lost.max, lost.max / hist.expected)
        : T.histogram(
            losing,
            hist.trials,
            lost.median,
            lost.median / hist.expected,
            lost.max,
            lost.max / hist.expected,
          ),
    fixedBad > 0
      ? T.fixedLost(fixedBad)
      : fixedTrials.atomic + fixedTrials.locked > 0
        ? T.fixedExact(fixedTrials.atomic, fixedTrials.locked)
        : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** How close to a whole number of workers' loops a loss must come to count as "whole loops". */
export const NEAR_WHOLE_LOOPS = 0.03;

/** Losses near a whole number of workers' loops: a paused worker's stale write erased them. */
export function wholeLoopsReading(facts: Facts, hist: TrialsSweep, tolerance = NEAR_WHOLE_LOOPS): string {
  const T = phrases(facts).distributions;
  const { losing, near, byChance } = wholeLoopsCount(hist, tolerance);
  if (losing === 0) return T.wholeLoopsNone;
  if (near === 0) return T.wholeLoopsNoneNear(losing, hist.howMany, tolerance);
  return byChance
    ? T.wholeLoopsChance(near, losing, hist.howMany, tolerance)
    : T.wholeLoops(near, losing, hist.howMany, tolerance);
}

/** More workers against the cores: alone, oversubscribed, and the fixed counters' check. */
export function workersReading(facts: Facts, sweep: WorkersSweep): string {
  const T = phrases(facts).distributions;
  const alone = sweep.unsafe.find((p) => p.workers === 1);
  const over = sweep.unsafe.filter((p) => p.workers > facts.cores).map((p) => p.workers);
  const fixed = [...(sweep.atomic ?? []), ...(sweep.locked ?? [])];
  return [
    alone ? (alone.lostFractions.some((x) => x > 0) ? T.aloneLost : T.aloneExact) : "",
    T.cores(facts.cores),
    over.length === 0 ? T.allFit : facts.cores < 2 ? T.oversubscribedOneCore(over) : T.oversubscribed(over),
    fixed.length === 0 ? "" : fixed.every((p) => p.lostFractions.every((x) => x === 0)) ? T.checksExact : T.checksLost,
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * Where along the loop length the race starts to show: how long the loops lasted against a
 * time slice (from every length swept), the shortest loop, how long it lasted and how much of
 * it was waiting for the last worker; then the first length that lost, with how long its loop lasted.
 */
export function incrementsReading(facts: Facts, sweep: IncrementsSweep, slice = LOOP_VS_SLICE): string {
  const T = phrases(facts).distributions;
  const points = [...sweep.unsafe].sort((a, b) => a.increments - b.increments);
  const short = points[0]!; // sweepIncrements refuses an empty list of sizes
  const loops = points.map((p) => p.medianLoopMs);
  const againstSlice = T.loopsAgainstSlice(Math.min(...loops), Math.max(...loops), loopsLength(loops, slice));
  const firstLoss = points.find((p) => p.lostFractions.some((x) => x > 0));
  const firstMedian = points.find((p) => p.medianLostFraction > 0);
  const shortText = T.shortLoop(
    short.increments,
    short.medianElapsedMs,
    short.medianStartSkewMs,
    short.medianStartSkewMs >= 0.5 * short.medianElapsedMs
      ? "waiting"
      : sweep.threads > facts.cores
        ? "turns"
        : "underway",
  );
  const loss = !firstLoss
    ? T.neverLost
    : firstMedian
      ? T.firstLoss(
          firstLoss.increments,
          firstLoss.medianLoopMs,
          firstMedian.increments,
          firstMedian.medianLostFraction,
        )
      : T.firstLossRare(firstLoss.increments, firstLoss.medianLoopMs);
  return `${againstSlice} ${shortText} ${loss}`;
}

/** After every sweep: no pool of workers left open. */
export function poolsReading(facts: Facts, livePools: number): string {
  const T = phrases(facts).distributions;
  return livePools === 0 ? T.poolsClosed : T.poolsOpen(livePools);
}
