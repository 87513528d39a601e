/** Notebook 3: distributions. */
import { f, int, s } from "./format";

export const distributions = {
  histogram: (
    losing: number,
    trials: number,
    median: number,
    medianFraction: number,
    max: number,
    maxFraction: number,
  ) =>
    `The unsafe counter lost updates in **${int(losing)} of ${s(trials, "trial")}**; ` +
    `the median trial lost ${int(median)} (${f.pct(medianFraction)}) and the worst ${int(max)} (${f.pct(maxFraction)}).`,
  histogramMostNone: (losing: number, trials: number, max: number, maxFraction: number) =>
    `The unsafe counter lost updates in **${int(losing)} of ${s(trials, "trial")}**: most trials lost nothing, ` +
    `and the worst lost ${int(max)} (${f.pct(maxFraction)}).`,
  histogramNone: (trials: number) =>
    `**The unsafe counter lost nothing in any of its ${s(trials, "trial")} this time**: ` +
    "the workers never overlapped inside an increment. Raise `howMany` or `trials` and run it again.",
  fixedExact: (trials: number) => `The atomic and locked counters lost nothing in any of their ${s(trials, "trial")}.`,
  fixedLost: (trials: number) =>
    `**${s(trials, "trial")} of the atomic or locked counter lost updates: that is a bug; please report it.**`,
  wholeLoops: (near: number, losing: number, howMany: number) =>
    `${int(near)} of the ${int(losing)} losing trials lost within 3% of a whole number of workers' loops ` +
    `(${int(howMany)}, ${int(2 * howMany)}, … increments); the rest lost amounts in between.`,
  wholeLoopsNone: "No trial lost anything this time, so there is nothing to bunch.",
  aloneExact: "One worker alone lost nothing, as it must: a race needs two.",
  aloneLost: "**One worker alone lost updates, which would be a bug in the harness; please report it.**",
  cores: (cores: number) =>
    `This machine has ${s(cores, "core")}, so at most ${int(cores)} ${cores === 1 ? "worker counts" : "workers count"} at the same moment.`,
  oversubscribed: (workers: number[]) =>
    `With ${workers.map(int).join(" or ")} workers the extra ones wait for a core and take turns in time slices, ` +
    "so some of their losses come from being paused mid-increment rather than from running side by side.",
  allFit: "Every worker count here fits on the cores, so the workers can truly run side by side.",
  fewCores:
    "On a machine with more cores, more workers could run at once, and the sweep would show that race as well as the time-slicing one.",
  checksExact: "The atomic and locked checks lost nothing at any worker count.",
  checksLost: "**An atomic or locked check lost updates: that is a bug; please report it.**",
  shortLoop: (increments: number, elapsedMs: number, skewMs: number, mostlyWaiting: boolean) =>
    `At ${int(increments)} increments the median trial was all done ${f.fixed(elapsedMs, 3)} ms after the release, ` +
    `and the last worker started at ${f.fixed(skewMs, 3)} ms: ` +
    (mostlyWaiting
      ? "most of that was waiting for the last worker to start, so the workers hardly overlapped."
      : "the workers overlapped for most of it."),
  firstLoss: (firstAny: number, firstMedian: number, medianFraction: number) =>
    `The first loop length with any trial losing updates was ${int(firstAny)} increments per worker, ` +
    `and from ${int(firstMedian)} the median trial lost updates (${f.pct(medianFraction)}).`,
  firstLossRare: (firstAny: number) =>
    `The first loop length with any trial losing updates was ${int(firstAny)} increments per worker, ` +
    "but the median trial never lost any: the race stayed rare at every length.",
  neverLost: "No trial lost an update at any loop length this time: the workers never overlapped long enough.",
  poolsClosed: "No worker pool is left open: every sweep closed its workers when it ended.",
  poolsOpen: (pools: number) => `**${s(pools, "worker pool")} still open after the sweeps: a leak; please report it.**`,
};
