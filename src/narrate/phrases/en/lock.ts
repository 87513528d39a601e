/** Notebook 2: the lock. */
import { f, int, s } from "./format";

export const lock = {
  allExact: (trials: number) =>
    `**All ${s(trials, "trial")} are exact**, as in the book's locked run (500000 of 500000).`,
  notExact: (exact: number, trials: number) =>
    `**Only ${int(exact)} of ${s(trials, "trial")} are exact. That is a bug in the lock; please report it.**`,
  cost: (lockedNs: number, atomicNs: number, unsafeNs: number) =>
    `In this run the lock made each increment ${f.times(lockedNs / unsafeNs)} as slow as the unsafe counter's ` +
    `(${f.fixed(lockedNs)} ns against ${f.fixed(unsafeNs)} ns), ` +
    `and \`Atomics.add\` ${f.times(atomicNs / unsafeNs)} (${f.fixed(atomicNs)} ns).`,
  onlyUnsafeLost: (lost: number, trials: number) =>
    `Only the unsafe counter lost updates: ${int(lost)} of them over ${s(trials, "trial")}.`,
  noneLost: (trials: number) =>
    `No counter lost an update this time (${s(trials, "trial")} each): the unsafe one was lucky, not fixed.`,
  fixedLost: (counter: string, lost: number, trials: number) =>
    `**The ${counter} counter lost ${int(lost)} updates over ${s(trials, "trial")}: that is a bug; please report it.**`,
};
