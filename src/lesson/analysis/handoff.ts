/**
 * Who held the lock, increment by increment: a traced locked (or atomic) run as the order
 * of its increments, and the runs in it — increments in a row by one worker before
 * another got in.
 *
 * A futex-style mutex is not fair: a worker that unlocks can take the lock straight back
 * before a woken waiter runs, so runs can be thousands long. Atomics.add has no holder,
 * but its order tells the same story about who got the cache line.
 */
import type { CounterKind } from "../engine/counters";
import type { RunTrace } from "../engine/trace";
import { InputError } from "../core/validate";
import { median } from "./stats";

const NOBODY = 255;

/** What a trace's sequence numbers say about its accounting: all zero for a correct lock. */
export interface SequenceCheck {
  total: number;
  /** Sequence numbers no increment got (a lost update leaves one). */
  missing: number;
  /** Increments that got a sequence number another already had. */
  repeated: number;
  /** Increments whose number is not above the same worker's previous one. */
  outOfOrder: number;
  /** Numbers outside 0 … total − 1. */
  outOfRange: number;
}

function sequenceOf(trace: RunTrace): { order: Uint8Array; check: SequenceCheck } {
  if (trace.counter === "unsafe") {
    throw new InputError(
      "counter must be locked or atomic for a hand-off: the unsafe counter's reads repeat (that is the race); use lossPicture",
    );
  }
  const total = trace.threads * trace.howMany;
  const order = new Uint8Array(total).fill(NOBODY);
  const check: SequenceCheck = { total, missing: 0, repeated: 0, outOfOrder: 0, outOfRange: 0 };
  trace.reads.forEach((reads, worker) => {
    let previous = -1;
    for (const s of reads) {
      if (s <= previous) check.outOfOrder++;
      previous = s;
      if (s < 0 || s >= total) check.outOfRange++;
      else if (order[s] !== NOBODY) check.repeated++;
      else order[s] = worker;
    }
  });
  for (let s = 0; s < total; s++) if (order[s] === NOBODY) check.missing++;
  return { order, check };
}

/** Does the trace account for every increment exactly once, each worker's in its program order? */
export function checkSequence(trace: RunTrace): SequenceCheck {
  return sequenceOf(trace).check;
}

/** The worker of each increment, in the order they happened: order[s] made the count go from s to s + 1. */
export function incrementOrder(trace: RunTrace): Uint8Array {
  const { order, check } = sequenceOf(trace);
  if (check.missing + check.repeated + check.outOfOrder + check.outOfRange > 0) {
    throw new Error(
      `the ${trace.counter} trace does not account for its ${check.total} increments: ${check.missing} missing, ` +
        `${check.repeated} repeated, ${check.outOfOrder} out of order, ${check.outOfRange} out of range`,
    );
  }
  return order;
}

export interface Run {
  worker: number;
  /** Sequence number of the run's first increment. */
  start: number;
  length: number;
}

/** Runs whose length falls in [from, to]; bins double: 1, 2–3, 4–7, … */
export interface RunLengthBin {
  from: number;
  to: number;
  runs: number;
  /** Increments made in those runs. */
  increments: number;
}

export interface Handoff {
  counter: CounterKind;
  threads: number;
  total: number;
  order: Uint8Array;
  /** One entry per run, in order. */
  runWorkers: Uint8Array;
  runLengths: Int32Array;
  /** Times the next increment was another worker's: runs − 1. */
  handoffs: number;
  perThousand: number;
  longest: Run;
  medianRun: number;
  meanRun: number;
  bins: RunLengthBin[];
  /** Share of all increments made in runs of at least 1,000. */
  inLongRuns: number;
}

export const LONG_RUN = 1_000;

/** The runs of a locked or atomic trace; throws if the trace does not account for every increment. */
export function lockHandoff(trace: RunTrace): Handoff {
  const order = incrementOrder(trace);
  const total = order.length;
  const workers: number[] = [];
  const lengths: number[] = [];
  let longest: Run = { worker: order[0]!, start: 0, length: 0 }; // incrementOrder checked every increment is there
  for (let s = 0; s < total;) {
    const worker = order[s]!;
    let end = s + 1;
    while (end < total && order[end] === worker) end++;
    workers.push(worker);
    lengths.push(end - s);
    if (end - s > longest.length) longest = { worker, start: s, length: end - s };
    s = end;
  }
  const bins: RunLengthBin[] = [];
  for (let from = 1; from <= longest.length; from *= 2) bins.push({ from, to: 2 * from - 1, runs: 0, increments: 0 });
  let inLong = 0;
  for (const length of lengths) {
    const bin = bins[Math.floor(Math.log2(length))]!; // 1 ≤ length ≤ longest.length, which the bins cover
    bin.runs++;
    bin.increments += length;
    if (length >= LONG_RUN) inLong += length;
  }
  const handoffs = lengths.length - 1;
  return {
    counter: trace.counter,
    threads: trace.threads,
    total,
    order,
    runWorkers: Uint8Array.from(workers),
    runLengths: Int32Array.from(lengths),
    handoffs,
    perThousand: (1000 * handoffs) / total,
    longest,
    medianRun: median(lengths),
    meanRun: total / lengths.length,
    bins,
    inLongRuns: inLong / total,
  };
}
