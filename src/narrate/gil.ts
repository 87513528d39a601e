/**
 * Notebook 4's narration: what the seed's own Python programs did on this machine.
 * The sentences follow what this Python actually did (3.9 loses updates in the seed's
 * program; 3.10+ usually hides the race; a free-threaded build has no GIL at all).
 */
import type { PythonRunResult } from "../python/seed";
import { pythonVersionFacts } from "../python/version";
import type { EventLoopRaceResult } from "../eventLoop/eventLoopRace";

const fmt = (n: number): string => n.toLocaleString("en-US");
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

/** One or two sentences of Markdown saying what this run showed, for its program and Python version. */
export function narratePythonRun(run: PythonRunResult): string {
  if (!run.available) {
    return `*${run.reason}.* The Python runs are skipped here; everything else in this notebook runs without them.`;
  }
  const py = pythonVersionFacts(run.pythonVersion);
  const on = `on Python ${py.release}${py.freeThreaded ? " (free-threaded)" : ""}`;
  const lost = `lost ${fmt(run.lost)} of ${fmt(run.expected)} updates (${pct(run.lost, run.expected)})`;
  switch (run.program) {
    case "locked":
      return run.lost === 0
        ? `**The locked program counted all ${fmt(run.expected)} ${on}**: the lock kept every update, as in the book.`
        : `**The locked program ${lost} ${on}.** A lock must never do that; please report it.`;
    case "unsafe":
      if (run.lost > 0) {
        const why = py.freeThreaded
          ? "This Python has no GIL: its threads ran at the same time, like our workers."
          : py.switchesOnlyAtCallsAndJumps
            ? "Even this Python, which only switches threads at calls and backward jumps, split an increment this time."
            : `Python ${py.release} may switch threads between any two bytecodes, so it split \`+=\` between its read and its write.`;
        return `**The seed's unsafe program ${lost} ${on}**, like the book's 404231 of 500000. ${why}`;
      }
      return py.switchesOnlyAtCallsAndJumps && !py.freeThreaded
        ? `**This run lost nothing ${on} — the race is hidden, not fixed.** ` +
            "Since 3.10 the interpreter hands the GIL to another thread only at a call or a backward jump, " +
            "and `self.count += offset` has neither between its read and its write. Nothing in the language promises that."
        : `**This run lost nothing ${on}**, but only by luck: this interpreter can split \`+=\`. Re-run it, or raise \`pythonHowMany\`.`;
    case "unsafe-with-call": {
      const interval =
        run.switchInterval === null ? "the default switch interval" : `a switch interval of ${run.switchInterval} s`;
      return run.lost > 0
        ? `**With a call between the read and the write, at ${interval}, the program ${lost} ${on}.** ` +
            "The call is a place where the interpreter may switch threads, and the race is back."
        : `**With a call between the read and the write, at ${interval}, this run lost nothing ${on}.** ` +
            "A switch must land in that gap and none did; a shorter switch interval asks for switches more often.";
    }
  }
}

/** One line for a notebook cell, in the seed's words. */
export function describeRace(r: EventLoopRaceResult): string {
  return `${r.counter}: counter should be ${r.expected}, found ${r.found} (lost ${r.lost}, ${r.elapsedMs.toFixed(1)} ms)`;
}
