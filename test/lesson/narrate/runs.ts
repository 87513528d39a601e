// Random fabricated runs, shaped like real ones (consistent counts, every branch reachable):
// what the generated tests put through the narrators (registry.ts) and beside their tables
// and charts (beside.ts).
import { lockHandoff, LONG_RUN } from "../../../src/lesson/analysis/handoff";
import { summarizeInterleavings } from "../../../src/lesson/analysis/interleavings";
import { lossPicture } from "../../../src/lesson/analysis/lossPicture";
import type { IncrementsSweep, TrialsSweep, WorkersSweep } from "../../../src/lesson/analysis/sweeps";
import type { TinyRace } from "../../../src/lesson/analysis/tinyRace";
import type { TraceCost } from "../../../src/lesson/analysis/traceCost";
import type { CounterKind } from "../../../src/lesson/engine/counters";
import type { Experiment } from "../../../src/lesson/engine/experiment";
import type { EventLoopRaceResult } from "../../../src/lesson/eventLoop/eventLoopRace";
import type { PythonRunResult } from "../../../src/lesson/python/seedPrograms";
import { trial } from "../../helpers/fabricate";
import { costRow } from "../../helpers/sweeps";
import type { Random } from "../../helpers/random";
import { lockedTrace, traceOf } from "../../helpers/traces";

export const KINDS: readonly CounterKind[] = ["unsafe", "atomic", "locked"];
/** Shapes small enough to enumerate every interleaving. */
export const SHAPES = [
  { threads: 1, increments: 1 },
  { threads: 1, increments: 3 },
  { threads: 2, increments: 1 },
  { threads: 2, increments: 2 },
  { threads: 2, increments: 3 },
  { threads: 3, increments: 1 },
];
const summaries = new Map<string, ReturnType<typeof summarizeInterleavings>>();
/** A shape's summary, enumerated once per test run. */
export function summaryOf(shape: { threads: number; increments: number }) {
  const key = `${shape.threads}×${shape.increments}`;
  if (!summaries.has(key)) summaries.set(key, summarizeInterleavings(shape));
  return summaries.get(key)!;
}

// ------------------------------------------------------------------ fabricated runs

/** A lost count for `expected` increments: often none, sometimes a little, sometimes most. */
export function lostOf(r: Random, expected: number): number {
  const roll = r.next();
  if (roll < 0.3 || expected < 2) return 0;
  if (roll < 0.45) return r.int(1, Math.min(3, expected - 1));
  return r.int(1, expected - 1);
}

export function experiment(r: Random, counter: CounterKind, fixed?: { threads: number; howMany: number }): Experiment {
  const threads = fixed?.threads ?? r.int(1, 8);
  const howMany = fixed?.howMany ?? Math.round(r.logUniform(1, 2_000_000));
  const expected = threads * howMany;
  const trials = Array.from({ length: r.int(1, 6) }, () => {
    const lost = counter === "unsafe" || r.chance(0.1) ? (threads > 1 ? lostOf(r, expected) : 0) : 0;
    const elapsedMs = r.logUniform(0.01, 5_000);
    const startSkewMs = elapsedMs * r.next() * 1.2;
    const loopMs = Math.max(0, elapsedMs - startSkewMs) * (0.2 + 0.8 * r.next());
    return trial(counter, lost, { threads, howMany, elapsedMs, startSkewMs, loopMs });
  });
  return { counter, threads, howMany, sensorWork: r.pick([0, 0, 10, 60, 1_000]), trials };
}

/** The order of a locked run's increments: each worker's howMany in runs of random length. */
export function order(r: Random, threads: number, howMany: number): string {
  const left = Array.from({ length: threads }, () => howMany);
  const style = r.pick(["inTurn", "long", "short", "mixed"]);
  let out = "";
  let w = 0;
  while (left.some((n) => n > 0)) {
    if (style === "inTurn") w = left.findIndex((n) => n > 0);
    else {
      const open = left.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0);
      w = r.pick(open);
    }
    const run = style === "short" ? r.int(1, 3) : style === "long" ? r.int(LONG_RUN, 3 * LONG_RUN) : r.int(1, howMany);
    const n = Math.min(left[w]!, run);
    out += String.fromCharCode(65 + w).repeat(n);
    left[w]! -= n;
  }
  return out;
}

