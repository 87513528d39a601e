/**
 * Many trials and parameter sweeps over the race engine, for notebook 3's distributions.
 *
 * Each sweep validates all its input before starting a thread, runs on one worker pool
 * (opened at the largest worker count it needs, closed in `finally` by `withPool`), and
 * returns plain data: the per-trial numbers for the next cell to reuse, shaped so the chart
 * builders take them directly (`lostVsWorkersChart(sweep)`, `costPerIncrementChart(cost.points)`).
 *
 * Points of a sweep are run interleaved — round 1 of every point, then round 2 — so a burst
 * of load on the machine spreads over all points instead of bending one of them.
 */
import { COUNTER_KINDS, type CounterKind } from "../engine/counters";
import { checkRaceParams, checkTrials, LIMITS } from "../engine/limits";
import { withPool, type TrialResult, type WorkerPool } from "../engine/pool";
import { checkChoiceList, checkInteger, checkIntegerList, describe, InputError } from "../core/validate";
import { nsPerIncrement } from "./costs";
import { checkProgress, type ProgressCallback } from "./progressCallback";
import { median } from "./stats";

/** The two counters that must never lose an update. */
export type FixedCounter = Exclude<CounterKind, "unsafe">;
const FIXED: readonly FixedCounter[] = ["atomic", "locked"];

// ---------------------------------------------------------------- running

/** One (counter, threads, howMany) cell of a sweep and the trials it gets. */
interface Job {
  counter: CounterKind;
  threads: number;
  howMany: number;
  trials: number;
  label: string;
  results: TrialResult[];
}

/** Runs the jobs' trials round by round on one pool, reporting progress after each trial. */
async function runJobs(jobs: Job[], sensorWork: number, onProgress: ProgressCallback | undefined): Promise<number> {
  const started = performance.now();
  const size = Math.max(...jobs.map((j) => j.threads));
  const total = jobs.reduce((sum, j) => sum + j.trials, 0);
  onProgress?.(0, total, jobs[0]!.label); // every sweep has at least one job
  // Counter by counter, in the order given (unsafe first): a worker that has run one kind
  // of counter is compiled for it, and mixing kinds would change how the unsafe one races.
  const kinds = [...new Set(jobs.map((j) => j.counter))];
  await withPool(size, async (pool: WorkerPool) => {
    let done = 0;
    for (const kind of kinds) {
      const group = jobs.filter((j) => j.counter === kind);
      const rounds = Math.max(...group.map((j) => j.trials));
      for (let round = 0; round < rounds; round++) {
        for (const job of group) {
          if (round >= job.trials) continue;
          job.results.push(
            await pool.runTrial({ counter: job.counter, threads: job.threads, howMany: job.howMany, sensorWork }),
          );
          onProgress?.(++done, total, `${job.label}: trial ${round + 1}/${job.trials}`);
        }
      }
    }
  });
  return performance.now() - started;
}

/** What every point of a sweep carries besides its x value. */
export interface SweepPoint {
  counter: CounterKind;
  /** Lost fraction of each trial (0…1): lost / expected. */
  lostFractions: number[];
  medianLostFraction: number;
  /** Barrier release to the last worker's first step (ms), median over the trials. */
  medianStartSkewMs: number;
  /** Barrier release to the last worker done (ms), median over the trials. */
  medianElapsedMs: number;
  /** A worker's loop, its first increment to its last (ms), median over the trials. */
  medianLoopMs: number;
  trials: TrialResult[];
}

function pointOf(job: Job): SweepPoint {
  const lostFractions = job.results.map((t) => t.lost / t.expected);
  return {
    counter: job.counter,
    lostFractions,
    medianLostFraction: median(lostFractions),
    medianStartSkewMs: median(job.results.map((t) => t.startSkewMs)),
    medianElapsedMs: median(job.results.map((t) => t.elapsedMs)),
    medianLoopMs: median(job.results.map((t) => t.loopMs)),
    trials: job.results,
  };
}

// ---------------------------------------------------------------- a. many trials

export interface TrialsSweepOptions {
  threads: number;
  howMany: number;
  trials: number;
  /** Default all three; must include "unsafe", whose losses the histogram shows. */
  counters?: readonly CounterKind[];
  /** Trials for the atomic and locked counters: they are exact every time, so fewer show it. Default `trials`. */
  checkTrials?: number;
  sensorWork?: number;
  onProgress?: ProgressCallback;
}

/** `lostHistogramChart(sweep)` takes it as is: `unsafe`, `atomic`, `locked` hold each trial's lost count. */
export interface TrialsSweep {
  threads: number;
  howMany: number;
  /** threads × howMany: what every trial should count to. */
  expected: number;
  trials: number;
  unsafe: number[];
  atomic?: number[];
  locked?: number[];
  /** Every trial's full result, per counter run. */
  results: Partial<Record<CounterKind, TrialResult[]>>;
  wallMs: number;
}

