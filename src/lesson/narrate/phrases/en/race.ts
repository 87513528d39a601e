/** Notebook 1: the race. */
import type { LoopsLength } from "../../timeSlice";
import type { Book } from "../../book";
import { codeNumber } from "../../numbers";
import { f, int, s } from "./format";

/** "No trial of 5 lost an update", or for a single trial, "The trial lost no update". */
const noneOf = (trials: number) =>
  trials === 1 ? "**The trial lost no update this time.**" : `**No trial of ${int(trials)} lost an update this time.**`;

const ms = (v: number) => `${f.ms(v)} ms`;

const SLICE = "a scheduler's time slice, the few milliseconds a thread may run before another gets its core";

export const race = {
  someLost: (losing: number, trials: number, worst: number, book: Book) =>
    `**${int(losing)} of ${s(trials, "trial")} lost updates**; the worst trial lost ${f.pct(worst)} of its updates. ` +
    `The book printed ${book.found} where ${book.expected} was due: the same bug, in another language.`,
  noneLost: (trials: number, cores: number) =>
    `${noneOf(trials)} ` +
    `This machine has ${s(cores, "core")}, yet the workers never overlapped inside an increment in this run; ` +
    "other programs busy on the cores can do that. " +
    "The race has not gone away, it hid: re-run the cell, or raise `sensorWork` or `howMany` so that each worker's loop lasts longer.",
  noneLostOneWorker: (trials: number) =>
    `${noneOf(trials)} ` +
    "With one worker nothing can be lost: no other worker writes between its read and its write. " +
    "Set `threads` to 2 or more in the parameters cell and run it again.",
  noneLostOneCore: (trials: number, howMany: number, sensorWork: number) =>
    `${noneOf(trials)} ` +
    "With one core the workers never run at the same moment: they take turns, and an update is lost only when a turn ends " +
    "between a read and its write. A turn lasts a few milliseconds, while an increment spends only nanoseconds " +
    "between its read and its write, so a turn seldom ends there unless there are millions of increments with little else around them. " +
    `Set \`howMany: ${codeNumber(howMany)}\` and \`sensorWork: ${codeNumber(sensorWork)}\` in the parameters cell and run it again: ` +
    "each loop then spans many turns of nothing but increments, and updates get lost.",
  schedules: (steps: number, total: number, lost: number, kept: number) =>
    `**${int(total)} ways to interleave the ${int(steps)} steps: ${int(lost)} lose an update, ${int(kept)} keep every one.**`,
  loop: (
    howMany: number,
    sensorWork: number,
    loop: { median: number; min: number; max: number },
    length: LoopsLength,
    cores: number,
  ) =>
    `A worker's loop of ${s(howMany, "increment")}` +
    (sensorWork > 0 ? `, each after reading the sensor (${s(sensorWork, "round")} of arithmetic),` : "") +
    ` lasted a median ${ms(loop.median)} over the trials, first increment to last (each trial's median worker). ` +
    (length === "short"
      ? `In every trial the loop was shorter than ${SLICE}: a worker can run its whole loop in one turn, ` +
        "so when other programs keep the cores busy the workers may just run one after another and lose nothing."
      : length === "long"
        ? `In every trial the loop was longer than ${SLICE}: no worker finishes in one turn, so their turns interleave` +
          (cores < 2
            ? " on the one core, and a turn that ends between a read and its write loses updates."
            : " on the cores they get, and when two of them run at once on two cores, updates can get lost.")
        : length === "about"
          ? `In every trial the loop was about as long as ${SLICE}: some loops finish within a turn and some are cut into several.`
          : length === "aboutOrLonger"
            ? `Against ${SLICE}, the loops lasted from ${ms(loop.min)} to ${ms(loop.max)}: about one turn or longer. ` +
              "A loop of about a turn may finish within it or be cut in two; a longer one is cut into several."
            : length === "aboutOrShorter"
              ? `Against ${SLICE}, the loops lasted from ${ms(loop.min)} to ${ms(loop.max)}: about one turn or shorter. ` +
                "A short loop can run whole in one turn; one of about a turn may be cut in two."
              : `The trials did not agree against ${SLICE}: their loops lasted from ${ms(loop.min)} to ${ms(loop.max)}, ` +
                "so in some a worker could finish within one turn and in others its loop was cut into several."),
  barrier: (skewMs: number, countingMs: number) =>
    `Over the trials, the last worker started a median ${ms(skewMs)} after the release, ` +
    `and counting took a median ${ms(countingMs)} in all.`,
  barrierOneCore: "With one core the workers never counted at the same moment: they took turns.",
  barrierTakeTurns: (threads: number, cores: number) =>
    `With ${int(threads)} workers on ${s(cores, "core")}, at most ${int(cores)} counted at any moment and the others waited for a turn.`,
  barrierTogether:
    "In every trial every worker had started before a typical loop was half done, and with a core each they could count side by side " +
    "for most of it, which is when updates get lost.",
  barrierLate:
    "In every trial the last worker started after a typical loop was half done, so the workers overlapped for only part of it: " +
    "the later the last one starts, the less they race.",
  barrierMixed: (together: number, trials: number) =>
    `In ${int(together)} of the ${s(trials, "trial")} every worker had started before a typical loop was half done, ` +
    "and with a core each they could count side by side for most of it; in the others the last one started later, " +
    "and the workers overlapped for only part of it.",
  /** Starting the pool's workers, against every trial's loop: longer than each, shorter than each, or neither. */
  startUp: (threads: number, startMs: number, loopMs: number, vs: "longer" | "about" | "shorter") =>
    `Starting the ${s(threads, "worker")} took ${ms(startMs)}, once, before the first trial: ` +
    (vs === "longer"
      ? `longer than a worker's whole loop in every trial (a median ${ms(loopMs)}). Started one after another, ` +
        "the first would have finished before the last began; the barrier releases them together."
      : vs === "shorter"
        ? `shorter than a worker's loop in every trial (a median ${ms(loopMs)}). Started one after another, ` +
          "they would still have overlapped for part of their loops; the barrier lets them overlap for most of them."
        : `about as long as a worker's loop (a median ${ms(loopMs)}), longer than some trials' loops and shorter than others'. ` +
          "Started one after another, they would have overlapped for little of their loops; the barrier releases them together."),
};
