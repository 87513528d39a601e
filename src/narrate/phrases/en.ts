/**
 * Every sentence and label the lesson shows that its run decides, in English.
 *
 * A phrase is a function of the numbers it states: the narrators choose which phrase
 * to say, and a phrase only words what it is given. Another language is another table
 * of this shape (Phrases); the compiler and test/narrate/phrases.test.ts refuse a table
 * with a phrase missing.
 */
import { numberFormats } from "../numbers";

const f = numberFormats("en-US");
const { int } = f;
const s = (n: number, one: string, many = `${one}s`) => `${int(n)} ${n === 1 ? one : many}`;

export const en = {
  locale: "en-US",
  f,

  params: {
    title: (node: string, cores: number) => `Parameters of this run (Node ${node}, ${s(cores, "core")}):`,
    source: (source: "default" | "cell" | "env" | "edition", envName: string) =>
      source === "default"
        ? "default"
        : source === "cell"
          ? "in the cell"
          : source === "env"
            ? `from ${envName}`
            : "this edition",
  },

  seed: {
    /** The book prints the numbers bare, without grouping: so does the lesson. */
    sentence: (expected: number, found: number) => `Counter should be ${expected}, found ${found}`,
  },

  charts: {
    /** The counters' names as legends and bars show them. */
    kind: (kind: string) => kind,
    trials: (n: number) => s(n, "trial"),
    histogram: {
      title: "Updates lost per trial",
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
      percentAxis: "updates lost (% of increments)",
      workersTitle: "Lost updates vs number of workers",
      workersAxis: "workers (threads incrementing the same counter)",
      incrementsTitle: "Lost updates vs increments per worker",
      incrementsAxis: "increments per worker (log scale)",
    },
    cost: {
      title: "Cost per increment",
      nsAxis: (log: boolean) => (log ? "ns per increment (log scale)" : "ns per increment"),
      workers: "workers",
      counter: "counter",
    },
    outcomes: {
      title: "Outcomes observed",
      series: "observed",
      grade: (grade: string) => grade,
      xDefault: "outcome (final count)",
      yAxis: (log: boolean) => (log ? "times observed (log scale)" : "times observed"),
      subtitle: (samples: number, forbiddenSeen: number) =>
        `${s(samples, "sample")} · ${
          forbiddenSeen > 0
            ? `FAILED: a forbidden outcome occurred ${s(forbiddenSeen, "time")}`
            : "no forbidden outcome occurred"
        }`,
    },
    logScale: (title: string) => `${title} (log scale)`,
  },

  schedules: {
    step: (kind: "read" | "add" | "write") => kind,
    /** What one step of a schedule did, for the step-by-step table. */
    action: (s: { kind: "read" | "add" | "write"; value: number; erased?: { thread: string; count: number } }) =>
      s.kind === "read"
        ? `reads ${int(s.value)}`
        : s.kind === "add"
          ? `adds 1 in its register → ${int(s.value)}`
          : s.erased
            ? `writes ${int(s.value)} over ${s.erased.thread}'s ${int(s.erased.count)}: ${s.erased.thread}'s update is lost`
            : `writes ${int(s.value)}`,
    traceHeaders: { step: "step", thread: "thread", action: "action", count: "count" },
    traceCaption: (order: string) => `Schedule ${order}`,
    listHeaders: { final: "final", lost: "lost" },
    notShown: (n: number) => `${s(n, "more interleaving")} not shown`,
  },
};

export type Phrases = typeof en;
