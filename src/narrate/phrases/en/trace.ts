/** The traced run: who held the lock when, where the unsafe counter lost, and what tracing costs. */
import { f, int, s } from "./format";

const worker = (w: number) => `worker ${String.fromCharCode(65 + w)}`;

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
          : `marked: the ${stale === 1 ? "stale write" : `${int(stale)} largest stale writes`}, each a fall from the count it wrote over`,
      x: "time since the start (ms)",
      y: "value written",
      stale: "stale write (the count falls back)",
      erased: (n: number) => `−${f.compact(n)}`,
    },
  },
  handoff: {
    oneWorker: (total: number) =>
      `One worker made all ${int(total)} increments: there was nobody to hand the lock to. Run it with more workers.`,
    neverHanded: (w: number, total: number, threads: number) =>
      `**${worker(w)} held the lock for all ${int(total)} increments** of the ${int(threads)} workers' ` +
      `— in a row, without once letting another in. Each worker finished before the next one got the lock.`,
    handed: (handoffs: number, total: number, perThousand: number) =>
      `**The lock changed hands ${s(handoffs, "time")} in ${int(total)} increments** (${f.sig3(perThousand)} per 1,000).`,
    longest: (w: number, length: number, inLongRuns: number) =>
      `The longest run: ${worker(w)} kept it for ${int(length)} increments in a row; ` +
      `${f.pct(inLongRuns)} of all increments were made in runs of 1,000 or more.`,
    unfair:
      "A futex-style lock is not fair: a worker that unlocks can take the lock straight back before a woken waiter even runs, " +
      "so whoever holds it tends to keep it.",
    shortRuns: "Runs were short here: the lock was passed around often.",
    atomic: (handoffs: number, perThousand: number, longest: number, more: boolean) =>
      `For contrast, the atomic counter's increments changed hands ${s(handoffs, "time")} ` +
      `(${f.sig3(perThousand)} per 1,000, longest run ${int(longest)}), ${more ? "more" : "less"} often than the lock: ` +
      "`Atomics.add` has no holder to wait for, only a cache line to win.",
  },
  loss: {
    nothing: (expected: number) =>
      `**This run lost nothing of ${int(expected)}**: no write landed on another. On a busy machine the workers may not ` +
      "have overlapped at all; run it again, or with more increments.",
    account: (lost: number, expected: number, found: number, repeats: number, beyond: number) =>
      `**Lost ${int(lost)} of ${int(expected)} updates.** Every value from 1 to ${int(found)} was written by someone, ` +
      `so the loss is exactly ${s(repeats, "write")} of a value another write had already written ` +
      `(two workers read the same count and wrote back the same sum)` +
      (beyond > 0
        ? ` plus ${s(beyond, "value")} above ${int(found)} that the count reached and then lost for good.`
        : "."),
    stale: (count: number, w: number | null, wrote: number, from: number, erased: number) =>
      `${s(count, "stale write")} showed as a fall-back, a worker reading less than it had just written. ` +
      `The largest: ${w === null ? "a write" : worker(w)} wrote ${int(wrote)} over ${int(from)}, ` +
      `erasing at least ${int(erased)} increments in one write: it had read the count long before, was paused, and wrote back its old sum.`,
    dominant: (share: number) => `That one write erased ${f.pct(share)} of everything lost.`,
    noStale:
      "No worker ever read less than it had just written: the loss is all workers counting side by side over the same values, " +
      "each overwriting the other's equal sum.",
    missing: (n: number) =>
      `The trace misses ${s(n, "value")} below the final count: it is incomplete, and the account above does not hold.`,
  },
  cost: {
    row: (kind: string, untracedNs: number, tracedNs: number) =>
      `${kind}: ${f.sig3(untracedNs)} ns per increment untraced, ${f.sig3(tracedNs)} ns traced (${f.times(tracedNs / untracedNs)})`,
    cheap: (trials: number) =>
      `**Watching costs next to nothing here** (medians of ${s(trials, "trial")} each, run alternately):`,
    moderate: (worst: number, trials: number) =>
      `**Tracing slows an increment by up to ${f.times(worst)}** (medians of ${s(trials, "trial")} each, run alternately):`,
    expensive: (worst: number, kind: string, trials: number) =>
      `**Tracing slows the ${kind} counter ${f.times(worst)}**, more than the 2× it aims for: read its picture as a ` +
      `slower race than the untraced one (medians of ${s(trials, "trial")} each, run alternately):`,
    lossSame: (untraced: number, traced: number) =>
      `The unsafe counter lost about as much traced (median ${f.pct(traced)}) as untraced (${f.pct(untraced)}); ` +
      "on a busy machine the loss swings from trial to trial either way.",
    lossChanged: (untraced: number, traced: number) =>
      `Watching changed the race: the unsafe counter lost a median ${f.pct(traced)} traced against ${f.pct(untraced)} untraced. ` +
      "The extra store per increment moves where the workers are when they collide.",
  },
};
