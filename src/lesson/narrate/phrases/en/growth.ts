/** What the cost-growth narrator says: how an increment's cost moved as workers were added. */
import type { CounterKind } from "../../../engine/counters";
import type { Shape, Trend } from "../../trend";
import { counters } from "./counters";
import { f, int, s } from "./format";

/** "a", "a and b", "a, b and c" */
const list = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join("; ")} and ${items[items.length - 1]}`;

/** "a locked", "an atomic" */
const a = (word: string): string => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;

const ns = (v: number): string => `${f.ns(v)} ns`;

export interface Point {
  workers: number;
  ns: number;
}

/** "24.3 → 69.9 → 52.3 ns": every point, for a cost that went up and down. */
const path = (values: readonly Point[]): string => `${values.map((v) => f.ns(v.ns)).join(" → ")} ns`;

export const growth = {
  single: (workers: number) =>
    `Only one worker count was timed (${s(workers, "worker")}), so there is no growth to read: give the sweep several worker counts.`,
  /** One counter over every worker count: "locked rose from 18.6 ns to 25 ns (1.3×)". */
  change: (kind: CounterKind, trend: Trend, values: readonly Point[]) => {
    const label = counters.label[kind];
    const first = values[0]!; // the narrator reads two points or more
    const last = values[values.length - 1]!;
    const ns0 = values.map((v) => v.ns);
    switch (trend) {
      case "rising":
        return `${label} rose from ${ns(first.ns)} to ${ns(last.ns)} (${f.times(last.ns / first.ns)})`;
      case "falling":
        return `${label} fell from ${ns(first.ns)} to ${ns(last.ns)} (${f.times(last.ns / first.ns)})`;
      case "flat":
        return f.ns(Math.min(...ns0)) === f.ns(Math.max(...ns0))
          ? `${label} stayed at ${ns(first.ns)}`
          : `${label} stayed level, between ${ns(Math.min(...ns0))} and ${ns(Math.max(...ns0))}`;
      case "mixed":
        return `${label} went up and down, ${path(values)}`;
    }
  },
  grew: (from: number, to: number, changes: readonly string[]) =>
    `**From ${s(from, "worker")} to ${int(to)}, the cost of an increment: ${list(changes)}.**`,
  withinCores: (cores: number) =>
    `All of these worker counts fit this machine's ${s(cores, "core")}; add counts above ${int(cores)} to see what taking turns costs.`,
  /** Past the cores: the focus counter from the last count that fit to the most workers, every point. */
  pastCores: (trend: Shape, kind: CounterKind, cores: number, values: readonly Point[]) => {
    const at = values.map((v, i) => `${ns(v.ns)} at ${i === 0 ? s(v.workers, "worker") : int(v.workers)}`).join(", ");
    const turns = `Past this machine's ${s(cores, "core")} the workers take turns instead of running together`;
    const increment = a(counters.label[kind]);
    switch (trend) {
      case "rising":
        return `${turns}, and ${increment} increment still cost more with more workers (${at}): ${
          kind === "locked"
            ? "a worker can lose its core while it holds the lock, and the others wait through its turn off"
            : "each change of worker is a context switch, and the counter's cache line moves with it"
        }.`;
      case "falling":
        return `${turns}, and ${increment} increment got cheaper with more workers (${at}): a worker that has a core to itself for its time slice seldom meets another one at the counter.`;
      case "flat":
        return `${turns}, so ${increment} increment cost about the same (${at}): more workers than cores add waiting, not speed.`;
      case "mixed":
        return `${turns}, and ${increment} increment's cost went up and down with more workers (${at}), with no steady trend to read on this run.`;
      case "risingOverall":
        return `${turns}, and ${increment} increment cost more overall with more workers, though not at every step (${at}).`;
      case "fallingOverall":
        return `${turns}, and ${increment} increment cost less overall with more workers, though not at every step (${at}).`;
    }
  },
};
