// Fabricated traces: the shape a traced run returns, built from a few numbers by hand.
import type { CounterKind } from "../../src/lesson/engine/counters";
import { TRACE_SAMPLE_EVERY, type RunTrace } from "../../src/lesson/engine/trace";

/** Clock samples spread evenly over [start, end] ns for howMany increments. */
export function evenTimes(howMany: number, start = 0, end = 1_000_000): Float64Array {
  const samples = Math.ceil(howMany / TRACE_SAMPLE_EVERY) + 1;
  return Float64Array.from({ length: samples }, (_, k) =>
    k === samples - 1 ? end : start + ((end - start) * k * TRACE_SAMPLE_EVERY) / howMany,
  );
}

/** A trace from each worker's reads (every worker must have the same number). */
export function traceOf(counter: CounterKind, reads: number[][], times?: Float64Array[]): RunTrace {
  const howMany = reads[0]!.length;
  return {
    counter,
    threads: reads.length,
    howMany,
    reads: reads.map((r) => Int32Array.from(r)),
    times: times ?? reads.map(() => evenTimes(howMany)),
    sampleEvery: TRACE_SAMPLE_EVERY,
  };
}

/** A locked trace from the order of its increments: "AABBBA" → A made 0, 1 and 5, B made 2, 3 and 4. */
export function lockedTrace(order: string, counter: CounterKind = "locked"): RunTrace {
  const threads = Math.max(...[...order].map((c) => c.charCodeAt(0) - 64));
  const reads: number[][] = Array.from({ length: threads }, () => []);
  [...order].forEach((c, s) => reads[c.charCodeAt(0) - 65]!.push(s));
  return traceOf(counter, reads);
}
