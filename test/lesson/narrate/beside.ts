// Which narration stands beside which table or chart, as the notebooks pair them: one place
// that the generated test (numbersBeside.test.ts) reads to render both from one fabricated
// run, and that test/notebooks/notebookBeside.test.ts holds against the notebooks' cells.
// A number a sentence states with a unit (ms, ns, %, ×) must be written beside it exactly as
// the sentence writes it; a unit the table or chart does not show is listed with the reason.
import { counterCosts } from "../../../src/lesson/analysis/costs";
import { gradeTinyOutcome, type TinyRace, type TinyRaceRow } from "../../../src/lesson/analysis/tinyRace";
import type { CounterKind } from "../../../src/lesson/engine/counters";
import type { Lang } from "../../../src/lesson/core/lang";
import * as costGrowth from "../../../src/lesson/narrate/costGrowth";
import * as distributions from "../../../src/lesson/narrate/distributions";
import type { Facts } from "../../../src/lesson/narrate/facts";
import * as gil from "../../../src/lesson/narrate/gil";
import * as lock from "../../../src/lesson/narrate/lock";
import * as race from "../../../src/lesson/narrate/race";
import * as raceHeadlines from "../../../src/lesson/narrate/headlines/race";
import * as lockHeadlines from "../../../src/lesson/narrate/headlines/lock";
import * as tinyRace from "../../../src/lesson/narrate/tinyRace";
import * as trace from "../../../src/lesson/narrate/trace";
import {
  costGrowthChart,
  counterCostChart,
  handoffStripChart,
  lostHistogramChart,
  runLengthChart,
  staleWritesChart,
  tinyRaceChart,
} from "../../../src/lesson/show/charts";
import { DESCRIPTION, readText } from "../../../src/lesson/show/charts/pngText";
import {
  counterCostTable,
  incrementsTable,
  outcomesTable,
  timingTable,
  tinyRaceTable,
  workersTable,
} from "../../../src/lesson/show/lessonTables";
import type { Random } from "../../helpers/random";
import {
  KINDS,
  SHAPES,
  costPoints,
  experiment,
  handoff,
  hist,
  incrementsSweep,
  loopRun,
  summaryOf,
  traceCost,
  unsafeRun,
  workersSweep,
} from "./runs";

/** A unit a sentence states a number in; 배 and 초 are the Korean × and s. */
export type Unit = "ms" | "ns" | "µs" | "s" | "%" | "×";

/** One cell of a notebook beside the narration, and the call in it that draws what stands there. */
export interface BesideCell {
  id: string;
  /** The function the cell calls: `timingTable`, `counterCostChart`, a narrator's `tell.raceLines`. */
  draws: string;
}

export interface Pairing {
  /** The narrator, as registry.ts names it. */
  narrator: string;
  notebook: string;
  /** The narration cell's id. */
  narration: string;
  beside: readonly BesideCell[];
  /** Units the sentence states that nothing beside it shows, each with why. */
  notBeside?: Partial<Record<Unit, string>>;
  /** A fabricated run: the sentence, and the texts of what stands beside it (tables, chart descriptions). */
  sample(r: Random): { say(facts: Facts): string; beside(lang: Lang, cores: number): Promise<string[]> };
}

/** A chart's description, the text every number it writes is in. */
async function described(png: Promise<Buffer>): Promise<string> {
  return readText(await png, DESCRIPTION) ?? "";
}

/** A tiny race built from each counter's tally of final counts, as tinyRace() assembles one. */
function tinyOf(r: Random): TinyRace {
  const repetitions = r.int(1, 100_000);
  const rows: TinyRaceRow[] = [];
  const counters = r.subset(KINDS).map((counter: CounterKind) => {
    const lost = counter === "unsafe" || r.chance(0.05) ? r.int(0, repetitions) : 0;
    const broken = r.chance(0.05) ? r.int(0, repetitions - lost) : 0;
    const tally = new Map([
      [1, lost],
      [2, repetitions - lost - broken],
      ...(broken > 0 ? [[3, broken] as [number, number]] : []),
    ]);
    const outcomes = [...tally].map(([n, count]) => ({
      outcome: String(n),
      count,
      grade: gradeTinyOutcome(counter, n),
    }));
    for (const o of outcomes) rows.push({ counter, ...o, percent: (100 * o.count) / repetitions });
    return {
      counter,
      outcomes,
      lost,
      forbiddenSeen: outcomes.filter((o) => o.grade === "forbidden").reduce((s, o) => s + o.count, 0),
    };
  });
  const outcomes = counters.flatMap((c) => c.outcomes.map((o) => ({ ...o, outcome: `${c.counter}: ${o.outcome}` })));
  return { repetitions, counters, rows, outcomes, wallMs: r.logUniform(1, 100_000) };
}

