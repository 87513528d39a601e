/** Notebook 4: the GIL and the event loop. */
import type { Book } from "../../book";
import type { Comparison } from "../../compare";
import type { AsyncCounterKind } from "../../../eventLoop/eventLoopRace";
import { counters } from "./counters";
import { f, int, s } from "./format";

/** The Python that ran: "on Python 3.11.7", "(free-threaded)" when it has no GIL. */
const on = (py: { release: string; freeThreaded: boolean }) =>
  `on Python ${py.release}${py.freeThreaded ? " (free-threaded)" : ""}`;
const lostOf = (r: { lost: number; expected: number }) =>
  `lost ${int(r.lost)} of ${int(r.expected)} updates (${f.pct(r.lost / r.expected)})`;
/** A switch interval as people say one: 1 µs, 5 ms. */
const interval = (seconds: number | null) =>
  seconds === null ? "the default switch interval" : `a switch interval of ${f.interval(seconds)}`;
const ms = (v: number) => `${f.ms(v)} ms`;

export const gil = {
  raceLine: (counter: AsyncCounterKind, expected: number, found: number, lost: number, elapsedMs: number) =>
    `${counters.asyncLabel[counter]}: Counter should be ${expected}, found ${found} (lost ${int(lost)}, ${ms(elapsedMs)})`,
  awaitedLost: (lost: number, expected: number) =>
    `**The awaited counter lost ${int(lost)} of ${int(expected)} updates on a single thread.**`,
  awaitedOneTasksWorth: (lost: number, expected: number, howMany: number, tasks: number) =>
    `**The awaited counter lost ${int(lost)} of ${int(expected)} updates on a single thread.** ` +
    `It counted exactly ${int(howMany)}, one task's worth: in every round, all ${int(tasks)} tasks read the same value before any of them wrote.`,
  awaitedNone: (tasks: number) =>
    tasks === 1
      ? "**The awaited counter lost nothing this time**: with one task, nobody else was waiting to run in the gap."
      : `**The awaited counter lost nothing this time** with ${int(tasks)} tasks: no other task ran in the gap.`,
  syncExact: "The synchronous counter, driven by the same tasks taking the same turns, lost nothing.",
  syncLost: (lost: number) =>
    `**The synchronous counter lost ${int(lost)}, which should be impossible; please report it.**`,
  lockedExact: (found: number, expected: number) =>
    `**The locked counter is exact: ${int(found)} of ${int(expected)}**, like the book's locked run.`,
  lockedLost: (lost: number) =>
    `**The locked counter lost ${int(lost)}.** A lock must never do that; please report it.`,
  lockedCost: (vs: Comparison, lockedMs: number, unsafeMs: number) => {
    const pair = `(${ms(lockedMs)} against ${ms(unsafeMs)})`;
    return vs === "more"
      ? `It took ${f.times(lockedMs / unsafeMs)} as long as the unsafe one ${pair}: every increment now queues for the lock.`
      : vs === "same"
        ? `It took about as long as the unsafe one ${pair}: queueing for the lock cost little beside the awaits themselves.`
        : `It took less time than the unsafe one ${pair}: queueing for the lock cost less than the run-to-run swing of the awaits.`;
  },
  schedulesAll: (threads: number, increments: number, steps: number, total: number) =>
    `${s(threads, "thread")} × ${s(increments, "increment")} × 3 steps = ${int(steps)} steps: ${s(total, "interleaving")}, ` +
    (total === 1 ? "listed below." : "all listed below."),
  schedulesSome: (threads: number, increments: number, steps: number, total: number, shown: number) =>
    `${s(threads, "thread")} × ${s(increments, "increment")} × 3 steps = ${int(steps)} steps: ${s(total, "interleaving")}; ` +
    `the table below lists the first ${int(shown)}, and the counts after it cover all ${int(total)}.`,
  schedulesTooMany: (threads: number, increments: number, steps: number, total: number) =>
    `${s(threads, "thread")} × ${s(increments, "increment")} × 3 steps = ${int(steps)} steps: ${s(total, "interleaving")}, ` +
    "too many to list here: lower `scheduleThreads` or `scheduleIncrements`.",
  noSchedules: "No schedules were listed.",
  schedulesLost: (total: number, lost: number, kept: number, expected: number, fraction: number) =>
    `**Of the ${s(total, "interleaving")}, ${int(lost)} ${lost === 1 ? "loses" : "lose"} an update and ` +
    `${int(kept)} ${kept === 1 ? "keeps" : "keep"} ${expected === 1 ? "its update" : expected === 2 ? "both updates" : `all ${int(expected)} updates`}** ` +
    `(${f.pct(fraction)} lose). Final counts:`,
  unbroken: (unbroken: number, total: number, same: boolean) =>
    `**${int(unbroken)} of the ${s(total, "schedule")} ${unbroken === 1 ? "runs" : "run"} every increment unbroken**, and ` +
    (same
      ? `${unbroken === 1 ? "it is exactly the schedule" : "they are exactly the schedules"} that keep every update.`
      : `${unbroken === 1 ? "it is" : "they are"} not exactly the ones that keep every update: please report it.`) +
    " A lock's whole job is to rule out every other schedule.",
  opcodes: (read: string, add: string, write: string) =>
    `The read is \`${read}\`, the add \`${add}\`, the write \`${write}\`: separate instructions, with others between them. ` +
    "A switch between the read and the write is exactly the `await` in our async counter.",
  resume:
    "This interpreter checks for a switch at `RESUME`, on entry to the call: before the read, never between it and the write.",
  noOpcodes: (version: string) =>
    `Python ${version} disassembled the increment, but its read, add and write were not found by name.`,
  pythonMissing: (python: string) =>
    `*\`${python}\` is not on this machine.* The Python runs are skipped here; everything else in this notebook runs without them.`,
  pythonFailed: (python: string, reason: string) =>
    `*\`${python}\` could not run the seed:* \`${reason.split("\n")[0]}\`. ` +
    "The Python runs are skipped here; everything else in this notebook runs without them.",
  lockedPyExact: (expected: number, py: { release: string; freeThreaded: boolean }) =>
    `**The locked program counted all ${int(expected)} ${on(py)}**: the lock kept every update, as in the book.`,
  lockedPyLost: (r: { lost: number; expected: number }, py: { release: string; freeThreaded: boolean }) =>
    `**The locked program ${lostOf(r)} ${on(py)}.** A lock must never do that; please report it.`,
  unsafePyLost: (r: { lost: number; expected: number }, py: { release: string; freeThreaded: boolean }, book: Book) =>
    `**The seed's unsafe program ${lostOf(r)} ${on(py)}**, as the book's run did: it found ${book.found} of ${book.expected} ` +
    `(${int(book.lost)} lost).`,
  whyFreeThreaded: "This Python has no GIL: its threads ran at the same time, like our workers.",
  whyEvenNew:
    "Even this Python, which only switches threads at calls and backward jumps, split an increment this time.",
  whyOld: (release: string) =>
    `Python ${release} may switch threads between any two bytecodes, so it split \`+=\` between its read and its write.`,
  unsafePyHidden: (py: { release: string; freeThreaded: boolean }) =>
    `**This run lost nothing ${on(py)} — the race is hidden, not fixed.** ` +
    "Since 3.10 the interpreter hands the GIL to another thread only at a call or a backward jump, " +
    "and `self.count += offset` has neither between its read and its write. Nothing in the language promises that.",
  unsafePyLucky: (py: { release: string; freeThreaded: boolean }) =>
    `**This run lost nothing ${on(py)}**, but only by luck: this interpreter can split \`+=\`. ` +
    "Re-run it, or raise `pythonHowMany`.",
  callPyLost: (
    seconds: number | null,
    r: { lost: number; expected: number },
    py: { release: string; freeThreaded: boolean },
  ) =>
    `**With a call between the read and the write, at ${interval(seconds)}, the program ${lostOf(r)} ${on(py)}.** ` +
    "The call is a place where the interpreter may switch threads, and the race is back.",
  callPyNone: (seconds: number | null, py: { release: string; freeThreaded: boolean }) =>
    `**With a call between the read and the write, at ${interval(seconds)}, this run lost nothing ${on(py)}.** ` +
    (seconds === null || seconds >= 1e-3
      ? "A switch must land in that gap and none did; a shorter switch interval asks for switches more often."
      : "A switch must land in that gap, and none did, even asked for this often."),
  noPythonRan: "No Python ran in this notebook.",
  wasFreeThreaded: (release: string) =>
    `Python ${release} above is a free-threaded build: its threads ran in parallel.`,
  hadGil: (release: string) =>
    `Python ${release} above has a GIL. To try a free-threaded build, if one is installed: ` +
    "`npm run export -- --python-command python3.13t`.",
};
