/**
 * Notebook 4's narration: the race on the event loop, every interleaving, and what the
 * seed's own Python programs did on this machine. The Python sentences follow what this
 * interpreter actually did (3.9 loses updates in the seed's program; 3.10+ usually hides
 * the race; a free-threaded build has no GIL at all).
 */
import type { InterleavingSummary } from "../analysis/interleavings";
import { incrementOpcodes, type PythonBytecode } from "../python/bytecode";
import type { PythonRunResult } from "../python/seedPrograms";
import { pythonVersionFacts } from "../python/version";
import { BOOK, type Book } from "./book";
import { phrases, type Facts } from "./facts";

// The event loop's race is narrated in eventLoop.ts (which a browser's panel imports without
// this file's Python); notebook 4's cells reach it here, through tell, as before.
export { asyncLockedReading, awaitedReading, raceLines } from "./eventLoop";

/**
 * How many schedules `threads` × `increments` have, whether the notebook enumerated them
 * all (`listed`), and how many of those its table shows (`shown`, default all listed).
 */
export function schedulesCount(
  facts: Facts,
  shape: { threads: number; increments: number },
  total: number,
  listed: number,
  shown: number = listed,
): string {
  const T = phrases(facts).gil;
  const steps = 3 * shape.threads * shape.increments;
  if (listed < total) return T.schedulesTooMany(shape.threads, shape.increments, steps, total);
  return shown >= total
    ? T.schedulesAll(shape.threads, shape.increments, steps, total)
    : T.schedulesSome(shape.threads, shape.increments, steps, total, shown);
}

/** Of all the schedules, how many lose an update. */
export function schedulesSummary(facts: Facts, summary: InterleavingSummary): string {
  const T = phrases(facts).gil;
  return summary.total === 0
    ? T.noSchedules
    : T.schedulesLost(summary.total, summary.lost, summary.kept, summary.expected, summary.lost / summary.total);
}

/** The schedules that run every increment unbroken are exactly those that keep every update. */
export function unbrokenReading(facts: Facts, unbroken: number, total: number, keptAreUnbroken: boolean): string {
  const T = phrases(facts).gil;
  return total === 0 ? T.noSchedules : T.unbroken(unbroken, total, keptAreUnbroken);
}

/** Where the read, the add and the write are in the interpreter's disassembly. */
export function bytecodeReading(facts: Facts, bytecode: PythonBytecode): string {
  const T = phrases(facts).gil;
  if (!bytecode.available) return unavailable(facts, bytecode.python, bytecode.missing, bytecode.reason);
  const ops = incrementOpcodes(bytecode.lines);
  if (!(ops.read && ops.add && ops.write)) return T.noOpcodes(bytecode.pythonVersion);
  const resume = bytecode.lines.some((line) => /\bRESUME\b/.test(line));
  return `${T.opcodes(ops.read, ops.add, ops.write)}${resume ? ` ${T.resume}` : ""}`;
}

function unavailable(facts: Facts, python: string, missing: boolean, reason: string): string {
  const T = phrases(facts).gil;
  return missing ? T.pythonMissing(python) : T.pythonFailed(python, reason);
}

/** One or two sentences saying what a run of the seed's Python showed, for its program and version. */
export function pythonRunReading(facts: Facts, run: PythonRunResult, book: Book = BOOK): string {
  const T = phrases(facts).gil;
  if (!run.available) return unavailable(facts, run.python, run.missing, run.reason);
  const py = pythonVersionFacts(run.pythonVersion);
  const on = { release: py.release, freeThreaded: py.freeThreaded };
  const lost = { lost: run.lost, expected: run.expected };
  switch (run.program) {
    case "locked":
      return run.lost === 0 ? T.lockedPyExact(run.expected, on) : T.lockedPyLost(lost, on);
    case "unsafe":
      if (run.lost > 0) {
        const why = py.freeThreaded
          ? T.whyFreeThreaded
          : py.switchesOnlyAtCallsAndJumps
            ? T.whyEvenNew
            : T.whyOld(py.release);
        return `${T.unsafePyLost(lost, on, book)} ${why}`;
      }
      return py.switchesOnlyAtCallsAndJumps && !py.freeThreaded ? T.unsafePyHidden(on) : T.unsafePyLucky(on);
    case "unsafe-with-call":
      return run.lost > 0 ? T.callPyLost(run.switchInterval, lost, on) : T.callPyNone(run.switchInterval, on);
  }
}

/** Whether the Python above had a GIL, and how to try one that has none. */
export function freeThreadedReading(facts: Facts, run: PythonRunResult): string {
  const T = phrases(facts).gil;
  if (!run.available) return T.noPythonRan;
  const py = pythonVersionFacts(run.pythonVersion);
  return py.freeThreaded ? T.wasFreeThreaded(py.release) : T.hadGil(py.release);
}
