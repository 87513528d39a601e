/**
 * Part 4's talk, in claims: the question one thread raises, and the reading of each result as a
 * slide's headline: the event loop's counters, every schedule, and the book's programs on CPython.
 */
import type { InterleavingSummary } from "../../analysis/interleavings";
import type { EventLoopRaceResult } from "../../eventLoop/eventLoopRace";
import type { PythonRun, PythonRunResult } from "../../python/seedPrograms";
import { pythonVersionFacts } from "../../python/version";
import { phrases, type Facts } from "../facts";

/** "One thread, one task at a time: how did 5 tasks lose 399,996 of 500,000 updates?" */
export function eventLoopQuestion(facts: Facts, unsafe: EventLoopRaceResult): string {
  const T = phrases(facts).headlines.gil;
  return unsafe.lost === 0 ? T.questionNoneLost(unsafe.tasks) : T.question(unsafe.tasks, unsafe.lost, unsafe.expected);
}

/** Which of the event loop's counters lost updates, in the chart's numbers. */
export function eventLoopHeadline(facts: Facts, runs: readonly EventLoopRaceResult[]): string {
  const T = phrases(facts).headlines.gil;
  if (runs.some((r) => r.counter !== "unsafe" && r.lost > 0)) return T.exactLost;
  const unsafe = runs.find((r) => r.counter === "unsafe");
  if (!unsafe || unsafe.lost === 0) return T.noneLost;
  return T.onlyAwaitedLost(unsafe.lost, unsafe.expected);
}

/** How many of every schedule lose an update. */
export function interleavingsHeadline(facts: Facts, summary: InterleavingSummary): string {
  return phrases(facts).headlines.gil.schedules(summary.lost, summary.total, summary.threads);
}

/**
 * What the book's programs did on this machine's CPython, from the runs in the order the chart
 * draws them: the book's unsafe program, the locked one, then the runs with a call in the increment.
 */
export function pythonHeadline(facts: Facts, runs: readonly PythonRunResult[]): string {
  const T = phrases(facts).headlines.gil;
  const ran = runs.filter((r): r is PythonRun => r.available);
  const first = ran[0];
  if (!first) return runs.some((r) => !r.available && r.missing) ? T.noPython : T.pythonFailed;
  const release = pythonVersionFacts(first.pythonVersion).release;
  const lost = (program: PythonRun["program"]) => ran.filter((r) => r.program === program && r.lost > 0);
  if (lost("locked").length > 0) return T.lockedLost(release);
  const unsafe = lost("unsafe")[0];
  if (unsafe) return T.bookLost(release, unsafe.lost);
  // The call's runs, at the default switch interval (null) first, then shorter ones: a loss only
  // at a shorter interval is that interval's, not the call's alone.
  const interval = (r: PythonRun) => r.switchInterval ?? Infinity;
  const calls = ran.filter((r) => r.program === "unsafe-with-call").sort((a, b) => interval(b) - interval(a));
  const call = calls.find((r) => r.lost > 0);
  if (call)
    return call === calls[0] || call.switchInterval === null
      ? T.callLost(release, call.lost)
      : T.callFrequentLost(release, call.lost, call.switchInterval);
  return T.hid(release);
}
