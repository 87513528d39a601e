/** Notebook 3: distributions. */
import type { LoopsLength } from "../../timeSlice";
import { f, int, s } from "./format";

const ms = (v: number) => `${f.ms(v)} ms`;

/** "2", "2 or 4", "2, 4 or 8" */
const or = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
const SLICE = "a scheduler's time slice";

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
  fixedExact: (atomic: number, locked: number) =>
    atomic === locked
      ? `The atomic and locked counters lost nothing in any of their trials (${int(atomic)} each).`
      : `The atomic and locked counters lost nothing in any of their trials (${int(atomic)} and ${int(locked)}).`,
  fixedLost: (trials: number) =>
    `**${s(trials, "trial")} of the atomic or locked counter lost updates: that is a bug; please report it.**`,
  wholeLoopsChance: (near: number, losing: number, howMany: number, tolerance: number) =>
    `${int(near)} of the ${int(losing)} losing trials lost within ${f.pct(tolerance)} of a loop of a whole number of workers' loops ` +
    `(${int(howMany)}, ${int(2 * howMany)}, … increments): no more than chance alone puts that near, ` +
    "so this run does not show a worker paused for whole loops.",
  wholeLoops: (near: number, losing: number, howMany: number, tolerance: number) =>
    `${int(near)} of the ${int(losing)} losing trials lost within ${f.pct(tolerance)} of a loop of a whole number of workers' loops ` +
    `(${int(howMany)}, ${int(2 * howMany)}, … increments): a worker paused between a read and its write for as long ` +
    "as other workers took to finish. The rest lost amounts in between.",
  wholeLoopsNoneNear: (losing: number, howMany: number, tolerance: number) =>
    `None of the ${int(losing)} losing trials lost within ${f.pct(tolerance)} of a loop of a whole number of workers' loops ` +
    `(${int(howMany)}, ${int(2 * howMany)}, … increments): this time every loss was a piece of a loop, ` +
    "from workers overlapping for a while, not from one paused for a whole loop.",
  wholeLoopsNone: "No trial lost anything this time, so there is nothing to measure against a loop.",
  aloneExact: "One worker alone lost nothing, as it must: a race needs two.",
  aloneLost: "**One worker alone lost updates, which would be a bug in the harness; please report it.**",
  cores: (cores: number) =>
    `This machine has ${s(cores, "core")}, so at most ${int(cores)} ${cores === 1 ? "worker counts" : "workers count"} at the same moment.`,
  oversubscribed: (workers: number[]) =>
    `With ${or(workers.map(int))} workers the extra ones wait for a core, so they do not all count at once: ` +
    "a short loop may run whole in one turn, after the others; updates are lost where two count at once on two cores, " +
    "or where a turn ends between a read and its write.",
  oversubscribedOneCore: (workers: number[]) =>
    `With ${or(workers.map(int))} workers they take turns on the one core in time slices, never counting at once: ` +
    "only a turn that ends between a read and its write can lose updates.",
  allFit:
    "Every worker count here fits on the cores, so each worker can have a core of its own, unless other programs are using them.",
  checksExact: "The atomic and locked checks lost nothing at any worker count.",
  checksLost: "**An atomic or locked check lost updates: that is a bug; please report it.**",
  shortLoop: (increments: number, elapsedMs: number, skewMs: number, reading: "waiting" | "turns" | "underway") =>
    `At ${int(increments)} increments the trials were all done a median ${ms(elapsedMs)} after the release, ` +
    `and the last worker started at a median ${ms(skewMs)}: ` +
    (reading === "waiting"
      ? "most of that was waiting for the last worker to start, so the workers hardly overlapped."
      : reading === "turns"
        ? "every worker was under way for most of it, taking turns on the cores with the others."
        : "every worker was under way for most of it."),
  firstLoss: (firstAny: number, loopMs: number, firstMedian: number, medianFraction: number) =>
    `The first loop length with any trial losing updates was ${int(firstAny)} increments per worker ` +
    `(a loop of ${ms(loopMs)}), and from ${int(firstMedian)} the median trial lost updates (${f.pct(medianFraction)}).`,
  firstLossRare: (firstAny: number, loopMs: number) =>
    `The first loop length with any trial losing updates was ${int(firstAny)} increments per worker ` +
    `(a loop of ${ms(loopMs)}), but the median trial never lost any: the race stayed rare at every length.`,
  /** Every length's loop (its median trial's median worker) against a time slice. */
  loopsAgainstSlice: (minMs: number, maxMs: number, length: LoopsLength) =>
    (minMs === maxMs
      ? `A worker's loop lasted ${ms(minMs)}: `
      : `A worker's loop lasted from ${ms(minMs)} to ${ms(maxMs)}: `) +
    (length === "short"
      ? `shorter than ${SLICE} at every length, so a worker can run its whole loop in one turn.`
      : length === "long"
        ? `longer than ${SLICE} at every length, so every loop is cut into several turns.`
        : length === "about"
          ? `about as long as ${SLICE} at every length.`
          : length === "aboutOrLonger"
            ? `about as long as ${SLICE} or longer at every length.`
            : length === "aboutOrShorter"
              ? `about as long as ${SLICE} or shorter at every length.`
              : `some lengths fit within ${SLICE} and some do not.`),
  neverLost: "No trial lost an update at any loop length this time: the workers never overlapped long enough.",
  poolsClosed: "No worker pool is left open: every sweep closed its workers when it ended.",
  poolsOpen: (pools: number) => `**${s(pools, "worker pool")} still open after the sweeps: a leak; please report it.**`,
};
