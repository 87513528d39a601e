/**
 * Where the unsafe counter lost its updates, from a traced run.
 *
 * The trace has, per worker and in its own order, every value it read, and so every value
 * it wrote (that plus one), with a clock reading every TRACE_SAMPLE_EVERY increments; times
 * in between are interpolated. It does not have the order of different workers' writes,
 * nor what each write replaced: that would need an atomic write, which changes the very
 * race it watches (measured: several times slower, and it loses differently).
 *
 * Exact, from the values alone. The count only ever holds a value someone wrote, and a
 * write of v needs a read of v − 1, so every value from 1 to the final count was written
 * at least once. Hence
 *   lost = writes − found = repeats + beyond,
 * repeats: writes of a value that another write had also written (two workers read 7 and
 * both write 8: one update lost, and the count never moved); beyond: values above the
 * final count that were written and then wiped out by a later, lower write.
 *
 * Shown, from each worker's own order: a fall-back, where a worker wrote v and its next
 * read found less. Someone wrote over it with a stale value (read long before, written
 * back plus one). The value read names that stale write (the other worker's write of
 * exactly it, the nearest in time if several), and the fall says how much it erased at
 * least: fall + 1. A stale write nobody read again, or one that left the count where it
 * was, shows no fall-back; its loss is still in repeats and beyond.
 *
 * Not exact: which of two writes of the same value came first, when they are closer in
 * time than the clock's resolution. So repeats per worker are an estimate; their sum is not.
 */
import type { TrialResult } from "../engine/pool";
import { InputError } from "../core/validate";

export interface StaleWrite {
  /** The worker whose stale write it was; null when no other worker wrote that value. */
  worker: number | null;
  /** Which of that worker's increments (0-based, program order); -1 when unknown. */
  index: number;
  /** The value it wrote back. */
  wrote: number;
  /** How far the count fell under the worker that saw it: its own write minus `wrote`. */
  fall: number;
  /** Increments it erased, at least: the fall, plus the update it landed on. */
  erased: number;
  /** ns since the barrier's release, when the worker that saw it read it. */
  timeNs: number;
  /** The count just before it, as the worker that saw the largest fall had left it. */
  from: number;
  /** Workers that read it over their own write. */
  seenBy: number[];
}

export interface WorkerLoss {
  worker: number;
  /** Its stale writes that some fall-back revealed, and what they erased at least. */
  staleWrites: number;
  erased: number;
  largest: number;
  /** Its writes of a value another write had written earlier (by the clock's estimate). */
  repeats: number;
}

/** Stale writes whose erasure falls in [from, to]; bins double: 1, 2–3, 4–7, … */
export interface ErasureBin {
  from: number;
  to: number;
  writes: number;
  erased: number;
}

/** One worker's writes over time, thinned for a chart (the writes around each fall are kept). */
export interface WriteTimeline {
  worker: number;
  timeNs: Float64Array;
  value: Int32Array;
}

export interface LossPicture {
  threads: number;
  howMany: number;
  expected: number;
  found: number;
  lost: number;
  /** Writes of a value another write had also written. */
  repeats: number;
  /** Values above `found` that were written and then wiped out. lost = repeats + beyond. */
  beyond: number;
  /** Values from 1 to `found` that no write wrote: 0, or the trace is incomplete. */
  missing: number;
  /** The highest value the count reached. */
  highest: number;
  /** Every stale write a fall-back revealed, largest erasure first. */
  staleWrites: StaleWrite[];
  /** Σ erased over staleWrites: the part of the loss that fall-backs show. */
  attributed: number;
  byWorker: WorkerLoss[];
  /** Share of `attributed` done by the largest `top` stale writes. */
  topShare: number;
  top: number;
  bins: ErasureBin[];
  timeline: WriteTimeline[];
  /** ns from the barrier's release to the last write. */
  durationNs: number;
}

export interface LossPictureOptions {
  /** How many of the largest stale writes topShare covers (default 10). */
  top?: number;
  /** Points per worker in the timeline, besides the falls (default 1,500). */
  points?: number;
}

// times[k] was read before increment k·every, the last one after increment howMany − 1.
function timeOf(times: Float64Array, every: number, howMany: number, i: number): number {
  const k = Math.floor(i / every);
  const from = k * every;
  const to = Math.min(from + every, howMany);
  return times[k]! + ((times[k + 1]! - times[k]!) * (i - from)) / (to - from);
}

interface FallBack {
  observer: number;
  /** The observer's increment whose read found less. */
  index: number;
  fromValue: number;
  read: number;
  timeNs: number;
}

