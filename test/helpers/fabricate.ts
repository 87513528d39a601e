// Fabricated results for narrator and table tests: shaped like real runs, every number chosen.
import type { Experiment } from "../../src/lesson/engine/experiment";
import type { CounterKind } from "../../src/lesson/engine/counters";
import type { TrialResult } from "../../src/lesson/engine/pool";
import type { Facts } from "../../src/lesson/narrate/facts";
import type { EventLoopRaceResult } from "../../src/lesson/eventLoop/eventLoopRace";
import type { PythonRun } from "../../src/lesson/python/seedPrograms";

export const EN: Facts = { lang: "en", cores: 2, node: "v20.0.0" };
export const ONE_CORE: Facts = { ...EN, cores: 1 };
export const MANY_CORES: Facts = { ...EN, cores: 16 };

export function trial(counter: CounterKind, lost: number, over: Partial<TrialResult> = {}): TrialResult {
  const threads = over.threads ?? 5;
  const howMany = over.howMany ?? 100_000;
  const expected = threads * howMany;
  return {
    counter,
    threads,
    howMany,
    expected,
    found: expected - lost,
    lost,
    elapsedMs: 4,
    startSkewMs: 0.05,
    loopMs: 3,
    ...over,
  };
}

/** An experiment whose trials lost these many updates each. */
export function experiment(counter: CounterKind, losses: number[], over: Partial<TrialResult> = {}): Experiment {
  const trials = losses.map((lost) => trial(counter, lost, over));
  return { counter, threads: trials[0]!.threads, howMany: trials[0]!.howMany, sensorWork: 0, trials };
}

export function loopRun(over: Partial<EventLoopRaceResult>): EventLoopRaceResult {
  const tasks = over.tasks ?? 5;
  const howMany = over.howMany ?? 100_000;
  const lost = over.lost ?? 0;
  return {
    counter: "unsafe",
    tasks,
    howMany,
    expected: tasks * howMany,
    found: tasks * howMany - lost,
    lost,
    elapsedMs: 50,
    ...over,
  };
}

export function pythonRun(over: Partial<PythonRun>): PythonRun {
  return {
    available: true,
    program: "unsafe",
    python: "python3",
    pythonVersion: "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]",
    howMany: 100_000,
    threads: 5,
    switchInterval: null,
    stdout: ["python 3.11.7", "Counter should be 500000, found 500000", "elapsed_ms 28.000"],
    expected: 500_000,
    found: 500_000 - (over.lost ?? 0),
    lost: 0,
    elapsedMs: 140,
    pythonElapsedMs: 28,
    ...over,
  };
}
