/** Chart titles, axis titles, legends and labels. */
import type { CounterKind } from "../../../engine/counters";
import { counters } from "./counters";
import { int, s } from "./format";

/** The first few of a long list, and how many more. */
const shortList = (items: readonly string[], first = 12): string =>
  items.length <= first
    ? items.join(", ")
    : `${items.slice(0, first).join(", ")} and ${int(items.length - first)} more`;

export const charts = {
  /** A chart's alt text: its title and subtitle, then the axes, series and categories it draws. */
  alt: (c: {
    title: string;
    subtitle: string;
    axes: string[];
    legend: string[];
    labels: string[];
    values: string[];
  }): string =>
    [
      c.subtitle ? `${c.title} (${c.subtitle}).` : `${c.title}.`,
      c.axes.length > 0 ? `Axes: ${c.axes.join("; ")}.` : "",
      c.legend.length > 0 ? `Series: ${c.legend.join(", ")}.` : "",
      c.labels.length > 0 ? `Categories: ${shortList(c.labels)}.` : "",
      c.values.length > 0 ? `Values: ${c.values.join("; ")}.` : "",
    ]
      .filter(Boolean)
      .join(" "),

  /** The counters' names as legends and bars show them: counters.ts's labels. */
  kind: (kind: CounterKind): string => counters.label[kind],
  histogram: {
    title: "Updates lost per trial",
    subtitle: (threads: number, howMany: number, expected: number) =>
      `${s(threads, "worker")} × ${int(howMany)} increments: every trial should count to ${int(expected)}`,
    series: (kind: string, trials: number) => `${kind} (${s(trials, "trial")})`,
    x: "updates lost per trial",
    y: "trials",
  },
  eventLoop: {
    title: "Updates lost on one thread",
    subtitle: (tasks: number, howMany: number, expected: number) =>
      `${s(tasks, "task")} × ${int(howMany)} increments: every counter should count to ${int(expected)}`,
    y: "updates lost",
  },
  lostLines: {
    median: (kind: string) => `${kind}: median`,
    band: (kind: string, quartiles: boolean) => `${kind}: ${quartiles ? "middle half (q1–q3)" : "min–max"}`,
    subtitle: (trials: number | undefined, quartiles: boolean) =>
      `line: median of ${trials === undefined ? "trials" : s(trials, "trial")} · band: ${
        quartiles ? "middle half of the trials (q1–q3)" : "lowest to highest trial"
      }`,
    workers: (threads: number) => `${s(threads, "worker")} · `,
    percentAxis: "updates lost (% of increments)",
    workersTitle: "Lost updates vs number of workers",
    workersAxis: "workers (threads incrementing the same counter)",
    incrementsTitle: "Lost updates vs increments per worker",
    incrementsAxis: "increments per worker (log scale)",
  },
  cost: {
    title: "Cost per increment",
    subtitle: (threads: number, howMany: number, trials: number) =>
      `${s(threads, "worker")} × ${int(howMany)} increments, median of ${s(trials, "trial")}`,
    nsAxis: (log: boolean): string => (log ? "ns per increment (log scale)" : "ns per increment"),
    workers: "workers",
    counter: "counter",
  },
  costGrowth: {
    title: "Cost per increment as workers are added",
    workers: "workers (threads incrementing the same counter)",
    /** The marker at the machine's core count. */
    cores: (cores: number) => s(cores, "core"),
    subtitle: (trials: number | undefined, howMany: number | undefined, band: boolean) =>
      [
        `line: median of ${trials === undefined ? "the trials" : s(trials, "trial")}`,
        band ? "band: lowest to highest trial" : "",
        howMany === undefined ? "" : `${s(howMany, "increment")} per worker`,
      ]
        .filter(Boolean)
        .join(" · "),
  },
  outcomes: {
    title: "Outcomes observed",
    series: "observed",
    grade: (grade: string): string => grade,
    xDefault: "outcome (final count)",
    yAxis: (log: boolean): string => (log ? "times observed (log scale)" : "times observed"),
    /** One bar of the tiny race: the counter, then the final count it ended at. */
    tinyLabel: (kind: string, finalCount: string) => `${kind}: ${finalCount}`,
    tinyAxis: "counter: final count",
    tinySubtitle: (repetitions: number, forbiddenSeen: number) =>
      `${int(repetitions)} repetitions per counter · ${
        forbiddenSeen > 0
          ? `FAILED: a forbidden outcome occurred ${s(forbiddenSeen, "time")}`
          : "no forbidden outcome occurred"
      }`,
    subtitle: (samples: number, forbiddenSeen: number) =>
      `${s(samples, "sample")} · ${
        forbiddenSeen > 0
          ? `FAILED: a forbidden outcome occurred ${s(forbiddenSeen, "time")}`
          : "no forbidden outcome occurred"
      }`,
  },
  counts: {
    title: "What each run counted",
    subtitle: (expected: number) => `every bar should reach ${int(expected)}`,
    found: "counted",
    lost: "lost",
    yAxis: "count",
    lostLabel: (lost: number) => (lost === 0 ? "none lost" : `${int(lost)} lost`),
    trial: (n: number) => `trial ${int(n)}`,
    pythonTitle: "What the book's programs counted on CPython",
    program: { unsafe: "the book's program", locked: "with Lock", "unsafe-with-call": "with a call" },
    fastSwitching: "a call + fast switches",
  },
  logScale: (title: string) => `${title} (log scale)`,
};