/** The same race `trials` times per counter: the distribution of updates lost. */
export async function trialsSweep(options: TrialsSweepOptions): Promise<TrialsSweep> {
  const counters = checkChoiceList("counters", options.counters ?? COUNTER_KINDS, COUNTER_KINDS);
  if (!counters.includes("unsafe")) {
    throw new InputError(
      `counters must include "unsafe" (the histogram is of its losses), got [${counters.join(", ")}]`,
    );
  }
  const trials = checkTrials(options.trials);
  const fewer = checkInteger("checkTrials", options.checkTrials ?? trials, LIMITS.trials.min, LIMITS.trials.max);
  const { threads, howMany, sensorWork } = checkRaceParams({
    counter: "unsafe",
    threads: options.threads,
    howMany: options.howMany,
    sensorWork: options.sensorWork,
  });
  const onProgress = checkProgress(options.onProgress);

  const jobs: Job[] = counters.map((counter) => ({
    counter,
    threads,
    howMany,
    trials: counter === "unsafe" ? trials : fewer,
    label: counter,
    results: [],
  }));
  const wallMs = await runJobs(jobs, sensorWork, onProgress);
  const sweep: TrialsSweep = { threads, howMany, expected: threads * howMany, trials, unsafe: [], results: {}, wallMs };
  for (const job of jobs) {
    sweep[job.counter] = job.results.map((t) => t.lost);
    sweep.results[job.counter] = job.results;
  }
  return sweep;
}

/** What the workers and increments sweeps share: trials, the fixed-counter checks, progress. */
export interface SweepCommon {
  trials: number;
  /** Fixed counters run alongside as a check; default both. */
  checks?: readonly FixedCounter[];
  /** Trials per point for the checks: they are exact every time, so a few show it. Default min(trials, 5). */
  checkTrials?: number;
  sensorWork?: number;
  onProgress?: ProgressCallback;
}

/**
 * Checks the shared options and returns `jobsFor(points, job)`: a job per point for the
 * unsafe counter (all the trials) and for each check (fewer: they are exact every time).
 */
function checkSweep(options: SweepCommon) {
  const trials = checkTrials(options.trials);
  const checks = checkChoiceList("checks", options.checks ?? FIXED, FIXED);
  const fewer = checkInteger(
    "checkTrials",
    options.checkTrials ?? Math.min(trials, 5),
    LIMITS.trials.min,
    LIMITS.trials.max,
  );
  const jobsFor = <P>(
    points: readonly P[],
    job: (counter: CounterKind, point: P) => Pick<Job, "threads" | "howMany" | "label">,
  ) => {
    const byKind = new Map<CounterKind, Job[]>();
    for (const counter of ["unsafe", ...checks] as CounterKind[]) {
      const n = counter === "unsafe" ? trials : fewer;
      byKind.set(
        counter,
        points.map((point) => ({ counter, trials: n, results: [], ...job(counter, point) })),
      );
    }
    return byKind;
  };
  return { trials, sensorWork: options.sensorWork ?? 0, onProgress: checkProgress(options.onProgress), jobsFor };
}

// ---------------------------------------------------------------- b. workers

export interface WorkersSweepPoint extends SweepPoint {
  workers: number;
  lostFractions: number[];
}

export interface WorkersSweepOptions extends SweepCommon {
  workerCounts: readonly number[];
  howMany: number;
}

/** `lostVsWorkersChart(sweep)` takes it as is. */
export interface WorkersSweep {
  howMany: number;
  trials: number;
  unsafe: WorkersSweepPoint[];
  atomic?: WorkersSweepPoint[];
  locked?: WorkersSweepPoint[];
  wallMs: number;
}

/** Lost fraction per trial at each worker count, all workers racing on one counter. */
export async function workersSweep(options: WorkersSweepOptions): Promise<WorkersSweep> {
  const workerCounts = checkIntegerList("workerCounts", options.workerCounts, LIMITS.threads.min, LIMITS.threads.max);
  const { trials, sensorWork, onProgress, jobsFor } = checkSweep(options);
  for (const threads of workerCounts)
    checkRaceParams({ counter: "unsafe", threads, howMany: options.howMany, sensorWork });
  const howMany = options.howMany;
  const byKind = jobsFor(workerCounts, (counter, threads) => ({
    threads,
    howMany,
    label: `${counter}, ${threads} worker${threads === 1 ? "" : "s"}`,
  }));
  const wallMs = await runJobs([...byKind.values()].flat(), sensorWork, onProgress);
  const sweep: WorkersSweep = { howMany, trials, unsafe: [], wallMs };
  for (const [counter, jobs] of byKind) sweep[counter] = jobs.map((job) => ({ workers: job.threads, ...pointOf(job) }));
  return sweep;
}

