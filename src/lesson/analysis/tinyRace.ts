/**
 * The smallest race, jcstress style: two workers, released together by the barrier, each
 * increment once; repeated many times on one pool, the final counts tallied and graded.
 */
import { COUNTER_KINDS, KIND_ORDER, type CounterKind } from "../engine/counters";
import { withPool } from "../engine/pool";
import { checkChoiceList, checkInteger, InputError } from "../core/validate";
import { checkProgress, type ProgressCallback } from "./progressCallback";

/** Bounds for the tiny race: a repetition takes about 0.1 ms per counter. */
export const TINY_RACE_LIMITS = { repetitions: { min: 1, max: 500_000 } } as const;

/** jcstress-style grades for an observed outcome. */
export type OutcomeGrade = "acceptable" | "interesting" | "forbidden";

/** One observed outcome, graded: what `outcomeBarChart` draws. */
export interface Outcome {
  /** What was observed, e.g. "1" for a final count of 1. */
  outcome: string;
  /** How many times it was observed. */
  count: number;
  grade: OutcomeGrade;
}

export interface TinyRaceOptions {
  repetitions: number;
  /** Default all three: unsafe, atomic, locked. */
  counters?: readonly CounterKind[];
  onProgress?: ProgressCallback;
}

/** One row of the jcstress-style table. */
export interface TinyRaceRow {
  counter: CounterKind;
  /** The final count, as text: "1" or "2". */
  outcome: string;
  count: number;
  /** count / repetitions × 100. */
  percent: number;
  grade: OutcomeGrade;
}

export interface TinyRaceCounter {
  counter: CounterKind;
  /** One entry per outcome, "1" and "2" always listed (count 0 if never seen); `outcomeBarChart(c.outcomes)`. */
  outcomes: Outcome[];
  /** Repetitions that ended at 1: an update lost. */
  lost: number;
  /** Repetitions whose outcome is forbidden for this counter (0 unless the counter is broken). */
  forbiddenSeen: number;
}

export interface TinyRace {
  repetitions: number;
  counters: TinyRaceCounter[];
  /** Every counter's outcomes, for `htmlTable`. */
  rows: TinyRaceRow[];
  /** Every counter's outcomes in one list ("unsafe: 1", …), for one `outcomeBarChart`. */
  outcomes: Outcome[];
  wallMs: number;
}

/**
 * jcstress's grades: what a correct counter may show (acceptable), what the unsafe one
 * is allowed to show and we want to catch (interesting), and what would be a bug (forbidden).
 */
export function gradeTinyOutcome(counter: CounterKind, finalCount: number): OutcomeGrade {
  if (finalCount === 2) return "acceptable";
  if (finalCount === 1) return counter === "unsafe" ? "interesting" : "forbidden";
  return "forbidden"; // 0 or 3: not even the unsafe counter can end there
}

/**
 * The smallest race, jcstress style: two workers, released together by the barrier, each
 * increment once; repeated many times on one pool, the final counts tallied.
 */
export async function tinyRace(options: TinyRaceOptions): Promise<TinyRace> {
  const repetitions = checkInteger(
    "repetitions",
    options.repetitions,
    TINY_RACE_LIMITS.repetitions.min,
    TINY_RACE_LIMITS.repetitions.max,
  );
  const counters = checkChoiceList("counters", options.counters ?? KIND_ORDER, COUNTER_KINDS);
  if (counters.length === 0)
    throw new InputError(`counters must name at least one of ${COUNTER_KINDS.join(", ")}, got []`);
  const onProgress = checkProgress(options.onProgress);

  const tallies = new Map<CounterKind, Map<number, number>>(
    counters.map((c) => [
      c,
      new Map([
        [1, 0],
        [2, 0],
      ]),
    ]),
  );
  const total = repetitions * counters.length;
  const started = performance.now();
  onProgress?.(0, total, "repetition 1");
  await withPool(2, async (pool) => {
    let done = 0;
    // Counters take turns repetition by repetition, so all see the same machine.
    for (let r = 1; r <= repetitions; r++) {
      for (const counter of counters) {
        const { found } = await pool.runTrial({ counter, threads: 2, howMany: 1 });
        const tally = tallies.get(counter)!;
        tally.set(found, (tally.get(found) ?? 0) + 1);
        onProgress?.(++done, total, `repetition ${r}/${repetitions}`);
      }
    }
  });
  const wallMs = performance.now() - started;

  const rows: TinyRaceRow[] = [];
  const perCounter: TinyRaceCounter[] = counters.map((counter) => {
    const tally = tallies.get(counter)!;
    const outcomes: Outcome[] = [...tally.keys()]
      .sort((a, b) => a - b)
      .map((n) => ({ outcome: String(n), count: tally.get(n)!, grade: gradeTinyOutcome(counter, n) }));
    for (const o of outcomes) {
      rows.push({
        counter,
        outcome: o.outcome,
        count: o.count,
        percent: (100 * o.count) / repetitions,
        grade: o.grade,
      });
    }
    return {
      counter,
      outcomes,
      lost: tally.get(1) ?? 0,
      forbiddenSeen: outcomes.filter((o) => o.grade === "forbidden").reduce((s, o) => s + o.count, 0),
    };
  });
  const outcomes = perCounter.flatMap((c) => c.outcomes.map((o) => ({ ...o, outcome: `${c.counter}: ${o.outcome}` })));
  return { repetitions, counters: perCounter, rows, outcomes, wallMs };
}