/** A traced run's hand-offs; the atomic contrast has the same workers and increments as the lock. */
export function handoff(r: Random, counter: "locked" | "atomic", shape: { threads: number; howMany: number }) {
  return lockHandoff(lockedTrace(order(r, shape.threads, shape.howMany), counter));
}

/** An unsafe run simulated step by step (each read and write a step): a consistent trace and its final count. */
export function unsafeRun(r: Random) {
  const threads = r.int(1, 4);
  const howMany = r.int(1, 400);
  const reads: number[][] = Array.from({ length: threads }, () => []);
  const pending = Array<number | null>(threads).fill(null);
  let count = 0;
  // Bursts: a worker keeps the core for a while, as a time slice would give it.
  for (let w = 0; reads.some((rd, i) => rd.length < howMany || pending[i] !== null);) {
    const busy = reads.map((rd, i) => rd.length < howMany || pending[i] !== null);
    if (!busy[w] || r.chance(0.2)) w = r.pick(busy.map((b, i) => (b ? i : -1)).filter((i) => i >= 0));
    if (pending[w] === null) {
      reads[w]!.push(count);
      pending[w] = count;
    } else {
      count = (pending[w] as number) + 1;
      pending[w] = null;
    }
  }
  return lossPicture({ found: count, trace: traceOf("unsafe", reads) });
}

export function loopRun(
  r: Random,
  counter: EventLoopRaceResult["counter"],
  shape?: { tasks: number; howMany: number },
) {
  const tasks = shape?.tasks ?? r.int(1, 10);
  const howMany = shape?.howMany ?? r.int(1, 200_000);
  const expected = tasks * howMany;
  const lost =
    counter === "unsafe" && tasks > 1
      ? r.pick([0, expected - howMany, lostOf(r, expected)])
      : r.chance(0.1)
        ? lostOf(r, expected)
        : 0;
  return {
    counter,
    tasks,
    howMany,
    expected,
    found: expected - lost,
    lost,
    elapsedMs: r.logUniform(1, 5_000),
  } satisfies EventLoopRaceResult;
}

export const VERSIONS = [
  "3.9.18 (main, Jan 1 2024, 00:00:00) [GCC 12.2.0]",
  "3.11.7 (main, May 9 2026, 07:35:25) [GCC 12.2.0]",
  "3.12.2 (main, Feb 6 2024, 20:19:44) [Clang 15.0.0]",
  "3.13.1 experimental free-threading build (main, Dec 3 2024)",
  "3.14.0 (main, Oct 7 2025)",
];

export function pythonRun(r: Random): PythonRunResult {
  const program = r.pick(["unsafe", "locked", "unsafe-with-call"] as const);
  const python = r.pick(["python3", "python3.13t", "python3.9", "py"]);
  if (r.chance(0.15)) {
    const missing = r.chance(0.5);
    return { available: false, program, python, missing, reason: missing ? "spawn ENOENT" : "SyntaxError: x\n more" };
  }
  const threads = r.int(1, 8);
  const howMany = r.int(1, 1_000_000);
  const expected = threads * howMany;
  const lost = program === "locked" && r.chance(0.8) ? 0 : lostOf(r, expected);
  return {
    available: true,
    program,
    python,
    pythonVersion: r.pick(VERSIONS),
    howMany,
    threads,
    switchInterval: r.pick([null, 1e-6, 0.005]),
    stdout: [],
    expected,
    found: expected - lost,
    lost,
    elapsedMs: 100,
    pythonElapsedMs: 50,
  };
}

