/** Chart titles, axis titles, legends and labels. */
import { int, s } from "./format";

export const charts = {
  /** The counters' names as legends and bars show them. */
  kind: (kind: string): string => kind,
  histogram: {
    title: "Updates lost per trial",
    subtitle: (threads: number, howMany: number, expected: number) =>
      `${s(threads, "worker")} × ${int(howMany)} increments: every trial should count to ${int(expected)}`,
    series: (kind: string, trials: number) => `${kind} (${s(trials, "trial")})`,
    x: "updates lost per trial",
    y: "trials",
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
  logScale: (title: string) => `${title} (log scale)`,
};