// ---------------------------------------------------------------- c. increments

export interface IncrementsSweepPoint extends SweepPoint {
  increments: number;
  lostFractions: number[];
}

export interface IncrementsSweepOptions extends SweepCommon {
  /** Increments per worker at each point (howMany), e.g. [1e2, 1e3, 1e4, 1e5, 1e6]. */
  sizes: readonly number[];
  threads: number;
}

/** `lostVsIncrementsChart(sweep)` takes it as is; each point also has the median start skew and elapsed time. */
export interface IncrementsSweep {
  threads: number;
  trials: number;
  unsafe: IncrementsSweepPoint[];
  atomic?: IncrementsSweepPoint[];
  locked?: IncrementsSweepPoint[];
  wallMs: number;
}

/** Lost fraction per trial at each loop length: where the race starts to show. */
export async function incrementsSweep(options: IncrementsSweepOptions): Promise<IncrementsSweep> {
  const sizes = checkIntegerList("sizes", options.sizes, LIMITS.howMany.min, LIMITS.howMany.max);
  const { trials, sensorWork, onProgress, jobsFor } = checkSweep(options);
  for (const howMany of sizes) checkRaceParams({ counter: "unsafe", threads: options.threads, howMany, sensorWork });
  const threads = options.threads;
  const byKind = jobsFor(sizes, (counter, howMany) => ({
    threads,
    howMany,
    label: `${counter}, ${describe(howMany)} increments`,
  }));
  const wallMs = await runJobs([...byKind.values()].flat(), sensorWork, onProgress);
  const sweep: IncrementsSweep = { threads, trials, unsafe: [], wallMs };
  for (const [counter, jobs] of byKind)
    sweep[counter] = jobs.map((job) => ({ increments: job.howMany, ...pointOf(job) }));
  return sweep;
}

// ---------------------------------------------------------------- d. cost

export interface CostSweepOptions {
  workerCounts: readonly number[];
  howMany: number;
  trials: number;
  /** Default all three. */
  counters?: readonly CounterKind[];
  onProgress?: ProgressCallback;
}

/** Median ns per increment for each counter at one worker count; `costPerIncrementChart(cost.points)`. */
export interface CostSweepPoint extends Partial<Record<CounterKind, number>> {
  workers: number;
  /** ns per increment of every trial, per counter. */
  samples: Partial<Record<CounterKind, number[]>>;
}

export interface CostSweep {
  howMany: number;
  trials: number;
  points: CostSweepPoint[];
  wallMs: number;
}

/** What an increment costs with each counter as workers are added. */
export async function costSweep(options: CostSweepOptions): Promise<CostSweep> {
  const workerCounts = checkIntegerList("workerCounts", options.workerCounts, LIMITS.threads.min, LIMITS.threads.max);
  const trials = checkTrials(options.trials);
  const counters = checkChoiceList("counters", options.counters ?? COUNTER_KINDS, COUNTER_KINDS);
  if (counters.length === 0)
    throw new InputError(`counters must name at least one of ${COUNTER_KINDS.join(", ")}, got []`);
  for (const threads of workerCounts) checkRaceParams({ counter: "unsafe", threads, howMany: options.howMany });
  const howMany = options.howMany;
  const onProgress = checkProgress(options.onProgress);

  // One uncounted trial per counter at the largest worker count first: every worker's
  // JIT then compiles the loop before anything is timed.
  const most = Math.max(...workerCounts);
  const warmUp: Job[] = counters.map((counter) => ({
    counter,
    threads: most,
    howMany,
    trials: 1,
    label: `warm-up, ${counter}`,
    results: [],
  }));
  const jobs: Job[] = workerCounts.flatMap((threads) =>
    counters.map((counter) => ({
      counter,
      threads,
      howMany,
      trials,
      label: `${counter}, ${threads} worker${threads === 1 ? "" : "s"}`,
      results: [],
    })),
  );
  // Warm-up goes first: runJobs runs round 1 of every job in list order.
  const wallMs = await runJobs([...warmUp, ...jobs], 0, onProgress);
  const points: CostSweepPoint[] = workerCounts.map((workers) => {
    const point: CostSweepPoint = { workers, samples: {} };
    for (const job of jobs.filter((j) => j.threads === workers)) {
      const ns = job.results.map(nsPerIncrement);
      point.samples[job.counter] = ns;
      point[job.counter] = median(ns);
    }
    return point;
  });
  return { howMany, trials, points, wallMs };
}
