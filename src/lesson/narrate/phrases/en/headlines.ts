/**
 * Slides' headlines: a claim a slide makes of this run, one short line, and the question each
 * talk opens with. A headline states its numbers as the chart or table under it shows them.
 */
import type { LoopsLength } from "../../timeSlice";
import type { Shape } from "../../trend";
import { f, int, s } from "./format";

/** A sentence starts with a capital: "the locked counter" → "The locked counter". */
const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "0.2 to 0.5", or one number when both read the same. */
const span = (low: number, high: number) => (f.ms(low) === f.ms(high) ? f.ms(low) : `${f.ms(low)} to ${f.ms(high)}`);

const SLICE: Record<LoopsLength, string> = {
  short: "each shorter than a time slice",
  about: "each about as long as a time slice",
  long: "each longer than a time slice",
  aboutOrLonger: "each about as long as a time slice or longer",
  aboutOrShorter: "each about as long as a time slice or shorter",
  mixed: "some shorter than a time slice, some longer",
};

export const headlines = {
  race: {
    question: (expected: number, found: number, lost: number) =>
      `${int(expected)} expected, ${int(found)} found: where did ${int(lost)} updates go?`,
    questionNoneLost: (expected: number, threads: number, trials: number) =>
      `${int(expected)} expected, ${int(expected)} found in ${trials === 1 ? "the trial" : `all ${int(trials)} trials`}: ` +
      `can ${int(threads)} workers lose an update?`,
    everyTrialLost: (worst: number, expected: number) =>
      `Every trial lost updates, up to ${int(worst)} of ${int(expected)}`,
    someTrialsLost: (losing: number, trials: number, worst: number, expected: number) =>
      `${int(losing)} of ${s(trials, "trial")} lost updates, up to ${int(worst)} of ${int(expected)}`,
    noneLost: "No trial lost an update this time: the race hid",
    noneLostOneCore: "On one core no trial lost an update: the workers took turns",
    loops: (shortest: number, longest: number, length: LoopsLength) =>
      `The workers' loops lasted ${span(shortest, longest)} ms, ${SLICE[length]}`,
    schedules: (kept: number, total: number, threads: number) =>
      `Only ${int(kept)} of the ${int(total)} schedules keep ${threads === 2 ? "both updates" : "every update"}`,
  },
  lock: {
    question: (lost: number, expected: number) =>
      `The unsafe counter's worst trial lost ${int(lost)} of ${int(expected)}: what makes it keep every one?`,
    questionNoneLost: (expected: number) =>
      `${int(expected)} of ${int(expected)} this time: what makes the count exact every time?`,
    exact: (name: string, trials: number) =>
      trials === 1
        ? `The trial with ${name} came out exact`
        : `Every one of ${int(trials)} trials with ${name} came out exact`,
    notExact: (name: string, wrong: number, trials: number) =>
      `${int(wrong)} of ${s(trials, "trial")} with ${name} lost updates: a bug to report`,
    oneWorker: "One worker alone: the lock never changed hands",
    inTurn: (atomicHandoffs: number) =>
      `Each worker took the lock once and kept it to the end; \`Atomics.add\` changed workers ${s(atomicHandoffs, "time")}`,
    handoffs: (locked: number, atomic: number) =>
      `The lock changed hands ${s(locked, "time")}; \`Atomics.add\` changed workers ${s(atomic, "time")}`,
    costs: (dearest: string, dearestNs: number, cheapest: string, cheapestNs: number) =>
      `${upper(dearest)} cost the most, ${f.ns(dearestNs)} ns an increment; ${cheapest} the least, ${f.ns(cheapestNs)} ns`,
    oneCost: (counter: string, ns: number) => `${upper(counter)}: ${f.ns(ns)} ns an increment`,
  },
  distributions: {
    question: (trials: number, least: number, most: number) =>
      `${int(trials)} trials of one race lost from ${int(least)} to ${int(most)} updates: what decides how many?`,
    questionSame: (trials: number, lost: number) =>
      `${int(trials)} trials of one race each lost ${int(lost)} updates: will the next one?`,
    questionNoneLost: (trials: number) =>
      `${int(trials)} trials of one race, and not one lost an update: where did the race go?`,
    someLost: (losing: number, trials: number) => `${int(losing)} of ${s(trials, "unsafe trial")} lost updates`,
    noneLost: (trials: number) => `None of ${s(trials, "unsafe trial")} lost an update this time`,
    fixedExact: "; the atomic and locked counters lost none",
    fixedLost: "; a counter that must be exact lost updates: a bug to report",
    wholeLoopsNoLoss: "No trial lost an update, so none lost a whole loop",
    wholeLoops: (near: number, losing: number) =>
      near === 0
        ? `None of the ${s(losing, "losing trial")} lost about a whole number of workers' loops`
        : `${int(near)} of the ${s(losing, "losing trial")} lost about a whole number of workers' loops`,
    wholeLoopsChance: (near: number, losing: number) =>
      `Only ${int(near)} of ${s(losing, "losing trial")} lost about whole loops: no more than chance`,
    lossNothing: "This traced trial lost nothing: no write fell back",
    lossLargest: (erased: number) => `One stale write erased ${int(erased)} updates at once`,
    lossUnseen: "Updates were lost, but no worker saw its count fall back",
    workers: (trend: Shape | "none", from: number, to: number) =>
      ({
        none: `No worker count from ${int(from)} to ${int(to)} lost an update: the bare loop hid the race`,
        rising: `More workers lost more: the median loss rose as workers went from ${int(from)} to ${int(to)}`,
        falling: `More workers lost less: the median loss fell as workers went from ${int(from)} to ${int(to)}`,
        flat: `From ${int(from)} to ${int(to)} workers, the median loss stayed about the same`,
        mixed: `From ${int(from)} to ${int(to)} workers, the median loss rose and fell: no steady trend`,
        risingOverall: `From ${int(from)} to ${int(to)} workers the median loss rose overall, though not at every step`,
        fallingOverall: `From ${int(from)} to ${int(to)} workers the median loss fell overall, though not at every step`,
      })[trend],
    workersRare: (from: number, to: number, at: number, losing: number, trials: number) =>
      `From ${int(from)} to ${int(to)} workers the median loss was 0, yet at ${s(at, "worker")} ${int(losing)} of ${s(trials, "trial")} lost updates`,
    workersRiseAfterZero: (zeroUpTo: number, to: number) =>
      `More workers lost more: the median loss was 0 up to ${s(zeroUpTo, "worker")} and rose from there to ${int(to)}`,
    increments: (trend: Shape | "none", from: number, to: number) =>
      ({
        none: `No loop from ${int(from)} to ${int(to)} increments lost an update`,
        rising: `Longer loops lost more: the median loss rose as loops grew from ${int(from)} to ${int(to)} increments`,
        falling: `Longer loops lost less: the median loss fell as loops grew from ${int(from)} to ${int(to)} increments`,
        flat: `From ${int(from)} to ${int(to)} increments, the median loss stayed about the same`,
        mixed: `From ${int(from)} to ${int(to)} increments, the median loss rose and fell: no steady trend`,
        risingOverall: `From ${int(from)} to ${int(to)} increments the median loss rose overall, though not at every step`,
        fallingOverall: `From ${int(from)} to ${int(to)} increments the median loss fell overall, though not at every step`,
      })[trend],
    incrementsRare: (from: number, to: number, at: number, losing: number, trials: number) =>
      `From ${int(from)} to ${int(to)} increments the median loss was 0, yet at ${int(at)} increments ${int(losing)} of ${s(trials, "trial")} lost updates`,
    incrementsRiseAfterZero: (zeroUpTo: number, to: number) =>
      `Longer loops lost more: the median loss was 0 up to ${int(zeroUpTo)} increments and rose from there to ${int(to)}`,
    cost: (trend: Shape, counter: string, from: number, to: number) =>
      ({
        rising: `${upper(counter)}'s increment cost more as workers were added, from ${int(from)} to ${int(to)} workers`,
        falling: `${upper(counter)}'s increment cost less as workers were added, from ${int(from)} to ${int(to)} workers`,
        flat: `${upper(counter)}'s increment cost about the same from ${int(from)} to ${int(to)} workers`,
        mixed: `${upper(counter)}'s increment cost rose and fell from ${int(from)} to ${int(to)} workers`,
        risingOverall: `${upper(counter)}'s increment cost more overall from ${int(from)} to ${int(to)} workers, though not at every step`,
        fallingOverall: `${upper(counter)}'s increment cost less overall from ${int(from)} to ${int(to)} workers, though not at every step`,
      })[trend],
    costSingle: "The cost of an increment, at one worker count",
    tinyLost: (lost: number, repetitions: number) =>
      `Two increments released together lost an update in ${int(lost)} of ${int(repetitions)} repetitions`,
    tinyNeverLost: (repetitions: number) =>
      `In ${int(repetitions)} repetitions, two increments released together never lost one`,
    tinyNoUnsafe: (repetitions: number) => `${int(repetitions)} repetitions of the counters that must be exact`,
    tinyForbidden: "A forbidden outcome: a counter that must be exact lost an update",
  },
  gil: {
    question: (tasks: number, lost: number, expected: number) =>
      `One thread, one task at a time: how did ${s(tasks, "task")} lose ${int(lost)} of ${int(expected)} updates?`,
    questionNoneLost: (tasks: number) => `One thread, one task at a time: can ${s(tasks, "task")} lose an update?`,
    onlyAwaitedLost: (lost: number, expected: number) =>
      `Only the counter that awaits between its read and its write lost updates: ${int(lost)} of ${int(expected)}`,
    noneLost: "No counter lost an update this time",
    exactLost: "A counter that must be exact lost updates: a bug to report",
    schedules: (lost: number, total: number, threads: number) =>
      `${int(lost)} of the ${int(total)} schedules of ${s(threads, "thread")} lose an update`,
    bookLost: (release: string, lost: number) =>
      `CPython ${release} lost ${int(lost)} updates in the book's own program`,
    callLost: (release: string, lost: number) =>
      `CPython ${release} hid the race until a call stood between the read and the write: then it lost ${int(lost)}`,
    callFrequentLost: (release: string, lost: number, interval: number) =>
      `CPython ${release} hid the race until a call stood between the read and the write and the switch interval was cut to ${f.interval(interval)}: then it lost ${int(lost)}`,
    hid: (release: string) => `CPython ${release} lost nothing, even with a call in the increment: the race hid`,
    lockedLost: (release: string) => `CPython ${release}: the locked program lost updates, a bug to report`,
    noPython: "This machine has no Python: the book's programs did not run",
    pythonFailed: "The book's programs could not run on this machine's Python",
  },
};
