/**
 * What `npm run race` prints: its help, a header per counter around the seed's sentences, and
 * the closing reading (narrate/closingReading.ts). A terminal shows no Markdown: code is in
 * backticks, the way a terminal's own tools quote a command, and nothing is in bold.
 */
import type { CounterKind } from "../../../engine/counters";
import type { Comparison } from "../../compare";
import { f, int, s } from "./format";

/** "the unsafe counter" → "The unsafe counter", at the start of a sentence. */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const ns = (v: number) => `${f.ns(v)} ns`;
/** "in its one trial", "in 3 trials". */
const inTrials = (trials: number) => (trials === 1 ? "in its one trial" : `in ${int(trials)} trials`);

/** What each counter does to an increment, as the help says it. */
const HOW: Readonly<Record<CounterKind, string>> = {
  unsafe: "no lock",
  locked: "a mutex around each increment",
  atomic: "one Atomics.add",
};

/** A counter as the help names it: its code name, typed after --counter, and its name in prose. */
export interface CounterChoice {
  kind: CounterKind;
  name: string;
}

export const cli = {
  header: (name: string, threads: number, howMany: number, sensorWork: number, node: string, cores: number) =>
    `${cap(name)}, ${s(threads, "worker")} × ${int(howMany)} increments` +
    (sensorWork > 0 ? `, sensor work ${int(sensorWork)}` : "") +
    ` (Node ${node}, ${s(cores, "core")})`,
  trial: (sentence: string, lost: number, fraction: number, ms: number) =>
    `${sentence}  (lost ${int(lost)} = ${f.pct(fraction)}, ${f.ms(ms)} ms)`,

  // ---------------------------------------------------------------- the closing reading
  someLost: (name: string, losing: number, trials: number, median: number, worst: number) =>
    trials === 1
      ? `${cap(name)} lost ${f.pct(worst)} of its updates in its one trial.`
      : `${cap(name)} lost updates in ${int(losing)} of ${int(trials)} trials: ` +
        (median === 0
          ? `the median trial lost none, the worst ${f.pct(worst)} of its updates.`
          : `the median trial lost ${f.pct(median)} of its updates, the worst ${f.pct(worst)}.`),
  lockWould: (locked: string, command: string) =>
    `${cap(locked)} would keep every update, at a cost in time; run both to see it: \`${command}\``,
  oneWorker: (name: string, trials: number, threads: number, command: string) =>
    `${cap(name)} lost no update ${inTrials(trials)}, and with one worker it cannot: ` +
    `no other worker writes between its read and its write. Race ${int(threads)} workers: \`${command}\``,
  oneCore: (name: string, trials: number, command: string) =>
    `${cap(name)} lost no update ${inTrials(trials)}. With one core its workers never run at the same moment: ` +
    "they take turns, and an update is lost only when a turn ends between a read and its write, " +
    "which at this size seldom happens. Millions of increments with nothing around them make it happen " +
    `on this one core: \`${command}\``,
  hid: (name: string, trials: number, cores: number, command: string) =>
    `${cap(name)} lost no update ${inTrials(trials)}, though this machine has ${s(cores, "core")}: ` +
    "its workers never overlapped inside an increment, as happens when other programs keep the cores busy " +
    "and each loop ends within its turn. The race has not gone away, it hid. " +
    `More sensor work (a longer loop) and more trials give it more chances: \`${command}\``,
  exact: (
    name: string,
    trials: number,
    expected: number,
    nsPerIncrement: number,
    against?: { vs: Comparison; ns: number; name: string },
  ) =>
    `${cap(name)} kept every update: ` +
    (trials === 1 ? "its one trial was exact" : `all ${int(trials)} trials were exact`) +
    ` (${int(expected)} of ${int(expected)}), at ${ns(nsPerIncrement)} per increment` +
    (against === undefined
      ? " (the median trial's time over its increments)."
      : against.vs === "more"
        ? `, ${f.times(nsPerIncrement / against.ns)} ${against.name}'s ${ns(against.ns)} in this run.`
        : against.vs === "same"
          ? `, about as much as ${against.name}'s ${ns(against.ns)} in this run.`
          : `, less than ${against.name}'s ${ns(against.ns)} in this run.`),
  fixedLost: (name: string, losing: number, trials: number) =>
    `${cap(name)} lost updates in ${int(losing)} of ${s(trials, "trial")}: that is a bug; please report it.`,
  besideUnsafe: (unsafe: string, counters: number, command: string) =>
    `Run ${unsafe} beside ${counters === 1 ? "it" : "them"} to see what ${counters === 1 ? "it saves" : "they save"} ` +
    `and at what cost: \`${command}\``,

  // ---------------------------------------------------------------- --help
  help: {
    what: (threads: number, howMany: number) =>
      `npm run race shows the book's data race in a terminal: ${s(threads, "worker")} each add 1 to one shared ` +
      `counter ${int(howMany)} times, and without a lock some of those updates are lost.`,
    usage: "usage:",
    optionsWord: "[options]",
    options: "options:",
    examples: "examples:",
    counter: (choices: readonly CounterChoice[], fallback: CounterKind) =>
      `Which counter the workers add to: ${choices.map((c) => `${c.kind} (${HOW[c.kind]})`).join(", ")}. ` +
      `Several, like ${choices
        .slice(0, 2)
        .map((c) => c.kind)
        .join(",")}, race one after another and are compared. Default ${fallback}.`,
    threads: (fallback: number, min: number, max: number) =>
      `How many workers count at once. Default ${int(fallback)}, from ${int(min)} to ${int(max)}.`,
    howMany: (fallback: number, min: number, max: number, total: number) =>
      `How many increments each worker makes. Default ${int(fallback)}, from ${int(min)} to ${int(max)}, ` +
      `and workers × increments at most ${int(total)} (the counter is one 32-bit integer).`,
    sensorWork: (fallback: number, min: number, max: number) =>
      "Rounds of arithmetic before each increment, the book's sensor reading: a longer loop, " +
      `so the workers' turns interleave more. Default ${int(fallback)}, from ${int(min)} to ${int(max)}.`,
    trials: (fallback: number, min: number, max: number) =>
      `How many times each counter races. Default ${int(fallback)}, from ${int(min)} to ${int(max)}.`,
    json: "Print one line of JSON per counter instead of sentences (its shape: README, Race from the command line).",
    lang: (fallback: string, langs: readonly string[]) =>
      `The language of what the run prints: ${langs.join(" or ")}. Default ${fallback}. ` +
      "A bad option is answered in English either way, like every error the lesson raises.",
    join: "Join the lecturer's class: run the lecture's race here and send the result (only --lang may go with it).",
    help: "This help.",
    raceExample: "the book's race, five times, read at the end",
    lockExample: "the lock: every total exact, and what an increment costs beside the unsafe counter",
    oneCoreExample: "the race made to show on one core (taskset, on Linux, keeps the race on core 0)",
    joinExample: "join the lecturer's class, with the address the class page shows",
  },
};
