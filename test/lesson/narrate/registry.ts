// Every narrator, with a generator of random runs it can be handed: what the generated test
// (generated.test.ts) puts through each narrator in both languages and on 1, 2 and 16
// cores. A new narrator joins by adding an entry here: its name, and a `sample` that
// fabricates a run shaped like a real one (consistent counts, every branch reachable) and
// lists the shares (0…1) its sentences may state as percentages.
import { counterCosts } from "../../../src/lesson/analysis/costs";
import { lockHandoff, LONG_RUN } from "../../../src/lesson/analysis/handoff";
import { everySchedule, type PlayedSchedule } from "../../../src/lesson/analysis/everySchedule";
import {
  countInterleavings,
  raceStep,
  startRace,
  summarizeInterleavings,
  type Program,
} from "../../../src/lesson/analysis/interleavings";
import { lossPicture } from "../../../src/lesson/analysis/lossPicture";
import { summarize } from "../../../src/lesson/analysis/stats";
import type { IncrementsSweep, TrialsSweep, WorkersSweep } from "../../../src/lesson/analysis/sweeps";
import type { TinyRace } from "../../../src/lesson/analysis/tinyRace";
import type { TraceCost } from "../../../src/lesson/analysis/traceCost";
import type { CounterKind } from "../../../src/lesson/engine/counters";
import type { Experiment } from "../../../src/lesson/engine/experiment";
import { LockTimeoutError } from "../../../src/lesson/core/errors";
import type { EventLoopRaceResult } from "../../../src/lesson/eventLoop/eventLoopRace";
import { median } from "../../../src/lesson/analysis/stats";
import { closingReading } from "../../../src/lesson/narrate/closingReading";
import * as costGrowth from "../../../src/lesson/narrate/costGrowth";
import * as distributions from "../../../src/lesson/narrate/distributions";
import { NEAR_WHOLE_LOOPS } from "../../../src/lesson/narrate/distributions";
import type { Facts } from "../../../src/lesson/narrate/facts";
import * as gil from "../../../src/lesson/narrate/gil";
import * as live from "../../../src/lesson/narrate/live";
import * as lock from "../../../src/lesson/narrate/lock";
import * as race from "../../../src/lesson/narrate/race";
import * as raceHeadlines from "../../../src/lesson/narrate/headlines/race";
import * as lockHeadlines from "../../../src/lesson/narrate/headlines/lock";
import * as distributionsHeadlines from "../../../src/lesson/narrate/headlines/distributions";
import * as gilHeadlines from "../../../src/lesson/narrate/headlines/gil";
import * as stepper from "../../../src/lesson/narrate/stepper";
import * as tinyRace from "../../../src/lesson/narrate/tinyRace";
import * as trace from "../../../src/lesson/narrate/trace";
import { thisMachine, thisRun } from "../../../src/lesson/narrate/thisRun";
import { MAX_LISTED_SCHEDULES } from "../../../src/lesson/parameters/parameters";
import type { PythonRunResult } from "../../../src/lesson/python/seedPrograms";
import { trial } from "../../helpers/fabricate";
import { costRow } from "../../helpers/sweeps";
import type { Random } from "../../helpers/random";
import { lockedTrace, traceOf } from "../../helpers/traces";

export interface Sample {
  say: (facts: Facts) => string;
  /** The shares the sentences may state as percentages, computed here from the run. */
  shares: number[];
  /** Percentages a sentence states as they are written, not computed (a threshold typed into a phrase). */
  written?: string[];
}

export interface NarratorEntry {
  name: string;
  sample: (r: Random) => Sample;
}

const KINDS: readonly CounterKind[] = ["unsafe", "atomic", "locked"];
/** Shapes small enough to enumerate every interleaving. */
const SHAPES = [
  { threads: 1, increments: 1 },
  { threads: 1, increments: 3 },
  { threads: 2, increments: 1 },
  { threads: 2, increments: 2 },
  { threads: 2, increments: 3 },
  { threads: 3, increments: 1 },
];
const summaries = new Map<string, ReturnType<typeof summarizeInterleavings>>();
/** A shape's summary, enumerated once per test run. */
function summaryOf(shape: { threads: number; increments: number }) {
  const key = `${shape.threads}×${shape.increments}`;
  if (!summaries.has(key)) summaries.set(key, summarizeInterleavings(shape));
  return summaries.get(key)!;
}

