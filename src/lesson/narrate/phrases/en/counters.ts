/**
 * The counters' names in prose, tables and charts: one place for each language. In English the
 * code's own names read as words (the unsafe counter); another language gives each its own name,
 * and the code name appears only as code, where the code is shown.
 */
import type { CounterKind } from "../../../engine/counters";
import type { AsyncCounterKind } from "../../../eventLoop/eventLoopRace";

export interface CounterNames {
  /** The counter as a noun in a sentence: "the unsafe counter" / "락 없는 카운터". */
  name: Readonly<Record<CounterKind, string>>;
  /** The counter as a short label, in a chart's legend or a table's row: "unsafe" / "락 없음". */
  label: Readonly<Record<CounterKind, string>>;
  /** The event loop's counters (part 4), the same two ways. */
  asyncName: Readonly<Record<AsyncCounterKind, string>>;
  asyncLabel: Readonly<Record<AsyncCounterKind, string>>;
}

export const counters: CounterNames = {
  name: { unsafe: "the unsafe counter", locked: "the locked counter", atomic: "the atomic counter" },
  label: { unsafe: "unsafe", locked: "locked", atomic: "atomic" },
  asyncName: {
    sync: "the synchronous counter",
    unsafe: "the unsafe async counter",
    locked: "the locked async counter",
  },
  asyncLabel: { sync: "sync", unsafe: "unsafe", locked: "locked" },
};
