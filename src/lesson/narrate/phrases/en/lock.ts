/** Notebook 2: the lock. */
import type { Book } from "../../book";
import type { Comparison } from "../../compare";
import type { CounterKind } from "../../../engine/counters";
import { counters } from "./counters";
import { f, int, s } from "./format";

const ns = (v: number) => `${f.ns(v)} ns`;

/** "a", "a and b", "a; b and c": items that hold commas of their own */
const list = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join("; ")} and ${items[items.length - 1]}`;

export const lock = {
  allExact: (trials: number, book: Book) =>
    trials === 1
      ? `**The one trial is exact**, as in the book's locked run (${book.expected} of ${book.expected}).`
      : `**All ${s(trials, "trial")} are exact**, as in the book's locked run (${book.expected} of ${book.expected}).`,
  notExact: (exact: number, trials: number) =>
    exact === 0
      ? `**No trial of ${int(trials)} is exact. That is a bug in the lock; please report it.**`
      : `**Only ${int(exact)} of ${s(trials, "trial")} ${exact === 1 ? "is" : "are"} exact. That is a bug in the lock; please report it.**`,
  /** The lock against the unsafe counter, and Atomics.add against it, each more, about the same or less. */
  cost: (locked: { ns: number; vs: Comparison }, atomic: { ns: number; vs: Comparison }, unsafeNs: number) => {
    const lockPart =
      locked.vs === "more"
        ? `In this run the lock made each increment ${f.times(locked.ns / unsafeNs)} as slow as the unsafe counter's (${ns(locked.ns)} against ${ns(unsafeNs)})`
        : locked.vs === "same"
          ? `In this run a locked increment cost about as much as an unsafe one (${ns(locked.ns)} against ${ns(unsafeNs)})`
          : `In this run a locked increment cost less than an unsafe one (${ns(locked.ns)} against ${ns(unsafeNs)})`;
    const atomicPart =
      atomic.vs === "more"
        ? `\`Atomics.add\` ${f.times(atomic.ns / unsafeNs)} (${ns(atomic.ns)})`
        : atomic.vs === "same"
          ? `\`Atomics.add\` about as much as the unsafe counter (${ns(atomic.ns)})`
          : `\`Atomics.add\` less than the unsafe counter (${ns(atomic.ns)})`;
    return `${lockPart}, and ${atomicPart}.`;
  },
  onlyUnsafeLost: (lost: number, trials: number) =>
    `Only the unsafe counter lost anything: ${s(lost, "update")} over ${s(trials, "trial")}.`,
  // One count per counter that ran, and counterCosts refuses none: trials[0] is there.
  noneLost: (trials: readonly number[]) =>
    `No counter lost an update this time (${
      trials.every((t) => t === trials[0]) ? `${s(trials[0]!, "trial")} each` : `${trials.map(int).join(", ")} trials`
    }): the unsafe one was lucky, not fixed.`,
  fixedLost: (counter: CounterKind, lost: number, trials: number) =>
    `**The ${counters.label[counter]} counter lost ${s(lost, "update")} over ${s(trials, "trial")}: that is a bug; please report it.**`,
  fixedExact: (counter: CounterKind, trials: number) =>
    `The ${counters.label[counter]} counter lost nothing over ${s(trials, "trial")}, as it must.`,
  /**
   * The table's times against the untraced times measureTraceCost took: two measurements of
   * the same code. Each counter either agrees within `same`, or is told with both times and their ratio.
   */
  twoRuns: (
    rows: readonly { counter: CounterKind; here: number; there: number; agree: boolean }[],
    tracedTrials: number,
    same: number,
  ) => {
    const within = f.pct(same, 0);
    const agree = rows.filter((r) => r.agree);
    const differ = rows.filter((r) => !r.agree);
    const times = (r: (typeof rows)[number]) => `${ns(r.there)} there, ${ns(r.here)} here`;
    const intro =
      "These times and the ones the traced comparison listed above are two measurements: its traced times come from " +
      "a counter that also records every increment, and its untraced times from the same code as this table, " +
      `in ${s(tracedTrials, "trial")} each, every one beside a traced trial on the same workers. `;
    if (differ.length === 0) {
      return `${intro}On this run the two agree within ${within}: ${list(rows.map((r) => `${counters.label[r.counter]} ${times(r)}`))}.`;
    }
    const differs = list(
      differ.map((r) => `${counters.label[r.counter]} took ${times(r)} (${f.times(r.there / r.here)})`),
    );
    const agrees =
      agree.length === 0
        ? ""
        : `, while ${list(agree.map((r) => counters.label[r.counter]))} ${agree.length === 1 ? "agrees" : "agree"} within ${within}`;
    return `${intro}On this run ${differs}${agrees}. A run's times move with whatever else the machine is doing.`;
  },
  noCosts: "No counter was timed, so there is no cost to compare.",
  /** What a timed lock attempt came back with. */
  timedOut: (timeoutMs: number) =>
    `**The timed attempt gave up after ${int(timeoutMs)} ms with a \`LockTimeoutError\`**: the lock was still held by someone else.`,
  notTimedOut:
    "**The timed attempt got a lock that someone else held.** A lock must never allow that; please report it.",
  otherError: (name: string, message: string) =>
    `**The timed attempt failed with \`${name}\`, not a timeout:** \`${message}\`. Please report it.`,
};
