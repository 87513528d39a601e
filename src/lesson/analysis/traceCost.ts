/**
 * The cost of watching: the same trials traced and untraced, alternating in one pool, so
 * whatever else the machine is doing falls on both alike.
 */
import { COUNTER_KINDS, type CounterKind } from "../engine/counters";
import { checkRaceParams, checkTrials } from "../engine/limits";
import { withPool, type WorkerPool } from "../engine/pool";
import { traceLayout } from "../engine/trace";
import { checkChoiceList } from "../core/validate";
import { median } from "./stats";

export interface TraceCostOptions {
  counters?: readonly CounterKind[];
  threads?: number;
  howMany?: number;
  /** Trials of each, traced and untraced (default 5). */
  trials?: number;
  pool?: WorkerPool;
}

export interface TraceCostRow {
  counter: CounterKind;
  /** ns per increment of each trial. */
  untracedTrialsNs: number[];
  tracedTrialsNs: number[];
  /** Medians. */
  untracedNs: number;
  tracedNs: number;
  /** tracedNs / untracedNs */
  ratio: number;
  /** Median lost fraction (0…1). */
  untracedLost: number;
  tracedLost: number;
}

export interface TraceCost {
  threads: number;
  howMany: number;
  trials: number;
  rows: TraceCostRow[];
}

export async function measureTraceCost(options: TraceCostOptions = {}): Promise<TraceCost> {
  const counters = checkChoiceList("counters", options.counters ?? COUNTER_KINDS, COUNTER_KINDS, true);
  const trials = checkTrials(options.trials ?? 5);
  const threads = options.threads ?? 2;
  const howMany = options.howMany ?? 1_000_000;
  for (const counter of counters) {
    checkRaceParams({ counter, threads, howMany });
    traceLayout(counter, threads, howMany);
  }
  const run = async (pool: WorkerPool): Promise<TraceCost> => {
    const ns = (t: { elapsedMs: number; expected: number }) => (t.elapsedMs * 1e6) / t.expected;
    const rows: TraceCostRow[] = [];
    for (const counter of counters) {
      const plain: { ns: number; lost: number }[] = [];
      const traced: { ns: number; lost: number }[] = [];
      for (let k = 0; k < trials; k++) {
        // Alternate which goes first, so a drift in the machine's load does not favour one.
        for (const trace of k % 2 === 0 ? [false, true] : [true, false]) {
          const t = await pool.runTrial({ counter, threads, howMany, trace });
          (trace ? traced : plain).push({ ns: ns(t), lost: t.lost / t.expected });
        }
      }
      const untracedNs = median(plain.map((t) => t.ns));
      const tracedNs = median(traced.map((t) => t.ns));
      rows.push({
        counter,
        untracedTrialsNs: plain.map((t) => t.ns),
        tracedTrialsNs: traced.map((t) => t.ns),
        untracedNs,
        tracedNs,
        ratio: tracedNs / untracedNs,
        untracedLost: median(plain.map((t) => t.lost)),
        tracedLost: median(traced.map((t) => t.lost)),
      });
    }
    return { threads, howMany, trials, rows };
  };
  return options.pool ? run(options.pool) : withPool(threads, run);
}
