/** Notebook 2: the lock. */
import type { Book } from "../../book";
import type { Comparison } from "../../compare";
import { f, int, s } from "./format";

const ns = (v: number) => `${f.fixed(v)} ns`;

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
  fixedLost: (counter: string, lost: number, trials: number) =>
    `**The ${counter} counter lost ${s(lost, "update")} over ${s(trials, "trial")}: that is a bug; please report it.**`,
  fixedExact: (counter: string, trials: number) =>
    `The ${counter} counter lost nothing over ${s(trials, "trial")}, as it must.`,
  noCosts: "No counter was timed, so there is no cost to compare.",
  /** What a timed lock attempt came back with. */
  timedOut: (timeoutMs: number) =>
    `**The timed attempt gave up after ${int(timeoutMs)} ms with a \`LockTimeoutError\`**: the lock was still held by someone else.`,
  notTimedOut:
    "**The timed attempt got a lock that someone else held.** A lock must never allow that; please report it.",
  otherError: (name: string, message: string) =>
    `**The timed attempt failed with \`${name}\`, not a timeout:** \`${message}\`. Please report it.`,
};
