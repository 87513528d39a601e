/**
 * The cost of watching. Two comparisons, each interleaved trial by trial in one run so
 * the load of whatever else shares the machine falls on both sides alike:
 *   off:  today's worker with tracing off against the worker as it was before tracing
 *         existed (baselineWorker.ts): tracing off must cost nothing;
 *   on:   measureTraceCost, traced against untraced: tracing on should stay within 2×.
 */
import * as path from "node:path";
import { availableParallelism } from "node:os";
import { COUNTER_KINDS } from "../src/lesson/engine/counters";
import { withPool, type WorkerPool } from "../src/lesson/engine/pool";
import { measureTraceCost } from "../src/lesson/analysis/traceCost";
import { median, textTable } from "./table";

const THREADS = 2;
const HOW_MANY = 2_000_000;
const TRIALS = 7;
const BASELINE = path.join(__dirname, "baselineWorker.js");

const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

async function tracingOff(): Promise<string> {
  const rows: string[][] = [];
  await withPool(
    THREADS,
    (baseline) =>
      withPool(THREADS, async (today) => {
        for (const counter of COUNTER_KINDS) {
          const ns: Record<"before" | "today", number[]> = { before: [], today: [] };
          for (let k = 0; k < TRIALS; k++) {
            const order: ["before" | "today", WorkerPool][] = [
              ["before", baseline],
              ["today", today],
            ];
            for (const [name, pool] of k % 2 === 0 ? order : order.reverse()) {
              const t = await pool.runTrial({ counter, threads: THREADS, howMany: HOW_MANY });
              ns[name].push((t.elapsedMs * 1e6) / t.expected);
            }
          }
          const [b, t] = [median(ns.before), median(ns.today)];
          rows.push([counter, b.toFixed(1), spread(ns.before), t.toFixed(1), spread(ns.today), (t / b).toFixed(2)]);
        }
      }),
    { workerFile: BASELINE },
  );
  return (
    `Tracing off: the worker before tracing existed vs today's with trace off ` +
    `(ns per increment, median and range of ${TRIALS} trials each, ${THREADS} × ${HOW_MANY.toLocaleString("en-US")}, alternating)\n` +
    textTable(["counter", "before", "range", "today, off", "range", "today/before"], rows)
  );
}

async function tracingOn(): Promise<string> {
  const cost = await measureTraceCost({ threads: THREADS, howMany: HOW_MANY, trials: TRIALS });
  const rows = cost.rows.map((r) => [
    r.counter,
    r.untracedNs.toFixed(1),
    spread(r.untracedTrialsNs),
    r.tracedNs.toFixed(1),
    spread(r.tracedTrialsNs),
    r.ratio.toFixed(2),
    `${(100 * r.untracedLost).toFixed(1)}%`,
    `${(100 * r.tracedLost).toFixed(1)}%`,
  ]);
  return (
    `Tracing on: untraced vs traced (ns per increment, median and range of ${TRIALS} trials each, alternating; ` +
    `median lost fraction)\n` +
    textTable(
      ["counter", "untraced", "range", "traced", "range", "traced/untraced", "lost untraced", "lost traced"],
      rows,
    )
  );
}

export async function run(): Promise<string> {
  const header = `The cost of watching, on Node ${process.version}, ${availableParallelism()} cores`;
  return [header, await tracingOff(), await tracingOn()].join("\n\n");
}
