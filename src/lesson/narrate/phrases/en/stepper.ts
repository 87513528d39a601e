/** The interleaving stepper: every word the widget shows (src/lesson/show/stepper/stepper.ts renders them up front). */
import { int } from "./format";

type Kind = "read" | "add" | "write";

export const stepper = {
  title: (workers: number) => `Be the scheduler: ${int(workers)} workers, each runs read → add → write once`,
  hint: (keys: readonly string[]) =>
    `Click a worker, or press ${keys.join(", ")}, to run its next step. Or replay a schedule:`,
  worker: (name: string) => `worker ${name}`,
  register: "register",
  count: "shared count",
  empty: "–",
  step: (kind: Kind): string => kind,
  /** The step button: the key, then what the worker does next. */
  next: (kind: Kind | null): string => (kind === null ? "done" : kind),
  stepLabel: (name: string, kind: Kind | null) =>
    kind === null ? `Worker ${name} is done` : `Step worker ${name}: ${kind} (key ${name})`,
  /** One line of the log: what the step did. */
  effect: (name: string, kind: Kind, value: number, erased: { thread: string; count: number } | null) =>
    kind === "read"
      ? `${name} reads ${int(value)}`
      : kind === "add"
        ? `${name} adds 1 in its register → ${int(value)}`
        : erased
          ? `${name} writes ${int(value)} over ${erased.thread}'s ${int(erased.count)}`
          : `${name} writes ${int(value)}`,
  /** The mark on the write that loses an update. */
  lost: (erased: { thread: string; count: number }) => `${erased.thread}'s update is lost`,
  order: "schedule",
  reset: "Reset",
  replay: (order: string) => `Replay schedule ${order}`,
  random: "Random schedule",
  keepAll: (workers: number) =>
    workers === 2 ? "Show me one that keeps both" : `Show me one that keeps all ${workers}`,
  /** The last word: how many of the updates the count kept. */
  summary: (kept: number, total: number) =>
    kept === total
      ? `Done: the count is ${int(kept)}. All ${int(total)} updates kept.`
      : `Done: the count is ${int(kept)}, not ${int(total)}. ${int(kept)} of ${int(total)} updates kept, ${int(total - kept)} lost.`,
  noScript: "This stepper runs in the browser: run the cell (or trust the notebook) to play it.",
};
