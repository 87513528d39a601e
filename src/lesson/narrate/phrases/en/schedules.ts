/** Schedules of read, add and write (and, under the lock, lock and unlock), step by step. */
import type { NamedLockEvent, ScheduleStep } from "../../../analysis/interleavings";
import { int, s } from "./format";

/** A lock or unlock step, with the lock word's change: "takes the lock: word 0 → 1". */
const lockAction = (l: NamedLockEvent): string => {
  const word = `word ${int(l.before)} → ${int(l.after)}`;
  if (l.outcome === "released") {
    if (l.woke !== null) return `unlocks: ${word}, wakes ${l.woke}`;
    return l.before === 2 ? `unlocks: ${word}, wakes nobody (nobody sleeps)` : `unlocks: ${word}`;
  }
  if (l.outcome === "took") return l.woken ? `woken, takes the lock: ${word}` : `takes the lock: ${word}`;
  return l.woken
    ? `woken, finds the lock taken by ${l.holder ?? "?"}: ${word}, sleeps again`
    : `finds the lock held by ${l.holder ?? "?"}: ${word}, sleeps`;
};

export const schedules = {
  step: (kind: "read" | "add" | "write"): string => kind,
  /** What one step of a schedule did, for the step-by-step table. */
  action: (s: Pick<ScheduleStep, "kind" | "value" | "erased" | "lock">) =>
    s.lock
      ? lockAction(s.lock)
      : s.kind === "read"
        ? `reads ${int(s.value)}`
        : s.kind === "add"
          ? `adds 1 in its register → ${int(s.value)}`
          : s.erased
            ? `writes ${int(s.value)} over ${s.erased.thread}'s ${int(s.erased.count)}: ${s.erased.thread}'s update is lost`
            : `writes ${int(s.value)}`,
  stepsHeaders: { step: "step", thread: "thread", action: "action", count: "count" },
  stepsCaption: (order: string) => `Schedule ${order}`,
  listHeaders: { final: "final", lost: "lost" },
  listCaption: (threads: number, increments: number) =>
    `Schedules of ${s(threads, "thread")} × ${s(increments, "increment")}; highlighted: an update is lost`,
  notShown: (n: number) => `${s(n, "more interleaving")} not shown`,
};
