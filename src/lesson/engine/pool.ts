import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import * as path from "node:path";
import { newSharedCells } from "./layout";
import { checkRaceParams, LIMITS, type RaceParams } from "./limits";
import { trackPool, untrackPool } from "./interrupt";
import { newDoorbells, pool as doorbell } from "./doorbell";
import { checkInteger, InputError } from "../core/validate";
import type { RunReply, RunRequest, WorkerSetup } from "./protocol";
import { checkTraceFlag, readTrace, traceLayout } from "./trace";
import { TrialReplies } from "./trialReplies";
import { trialResult, type TrialResult } from "./trialResult";

export type { TrialResult };

export interface TrialOptions extends RaceParams {
  /** A trial that has not finished by then is abandoned and the pool torn down. */
  timeoutMs?: number;
  /** Record who made each increment and in what order (trace.ts); off by default. */
  trace?: boolean;
}

export interface PoolOptions {
  /** The worker entry (JavaScript). Tests swap in misbehaving workers here. */
  workerFile?: string;
}

export const DEFAULT_TRIAL_TIMEOUT_MS = 120_000;
const WORKER_FILE = path.join(__dirname, "worker.js");

/**
 * Worker threads kept alive and reused across trials, so a hundred trials cost a hundred
 * increment phases, not a hundred thread start-ups. One trial runs at a time; more queue.
 * A worker that throws or exits rejects the trial with its error and tears the pool down.
 */
export class WorkerPool {
  private pending: TrialReplies | null = null;
  private failure: Error | null = null;
  private closing = false;
  private trials = 0;
  private startedIn = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private breakWith: (error: Error) => void = () => undefined;
  /** Rejects with the first failure; what start-up waits on races it. */
  private readonly broken = new Promise<never>((_, reject) => (this.breakWith = reject));

  private constructor(
    private readonly workers: Worker[],
    private readonly doorbells: Int32Array,
  ) {
    this.broken.catch(() => undefined);
  }

  static async open(size: number, options: PoolOptions = {}): Promise<WorkerPool> {
    checkInteger("pool size", size, LIMITS.threads.min, LIMITS.threads.max);
    const started = performance.now();
    const file = options.workerFile ?? WORKER_FILE;
    const doorbells = newDoorbells(size);
    // At most one spinner per core (barrier.ts): the first `cores` workers, which every trial uses.
    const cores = availableParallelism();
    const workers = Array.from(
      { length: size },
      (_, index) => new Worker(file, { workerData: { doorbells, index, spins: index < cores } satisfies WorkerSetup }),
    );
    const pool = new WorkerPool(workers, doorbells);
    trackPool(pool);
    const online = workers.map((worker, i) => {
      worker.on("message", (reply: RunReply) => pool.onReply(reply));
      worker.on("error", (error) => pool.fail(error));
      worker.on("messageerror", (error) => pool.fail(error));
      worker.on("exit", (code) => {
        if (!pool.closing) pool.fail(new Error(`worker ${i} exited unexpectedly with code ${code}`));
      });
      return new Promise<void>((resolve) => worker.once("online", resolve));
    });
    // Start-up is paid here, once, and not inside any trial's timing.
    await Promise.race([Promise.all(online), pool.broken]);
    pool.startedIn = performance.now() - started;
    return pool;
  }

  /**
   * How long the workers took to start, from the first `new Worker` until every one was
   * running: what a trial would pay before counting if its workers were not kept in a pool.
   */
  get startUpMs(): number {
    return this.startedIn;
  }

  get size(): number {
    return this.workers.length;
  }

  get isOpen(): boolean {
    return !this.closing && this.failure === null;
  }

  /** Runs one trial on the first `threads` workers. */
  runTrial(options: TrialOptions): Promise<TrialResult> {
    const run = this.queue.then(() => this.runOne(options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    untrackPool(this);
    this.pending?.reject(new Error("the pool was closed while a trial was running"));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Called by the process-wide SIGINT handler. */
  interrupt(reason: Error): void {
    this.fail(reason);
  }

  private async runOne(options: TrialOptions): Promise<TrialResult> {
    const { counter, threads, howMany, sensorWork } = checkRaceParams(options);
    const timeoutMs = checkInteger("timeoutMs", options.timeoutMs ?? DEFAULT_TRIAL_TIMEOUT_MS, 1, 3_600_000);
    const layout = checkTraceFlag(options.trace) ? traceLayout(counter, threads, howMany) : null;
    if (threads > this.size) {
      throw new InputError(`threads must be at most the pool's size ${this.size}, got ${threads}`);
    }
    this.assertOpen();

    const cells = newSharedCells();
    const traceBuffer = layout && new SharedArrayBuffer(layout.bytes);
    // Touch every page now: a fresh buffer is mapped on first write, and those page faults
    // would otherwise land inside the timed loop.
    if (traceBuffer) new Int32Array(traceBuffer).fill(-1);
    const trial = ++this.trials;
    const pending = new TrialReplies(trial, threads);
    this.pending = pending;
    const timer = setTimeout(
      () => this.fail(new Error(`the trial did not finish within ${timeoutMs} ms; its workers were terminated`)),
      timeoutMs,
    );
    try {
      const request: RunRequest = {
        trial,
        buffer: cells.buffer as SharedArrayBuffer,
        counter,
        threads,
        howMany,
        sensorWork,
      };
      this.workers.forEach((worker, i) => {
        if (i >= threads) return doorbell.park(this.doorbells, i);
        worker.postMessage(traceBuffer ? { ...request, trace: { buffer: traceBuffer, worker: i } } : request);
        doorbell.ring(this.doorbells, i);
      });
      const replies = await pending.done;

      const { result, releasedAt } = trialResult({ counter, threads, howMany }, cells, replies);
      return layout && traceBuffer ? { ...result, trace: readTrace(traceBuffer, layout, releasedAt) } : result;
    } finally {
      clearTimeout(timer);
      this.pending = null;
    }
  }

  private onReply(reply: RunReply): void {
    this.pending?.take(reply);
  }

  private fail(error: Error): void {
    if (this.failure || this.closing) return;
    this.failure = error;
    this.breakWith(error);
    this.pending?.reject(error);
    void this.close();
  }

  private assertOpen(): void {
    if (this.failure) throw new Error(`the worker pool is closed after a failure: ${this.failure.message}`);
    if (this.closing) throw new Error("the worker pool is closed");
  }
}

/** Opens a pool, hands it to fn, and always closes it: no thread outlives the call. */
export async function withPool<T>(
  size: number,
  fn: (pool: WorkerPool) => Promise<T>,
  options?: PoolOptions,
): Promise<T> {
  const pool = await WorkerPool.open(size, options);
  try {
    return await fn(pool);
  } finally {
    await pool.close();
  }
}
