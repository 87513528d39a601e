/** Schedules of read, add and write, step by step. */
import { int, s } from "./format";

export const schedules = {
  step: (kind: "read" | "add" | "write"): string => kind,
  /** What one step of a schedule did, for the step-by-step table. */
  action: (s: { kind: "read" | "add" | "write"; value: number; erased?: { thread: string; count: number } }) =>
    s.kind === "read"
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
