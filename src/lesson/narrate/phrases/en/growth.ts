/** What the cost-growth narrator says: how an increment's cost moved as workers were added. */
import { f, int, s } from "./format";

/** "a", "a and b", "a, b and c" */
const list = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** "a locked", "an atomic" */
const a = (word: string): string => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;

const ns = (v: number): string => `${f.sig3(v)} ns`;

export const growth = {
  single: (workers: number) =>
    `Only one worker count was timed (${s(workers, "worker")}), so there is no growth to read: give the sweep several worker counts.`,
  /** One counter's change: "locked 18.6 → 25 ns (1.3×)". */
  change: (kind: string, fromNs: number, toNs: number) =>
    `${kind} ${f.sig3(fromNs)} → ${ns(toNs)} (${f.times(toNs / fromNs)})`,
  grew: (from: number, to: number, changes: readonly string[]) =>
    `**From ${s(from, "worker")} to ${int(to)}, an increment cost ${list(changes)}.**`,
  withinCores: (cores: number) =>
    `All of these worker counts fit this machine's ${s(cores, "core")}; add counts above ${int(cores)} to see what taking turns costs.`,
  /** Past the cores, the focus counter's cost at the last count that fit against the most workers. */
  pastCores: (
    trend: "dearer" | "cheaper" | "level",
    kind: string,
    /** The counter is the lock, whose holder can be switched out while others wait. */
    isLock: boolean,
    cores: number,
    ref: { workers: number; ns: number },
    most: { workers: number; ns: number },
  ) => {
    const at = `${ns(ref.ns)} at ${s(ref.workers, "worker")}, ${ns(most.ns)} at ${int(most.workers)}`;
    const turns = `Past this machine's ${s(cores, "core")} the workers take turns instead of running together`;
    switch (trend) {
      case "dearer":
        return `${turns}, and ${a(kind)} increment still cost more with more workers (${at}): ${
          isLock
            ? "a worker can lose its core while it holds the lock, and the others wait through its turn off"
            : "each change of worker is a context switch, and the counter's cache line moves with it"
        }.`;
      case "cheaper":
        return `${turns}, and ${a(kind)} increment got cheaper (${at}): a worker that has a core to itself for its time slice seldom meets another one at the counter.`;
      case "level":
        return `${turns}, so ${a(kind)} increment cost about the same (${at}): more workers than cores add waiting, not speed.`;
    }
  },
};
