/** Table captions and headers. */
import { f, int, s } from "./format";

export const tables = {
  timing: {
    trial: "trial",
    lastStart: "last worker started (ms)",
    counting: "counting took (ms)",
    loop: "a worker's loop (ms)",
    lost: "lost",
    /** The last row: each column's median over the trials, as the sentences quote it. */
    median: "median",
    caption: (threads: number, startUpMs: number) =>
      `${s(threads, "worker")}, started once in ${f.ms(startUpMs)} ms before the first trial`,
  },
  costs: {
    counter: "counter",
    ns: "ns per increment",
    timesUnsafe: "against unsafe",
    lost: "updates lost, all trials",
  },
  sweep: {
    workers: "workers",
    increments: "increments per worker",
    medianLost: "median lost",
    trialsLost: "trials that lost",
    lostOf: (losing: number, trials: number) => `${int(losing)} of ${int(trials)}`,
    lastStart: "last worker started (ms)",
    allDone: "all done (ms)",
    loop: "a worker's loop (ms)",
    workersCaption: (howMany: number, trials: number) =>
      `unsafe counter, ${int(howMany)} increments per worker, medians of ${s(trials, "trial")}`,
    incrementsCaption: (threads: number, trials: number) =>
      `unsafe counter, ${s(threads, "worker")}, medians of ${s(trials, "trial")}`,
  },
  tiny: {
    counter: "counter",
    finalCount: "final count",
    times: "times",
    percent: "share",
    grade: "grade",
    meaning: "meaning",
    meaningOf: (finalCount: number): string =>
      finalCount === 2
        ? "both updates kept"
        : finalCount === 1
          ? "an update lost: both read 0, both wrote 1"
          : "impossible: the engine is broken",
    caption: (repetitions: number, seconds: number) =>
      `${int(repetitions)} repetitions per counter, in ${f.seconds(seconds)} s`,
  },
  outcomes: {
    final: "final count",
    lost: "updates lost",
    count: "interleavings",
  },
};
