/**
 * Narration of a traced run: who held the lock when, where the unsafe counter lost its
 * updates, and what watching cost. Pure: the run's numbers in, Markdown out; the words
 * are the phrase table's, and every threshold is an option with its default here.
 */
import { LONG_RUN, type Handoff } from "../analysis/handoff";
import type { LossPicture } from "../analysis/lossPicture";
import type { TraceCost } from "../analysis/traceCost";
import { compare } from "./compare";
import { phrases, type Facts } from "./facts";
import { timesAsShown } from "./numbers";

export interface HandoffReadingOptions {
  /** A run of at least this many increments is long (default LONG_RUN, 1,000). */
  longRun?: number;
  /** Hand-offs are counted per this many increments (default 1,000). */
  per?: number;
  /** Rates within this fraction of each other are "about as often" (default 0.1). */
  same?: number;
}

/** The lock's hand-off, with the atomic counter's for contrast when given. */
export function handoffReading(
  facts: Facts,
  locked: Handoff,
  atomic?: Handoff,
  options: HandoffReadingOptions = {},
): string {
  const T = phrases(facts).trace.handoff;
  const longRun = options.longRun ?? LONG_RUN;
  const per = options.per ?? 1_000;
  const rate = (h: Handoff) => (per * h.handoffs) / h.total;
  if (locked.threads === 1) return T.oneWorker(locked.total);
  const parts: string[] = [];
  // Every worker makes its increments, so the lock changes hands at least threads − 1 times;
  // exactly that many means each worker ran its whole loop alone, one after another.
  if (locked.handoffs <= locked.threads - 1) {
    parts.push(T.inTurn(locked.threads, locked.total));
  } else {
    parts.push(T.handed(locked.handoffs, locked.total, rate(locked), per));
    parts.push(T.longest(locked.longest.worker, locked.longest.length));
    if (locked.longest.length >= longRun) {
      let inLong = 0;
      for (const length of locked.runLengths) if (length >= longRun) inLong += length;
      parts.push(T.longShare(inLong / locked.total, longRun), T.unfair);
    } else {
      parts.push(T.shortRuns(longRun));
    }
  }
  if (atomic) {
    const vs = compare(rate(atomic), rate(locked), options.same ?? 0.1);
    // A cache line to win explains more changes than the lock's, and only where two cores run at once.
    parts.push(
      T.atomic(atomic.handoffs, rate(atomic), per, atomic.longest.length, vs, vs === "more" && facts.cores >= 2),
    );
  }
  return parts.join(" ");
}

/** Where the unsafe counter's updates went; `dominant`: the share of the loss that makes one stale write worth a sentence. */
export function lossReading(facts: Facts, picture: LossPicture, options: { dominant?: number } = {}): string {
  const T = phrases(facts).trace.loss;
  if (picture.lost === 0) return T.nothing(picture.expected, facts.cores);
  // The exact account holds only when every value up to the final count is in the trace.
  const parts = [
    picture.missing > 0
      ? T.incomplete(picture.lost, picture.expected, picture.missing)
      : T.account(picture.lost, picture.expected, picture.found, picture.repeats, picture.beyond),
  ];
  const largest = picture.staleWrites[0];
  if (largest) {
    parts.push(T.stale(picture.staleWrites.length, largest.worker, largest.wrote, largest.from, largest.erased));
    // `erased` is a lower bound, so its share is one too: "at least".
    if (largest.erased >= picture.lost * (options.dominant ?? 0.1)) {
      // "At least" belongs to the count (a lower bound), not to a rounded share: 54.98% is not "at least 55.0%".
      parts.push(T.dominant(Math.min(largest.erased, picture.lost), picture.lost));
    }
  } else {
    parts.push(T.noStale);
  }
  return parts.join(" ");
}

export interface TraceCostReadingOptions {
  /** Tracing at most this many times slower reads as next to nothing (default 1.1). */
  cheap?: number;
  /** What tracing aims to stay under (default 2: twice as slow). */
  aim?: number;
  /** Median losses within this fraction of each other are "about as much" (default 0.25). */
  same?: number;
}

/** What tracing cost, from a measurement (measureTraceCost). */
export function traceCostReading(facts: Facts, cost: TraceCost, options: TraceCostReadingOptions = {}): string {
  const T = phrases(facts).trace.cost;
  if (cost.rows.length === 0) return T.nothing;
  const cheap = options.cheap ?? 1.1;
  const aim = options.aim ?? 2;
  const worst = cost.rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  // The limit is judged as the sentence writes the ratio: "2.0×, more than 2.0×" would read false.
  const head =
    worst.ratio <= cheap
      ? T.cheap(cost.trials)
      : timesAsShown(worst.ratio) <= aim
        ? T.moderate(worst.ratio, cost.trials)
        : T.expensive(worst.ratio, worst.counter, cost.trials, aim);
  const lines = [head, ...cost.rows.map((r) => `- ${T.row(r.counter, r.untracedNs, r.tracedNs)}`)];
  const unsafe = cost.rows.find((r) => r.counter === "unsafe");
  if (unsafe) {
    const { untracedLost: before, tracedLost: after } = unsafe;
    lines.push(
      "",
      before === 0 && after === 0
        ? T.lossNone
        : compare(after, before, options.same ?? 0.25) === "same"
          ? T.lossSame(before, after)
          : T.lossChanged(before, after),
    );
  }
  return lines.join("\n");
}
