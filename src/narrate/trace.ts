/**
 * Narration of a traced run: who held the lock when, where the unsafe counter lost its
 * updates, and what watching cost. Pure: the run's numbers in, Markdown out; the words
 * are the phrase table's.
 */
import { LONG_RUN, type Handoff } from "../analysis/handoff";
import type { LossPicture } from "../analysis/lossPicture";
import type { TraceCost } from "../analysis/traceCost";
import { phrases, type Facts } from "./facts";

/** The lock's hand-off, with the atomic counter's for contrast when given. */
export function handoffReading(facts: Facts, locked: Handoff, atomic?: Handoff): string {
  const T = phrases(facts).trace.handoff;
  if (locked.threads === 1) return T.oneWorker(locked.total);
  const parts: string[] = [];
  if (locked.handoffs === 0) {
    parts.push(T.neverHanded(locked.longest.worker, locked.total, locked.threads));
  } else {
    parts.push(T.handed(locked.handoffs, locked.total, locked.perThousand));
    parts.push(T.longest(locked.longest.worker, locked.longest.length, locked.inLongRuns));
  }
  parts.push(locked.longest.length >= LONG_RUN ? T.unfair : T.shortRuns);
  if (atomic) {
    parts.push(
      T.atomic(atomic.handoffs, atomic.perThousand, atomic.longest.length, atomic.perThousand > locked.perThousand),
    );
  }
  return parts.join(" ");
}

/** Where the unsafe counter's updates went. */
export function lossReading(facts: Facts, picture: LossPicture): string {
  const T = phrases(facts).trace.loss;
  if (picture.lost === 0) return T.nothing(picture.expected);
  const parts = [T.account(picture.lost, picture.expected, picture.found, picture.repeats, picture.beyond)];
  const largest = picture.staleWrites[0];
  if (largest) {
    parts.push(T.stale(picture.staleWrites.length, largest.worker, largest.wrote, largest.from, largest.erased));
    if (largest.erased >= picture.lost / 10) parts.push(T.dominant(Math.min(1, largest.erased / picture.lost)));
  } else {
    parts.push(T.noStale);
  }
  if (picture.missing > 0) parts.push(T.missing(picture.missing));
  return parts.join(" ");
}

/** How much loss rates may differ, traced against untraced, before the narration says watching changed the race. */
export const LOSS_CHANGE = 0.1;

/** What tracing cost, from a measurement (measureTraceCost). */
export function traceCostReading(facts: Facts, cost: TraceCost): string {
  const T = phrases(facts).trace.cost;
  const worst = cost.rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const head =
    worst.ratio <= 1.1
      ? T.cheap(cost.trials)
      : worst.ratio <= 2
        ? T.moderate(worst.ratio, cost.trials)
        : T.expensive(worst.ratio, worst.counter, cost.trials);
  const lines = [head, ...cost.rows.map((r) => `- ${T.row(r.counter, r.untracedNs, r.tracedNs)}`)];
  const unsafe = cost.rows.find((r) => r.counter === "unsafe");
  if (unsafe) {
    const changed = Math.abs(unsafe.tracedLost - unsafe.untracedLost) > LOSS_CHANGE;
    lines.push(
      "",
      changed
        ? T.lossChanged(unsafe.untracedLost, unsafe.tracedLost)
        : T.lossSame(unsafe.untracedLost, unsafe.tracedLost),
    );
  }
  return lines.join("\n");
}
