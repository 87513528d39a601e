/**
 * A traced run: for a real run of the engine, which worker made each increment and in
 * what order, recorded with as little disturbance as the counters allow.
 *
 * Each worker records into its own stretch of one SharedArrayBuffer (no two workers
 * write the same cache line, except at the stretches' edges), sized up front:
 *   times     BigInt64 × threads × samples  the clock (clock.ts) at increment 0, K, 2K, … and after the last
 *   reads     Int32 × threads × howMany      the count each increment read
 * Under the lock, the count an increment reads is its place in line, so `reads` is a
 * free sequence number; Atomics.add returns one too. The unsafe counter's read is what
 * it then writes back plus one, so `reads` is also every value it wrote. Each worker adds
 * one store to memory only it touches, and a clock reading every TRACE_SAMPLE_EVERY
 * increments; traceCost measures what that changes.
 */
import { COUNTER_KINDS, type CounterKind } from "./counters";
import { InputError, describe } from "../core/validate";

/** A time sample every this many increments: a clock read costs ~50 ns, spread over 256 increments. */
export const TRACE_SAMPLE_EVERY = 256;
/** The largest trace a lesson may ask for: a few seconds of the seed's program. */
export const TRACE_MAX_BYTES = 64 * 2 ** 20;

export interface TraceLayout {
  counter: CounterKind;
  threads: number;
  howMany: number;
  /** Time samples per worker. */
  samples: number;
  bytes: number;
  readsOffset: number;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;

export function checkTraceFlag(trace: unknown): boolean {
  if (trace !== undefined && typeof trace !== "boolean") {
    throw new InputError(`trace must be true or false, got ${describe(trace)}`);
  }
  return trace === true;
}

/** Where each part of a trace lives; refuses a trace larger than TRACE_MAX_BYTES before any work. */
export function traceLayout(counter: CounterKind, threads: number, howMany: number): TraceLayout {
  if (!COUNTER_KINDS.includes(counter)) throw new InputError(`counter must be one of ${COUNTER_KINDS.join(", ")}`);
  const samples = Math.ceil(howMany / TRACE_SAMPLE_EVERY) + 1;
  const increments = threads * howMany;
  const perIncrement = 4;
  const timesBytes = threads * samples * 8;
  const bytes = timesBytes + increments * perIncrement;
  if (bytes > TRACE_MAX_BYTES) {
    throw new InputError(
      `a traced run records ${perIncrement} bytes per increment: threads × howMany = ` +
        `${increments.toLocaleString("en-US")} increments need ${mb(bytes)}, more than the ${mb(TRACE_MAX_BYTES)} ` +
        `a trace may take; trace fewer increments (lower threads or howMany)`,
    );
  }
  return {
    counter,
    threads,
    howMany,
    samples,
    bytes,
    readsOffset: timesBytes,
  };
}

/** One worker's stretches of the trace buffer. */
export interface WorkerTraceViews {
  times: BigInt64Array;
  reads: Int32Array;
}

export function workerTraceViews(buffer: SharedArrayBuffer, layout: TraceLayout, worker: number): WorkerTraceViews {
  const { samples, howMany } = layout;
  return {
    times: new BigInt64Array(buffer, worker * samples * 8, samples),
    reads: new Int32Array(buffer, layout.readsOffset + worker * howMany * 4, howMany),
  };
}

/** What a traced trial recorded, per worker, in program order. */
export interface RunTrace {
  counter: CounterKind;
  threads: number;
  howMany: number;
  /**
   * The count each increment read, per worker in program order. Locked and atomic: its
   * place in the global order. Unsafe: it then wrote this plus one.
   */
  reads: Int32Array[];
  /** ns from the barrier's release to increment 0, K, 2K, … of each worker, and to its last increment's end. */
  times: Float64Array[];
  /** K: increments between time samples. */
  sampleEvery: number;
}

/** Reads a finished trial's trace out of its buffer; times become ns since `releasedAt`. */
export function readTrace(buffer: SharedArrayBuffer, layout: TraceLayout, releasedAt: bigint): RunTrace {
  const views = Array.from({ length: layout.threads }, (_, w) => workerTraceViews(buffer, layout, w));
  return {
    counter: layout.counter,
    threads: layout.threads,
    howMany: layout.howMany,
    reads: views.map((v) => v.reads),
    times: views.map((v) => Float64Array.from(v.times, (t) => Number(t - releasedAt))),
    sampleEvery: TRACE_SAMPLE_EVERY,
  };
}
