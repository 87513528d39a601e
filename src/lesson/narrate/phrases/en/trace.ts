/** The traced run: who held the lock when, where the unsafe counter lost, and what tracing costs. */
import type { Comparison } from "../../compare";
import type { CounterKind } from "../../../engine/counters";
import { workerLetter } from "../../workerName";
import { counters } from "./counters";
import { f, int, s } from "./format";

const ns = (v: number) => `${f.ns(v)} ns`;

const worker = (w: number) => `worker ${workerLetter(w)}`;

export const trace = {
  worker,
  charts: {
    strip: {
      title: "Who made each increment, in order",
      subtitle: (from: number, to: number, total: number) =>
        from === 0 && to === total
          ? `all ${int(total)} increments, left to right; a column mixes colours where workers took turns faster than a pixel`
          : `increments ${int(from)} to ${int(to)} of ${int(total)}`,
      x: "increment (the count before it)",
      row: (kind: string, handoffs: number) => `${kind}: ${s(handoffs, "hand-off")}`,
    },
    runs: {
      title: "How long one worker kept going before another got in",
      subtitle: "share of all increments made in runs of each length (a run: increments in a row by one worker)",
      x: "run length (increments in a row, doubling bins)",
      y: "share of increments (%)",
      series: (kind: string, handoffs: number) => `${kind} (${s(handoffs, "hand-off")})`,
      bin: (from: number, to: number) => (from === to ? f.compact(from) : `${f.compact(from)}–${f.compact(to)}`),
    },
    writes: {
      title: "What each worker wrote, over time",
      subtitle: (stale: number) =>
        stale === 0
          ? "no worker ever read less than it had just written"
          : `marked: the ${stale === 1 ? "stale write" : `${int(stale)} largest stale writes`}, where a worker found its count fallen back; label: the fall, plus its own write`,
      x: "time since the start (ms)",
      y: "value written",
      stale: "stale write (the count falls back)",
      erased: (n: number) => `−${int(n)}`,
    },
  },
  handoff: {
    oneWorker: (total: number) =>
      `One worker made all ${int(total)} increments: there was nobody to hand the lock to. Run it with more workers.`,
    inTurn: (threads: number, total: number) =>
      `**Each of the ${int(threads)} workers made all of its increments in one run, one worker after another**: ` +
      `the lock changed hands only ${s(threads - 1, "time")} in ${int(total)} increments, each time a worker finished. ` +
      "The trace cannot tell whether the others were waiting meanwhile or not counting yet, so this run shows nothing " +
      "about how the lock is shared: give each worker more increments.",
    handed: (handoffs: number, total: number, rate: number, per: number) =>
      `**The lock changed hands ${s(handoffs, "time")} in ${int(total)} increments** (${f.sig3(rate)} per ${int(per)}).`,
    longest: (w: number, length: number) =>
      `The longest run: ${worker(w)} kept it for ${s(length, "increment")} in a row.`,
    longShare: (inLongRuns: number, longRun: number) =>
      `${f.pct(inLongRuns)} of all increments were made in runs of ${int(longRun)} or more.`,
    unfair:
      "Long runs come first from the scheduler: a worker keeps its core for a time slice and counts many times before another runs. " +
      "A futex-style lock adds its own: it does not queue its waiters, so a worker that unlocks can take the lock straight back before a woken waiter even runs.",
    shortRuns: (longRun: number) => `No run reached ${int(longRun)} increments: the lock was passed around often.`,
    atomic: (handoffs: number, rate: number, per: number, longest: number, vs: Comparison, cacheLine: boolean) =>
      `For contrast, the atomic counter's increments changed hands ${s(handoffs, "time")} ` +
      `(${f.sig3(rate)} per ${int(per)}, longest run ${int(longest)}), ` +
      (vs === "more"
        ? "more often than the lock"
        : vs === "less"
          ? "less often than the lock"
          : "about as often as the lock") +
      (cacheLine
        ? ": `Atomics.add` has no holder to wait for, only a cache line to win."
        : ": with no holder to wait for, its workers changed when the scheduler gave another one a turn."),
  },
  loss: {
    nothing: (expected: number, cores: number) =>
      `**This run lost nothing of ${int(expected)}**: no write landed on another. ` +
      (cores === 1
        ? "On one core the workers never run at the same moment, and no turn ended between a read and its write; "
        : "On a busy machine the workers may not have overlapped at all; ") +
      "run it again, or with more increments.",
    account: (lost: number, expected: number, found: number, repeats: number, beyond: number) =>
      `**Lost ${int(lost)} of ${int(expected)} updates.** Every value from 1 to ${int(found)} was written by someone, ` +
      `so the loss is exactly ${s(repeats, "write")} of a value another write had already written ` +
      `(two workers read the same count and wrote back the same sum)` +
      (beyond > 0
        ? ` plus ${s(beyond, "value")} above ${int(found)} that the count reached and then lost for good.`
        : "."),
    incomplete: (lost: number, expected: number, missing: number) =>
      `**Lost ${int(lost)} of ${int(expected)} updates.** The trace misses ${s(missing, "value")} below the final count, ` +
      "so it is incomplete and cannot account for the loss write by write.",
    stale: (count: number, w: number | null, wrote: number, from: number, erased: number) =>
      `${s(count, "stale write")} showed as a fall-back, a worker reading less than it had just written. ` +
      `The largest: ${w === null ? "a write" : worker(w)} wrote ${int(wrote)} over ${int(from)}, ` +
      `erasing at least ${s(erased, "increment")} in one write (a fall of ${int(from - wrote)}, plus its own): it had read the count long before, was paused, and wrote back its old sum. ` +
      "The chart marks it where another worker read the count it had set back.",
    dominant: (erased: number, lost: number) =>
      `That one write erased at least ${int(erased)} of the ${int(lost)} updates lost (${f.pct(erased / lost)}).`,
    noStale:
      "No worker ever read less than it had just written, so no stale write shows as a fall-back. " +
      "Two workers counting side by side leave exactly such a loss, and so does a stale write that no worker read back.",
  },
  cost: {
    row: (kind: CounterKind, untracedNs: number, tracedNs: number) =>
      `${counters.label[kind]}: ${ns(untracedNs)} per increment untraced, ${ns(tracedNs)} traced (${f.times(tracedNs / untracedNs)})`,
    cheap: (trials: number) =>
      `**Watching costs next to nothing here** (medians of ${s(trials, "trial")} each, run alternately):`,
    moderate: (worst: number, trials: number) =>
      `**Tracing slows an increment by up to ${f.times(worst)}** (medians of ${s(trials, "trial")} each, run alternately):`,
    expensive: (worst: number, kind: CounterKind, trials: number, aim: number) =>
      `**Tracing slows the ${counters.label[kind]} counter ${f.times(worst)}**, more than ${f.times(aim)}, the most a traced run may cost ` +
      `and still stand for the untraced one: a traced ${counters.label[kind]} run is a slower race (medians of ${s(trials, "trial")} each, run alternately):`,
    nothing: "Nothing was measured: give `measureTraceCost` at least one counter.",
    lossNone: "The unsafe counter lost nothing, traced or untraced, in the median trial.",
    lossSame: (untraced: number, traced: number) =>
      `The unsafe counter lost about as much traced (median ${f.pct(traced)}) as untraced (${f.pct(untraced)}); ` +
      "the loss swings from trial to trial either way, and more so on a busy machine.",
    lossChanged: (untraced: number, traced: number) =>
      `Traced, the unsafe counter lost a median ${f.pct(traced)}, against ${f.pct(untraced)} untraced. ` +
      "The extra store per increment can move where the workers are when they collide, and on a busy machine the loss also swings from trial to trial.",
  },
};
