/** Notebook 2's narration: the locked run, what each counter costs, and a lock that timed out. */
import type { CounterCosts } from "../analysis/costs";
import type { TraceCost } from "../analysis/traceCost";
import type { Experiment } from "../engine/experiment";
import { BOOK, type Book } from "./book";
import { compare } from "./compare";
import { phrases, type Facts } from "./facts";

/** All trials exact, as in the book; anything else is a bug in the lock. */
export function lockedOutcome(facts: Facts, locked: Experiment, book: Book = BOOK): string {
  const T = phrases(facts).lock;
  const exact = locked.trials.filter((t) => t.lost === 0).length;
  return exact === locked.trials.length ? T.allExact(exact, book) : T.notExact(exact, locked.trials.length);
}

/** Costs within this fraction of each other (0.1: 10%) read as "about as much". */
export const COST_SAME = 0.1;

/**
 * What the lock and Atomics.add cost against the unsafe counter, and who lost updates; with
 * `traced` (measureTraceCost's run), also how the untraced times it measured differ from
 * these, since a reader sees both and they are two measurements.
 */
export function costReading(
  facts: Facts,
  costs: CounterCosts,
  traced?: TraceCost,
  options: { same?: number } = {},
): string {
  const T = phrases(facts).lock;
  const same = options.same ?? COST_SAME;
  if (costs.rows.length === 0) return T.noCosts;
  const row = (kind: string) => costs.rows.find((r) => r.counter === kind);
  const unsafe = row("unsafe");
  const atomic = row("atomic");
  const locked = row("locked");
  const sentences: string[] = [];
  if (unsafe && locked && atomic) {
    const against = (ns: number) => ({ ns, vs: compare(ns, unsafe.nsPerIncrement, same) });
    sentences.push(T.cost(against(locked.nsPerIncrement), against(atomic.nsPerIncrement), unsafe.nsPerIncrement));
  }
  const broken = costs.rows.filter((r) => r.counter !== "unsafe" && r.lost > 0);
  if (broken.length > 0) {
    sentences.push(...broken.map((r) => T.fixedLost(r.counter, r.lost, r.trials)));
  } else if (unsafe && unsafe.lost > 0) {
    sentences.push(T.onlyUnsafeLost(unsafe.lost, unsafe.trials));
  } else if (unsafe) {
    sentences.push(T.noneLost(costs.rows.map((r) => r.trials)));
  } else {
    sentences.push(...costs.rows.map((r) => T.fixedExact(r.counter, r.trials)));
  }
  if (traced) {
    // Each counter timed both ways: this table's time against the traced comparison's untraced one.
    const rows = costs.rows.flatMap((r) => {
      const other = traced.rows.find((t) => t.counter === r.counter);
      if (!other) return [];
      return [{ counter: r.counter, here: r.nsPerIncrement, there: other.untracedNs }];
    });
    if (rows.length > 0) {
      sentences.push(
        T.twoRuns(
          rows.map((r) => ({ ...r, agree: compare(r.there, r.here, same) === "same" })),
          traced.trials,
          same,
        ),
      );
    }
  }
  return sentences.join(" ");
}

/** What a timed acquire of a held lock came back with: a LockTimeoutError, as it must, or not. */
export function lockTimeoutReading(facts: Facts, outcome: unknown): string {
  const T = phrases(facts).lock;
  if (!(outcome instanceof Error)) return T.notTimedOut;
  const timeoutMs = (outcome as { timeoutMs?: unknown }).timeoutMs;
  if (outcome.name === "LockTimeoutError" && typeof timeoutMs === "number") return T.timedOut(timeoutMs);
  return T.otherError(outcome.name, outcome.message.split("\n")[0]!); // split gives at least one part
}
