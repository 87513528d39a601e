/** Notebook 3: the tiny race, two workers incrementing once each, many times over. */
import type { CounterKind } from "../../../engine/counters";
import { counters } from "./counters";
import { f, int, s } from "./format";

/** "locked", "atomic and locked" */
const list = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

export const tiny = {
  lost: (lost: number, repetitions: number, rate: number) =>
    `The unsafe counter lost an update in **${int(lost)} of ${s(repetitions, "repetition")}** (${f.pct(rate)}).`,
  never: (repetitions: number) =>
    `**The unsafe counter never lost its update in ${s(repetitions, "repetition")}** this time.`,
  rare: "That is rare, and a test that tried once would almost always pass.",
  why:
    "The barrier releases the two workers together, but to lose an update their three steps must overlap " +
    "within the same few nanoseconds, and usually one worker is done before the other has woken up.",
  oneCore:
    "This machine has one core, so the two workers never run at the same moment: only a time slice that ends " +
    "between a worker's read and its write can make them race.",
  noForbidden: (fixed: readonly CounterKind[]) =>
    fixed.length === 0
      ? "No forbidden outcome: the unsafe counter always ended at 1 or 2."
      : `No forbidden outcome: the ${list(fixed.map((k) => counters.label[k]))} ${fixed.length === 1 ? "counter" : "counters"} never ended at 1, ` +
        "and no counter ended below 1 or above 2.",
  unsafeForbidden: (times: number) =>
    `**The unsafe counter ended ${s(times, "time")} at a count two increments cannot leave (neither 1 nor 2): ` +
    "the harness is broken; please report it.**",
  fixedForbidden: (counter: CounterKind, times: number) =>
    `**The ${counters.label[counter]} counter ended ${s(times, "time")} at a forbidden count: it is broken; please report it.**`,
};
