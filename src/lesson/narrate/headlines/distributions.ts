/**
 * Part 3's talk, in claims: the question many trials raise, and the reading of each picture as a
 * slide's headline. A trend is read from every point it speaks of (trend.ts), never its two ends.
 */
import type { CostGrowthPoint } from "../../analysis/costs";
import type { LossPicture } from "../../analysis/lossPicture";
import type { IncrementsSweep, SweepPoint, TrialsSweep, WorkersSweep } from "../../analysis/sweeps";
import type { TinyRace } from "../../analysis/tinyRace";
import { wholeLoopsCount } from "../../analysis/wholeLoops";
import { NEAR_WHOLE_LOOPS } from "../distributions";
import { phrases, type Facts } from "../facts";
import { everyStep, shapeOf, trendOf, type Shape } from "../trend";

/** Medians within this fraction of each other read as "about the same". */
export const TREND_SAME = 0.1;

/** "30 trials of one race lost from 0 to 48,229 updates: what decides how many?" */
export function distributionsQuestion(facts: Facts, hist: TrialsSweep): string {
  const T = phrases(facts).headlines.distributions;
  const [least, most] = [Math.min(...hist.unsafe), Math.max(...hist.unsafe)];
  if (most === 0) return T.questionNoneLost(hist.trials);
  return least === most ? T.questionSame(hist.trials, most) : T.question(hist.trials, least, most);
}

/** How many unsafe trials lost updates, and whether the fixed counters kept every one. */
export function histogramHeadline(facts: Facts, hist: TrialsSweep): string {
  const T = phrases(facts).headlines.distributions;
  const losing = hist.unsafe.filter((n) => n > 0).length;
  const fixed = [...(hist.atomic ?? []), ...(hist.locked ?? [])];
  const fixedLost = fixed.some((n) => n > 0);
  const unsafe = losing === 0 ? T.noneLost(hist.trials) : T.someLost(losing, hist.trials);
  if (fixed.length === 0) return unsafe;
  return `${unsafe}${fixedLost ? T.fixedLost : T.fixedExact}`;
}

/** How many losing trials lost about a whole number of workers' loops, and whether chance alone puts that many there (wholeLoopsCount). */
export function wholeLoopsHeadline(facts: Facts, hist: TrialsSweep, tolerance = NEAR_WHOLE_LOOPS): string {
  const T = phrases(facts).headlines.distributions;
  const { losing, near, byChance } = wholeLoopsCount(hist, tolerance);
  if (losing === 0) return T.wholeLoopsNoLoss;
  return byChance ? T.wholeLoopsChance(near, losing) : T.wholeLoops(near, losing);
}

/** The largest erasure a traced trial's stale writes made, as the chart marks it. */
export function lossHeadline(facts: Facts, loss: LossPicture): string {
  const T = phrases(facts).headlines.distributions;
  if (loss.lost === 0) return T.lossNothing;
  const largest = loss.staleWrites[0];
  return largest ? T.lossLargest(largest.erased) : T.lossUnseen;
}

/**
 * How the median trial's loss moved along a sweep, from every point: all zero with no trial
 * lost ("none"); all zero though some trials lost ("rare", named at the point where most did);
 * two or more points whose median lost nothing, then a rise at every step ("riseAfterZero",
 * with `zeroUpTo` the last of them: "more workers lost more" is not true of two points that
 * both lost nothing); or the shape itself, "overall" where it stepped back (trend.ts shapeOf).
 */
type LossReading<P extends SweepPoint> =
  | { kind: "none" }
  | { kind: "rare"; at: P; losing: number }
  | { kind: "riseAfterZero"; zeroUpTo: number }
  | { kind: "trend"; trend: Shape };