/** The loss of an unsafe trial run with a trace (`runExperiment({ counter: "unsafe", …, trace: true })`). */
export function lossPicture(
  trial: Pick<TrialResult, "found" | "trace">,
  options: LossPictureOptions = {},
): LossPicture {
  const trace = trial?.trace;
  if (!trace) throw new InputError("trial has no trace: run it with trace: true");
  if (trace.counter !== "unsafe") {
    throw new InputError(
      `counter must be unsafe for a loss picture, got ${trace.counter}: only the unsafe counter loses updates; use lockHandoff`,
    );
  }
  const top = options.top ?? 10;
  const points = options.points ?? 1_500;
  const { threads, howMany, sampleEvery, reads, times } = trace;
  // Indices marked ! are in range by the trace's layout: `threads` workers, each with `howMany`
  // reads and a clock reading per `sampleEvery`; and by construction below (bins, firstTime, keep).
  const when = (w: number, i: number) => timeOf(times[w]!, sampleEvery, howMany, i);

  // 1. Fall-backs: a worker's read below the value it had just written.
  const falls: FallBack[] = [];
  for (let w = 0; w < threads; w++) {
    const r = reads[w]!;
    for (let i = 1; i < howMany; i++) {
      if (r[i]! < r[i - 1]! + 1) {
        falls.push({ observer: w, index: i, fromValue: r[i - 1]! + 1, read: r[i]!, timeNs: when(w, i) });
      }
    }
  }

  // 2. Who wrote each value read: every other worker's write of it (its read is one less).
  const wanted = new Map<number, { worker: number; index: number }[]>();
  for (const f of falls) wanted.set(f.read - 1, []);
  for (let w = 0; w < threads; w++) {
    const r = reads[w]!;
    for (let i = 0; i < howMany; i++) wanted.get(r[i]!)?.push({ worker: w, index: i });
  }

  // 3. One stale write per culprit, at its largest fall.
  const byWrite = new Map<string, StaleWrite>();
  for (const f of falls) {
    let best: { worker: number; index: number } | null = null;
    let bestGap = Infinity;
    for (const c of wanted.get(f.read - 1) ?? []) {
      if (c.worker === f.observer) continue;
      const gap = Math.abs(when(c.worker, c.index) - f.timeNs);
      if (gap < bestGap) [best, bestGap] = [c, gap];
    }
    const key = best ? `${best.worker}:${best.index}` : `?:${f.observer}:${f.index}`;
    const fall = f.fromValue - f.read;
    const seen = byWrite.get(key);
    if (!seen) {
      byWrite.set(key, {
        worker: best?.worker ?? null,
        index: best?.index ?? -1,
        wrote: f.read,
        fall,
        erased: fall + 1,
        timeNs: f.timeNs,
        from: f.fromValue,
        seenBy: [f.observer],
      });
    } else {
      if (!seen.seenBy.includes(f.observer)) seen.seenBy.push(f.observer);
      if (fall > seen.fall) Object.assign(seen, { fall, erased: fall + 1, timeNs: f.timeNs, from: f.fromValue });
    }
  }
  const staleWrites = [...byWrite.values()].sort((a, b) => b.erased - a.erased || a.timeNs - b.timeNs);

  const byWorker: WorkerLoss[] = Array.from({ length: threads }, (_, worker) => ({
    worker,
    staleWrites: 0,
    erased: 0,
    largest: 0,
    repeats: 0,
  }));
  const bins: ErasureBin[] = [];
  let attributed = 0;
  for (const s of staleWrites) {
    attributed += s.erased;
    if (s.worker !== null) {
      const mine = byWorker[s.worker]!;
      mine.staleWrites++;
      mine.erased += s.erased;
      mine.largest = Math.max(mine.largest, s.erased);
    }
    const b = Math.floor(Math.log2(s.erased));
    while (bins.length <= b)
      bins.push({ from: 2 ** bins.length, to: 2 ** (bins.length + 1) - 1, writes: 0, erased: 0 });
    bins[b]!.writes++;
    bins[b]!.erased += s.erased;
  }

  // 4. The exact account: how often each value was written, and which write was first.
  let highest = 0;
  for (const r of reads) for (let i = 0; i < howMany; i++) if (r[i]! + 1 > highest) highest = r[i]! + 1;
  const firstTime = new Float64Array(highest + 1).fill(Infinity);
  const firstBy = new Int32Array(highest + 1).fill(-1);
  for (let w = 0; w < threads; w++) {
    const r = reads[w]!;
    for (let i = 0; i < howMany; i++) {
      const v = r[i]! + 1;
      const t = when(w, i);
      if (t < firstTime[v]!) {
        firstTime[v] = t;
        firstBy[v] = w * howMany + i;
      }
    }
  }
  let repeats = 0;
  for (let w = 0; w < threads; w++) {
    const r = reads[w]!;
    for (let i = 0; i < howMany; i++) {
      if (firstBy[r[i]! + 1] !== w * howMany + i) {
        repeats++;
        byWorker[w]!.repeats++;
      }
    }
  }
  let missing = 0;
  let beyond = 0;
  for (let v = 1; v <= Math.max(highest, trial.found); v++) {
    const written = v <= highest && firstBy[v]! >= 0;
    if (!written && v <= trial.found) missing++;
    if (written && v > trial.found) beyond++;
  }

  // 5. Each worker's writes over time, thinned; the writes around each fall are kept.
  const keep = Array.from({ length: threads }, () => new Set<number>());
  for (const s of staleWrites) if (s.worker !== null) keep[s.worker]!.add(s.index);
  for (const f of falls) keep[f.observer]!.add(f.index - 1).add(f.index);
  const stride = Math.max(1, Math.ceil(howMany / points));
  let durationNs = 0;
  const timeline = reads.map((r, w) => {
    const t: number[] = [];
    const v: number[] = [];
    for (let i = 0; i < howMany; i++) {
      if (i % stride === 0 || i === howMany - 1 || keep[w]!.has(i)) {
        t.push(when(w, i));
        v.push(r[i]! + 1);
      }
    }
    durationNs = Math.max(durationNs, times[w]![times[w]!.length - 1]!);
    return { worker: w, timeNs: Float64Array.from(t), value: Int32Array.from(v) };
  });

  const expected = threads * howMany;
  const inTop = staleWrites.slice(0, top).reduce((n, s) => n + s.erased, 0);
  return {
    threads,
    howMany,
    expected,
    found: trial.found,
    lost: expected - trial.found,
    repeats,
    beyond,
    missing,
    highest,
    staleWrites,
    attributed,
    byWorker,
    topShare: attributed > 0 ? inTop / attributed : 0,
    top,
    bins,
    timeline,
    durationNs,
  };
}