export const PAIRINGS: readonly Pairing[] = [
  {
    narrator: "race.loopReading",
    notebook: "01-the-race",
    narration: "loop-reading",
    beside: [{ id: "timing", draws: "timingTable" }],
    sample: (r) => {
      const run = { ...experiment(r, "unsafe"), startUpMs: r.logUniform(1, 500) };
      return { say: (f) => race.loopReading(f, run), beside: (lang) => Promise.resolve([timingTable(run, lang)]) };
    },
  },
  {
    narrator: "race.barrierReading",
    notebook: "01-the-race",
    narration: "timing-reading",
    beside: [{ id: "timing", draws: "timingTable" }],
    sample: (r) => {
      const run = { ...experiment(r, "unsafe"), startUpMs: r.logUniform(1, 500) };
      return { say: (f) => race.barrierReading(f, run), beside: (lang) => Promise.resolve([timingTable(run, lang)]) };
    },
  },
  {
    narrator: "lock.costReading",
    notebook: "02-the-lock",
    narration: "cost-reading",
    beside: [
      { id: "cost-chart", draws: "counterCostChart" },
      { id: "cost-table", draws: "counterCostTable" },
      { id: "watching-reading", draws: "tell.traceCostReading" },
    ],
    notBeside: { "×": "the traced comparison's untraced time against this table's: a ratio of two numbers shown" },
    sample: (r) => {
      const shape = { threads: r.int(1, 8), howMany: r.int(1, 1_000_000) };
      const costs = counterCosts(Object.fromEntries(r.subset(KINDS).map((k) => [k, experiment(r, k, shape)])));
      const traced = traceCost(r);
      return {
        say: (f) => lock.costReading(f, costs, traced),
        beside: async (lang) => [
          await described(counterCostChart(costs, { lang })),
          counterCostTable(costs, lang),
          trace.traceCostReading({ lang, cores: 2, node: "v20.0.0" }, traced),
        ],
      };
    },
  },
  {
    narrator: "trace.handoffReading",
    notebook: "02-the-lock",
    narration: "handoff-reading",
    beside: [
      { id: "handoff-strip", draws: "handoffStripChart" },
      { id: "handoff-runs", draws: "runLengthChart" },
    ],
    notBeside: { "%": "the share in long runs, added up over the bins the run-length chart draws" },
    sample: (r) => {
      const shape = { threads: r.int(2, 4), howMany: r.int(1, 3_000) };
      const locked = handoff(r, "locked", shape);
      const atomic = handoff(r, "atomic", shape);
      return {
        say: (f) => trace.handoffReading(f, locked, atomic),
        beside: async (lang) => [
          await described(handoffStripChart({ locked, atomic }, { lang })),
          await described(runLengthChart({ locked, atomic }, { lang })),
        ],
      };
    },
  },
  {
    narrator: "distributions.histogramReading",
    notebook: "03-distributions",
    narration: "hist-reading",
    beside: [{ id: "hist-chart", draws: "lostHistogramChart" }],
    notBeside: { "%": "a trial's loss as a share of its increments; the histogram counts trials by updates lost" },
    sample: (r) => {
      const h = hist(r);
      return {
        say: (f) => distributions.histogramReading(f, h),
        beside: async (lang) => [await described(lostHistogramChart(h, { lang }))],
      };
    },
  },
  {
    narrator: "trace.lossReading",
    notebook: "03-distributions",
    narration: "stale-reading",
    beside: [{ id: "stale-chart", draws: "staleWritesChart" }],
    notBeside: { "%": "the largest stale write's share of the loss, a ratio of two counts the sentence states" },
    sample: (r) => {
      const picture = unsafeRun(r);
      return {
        say: (f) => trace.lossReading(f, picture),
        beside: async (lang) => [await described(staleWritesChart(picture, { lang }))],
      };
    },
  },
  {
    narrator: "distributions.workersReading",
    notebook: "03-distributions",
    narration: "workers-reading",
    beside: [{ id: "workers-table", draws: "workersTable" }],
    sample: (r) => {
      const sweep = workersSweep(r);
      return {
        say: (f) => distributions.workersReading(f, sweep),
        beside: (lang) => Promise.resolve([workersTable(sweep, lang)]),
      };
    },
  },
  {
    narrator: "distributions.incrementsReading",
    notebook: "03-distributions",
    narration: "increments-reading",
    beside: [{ id: "increments-table", draws: "incrementsTable" }],
    sample: (r) => {
      const sweep = incrementsSweep(r);
      return {
        say: (f) => distributions.incrementsReading(f, sweep),
        beside: (lang) => Promise.resolve([incrementsTable(sweep, lang)]),
      };
    },
  },
  {
    narrator: "costGrowth.costGrowthReading",
    notebook: "03-distributions",
    narration: "cost-reading",
    beside: [{ id: "cost-chart", draws: "costGrowthChart" }],
    notBeside: { "×": "the last point against the first, both written on the chart" },
    sample: (r) => {
      const points = costPoints(r);
      return {
        say: (f) => costGrowth.costGrowthReading(f, { points }),
        beside: async (lang, cores) => [await described(costGrowthChart({ points }, { lang, cores }))],
      };
    },
  },
  {
    narrator: "tinyRace.tinyRaceReading",
    notebook: "03-distributions",
    narration: "tiny-reading",
    beside: [
      { id: "tiny-table", draws: "tinyRaceTable" },
      { id: "tiny-chart", draws: "tinyRaceChart" },
    ],
    sample: (r) => {
      const tiny = tinyOf(r);
      return {
        say: (f) => tinyRace.tinyRaceReading(f, tiny),
        beside: async (lang) => [tinyRaceTable(tiny, lang), await described(tinyRaceChart(tiny, { lang }))],
      };
    },
  },
  {
    narrator: "gil.awaitedReading",
    notebook: "04-gil-and-the-event-loop",
    narration: "race-reading",
    beside: [{ id: "race-lines", draws: "tell.raceLines" }],
    sample: (r) => {
      const shape = { tasks: r.int(1, 10), howMany: r.int(1, 200_000) };
      const unsafe = loopRun(r, "unsafe", shape);
      const sync = loopRun(r, "sync", shape);
      return {
        say: (f) => gil.awaitedReading(f, unsafe, sync),
        beside: (lang) => Promise.resolve([gil.raceLines({ lang, cores: 2, node: "v20.0.0" }, [sync, unsafe])]),
      };
    },
  },
  {
    narrator: "gil.asyncLockedReading",
    notebook: "04-gil-and-the-event-loop",
    narration: "locked-reading",
    beside: [
      { id: "locked-lines", draws: "tell.raceLines" },
      { id: "race-lines", draws: "tell.raceLines" },
    ],
    notBeside: { "×": "the locked run's time against the unsafe run's, both on the lines beside it" },
    sample: (r) => {
      const shape = { tasks: r.int(1, 10), howMany: r.int(1, 200_000) };
      const locked = loopRun(r, "locked", shape);
      const unsafe = loopRun(r, "unsafe", shape);
      const sync = loopRun(r, "sync", shape);
      const lines = (lang: Lang, runs: Parameters<typeof gil.raceLines>[1]) =>
        gil.raceLines({ lang, cores: 2, node: "v20.0.0" }, runs);
      return {
        say: (f) => gil.asyncLockedReading(f, locked, unsafe),
        beside: (lang) => Promise.resolve([lines(lang, [locked]), lines(lang, [sync, unsafe])]),
      };
    },
  },
  {
    narrator: "gil.schedulesSummary",
    notebook: "04-gil-and-the-event-loop",
    narration: "summary-reading",
    beside: [{ id: "outcomes", draws: "outcomesTable" }],
    notBeside: { "%": "the share of schedules that lose, from the two counts the table adds up to" },
    sample: (r) => {
      const summary = summaryOf(r.pick(SHAPES));
      return {
        say: (f) => gil.schedulesSummary(f, summary),
        beside: (lang) => Promise.resolve([outcomesTable(summary, lang)]),
      };
    },
  },
  // Slides' headlines stand over one picture each, on their slide (src/publish/export/talks/).
  {
    narrator: "headlines.loopHeadline",
    notebook: "01-the-race",
    narration: "loop-headline",
    beside: [{ id: "timing", draws: "timingTable" }],
    sample: (r) => {
      const run = { ...experiment(r, "unsafe"), startUpMs: r.logUniform(1, 500) };
      return {
        say: (f) => raceHeadlines.loopHeadline(f, run),
        beside: (lang) => Promise.resolve([timingTable(run, lang)]),
      };
    },
  },
  {
    narrator: "headlines.costHeadline",
    notebook: "02-the-lock",
    narration: "cost-headline",
    beside: [{ id: "cost-chart", draws: "counterCostChart" }],
    sample: (r) => {
      const shape = { threads: r.int(1, 8), howMany: r.int(1, 1_000_000) };
      const costs = counterCosts(Object.fromEntries(r.subset(KINDS).map((k) => [k, experiment(r, k, shape)])));
      return {
        say: (f) => lockHeadlines.costHeadline(f, costs),
        beside: async (lang) => [await described(counterCostChart(costs, { lang }))],
      };
    },
  },
];
