/** Notebook 2's narration: the locked run, and what each counter costs. */
import type { CounterCosts } from "../analysis/costs";
import type { Experiment } from "../engine/experiment";
import { phrases, type Facts } from "./facts";

/** All trials exact, as in the book; anything else is a bug in the lock. */
export function lockedOutcome(facts: Facts, locked: Experiment): string {
  const T = phrases(facts).lock;
  const exact = locked.trials.filter((t) => t.lost === 0).length;
  return exact === locked.trials.length ? T.allExact(exact) : T.notExact(exact, locked.trials.length);
}

/** What the lock and Atomics.add cost against the unsafe counter, and who lost updates. */
export function costReading(facts: Facts, costs: CounterCosts): string {
  const T = phrases(facts).lock;
  const row = (kind: string) => costs.rows.find((r) => r.counter === kind);
  const unsafe = row("unsafe");
  const atomic = row("atomic");
  const locked = row("locked");
  const sentences: string[] = [];
  if (unsafe && locked && atomic) {
    sentences.push(T.cost(locked.nsPerIncrement, atomic.nsPerIncrement, unsafe.nsPerIncrement));
  }
  const broken = costs.rows.filter((r) => r.counter !== "unsafe" && r.lost > 0);
  if (broken.length > 0) {
    sentences.push(...broken.map((r) => T.fixedLost(r.counter, r.lost, r.trials)));
  } else if (unsafe && unsafe.lost > 0) {
    sentences.push(T.onlyUnsafeLost(unsafe.lost, unsafe.trials));
  } else if (unsafe) {
    sentences.push(T.noneLost(unsafe.trials));
  }
  return sentences.join(" ");
}