export function hist(r: Random): TrialsSweep {
  const threads = r.int(1, 8);
  const howMany = r.int(1, 500_000);
  const expected = threads * howMany;
  const trials = r.int(1, 40);
  const unsafe = Array.from({ length: trials }, () => (threads > 1 ? lostOf(r, expected) : 0));
  const fixed = () => Array.from({ length: trials }, () => (r.chance(0.03) ? lostOf(r, expected) : 0));
  return { threads, howMany, expected, trials, unsafe, atomic: fixed(), locked: fixed(), results: {}, wallMs: 1 };
}

export function fractions(r: Random, n: number, canLose: boolean): number[] {
  return Array.from({ length: n }, () => (canLose && r.chance(0.6) ? r.next() * 0.8 : 0));
}

export function sweepPoint(r: Random, counter: CounterKind, lostFractions: number[]) {
  const sorted = [...lostFractions].sort((a, b) => a - b);
  const elapsed = r.logUniform(0.01, 1_000);
  return {
    counter,
    lostFractions,
    medianLostFraction: sorted[Math.floor(sorted.length / 2)]!, // fractions() gives at least one
    medianElapsedMs: elapsed,
    medianStartSkewMs: elapsed * r.next(),
    medianLoopMs: elapsed * r.next(),
    trials: [],
  };
}

export function workersSweep(r: Random): WorkersSweep {
  const counts = r.subset([1, 2, 3, 4, 8, 16, 32]);
  const trials = r.int(1, 5);
  const fixed = (kind: CounterKind) =>
    counts.map((workers) => ({ workers, ...sweepPoint(r, kind, fractions(r, 1, r.chance(0.05))) }));
  return {
    howMany: r.int(1, 100_000),
    trials,
    unsafe: counts.map((workers) => ({ workers, ...sweepPoint(r, "unsafe", fractions(r, trials, workers > 1)) })),
    ...(r.chance(0.8) ? { atomic: fixed("atomic"), locked: fixed("locked") } : {}),
    wallMs: 1,
  };
}

export function incrementsSweep(r: Random): IncrementsSweep {
  const sizes = r.subset([1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]);
  const trials = r.int(1, 5);
  return {
    threads: r.int(2, 8),
    trials,
    unsafe: sizes.map((increments) => ({ increments, ...sweepPoint(r, "unsafe", fractions(r, trials, true)) })),
    wallMs: 1,
  };
}

export function tiny(r: Random): TinyRace {
  const repetitions = r.int(1, 100_000);
  const counters = r.subset(KINDS).map((counter) => {
    const lost = counter === "unsafe" ? Math.min(lostOf(r, repetitions + 1), repetitions) : 0;
    const forbiddenSeen = r.chance(0.1) && lost < repetitions ? r.int(1, repetitions - lost) : 0;
    return { counter, outcomes: [], lost, forbiddenSeen };
  });
  return { repetitions, counters, rows: [], outcomes: [], wallMs: 1 };
}

export function traceCost(r: Random): TraceCost {
  const rows = r.chance(0.05)
    ? []
    : r.subset(KINDS).map((counter) => {
        const untracedNs = r.logUniform(0.5, 100);
        const tracedNs = untracedNs * r.logUniform(0.8, 4);
        const lost = () => (counter === "unsafe" && r.chance(0.8) ? r.next() * 0.6 : 0);
        return costRow(counter, untracedNs, tracedNs, [lost(), lost()]);
      });
  return { threads: 2, howMany: 1000, trials: r.int(1, 9), rows };
}

export function costPoints(r: Random) {
  const kinds = r.subset(KINDS);
  const counts = r.subset([1, 2, 3, 4, 6, 8, 12, 16]);
  return counts.map((workers) => ({
    workers,
    ...Object.fromEntries(kinds.map((k) => [k, r.logUniform(0.5, 200)])),
  }));
}

/** The share of increments in runs of at least `longRun`, counted from the order itself. */
export function longShare(h: ReturnType<typeof lockHandoff>): number {
  let inLong = 0;
  for (const length of h.runLengths) if (length >= LONG_RUN) inLong += length;
  return inLong / h.total;
}