function lossReading<P extends SweepPoint>(points: readonly P[], x: (p: P) => number): LossReading<P> {
  const medians = points.map((p) => p.medianLostFraction);
  if (medians.every((m) => m === 0)) {
    const losing = (p: P) => p.lostFractions.filter((f) => f > 0).length;
    // Most losing trials; on a tie, the larger setting (the later point).
    const at = points.reduce((best, p) => (losing(p) >= losing(best) ? p : best));
    return losing(at) === 0 ? { kind: "none" } : { kind: "rare", at, losing: losing(at) };
  }
  // Two or more leading points that lost nothing, then a rise at every step: say where the zeros end.
  const zeros = medians.findIndex((m) => m > 0);
  if (zeros > 1 && trendOf(medians, TREND_SAME) === "rising" && everyStep(medians.slice(zeros - 1), "rising"))
    return { kind: "riseAfterZero", zeroUpTo: x(points[zeros - 1]!) };
  return { kind: "trend", trend: shapeOf(medians, TREND_SAME) };
}

/** The words a sweep's headline is made of: the phrases of one axis (workers, or the loop's length). */
interface SweepWords {
  rare: (from: number, to: number, at: number, losing: number, trials: number) => string;
  riseAfterZero: (zeroUpTo: number, to: number) => string;
  trend: (trend: Shape | "none", from: number, to: number) => string;
}

/** A sweep's headline, from its points in order along `x`. */
function sweepHeadline<P extends SweepPoint>(points: readonly P[], x: (p: P) => number, say: SweepWords): string {
  const [from, to] = [x(points[0]!), x(points.at(-1)!)];
  const reading = lossReading(points, x);
  if (reading.kind === "rare")
    return say.rare(from, to, x(reading.at), reading.losing, reading.at.lostFractions.length);
  if (reading.kind === "riseAfterZero") return say.riseAfterZero(reading.zeroUpTo, to);
  return say.trend(reading.kind === "none" ? "none" : reading.trend, from, to);
}

/** Losses against the number of workers, over every worker count swept. */
export function workersHeadline(facts: Facts, sweep: WorkersSweep): string {
  const T = phrases(facts).headlines.distributions;
  const points = [...sweep.unsafe].sort((a, b) => a.workers - b.workers);
  return sweepHeadline(points, (p) => p.workers, {
    rare: T.workersRare,
    riseAfterZero: T.workersRiseAfterZero,
    trend: T.workers,
  });
}

/** Losses against the loop's length, over every length swept. */
export function incrementsHeadline(facts: Facts, sweep: IncrementsSweep): string {
  const T = phrases(facts).headlines.distributions;
  const points = [...sweep.unsafe].sort((a, b) => a.increments - b.increments);
  return sweepHeadline(points, (p) => p.increments, {
    rare: T.incrementsRare,
    riseAfterZero: T.incrementsRiseAfterZero,
    trend: T.increments,
  });
}

/** How a locked increment's cost moved as workers were added (the atomic one's when no lock was timed). */
export function costGrowthHeadline(facts: Facts, cost: { points: readonly CostGrowthPoint[] }): string {
  const P = phrases(facts);
  const points = [...cost.points].sort((a, b) => a.workers - b.workers);
  const counter = (["locked", "atomic", "unsafe"] as const).find((k) => points.every((p) => p[k] !== undefined));
  if (!counter || points.length < 2) return P.headlines.distributions.costSingle;
  const trend = shapeOf(
    points.map((p) => p[counter]!),
    TREND_SAME,
  );
  return P.headlines.distributions.cost(trend, P.counters.name[counter], points[0]!.workers, points.at(-1)!.workers);
}

/** How often two increments released together lost one, and whether a fixed counter ever did. */
export function tinyHeadline(facts: Facts, tiny: TinyRace): string {
  const T = phrases(facts).headlines.distributions;
  const broken = tiny.counters.filter((c) => c.counter !== "unsafe" && c.forbiddenSeen > 0);
  if (broken.length > 0) return T.tinyForbidden;
  const unsafe = tiny.counters.find((c) => c.counter === "unsafe");
  if (!unsafe) return T.tinyNoUnsafe(tiny.repetitions);
  return unsafe.lost === 0 ? T.tinyNeverLost(tiny.repetitions) : T.tinyLost(unsafe.lost, tiny.repetitions);
}
