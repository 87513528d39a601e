/**
 * The lesson's tables, one call each: headers and captions from the phrase table of the
 * lesson's language, numbers formatted for it.
 */
import type { CounterCosts } from "../analysis/costs";
import type { InterleavingSummary } from "../analysis/interleavings";
import type { IncrementsSweep, WorkersSweep } from "../analysis/sweeps";
import type { TinyRace } from "../analysis/tinyRace";
import type { Experiment } from "../engine/experiment";
import { median } from "../analysis/stats";
import { lessonLang, type Lang } from "../core/lang";
import { phrasesFor } from "../narrate/phrases";
import { htmlTable } from "./htmlTable";

const text = (lang?: Lang) => phrasesFor(lang ?? lessonLang());

/**
 * Notebook 1: when each trial's last worker started, how long counting and one worker's loop
 * took, what it lost; then each time's median over the trials, which the narration quotes, and
 * in the caption how long the workers took to start.
 */
export function timingTable(race: Experiment, lang?: Lang): string {
  const { tables: T, f } = text(lang);
  const rows: { trial: string; startSkewMs: number; elapsedMs: number; loopMs: number; lost?: number }[] =
    race.trials.map((t, i) => ({ ...t, trial: f.int(i + 1) }));
  const of = (pick: (t: Experiment["trials"][number]) => number) => median(race.trials.map(pick));
  if (race.trials.length > 1) {
    rows.push({
      trial: T.timing.median,
      startSkewMs: of((t) => t.startSkewMs),
      elapsedMs: of((t) => t.elapsedMs),
      loopMs: of((t) => t.loopMs),
    });
  }
  const ms = (v: unknown) => f.ms(v as number);
  return htmlTable(
    rows,
    [
      { header: T.timing.trial, value: "trial", align: "right" },
      { header: T.timing.lastStart, value: "startSkewMs", format: ms },
      { header: T.timing.counting, value: "elapsedMs", format: ms },
      { header: T.timing.loop, value: "loopMs", format: ms },
      {
        header: T.timing.lost,
        value: "lost",
        align: "right",
        format: (v) => (v === undefined ? "" : f.int(v as number)),
      },
    ],
    race.startUpMs === undefined ? {} : { caption: T.timing.caption(race.threads, race.startUpMs) },
  );
}

/** Notebook 2: ns per increment, × the unsafe time, and updates lost, per counter. */
export function counterCostTable(costs: CounterCosts, lang?: Lang): string {
  const { tables: T, charts: C, f } = text(lang);
  return htmlTable(costs.rows, [
    { header: T.costs.counter, value: (r) => C.kind(r.counter) },
    { header: T.costs.ns, value: "nsPerIncrement", format: (v) => f.ns(v as number) },
    {
      header: T.costs.timesUnsafe,
      value: "timesUnsafe",
      align: "right",
      format: (v) => (v === undefined ? "" : f.times(v as number)),
    },
    { header: T.costs.lost, value: "lost", format: (v) => f.int(v as number) },
  ]);
}

type SweepPoint = WorkersSweep["unsafe"][number] | IncrementsSweep["unsafe"][number];

function sweepColumns(lang?: Lang) {
  const { tables: T, f } = text(lang);
  return [
    { header: T.sweep.medianLost, value: "medianLostFraction", format: (v: unknown) => f.pct(v as number) },
    {
      header: T.sweep.trialsLost,
      value: (p: SweepPoint) => T.sweep.lostOf(p.lostFractions.filter((x) => x > 0).length, p.lostFractions.length),
    },
    { header: T.sweep.lastStart, value: "medianStartSkewMs", format: (v: unknown) => f.ms(v as number) },
    { header: T.sweep.allDone, value: "medianElapsedMs", format: (v: unknown) => f.ms(v as number) },
    { header: T.sweep.loop, value: "medianLoopMs", format: (v: unknown) => f.ms(v as number) },
  ] as const;
}

/** Notebook 3: the unsafe counter at each worker count, medians of the trials. */
export function workersTable(sweep: WorkersSweep, lang?: Lang): string {
  const { tables: T } = text(lang);
  return htmlTable(sweep.unsafe, [{ header: T.sweep.workers, value: "workers" }, ...sweepColumns(lang)], {
    caption: T.sweep.workersCaption(sweep.howMany, sweep.trials),
  });
}

/** Notebook 3: the unsafe counter at each loop length, medians of the trials. */
export function incrementsTable(sweep: IncrementsSweep, lang?: Lang): string {
  const { tables: T, f } = text(lang);
  return htmlTable(
    sweep.unsafe,
    [{ header: T.sweep.increments, value: "increments", format: (v) => f.int(v as number) }, ...sweepColumns(lang)],
    { caption: T.sweep.incrementsCaption(sweep.threads, sweep.trials) },
  );
}

/** Notebook 3: the tiny race's outcomes, graded jcstress style (a forbidden outcome seen is tinted red). */
export function tinyRaceTable(tiny: TinyRace, lang?: Lang): string {
  const { tables: T, charts: C, f } = text(lang);
  return htmlTable(
    tiny.rows,
    [
      { header: T.tiny.counter, value: (r) => C.kind(r.counter) },
      { header: T.tiny.finalCount, value: "outcome", align: "center" },
      { header: T.tiny.times, value: "count", format: (v) => f.int(v as number) },
      { header: T.tiny.percent, value: (r) => f.pct(r.count / tiny.repetitions), align: "right" },
      { header: T.tiny.grade, value: (r) => C.outcomes.grade(r.grade) },
      { header: T.tiny.meaning, value: (r) => T.tiny.meaningOf(Number(r.outcome)) },
    ],
    {
      caption: T.tiny.caption(tiny.repetitions, tiny.wallMs / 1000),
      rowClass: (r) => (r.grade === "forbidden" && r.count === 0 ? undefined : r.grade),
    },
  );
}

/** Notebook 4: how many schedules end at each final count. */
export function outcomesTable(summary: InterleavingSummary, lang?: Lang): string {
  const { tables: T } = text(lang);
  return htmlTable(summary.outcomes, [
    { header: T.outcomes.final, value: "final" },
    { header: T.outcomes.lost, value: "lost" },
    { header: T.outcomes.count, value: "count" },
  ]);
}
