// Every narrator, with a generator of random runs it can be handed: what the generated test
// (generated.test.ts) puts through each narrator in both languages and on 1, 2 and 16
// cores. A new narrator joins by adding an entry here: its name, and a `sample` that
// fabricates a run shaped like a real one (consistent counts, every branch reachable) and
// lists the shares (0…1) its sentences may state as percentages.
import { counterCosts } from "../../../src/lesson/analysis/costs";
import { everySchedule, type PlayedSchedule } from "../../../src/lesson/analysis/everySchedule";
import { countInterleavings, raceStep, startRace, type Program } from "../../../src/lesson/analysis/interleavings";
import { summarize } from "../../../src/lesson/analysis/stats";
import { LockTimeoutError } from "../../../src/lesson/core/errors";
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
import type { Random } from "../../helpers/random";
import {
  KINDS,
  SHAPES,
  costPoints,
  experiment,
  handoff,
  hist,
  incrementsSweep,
  longShare,
  loopRun,
  pythonRun,
  summaryOf,
  tiny,
  traceCost,
  unsafeRun,
  workersSweep,
} from "./runs";

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
      // Beside the traced comparison (notebook 2), or on its own.
      const traced = r.chance(0.7) ? traceCost(r) : undefined;
      return { say: (f) => lock.costReading(f, costs, traced), shares: [], written: ["10%"] };
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
