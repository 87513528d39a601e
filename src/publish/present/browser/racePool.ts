/**
 * The live race's workers: Web Workers over one SharedArrayBuffer per trial, the browser's
 * twin of the engine's WorkerPool (src/lesson/engine/pool.ts). The shared cells, the counters,
 * the barrier, the worker's loop and the trial's result are the engine's own code; this file
 * only starts the browser's threads and carries the messages.
 *
 * A pool is kept from run to run while its size fits, so a run times counting, not thread
 * start-up, and between trials its workers keep their cores on the engine's doorbell
 * (doorbell.ts), as Node's do: each request is posted, then rung. A worker that fails, or a
 * trial that outlasts its time, ends the pool: its workers are terminated and the run
 * reports why.
 */
import { newDoorbells, pool as doorbell } from "../../../lesson/engine/doorbell";
import { newSharedCells } from "../../../lesson/engine/layout";
import { checkRaceParams, type RaceParams } from "../../../lesson/engine/limits";
import type { RunReply, RunRequest } from "../../../lesson/engine/protocol";
import { TrialReplies } from "../../../lesson/engine/trialReplies";
import { trialResult, type TrialResult } from "../../../lesson/engine/trialResult";
import type { FromWorker, ToWorker } from "./raceMessages";

/**
 * How long a worker spins for its next trial before it sleeps: longer than Node's (doorbell.ts,
 * IDLE_SPIN_MS), because between two trials the page draws the chart on its one thread, which
 * took 20 to 60 ms here with one core busy: with Node's 50 ms the workers often slept, and the
 * next trial began by waking them onto one core.
 */
export const BROWSER_IDLE_SPIN_MS = 300;

/** A trial of the live race runs at most this long before its workers are ended. */
export const LIVE_TRIAL_TIMEOUT_MS = 60_000;

export class BrowserRacePool {
  private pending: TrialReplies | null = null;
  private failure: Error | null = null;
  private trials = 0;

  private constructor(
    private readonly workers: Worker[],
    private readonly doorbells: Int32Array,
  ) {}

  /** Starts `size` workers from `workerUrl` and waits until every one is ready. */
  static async open(size: number, workerUrl: URL, cores: number): Promise<BrowserRacePool> {
    const workers = Array.from({ length: size }, () => new Worker(workerUrl, { name: "lost-updates race" }));
    const doorbells = newDoorbells(size);
    const pool = new BrowserRacePool(workers, doorbells);
    const ready = workers.map(
      (worker, index) =>
        new Promise<void>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<FromWorker>) => {
            if (event.data.kind === "ready") resolve();
            else pool.onReply(event.data.reply);
          };
          worker.onerror = (event) => {
            const error = new Error(event.message || `worker ${index} failed`);
            reject(error);
            pool.fail(error);
          };
          // At most one spinner per core: more would take turns with the workers that count.
          worker.postMessage({ kind: "setup", doorbells, index, spins: index < cores } satisfies ToWorker);
        }),
    );
    try {
      await Promise.all(ready);
    } catch (error) {
      pool.close();
      throw error;
    }
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  get isOpen(): boolean {
    return this.failure === null;
  }

  /** One trial on the first `threads` workers. */
  async runTrial(params: RaceParams): Promise<TrialResult> {
    const { counter, threads, howMany, sensorWork } = checkRaceParams(params);
    if (this.failure) throw this.failure;
    if (threads > this.size) throw new RangeError(`threads ${threads} is more than the pool's ${this.size} workers`);
    const cells = newSharedCells();
    const trial = ++this.trials;
    const request: RunRequest = {
      trial,
      buffer: cells.buffer as SharedArrayBuffer,
      counter,
      threads,
      howMany,
      sensorWork,
    };
    const pending = new TrialReplies(trial, threads);
    this.pending = pending;
    const timer = setTimeout(
      () => this.fail(new Error(`a trial did not finish within ${LIVE_TRIAL_TIMEOUT_MS / 1000} s`)),
      LIVE_TRIAL_TIMEOUT_MS,
    );
    try {
      this.workers.forEach((worker, i) => {
        if (i >= threads) return doorbell.park(this.doorbells, i);
        worker.postMessage({ kind: "run", request } satisfies ToWorker);
        doorbell.ring(this.doorbells, i);
      });
      const replies = await pending.done;
      return trialResult({ counter, threads, howMany }, cells, replies).result;
    } finally {
      clearTimeout(timer);
      this.pending = null;
    }
  }

  /** Ends every worker at once, a trial in progress too (the Stop button, a new size, leaving the page). */
  close(reason = new Error("stopped")): void {
    this.fail(reason);
  }

  private onReply(reply: RunReply): void {
    this.pending?.take(reply);
  }

  private fail(error: Error): void {
    if (!this.failure) this.failure = error;
    for (const worker of this.workers) worker.terminate();
    this.pending?.reject(error);
  }
}
