/**
 * The interleaving stepper: every word the widget shows. The page's frame is written by
 * src/lesson/show/stepper/stepper.ts; what changes as a student plays is said by the stepper's
 * narrator (src/lesson/narrate/stepper.ts), which runs in the widget's own script.
 */
import type { LockWord, NamedLockEvent, StepKind } from "../../../analysis/interleavings";
import { int } from "./format";

type Kind = "lock" | StepKind | "unlock";

const STATE = ["free", "held", "held, someone may wait"] as const;
const and = (names: readonly string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${int(n)} times`);

export const stepper = {
  title: (workers: number, locked: boolean) =>
    locked
      ? `Against a lock: ${int(workers)} workers, each runs lock → read → add → write → unlock once`
      : `Be the scheduler: ${int(workers)} workers, each runs read → add → write once`,
  hint: (keys: readonly string[]) =>
    `Click a worker, or press ${keys.join(", ")}, to run its next step; R starts over. Or replay a schedule:`,
  worker: (name: string) => `worker ${name}`,
  register: "register",
  count: "shared count",
  lockWord: "lock word",
  /** What the lock word's value means, beside it. */
  wordState: (word: LockWord): string => STATE[word],
  /** Who holds the lock and who sleeps on it, under the word. */
  lockHolder: (holder: string | null, sleeping: readonly string[]) =>
    (holder === null ? "nobody holds it" : `${holder} holds it`) +
    (sleeping.length > 0 ? `; ${and(sleeping)} ${sleeping.length === 1 ? "sleeps" : "sleep"}` : ""),
  empty: "–",
  step: (kind: Kind): string => kind,
  /** The step button: the key, then what the worker does next. */
  next: (kind: Kind | null): string => (kind === null ? "done" : kind),
  /** The button of a worker asleep on the lock. */
  waits: (holder: string) => `waits for ${holder}`,
  stepLabel: (name: string, kind: Kind | null) =>
    kind === null ? `Worker ${name} is done` : `Step worker ${name}: ${kind} (key ${name})`,
  waitsLabel: (name: string, holder: string) => `Worker ${name} waits: ${holder} holds the lock (key ${name})`,
  /** One line of the log: what a read, an add or a write did. */
  effect: (name: string, kind: StepKind, value: number, erased: { thread: string; count: number } | null) =>
    kind === "read"
      ? `${name} reads ${int(value)}`
      : kind === "add"
        ? `${name} adds 1 in its register → ${int(value)}`
        : erased
          ? `${name} writes ${int(value)} over ${erased.thread}'s ${int(erased.count)}`
          : `${name} writes ${int(value)}`,
  /** One line of the log: what a lock or an unlock step did to the lock word. */
  lockEffect: (name: string, e: NamedLockEvent) => {
    const word = `word ${int(e.before)} → ${int(e.after)}`;
    if (e.outcome === "released") {
      const woke = e.woke !== null ? `, wakes ${e.woke}` : e.before === 2 ? ", wakes nobody" : "";
      return `${name} unlocks: ${word}${woke}`;
    }
    if (e.outcome === "took")
      return e.woken ? `${name}, woken, takes the lock: ${word}` : `${name} takes the lock: ${word}`;
    return e.woken
      ? `${name}, woken, finds ${e.holder ?? "?"} took it first: ${word}, sleeps again`
      : `${name} finds the lock held by ${e.holder ?? "?"}: ${word}, sleeps`;
  },
  /** A key or a click on a worker asleep on the lock: nothing runs. */
  refused: (name: string, holder: string) =>
    `${name} waits: ${holder} holds the lock. Only another worker can take a step.`,
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
  /** The locked play's last word: every update kept, and who had to wait for the lock. */
  lockedSummary: (kept: number, total: number, waited: readonly { name: string; times: number }[]) =>
    kept !== total
      ? `Done: the count is ${int(kept)}, not ${int(total)}, under the lock: the lock is broken.`
      : `Done: the count is ${int(kept)}. All ${int(total)} updates kept, ` +
        (waited.length === 0
          ? "and nobody had to wait: each worker found the lock free."
          : `and the lock made ${waited.map((w) => `${w.name} wait ${times(w.times)}`).join(", ")}.`),
  challenges: "Challenges",
  /** What a challenge asks, in the list under the widget. */
  goal: {
    "lose-one": (workers: number) =>
      workers === 2 ? "Make two workers keep only 1 update." : `Lose exactly 1 of ${int(workers)} updates.`,
    "lose-two": (workers: number) => `With ${int(workers)} workers, lose exactly 2 updates.`,
    "keep-all": (workers: number) =>
      workers === 2 ? "Keep both updates, without a lock." : `Keep all ${int(workers)} updates, without a lock.`,
    "lock-lose": () => "Try to lose an update.",
  },
  /** A met challenge's mark: the schedule that met it. */
  metBy: (schedule: string) => `✓ met by \`${schedule}\``,
  /** The verdict once a challenge is met. */
  verdict: {
    lost: (schedule: string, kept: number, total: number) =>
      `\`${schedule}\` keeps ${int(kept)} of ${int(total)} updates; ${int(total - kept)} lost.`,
    keptAll: (schedule: string, total: number) =>
      `\`${schedule}\` keeps all ${int(total)} updates: each worker ran read, add and write back to back, the only way without a lock.`,
    /** Every other worker tried while one held the lock: why no schedule can lose an update. */
    noLoss: (holder: string, tried: readonly string[]) =>
      `You tried ${and(tried)} while ${holder} held the lock: ${tried.length === 1 ? "it" : "each"} could only wait. ` +
      `Until ${holder} unlocks, only ${holder} reads and writes, so no write falls between its read and its write: no schedule can lose an update.`,
  },
  noScript: "This stepper runs in the browser: run the cell (or trust the notebook) to play it.",
};
