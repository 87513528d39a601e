import type { CounterKind } from "./counters";

/** What a worker is given when it starts (its workerData). */
export interface WorkerSetup {
  /** The pool's doorbells (doorbell.ts), and which of them is this worker's. */
  doorbells: Int32Array;
  index: number;
  /** Whether this worker waits by spinning (at most one per core) or by napping (barrier.ts). */
  spins: boolean;
}

/** What the main thread asks of one worker for one trial. */
export interface RunRequest {
  trial: number;
  buffer: SharedArrayBuffer;
  counter: CounterKind;
  /** How many workers take part: the last of them to arrive at the barrier releases all. */
  threads: number;
  howMany: number;
  sensorWork: number;
  /** Only for a traced run (trace.ts): the trace buffer, and which worker this is. */
  trace?: { buffer: SharedArrayBuffer; worker: number };
}

/** What the worker answers; times are nowNs() (clock.ts), one clock for every thread. */
export interface RunReply {
  trial: number;
  /** Set by the worker that arrived last and released the barrier; null for the others. */
  releasedAt: bigint | null;
  startedAt: bigint;
  finishedAt: bigint;
  sensorSink: number;
}