// ------------------------------------------------------------------ fabricated runs

/** A lost count for `expected` increments: often none, sometimes a little, sometimes most. */
function lostOf(r: Random, expected: number): number {
  const roll = r.next();
  if (roll < 0.3 || expected < 2) return 0;
  if (roll < 0.45) return r.int(1, Math.min(3, expected - 1));
  return r.int(1, expected - 1);
}

function experiment(r: Random, counter: CounterKind, fixed?: { threads: number; howMany: number }): Experiment {
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
function order(r: Random, threads: number, howMany: number): string {
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
function handoff(r: Random, counter: "locked" | "atomic", shape: { threads: number; howMany: number }) {
  return lockHandoff(lockedTrace(order(r, shape.threads, shape.howMany), counter));
}

/** An unsafe run simulated step by step (each read and write a step): a consistent trace and its final count. */
function unsafeRun(r: Random) {
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

function loopRun(r: Random, counter: EventLoopRaceResult["counter"], shape?: { tasks: number; howMany: number }) {
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

const VERSIONS = [
  "3.9.18 (main, Jan 1 2024, 00:00:00) [GCC 12.2.0]",
  "3.11.7 (main, May 9 2026, 07:35:25) [GCC 12.2.0]",
  "3.12.2 (main, Feb 6 2024, 20:19:44) [Clang 15.0.0]",
  "3.13.1 experimental free-threading build (main, Dec 3 2024)",
  "3.14.0 (main, Oct 7 2025)",
];

function pythonRun(r: Random): PythonRunResult {
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

function hist(r: Random): TrialsSweep {
  const threads = r.int(1, 8);
  const howMany = r.int(1, 500_000);
  const expected = threads * howMany;
  const trials = r.int(1, 40);
  const unsafe = Array.from({ length: trials }, () => (threads > 1 ? lostOf(r, expected) : 0));
  const fixed = () => Array.from({ length: trials }, () => (r.chance(0.03) ? lostOf(r, expected) : 0));
  return { threads, howMany, expected, trials, unsafe, atomic: fixed(), locked: fixed(), results: {}, wallMs: 1 };
}

function fractions(r: Random, n: number, canLose: boolean): number[] {
  return Array.from({ length: n }, () => (canLose && r.chance(0.6) ? r.next() * 0.8 : 0));
}

function sweepPoint(r: Random, counter: CounterKind, lostFractions: number[]) {
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

function workersSweep(r: Random): WorkersSweep {
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

function incrementsSweep(r: Random): IncrementsSweep {
  const sizes = r.subset([1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]);
  const trials = r.int(1, 5);
  return {
    threads: r.int(2, 8),
    trials,
    unsafe: sizes.map((increments) => ({ increments, ...sweepPoint(r, "unsafe", fractions(r, trials, true)) })),
    wallMs: 1,
  };
}

function tiny(r: Random): TinyRace {
  const repetitions = r.int(1, 100_000);
  const counters = r.subset(KINDS).map((counter) => {
    const lost = counter === "unsafe" ? Math.min(lostOf(r, repetitions + 1), repetitions) : 0;
    const forbiddenSeen = r.chance(0.1) && lost < repetitions ? r.int(1, repetitions - lost) : 0;
    return { counter, outcomes: [], lost, forbiddenSeen };
  });
  return { repetitions, counters, rows: [], outcomes: [], wallMs: 1 };
}

function traceCost(r: Random): TraceCost {
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

function costPoints(r: Random) {
  const kinds = r.subset(KINDS);
  const counts = r.subset([1, 2, 3, 4, 6, 8, 12, 16]);
  return counts.map((workers) => ({
    workers,
    ...Object.fromEntries(kinds.map((k) => [k, r.logUniform(0.5, 200)])),
  }));
}

/** The share of increments in runs of at least `longRun`, counted from the order itself. */
function longShare(h: ReturnType<typeof lockHandoff>): number {
  let inLong = 0;
  for (const length of h.runLengths) if (length >= LONG_RUN) inLong += length;
  return inLong / h.total;
}

// ------------------------------------------------------------------ the stepper's plays

const played = new Map<string, PlayedSchedule[]>();
/** A schedule of the stepper, drawn from all of them (enumerated once per test run). */
function stepperSchedule(r: Random, program: Program, threads: number): PlayedSchedule {
  const key = `${program} ${threads}`;
  if (!played.has(key)) played.set(key, everySchedule({ threads, program }));
  return r.pick(played.get(key)!);
}

/** A schedule's steps: each thread's index and raceStep's result. */
function stepperSteps(order: string, threads: number, program: Program) {
  let state = startRace(threads, program);
  return [...order].map((name) => {
    const t = name.charCodeAt(0) - 65;
    const result = raceStep(state, t);
    state = result.state;
    return { t, result };
  });
}

// ------------------------------------------------------------------ the registry

export const NARRATORS: NarratorEntry[] = [
  {
    name: "thisRun",
    sample: (r) => {
      const cpu = r.pick([undefined, "", "unknown", "Apple M2", "AMD EPYC 7B13 64-Core Processor"]);
      const values = {
        lang: r.pick(["en", "ko"]),
        ...(r.chance(0.8) ? { threads: r.int(1, 64), howMany: r.pick([1, 999, 100_000, 4_000_000]) } : {}),
        ...(r.chance(0.5) ? { sizes: [100, 1_000, r.int(1, 1_000_000)] } : {}),
        ...(r.chance(0.3) ? { pythonCommand: r.pick(["python3", "/usr/bin/python3.13t"]) } : {}),
      };
      return { say: (f) => thisRun({ ...f, cpu: cpu }, values), shares: [] };
    },
  },
  {
    name: "race.raceOutcome",
    sample: (r) => {
      const run = experiment(r, "unsafe");
      const losing = run.trials.filter((t) => t.lost > 0);
      return {
        say: (f) => race.raceOutcome(f, run),
        shares: losing.length > 0 ? [Math.max(...losing.map((t) => t.lost / t.expected))] : [],
      };
    },
  },
  {
    name: "closingReading",
    sample: (r) => {
      // The CLI's runs: the counters it was given, in their order, each the same race.
      const shape = { threads: r.int(1, 8), howMany: Math.round(r.logUniform(1, 2_000_000)) };
      const kinds = r.subset(KINDS);
      if (r.chance(0.5)) kinds.reverse();
      const made = kinds.map((kind) => experiment(r, kind, shape));
      const trials = Math.min(...made.map((run) => run.trials.length));
      const sensorWork = made[0]!.sensorWork; // subset() is never empty
      const runs = made.map((run) => ({ ...run, sensorWork, trials: run.trials.slice(0, trials) }));
      const defaults = { counters: ["unsafe" as const], threads: 5, howMany: 100_000, sensorWork: 60, trials: 1 };
      const unsafe = runs.find((run) => run.counter === "unsafe");
      const shares = unsafe ? unsafe.trials.map((t) => t.lost / t.expected) : [];
      return {
        say: (f) => closingReading(f, runs, { ...defaults, lang: "en" }).join(" "),
        shares: shares.some((share) => share > 0) ? [median(shares), Math.max(...shares)] : [],
      };
    },
  },
  {
    name: "live.liveReading",
    sample: (r) => {
      const run = experiment(r, r.pick(KINDS));
      const losing = run.trials.filter((t) => t.lost > 0);
      const reading = (f: Facts) => live.liveReading({ ...f, node: "Chromium 156" }, run);
      return {
        say: (f) => `${reading(f).outcome} ${reading(f).machine}`,
        shares:
          run.counter === "unsafe" && losing.length > 0 ? [Math.max(...losing.map((t) => t.lost / t.expected))] : [],
      };
    },
  },
  {
    name: "race.scheduleCount",
    sample: (r) => {
      const summary = summaryOf(r.pick(SHAPES));
      return { say: (f) => race.scheduleCount(f, summary), shares: [] };
    },
  },
  {
    name: "race.loopReading",
    sample: (r) => {
      const run = experiment(r, "unsafe");
      return { say: (f) => race.loopReading(f, run), shares: [] };
    },
  },
  {
    name: "race.barrierReading",
    sample: (r) => {
      const run = experiment(r, "unsafe");
      return { say: (f) => race.barrierReading(f, run), shares: [] };
    },
  },
  {
    name: "lock.lockedOutcome",
    sample: (r) => {
      const run = experiment(r, "locked");
      return { say: (f) => lock.lockedOutcome(f, run), shares: [] };
    },
  },
  {
    name: "lock.costReading",
    sample: (r) => {
      const shape = { threads: r.int(1, 8), howMany: r.int(1, 1_000_000) };
      const runs = Object.fromEntries(r.subset(KINDS).map((k) => [k, experiment(r, k, shape)]));
      const costs = counterCosts(runs);
      return { say: (f) => lock.costReading(f, costs), shares: [] };
    },
  },
  {
    name: "lock.lockTimeoutReading",
    sample: (r) => {
      const outcome = r.pick([
        new LockTimeoutError(
          "could not acquire the mutex at index 0 within 100 ms: it is still held",
          r.int(0, 10_000),
        ),
        undefined,
        new TypeError("held.lockAsync is not a function"),
      ]);
      return { say: (f) => lock.lockTimeoutReading(f, outcome), shares: [] };
    },
  },
  {
    name: "trace.handoffReading",
    sample: (r) => {
      const shape = { threads: r.int(1, 4), howMany: r.int(1, 3_000) };
      const locked = handoff(r, "locked", shape);
      const atomic = r.chance(0.6) ? handoff(r, "atomic", shape) : undefined;
      return { say: (f) => trace.handoffReading(f, locked, atomic), shares: [longShare(locked)] };
    },
  },
  {
    name: "trace.lossReading",
    sample: (r) => {
      const picture = unsafeRun(r);
      const shown = r.chance(0.15) && picture.lost > 0 ? { ...picture, missing: r.int(1, 5) } : picture;
      const largest = shown.staleWrites[0];
      return {
        say: (f) => trace.lossReading(f, shown),
        shares: largest && shown.lost > 0 ? [Math.min(1, largest.erased / shown.lost)] : [],
      };
    },
  },
  {
    name: "trace.traceCostReading",
    sample: (r) => {
      const cost = traceCost(r);
      const unsafe = cost.rows.find((row) => row.counter === "unsafe");
      return {
        say: (f) => trace.traceCostReading(f, cost),
        shares: unsafe ? [unsafe.untracedLost, unsafe.tracedLost] : [],
      };
    },
  },
  {
    name: "costGrowth.costGrowthReading",
    sample: (r) => {
      const points = costPoints(r);
      return { say: (f) => costGrowth.costGrowthReading(f, { points }), shares: [] };
    },
  },
  {
    name: "distributions.histogramReading",
    sample: (r) => {
      const h = hist(r);
      const lost = summarize(h.unsafe);
      return {
        say: (f) => distributions.histogramReading(f, h),
        shares: [lost.median / h.expected, lost.max / h.expected],
      };
    },
  },
  {
    name: "distributions.wholeLoopsReading",
    sample: (r) => {
      const h = hist(r);
      const tolerance = r.pick([NEAR_WHOLE_LOOPS, 0.1]);
      return { say: (f) => distributions.wholeLoopsReading(f, h, tolerance), shares: [tolerance] };
    },
  },
  {
    name: "distributions.workersReading",
    sample: (r) => {
      const sweep = workersSweep(r);
      return { say: (f) => distributions.workersReading(f, sweep), shares: [] };
    },
  },
  {
    name: "distributions.incrementsReading",
    sample: (r) => {
      const sweep = incrementsSweep(r);
      return {
        say: (f) => distributions.incrementsReading(f, sweep),
        shares: sweep.unsafe.map((p) => p.medianLostFraction),
      };
    },
  },
  {
    name: "distributions.poolsReading",
    sample: (r) => {
      const pools = r.pick([0, 0, 1, r.int(2, 9)]);
      return { say: (f) => distributions.poolsReading(f, pools), shares: [] };
    },
  },
  {
    name: "tinyRace.tinyRaceReading",
    sample: (r) => {
      const t = tiny(r);
      const unsafe = t.counters.find((c) => c.counter === "unsafe");
      return { say: (f) => tinyRace.tinyRaceReading(f, t), shares: unsafe ? [unsafe.lost / t.repetitions] : [] };
    },
  },
  {
    name: "gil.raceLines",
    sample: (r) => {
      const shape = { tasks: r.int(1, 10), howMany: r.int(1, 200_000) };
      const runs = r.subset(["sync", "unsafe", "locked"] as const).map((c) => loopRun(r, c, shape));
      return { say: (f) => gil.raceLines(f, runs), shares: [] };
    },
  },
  {
    name: "gil.awaitedReading",
    sample: (r) => {
      const shape = { tasks: r.int(1, 10), howMany: r.int(1, 200_000) };
      const unsafe = loopRun(r, "unsafe", shape);
      const sync = loopRun(r, "sync", shape);
      return { say: (f) => gil.awaitedReading(f, unsafe, sync), shares: [] };
    },
  },
  {
    name: "gil.asyncLockedReading",
    sample: (r) => {
      const shape = { tasks: r.int(1, 10), howMany: r.int(1, 200_000) };
      const locked = loopRun(r, "locked", shape);
      const unsafe = loopRun(r, "unsafe", shape);
      return { say: (f) => gil.asyncLockedReading(f, locked, unsafe), shares: [] };
    },
  },
  {
    name: "gil.schedulesCount",
    sample: (r) => {
      const shape = { threads: r.int(1, 8), increments: r.int(1, 4) };
      const total = countInterleavings(shape.threads, shape.increments);
      // The notebook lists every schedule up to MAX_LISTED_SCHEDULES, and none past it.
      const listed = total > MAX_LISTED_SCHEDULES || r.chance(0.1) ? 0 : total;
      const shown = r.chance(0.5) ? listed : Math.min(listed, r.int(1, 60));
      return { say: (f) => gil.schedulesCount(f, shape, total, listed, shown), shares: [] };
    },
  },
  {
    name: "gil.schedulesSummary",
    sample: (r) => {
      const summary = summaryOf(r.pick(SHAPES));
      return {
        say: (f) => gil.schedulesSummary(f, summary),
        shares: summary.total > 0 ? [summary.lost / summary.total] : [],
      };
    },
  },
  {
    name: "gil.unbrokenReading",
    sample: (r) => {
      const total = r.pick([0, 1, 20, 1_680]);
      const unbroken = total === 0 ? 0 : r.int(1, Math.min(total, 6));
      return { say: (f) => gil.unbrokenReading(f, unbroken, total, r.chance(0.9)), shares: [] };
    },
  },
  {
    name: "gil.bytecodeReading",
    sample: (r) => {
      const run = pythonRun(r);
      const bytecode = run.available
        ? {
            available: true as const,
            python: run.python,
            pythonVersion: run.pythonVersion.split(" ")[0]!,
            lines: r.pick([
              ["RESUME 0", "LOAD_ATTR 0 (count)", "BINARY_OP 13 (+=)", "STORE_ATTR 0 (count)"],
              ["LOAD_ATTR 0 (count)", "INPLACE_ADD", "STORE_ATTR 0 (count)"],
              ["NOP"],
            ]),
          }
        : { available: false as const, python: run.python, missing: run.missing, reason: run.reason };
      return { say: (f) => gil.bytecodeReading(f, bytecode), shares: [] };
    },
  },
  {
    name: "gil.pythonRunReading",
    sample: (r) => {
      const run = pythonRun(r);
      return {
        say: (f) => gil.pythonRunReading(f, run),
        shares: run.available ? [run.lost / run.expected] : [],
      };
    },
  },
  {
    name: "gil.freeThreadedReading",
    sample: (r) => {
      const run = pythonRun(r);
      return { say: (f) => gil.freeThreadedReading(f, run), shares: [] };
    },
  },
  {
    name: "stepper.stepLine",
    sample: (r) => {
      const program = r.pick(["unsafe", "locked"] as const);
      const threads = r.int(2, 3);
      const steps = stepperSteps(stepperSchedule(r, program, threads).order, threads, program);
      const say = (f: Facts) =>
        steps.map(({ t, result }) => Object.values(stepper.stepLine(f.lang, t, result)).join(" ")).join(". ");
      return { say, shares: [] };
    },
  },
  {
    name: "stepper.playEnding",
    sample: (r) => {
      const program = r.pick(["unsafe", "locked"] as const);
      const threads = r.int(2, 3);
      const steps = stepperSteps(stepperSchedule(r, program, threads).order, threads, program);
      const waits = new Array<number>(threads).fill(0);
      for (const { t, result } of steps) if (result.lock?.outcome === "waits") waits[t]! += 1;
      // Now and then a lock that lost an update, which no schedule makes: the broken-lock branch.
      const count = program === "locked" && r.chance(0.1) ? r.int(1, threads - 1) : steps.at(-1)!.result.state.count;
      return { say: (f) => stepper.playEnding(f.lang, { program, workers: threads, count, waits }).text, shares: [] };
    },
  },
  {
    name: "stepper.challengeVerdict",
    sample: (r) => {
      const threads = r.int(2, 3);
      if (r.chance(0.4)) {
        const holder = r.int(0, threads - 1);
        const tried = r.subset([0, 1, 2].filter((t) => t < threads && t !== holder));
        const outcome = { id: "lock-lose" as const, schedule: "AB", holder, tried };
        return { say: (f) => stepper.challengeVerdict(f.lang, outcome), shares: [] };
      }
      const { order, final } = stepperSchedule(r, "unsafe", threads);
      const id = final === threads ? "keep-all" : final === threads - 1 ? "lose-one" : "lose-two";
      const outcome = { id, schedule: order, workers: threads, kept: final } as const;
      return {
        say: (f) => `${stepper.challengeMark(f.lang, outcome)} ${stepper.challengeVerdict(f.lang, outcome)}`,
        shares: [],
      };
    },
  },
];

// ------------------------------------------------------------------ slides' headlines

NARRATORS.push(
  {
    name: "thisMachine",
    sample: (r) => {
      const cpu = r.pick([undefined, "", "unknown", "Apple M2", "AMD EPYC 7B13 64-Core Processor"]);
      return { say: (f) => thisMachine({ ...f, cpu: cpu }), shares: [] };
    },
  },
  {
    name: "headlines.raceQuestion",
    sample: (r) => {
      const run = experiment(r, "unsafe");
      return { say: (f) => raceHeadlines.raceQuestion(f, run), shares: [] };
    },
  },
  {
    name: "headlines.raceHeadline",
    sample: (r) => {
      const run = experiment(r, "unsafe");
      const losing = run.trials.filter((t) => t.lost > 0);
      return {
        say: (f) => raceHeadlines.raceHeadline(f, run),
        shares: losing.length > 0 ? [Math.max(...losing.map((t) => t.lost / t.expected))] : [],
      };
    },
  },
  {
    name: "headlines.loopHeadline",
    sample: (r) => {
      const run = experiment(r, "unsafe");
      return { say: (f) => raceHeadlines.loopHeadline(f, run), shares: [] };
    },
  },
  {
    name: "headlines.barrierHeadline",
    sample: (r) => {
      const run = experiment(r, "unsafe");
      return { say: (f) => raceHeadlines.barrierHeadline(f, run), shares: [] };
    },
  },
  {
    name: "headlines.schedulesHeadline",
    sample: (r) => {
      const summary = summaryOf(r.pick(SHAPES));
      return { say: (f) => raceHeadlines.schedulesHeadline(f, summary), shares: [] };
    },
  },
  {
    name: "headlines.lockQuestion",
    sample: (r) => {
      const run = experiment(r, "unsafe");
      return { say: (f) => lockHeadlines.lockQuestion(f, run), shares: [] };
    },
  },
  {
    name: "headlines.exactHeadline",
    sample: (r) => {
      const run = experiment(r, r.pick(["locked", "atomic"] as const));
      return { say: (f) => lockHeadlines.exactHeadline(f, run), shares: [] };
    },
  },
  {
    name: "headlines.handoffHeadline",
    sample: (r) => {
      const shape = { threads: r.int(1, 4), howMany: r.int(1, 3_000) };
      const [locked, atomic] = [handoff(r, "locked", shape), handoff(r, "atomic", shape)];
      return { say: (f) => lockHeadlines.handoffHeadline(f, locked, atomic), shares: [] };
    },
  },
  {
    name: "headlines.costHeadline",
    sample: (r) => {
      const shape = { threads: r.int(1, 8), howMany: r.int(1, 1_000_000) };
      const runs = Object.fromEntries(r.subset(KINDS).map((k) => [k, experiment(r, k, shape)]));
      const costs = counterCosts(runs);
      return { say: (f) => lockHeadlines.costHeadline(f, costs), shares: [] };
    },
  },
  {
    name: "headlines.distributionsQuestion",
    sample: (r) => {
      const h = hist(r);
      return { say: (f) => distributionsHeadlines.distributionsQuestion(f, h), shares: [] };
    },
  },
  {
    name: "headlines.histogramHeadline",
    sample: (r) => {
      const h = hist(r);
      return { say: (f) => distributionsHeadlines.histogramHeadline(f, h), shares: [] };
    },
  },
  {
    name: "headlines.lossHeadline",
    sample: (r) => {
      const picture = unsafeRun(r);
      return { say: (f) => distributionsHeadlines.lossHeadline(f, picture), shares: [] };
    },
  },
  {
    name: "headlines.workersHeadline",
    sample: (r) => {
      const sweep = workersSweep(r);
      return { say: (f) => distributionsHeadlines.workersHeadline(f, sweep), shares: [] };
    },
  },
  {
    name: "headlines.incrementsHeadline",
    sample: (r) => {
      const sweep = incrementsSweep(r);
      return { say: (f) => distributionsHeadlines.incrementsHeadline(f, sweep), shares: [] };
    },
  },
  {
    name: "headlines.costGrowthHeadline",
    sample: (r) => {
      const points = costPoints(r);
      return { say: (f) => distributionsHeadlines.costGrowthHeadline(f, { points }), shares: [] };
    },
  },
  {
    name: "headlines.tinyHeadline",
    sample: (r) => {
      const t = tiny(r);
      return { say: (f) => distributionsHeadlines.tinyHeadline(f, t), shares: [] };
    },
  },
  {
    name: "headlines.eventLoopQuestion",
    sample: (r) => {
      const run = loopRun(r, "unsafe");
      return { say: (f) => gilHeadlines.eventLoopQuestion(f, run), shares: [] };
    },
  },
  {
    name: "headlines.eventLoopHeadline",
    sample: (r) => {
      const shape = { tasks: r.int(1, 8), howMany: r.int(1, 100_000) };
      const runs = (["sync", "unsafe", "locked"] as const).map((k) => loopRun(r, k, shape));
      return { say: (f) => gilHeadlines.eventLoopHeadline(f, runs), shares: [] };
    },
  },
  {
    name: "headlines.interleavingsHeadline",
    sample: (r) => {
      const summary = summaryOf(r.pick(SHAPES));
      return { say: (f) => gilHeadlines.interleavingsHeadline(f, summary), shares: [] };
    },
  },
  {
    name: "headlines.pythonHeadline",
    sample: (r) => {
      const runs = Array.from({ length: r.int(1, 4) }, () => pythonRun(r));
      return { say: (f) => gilHeadlines.pythonHeadline(f, runs), shares: [] };
    },
  },
  {
    name: "headlines.wholeLoopsHeadline",
    sample: (r) => {
      const h = hist(r);
      return { say: (f) => distributionsHeadlines.wholeLoopsHeadline(f, h), shares: [] };
    },
  },
);
