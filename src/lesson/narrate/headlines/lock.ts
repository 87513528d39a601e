/**
 * Part 2's talk, in claims: the question the lock answers, in the unsafe run's numbers, and the
 * reading of each result as a slide's headline, each number as the chart under it shows it.
 */
import type { CounterCosts } from "../../analysis/costs";
import type { Handoff } from "../../analysis/handoff";
import type { Experiment } from "../../engine/experiment";
import { phrases, type Facts } from "../facts";

/** "The unsafe counter lost 48,229 of 500,000: what makes it keep every one?", from its worst trial. */
export function lockQuestion(facts: Facts, unsafe: Experiment): string {
  const T = phrases(facts).headlines.lock;
  const worst = unsafe.trials.reduce((w, t) => (t.lost / t.expected > w.lost / w.expected ? t : w));
  return worst.lost === 0 ? T.questionNoneLost(worst.expected) : T.question(worst.lost, worst.expected);
}

/** A counter that must be exact: every trial exact, or how many were not (a bug). */
export function exactHeadline(facts: Facts, run: Experiment): string {
  const T = phrases(facts).headlines.lock;
  const name = phrases(facts).counters.name[run.counter];
  const wrong = run.trials.filter((t) => t.lost > 0).length;
  return wrong === 0 ? T.exact(name, run.trials.length) : T.notExact(name, wrong, run.trials.length);
}

/** How often the incrementing worker changed, under the lock and under Atomics.add, as the strip chart labels them. */
export function handoffHeadline(facts: Facts, locked: Handoff, atomic: Handoff): string {
  const T = phrases(facts).headlines.lock;
  if (locked.threads === 1) return T.oneWorker;
  if (locked.handoffs <= locked.threads - 1) return T.inTurn(atomic.handoffs);
  return T.handoffs(locked.handoffs, atomic.handoffs);
}

/** Which counter cost the most per increment and which the least, in the chart's own figures. */
export function costHeadline(facts: Facts, costs: CounterCosts): string {
  const T = phrases(facts).headlines.lock;
  const name = phrases(facts).counters.name;
  const rows = [...costs.rows].sort((a, b) => b.nsPerIncrement - a.nsPerIncrement);
  const [dearest, cheapest] = [rows[0], rows.at(-1)];
  if (!dearest || !cheapest || dearest === cheapest)
    return T.oneCost(rows[0] ? name[rows[0].counter] : "", rows[0]?.nsPerIncrement ?? 0);
  return T.costs(name[dearest.counter], dearest.nsPerIncrement, name[cheapest.counter], cheapest.nsPerIncrement);
}
