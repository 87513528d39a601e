// Fabricated sweeps, tiny races and trace costs for narrator tests: every number chosen.
import type { IncrementsSweep, TrialsSweep, WorkersSweep } from "../../src/lesson/analysis/sweeps";
import type { TinyRace } from "../../src/lesson/analysis/tinyRace";
import type { TraceCost, TraceCostRow } from "../../src/lesson/analysis/traceCost";

export function hist(unsafe: number[], fixed: number[] = [0, 0]): TrialsSweep {
  return {
    threads: 4,
    howMany: 100_000,
    expected: 400_000,
    trials: unsafe.length,
    unsafe,
    atomic: fixed,
    locked: fixed.map(() => 0),
    results: {},
    wallMs: 1,
  };
}

export function point(workers: number, lostFractions: number[]) {
  return {
    workers,
    lostFractions,
    medianLostFraction: 0,
    medianStartSkewMs: 0,
    medianElapsedMs: 0,
    medianLoopMs: 0,
    trials: [],
    counter: "unsafe" as const,
  };
}

export function workers(unsafe: ReturnType<typeof point>[], fixedLost = false): WorkersSweep {
  const fixed = unsafe.map((p) => point(p.workers, [fixedLost ? 0.1 : 0]));
  return { howMany: 1000, trials: 3, unsafe, atomic: fixed, locked: fixed, wallMs: 1 };
}

/** Points of [increments, lost fractions, all done ms, start skew ms, loop ms (default: all done less skew)]. */
export function sizes(points: [number, number[], number, number, number?][]): IncrementsSweep {
  const unsafe = points.map(([increments, lostFractions, elapsed, skew, loop]) => ({
    increments,
    lostFractions,
    medianLostFraction: [...lostFractions].sort((a, b) => a - b)[Math.floor(lostFractions.length / 2)]!,
    medianElapsedMs: elapsed,
    medianStartSkewMs: skew,
    medianLoopMs: loop ?? elapsed - skew,
    trials: [],
    counter: "unsafe" as const,
  }));
  return { threads: 4, trials: 3, unsafe, wallMs: 1 };
}

/** A tiny race of 2,000 repetitions per counter; `forbidden` outcomes land on the counter `on` (default atomic). */
export function tiny(unsafeLost: number, forbidden = 0, on: "unsafe" | "atomic" | "locked" = "atomic"): TinyRace {
  const counter = (c: "unsafe" | "atomic" | "locked", lost: number) => ({
    counter: c,
    outcomes: [],
    lost,
    forbiddenSeen: c === on ? forbidden : 0,
  });
  return {
    repetitions: 2000,
    counters: [counter("unsafe", unsafeLost), counter("atomic", 0), counter("locked", 0)],
    rows: [],
    outcomes: [],
    wallMs: 100,
  };
}

/** One counter's row of a trace-cost measurement: one trial each way. */
export function costRow(
  counter: TraceCostRow["counter"],
  untracedNs: number,
  tracedNs: number,
  lost = [0, 0],
): TraceCostRow {
  return {
    counter,
    untracedTrialsNs: [untracedNs],
    tracedTrialsNs: [tracedNs],
    untracedNs,
    tracedNs,
    ratio: tracedNs / untracedNs,
    untracedLost: lost[0]!,
    tracedLost: lost[1]!,
  };
}

export function traceCost(...rows: TraceCostRow[]): TraceCost {
  return { threads: 2, howMany: 1000, trials: 5, rows };
}
