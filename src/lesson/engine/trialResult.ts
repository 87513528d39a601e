/**
 * The main thread's side of one trial, apart from the threads that run it: what a trial
 * found, assembled from the shared cell and the workers' replies. Node's WorkerPool (pool.ts)
 * uses it, and so does the browser's pool for the live race (src/publish/present/browser/),
 * so a trial in a browser is measured exactly as one in Node.
 */
import type { CounterKind } from "./counters";
import { COUNT } from "./layout";
import type { RunReply } from "./protocol";
import type { RunTrace } from "./trace";

export interface TrialResult {
  counter: CounterKind;
  threads: number;
  howMany: number;
  expected: number;
  found: number;
  lost: number;
  /** Barrier release to the last worker done: the increment phase only, no thread start-up. */
  elapsedMs: number;
  /** Barrier release to the last worker's first step: how together they really started. */
  startSkewMs: number;
  /**
   * How long a worker's loop lasted, its first increment to its last (the median worker):
   * against a scheduler's time slice, this decides whether the workers must share the cores.
   */
  loopMs: number;
  /** Only when the trial was asked for a trace. */
  trace?: RunTrace;
}

/** What the trial asked for, the counter's cell after every worker answered, and the replies. */
export function trialResult(
  asked: { counter: CounterKind; threads: number; howMany: number },
  cells: Int32Array,
  replies: readonly RunReply[],
): { result: TrialResult; releasedAt: bigint } {
  const { counter, threads, howMany } = asked;
  const releasedAt = replies.find((r) => r.releasedAt !== null)?.releasedAt;
  if (releasedAt == null) throw new Error("no worker reported releasing the start barrier");
  const lastDone = replies.reduce((max, r) => (r.finishedAt > max ? r.finishedAt : max), releasedAt);
  const lastStart = replies.reduce((max, r) => (r.startedAt > max ? r.startedAt : max), releasedAt);
  const loops = replies.map((r) => Number(r.finishedAt - r.startedAt) / 1e6).sort((a, b) => a - b);
  const loopMs = loops[loops.length >> 1];
  if (loopMs === undefined) throw new Error("a trial needs at least one worker's reply");
  const expected = threads * howMany;
  const found = Atomics.load(cells, COUNT);
  return {
    result: {
      counter,
      threads,
      howMany,
      expected,
      found,
      lost: expected - found,
      elapsedMs: Number(lastDone - releasedAt) / 1e6,
      startSkewMs: Number(lastStart - releasedAt) / 1e6,
      loopMs, // the median of one loop per worker
    },
    releasedAt,
  };
}
