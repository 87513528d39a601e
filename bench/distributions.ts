/**
 * Notebook 3's budget: its default experiments, the tiny race, and one chart. Targets on
 * the lesson's 2-core machine: experiments ≤ 20 s, 1,000 tiny-race repetitions ≤ 1 s, a
 * chart ≤ 150 ms.
 */
import { availableParallelism } from "node:os";
import { costSweep, incrementsSweep, trialsSweep, workersSweep } from "../src/lesson/analysis/sweeps";
import { tinyRace } from "../src/lesson/analysis/tinyRace";
import { lostHistogramChart } from "../src/lesson/show/charts";
import { NOTEBOOK_PARAMETERS } from "../src/lesson/parameters/parameters";

interface Defaults {
  threads: number;
  howMany: number;
  trials: number;
  workerCounts: number[];
  sizes: number[];
  costHowMany: number;
  costTrials: number;
  tinyRepetitions: number;
}

/**
 * The notebook's defaults, from the one list of what each notebook takes (src/lesson/parameters/parameters.ts).
 * (Read from there, not parsed out of the notebook's parameters cell: the cell's shape
 * changes with the notebooks, and a value it ships that differs is labelled "in the cell".)
 */
export function notebookDefaults(): Defaults {
  const specs = NOTEBOOK_PARAMETERS["03-distributions"]!.specs;
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default])) as unknown as Defaults;
}

const TARGETS = { experimentsS: 20, tinyS: 1, chartMs: 150 };

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const flag = (over: boolean, target: string) => (over ? `  over ${target}` : "");

export async function run(): Promise<string> {
  const P = notebookDefaults();
  const rows: string[] = [];
  const line = (name: string, ms: number, note = "") =>
    rows.push(`${name.padEnd(34)}${(ms / 1000).toFixed(2).padStart(8)} s${note}`);

  const [hist, histMs] = await timed(() => trialsSweep({ threads: P.threads, howMany: P.howMany, trials: P.trials }));
  line(`trialsSweep (${P.threads}×${P.howMany}, ${P.trials} trials ×3)`, histMs);
  const [, workersMs] = await timed(() =>
    workersSweep({ workerCounts: P.workerCounts, howMany: P.howMany, trials: P.trials }),
  );
  line(`workersSweep (${P.workerCounts.join(",")})`, workersMs);
  const [, lengthMs] = await timed(() => incrementsSweep({ sizes: P.sizes, threads: P.threads, trials: P.trials }));
  line(`incrementsSweep (${P.sizes.length} sizes)`, lengthMs);
  const [, costMs] = await timed(() =>
    costSweep({ workerCounts: P.workerCounts, howMany: P.costHowMany, trials: P.costTrials }),
  );
  line(`costSweep (${P.costTrials} trials)`, costMs);
  const [tinyDefault, tinyDefaultMs] = await timed(() => tinyRace({ repetitions: P.tinyRepetitions }));
  line(`tinyRace (${P.tinyRepetitions} reps × 3 counters)`, tinyDefaultMs);
  const total = histMs + workersMs + lengthMs + costMs + tinyDefaultMs;
  line("notebook 03 experiments, total", total, flag(total > TARGETS.experimentsS * 1000, `${TARGETS.experimentsS} s`));

  const [tiny, tinyMs] = await timed(() => tinyRace({ repetitions: 1_000, counters: ["unsafe"] }));
  line("tinyRace, 1,000 reps, unsafe only", tinyMs, flag(tinyMs > TARGETS.tinyS * 1000, `${TARGETS.tinyS} s`));

  const [, coldMs] = await timed(() => lostHistogramChart(hist));
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await timed(() => lostHistogramChart(hist)))[1]);
  warm.sort((a, b) => a - b);
  const unsafeDefault = tinyDefault.counters.find((c) => c.counter === "unsafe")!;
  return [
    `notebook 03 defaults from its parameters cell (node ${process.version}, ${availableParallelism()} cores)`,
    ...rows,
    `lostHistogramChart: first ${coldMs.toFixed(0)} ms (builds the renderer), then median ${warm[2]!.toFixed(0)} ms of 5${flag(warm[2]! > TARGETS.chartMs, `${TARGETS.chartMs} ms`)}`,
    `tiny race, unsafe lost an update: ${tiny.counters[0]!.lost} of 1,000 (${(tiny.counters[0]!.lost / 10).toFixed(1)}%); ` +
      `${unsafeDefault.lost} of ${P.tinyRepetitions} in the default run; forbidden outcomes seen: ${tinyDefault.counters.reduce((s, c) => s + c.forbiddenSeen, 0)}`,
  ].join("\n");
}

if (require.main === module) {
  run().then(console.log, (e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
