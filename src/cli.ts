/**
 * The race in a terminal:
 *   npm run race -- [--counter unsafe|locked|atomic[,…]] [--threads 5] [--how-many 100000]
 *                   [--sensor-work 60] [--trials 1] [--json] [--lang en|ko]
 *   npm run race -- --join URL [--lang ko]   (the lecture's race, its result sent to the class: publish/class/join.ts)
 *   npm run race -- --help
 * Each counter races in turn: a header, a line per trial in the seed's words, and at the end the
 * closing reading (narrate/closingReading.ts), in the language of --lang. With --json, one JSON
 * document per counter and per line, and nothing else (README, "Race from the command line").
 * Bad input: exit code 2, one line on stderr that names what is allowed, nothing on stdout, and
 * nothing runs. Errors are in English in either language, like every error the lesson raises.
 */
import { availableParallelism } from "node:os";
import { closest, parseFlags, valueOf, type Flag } from "./lesson/core/flags";
import { LANGS, checkLang, type Lang } from "./lesson/core/lang";
import { displayWidth, wrap } from "./lesson/core/wrap";
import { COUNTER_KINDS, type CounterKind } from "./lesson/engine/counters";
import { runExperiment, type Experiment } from "./lesson/engine/experiment";
import { MAX_COUNT } from "./lesson/engine/layout";
import { LIMITS, ONE_CORE_RACE, checkRaceParams } from "./lesson/engine/limits";
import { closingReading } from "./lesson/narrate/closingReading";
import { machineFacts } from "./lesson/narrate/machineFacts";
import { phrasesFor } from "./lesson/narrate/phrases";
import { raceCommand, type TerminalRace } from "./lesson/narrate/raceCommand";
import { seedSentence } from "./lesson/narrate/seedSentence";
import { NOTEBOOK_PARAMETERS } from "./lesson/parameters/parameters";
import { InputError, parseInteger } from "./lesson/core/validate";
import { JoinError, joinClass } from "./publish/class/join";
import { CLASS_PATHS } from "./publish/class/protocol";

/** The race's defaults are notebook 1's: the seed's five workers × 100,000, with its sensor work; one trial. */
const RACE = NOTEBOOK_PARAMETERS["01-the-race"]!.specs; // a notebook the parameters declare
// Called with names of notebook 1's integer parameters only.
const notebookDefault = (name: string) => RACE[name]!.default as number;

const DEFAULTS: TerminalRace = {
  counters: ["unsafe"],
  threads: notebookDefault("threads"),
  howMany: notebookDefault("howMany"),
  sensorWork: notebookDefault("sensorWork"),
  trials: 1,
  lang: "en",
};

/** The flags, in the order the help lists them; json and help take no value, -h is --help. */
const FLAGS = ["counter", "threads", "how-many", "sensor-work", "trials", "json", "lang", "join", "help"] as const;
const SWITCHES = ["json", "help"];
const EXAMPLE = "npm run race -- --trials 5";
const JOIN_VALUE = { rule: "the join address the lecturer shows", example: `http://…${CLASS_PATHS.join}?token=…` };

/** The integer flags, the field each sets, and its range. */
const NUMBERS = [
  ["threads", "threads", LIMITS.threads],
  ["how-many", "howMany", LIMITS.howMany],
  ["sensor-work", "sensorWork", LIMITS.sensorWork],
  ["trials", "trials", LIMITS.trials],
] as const;

interface RaceOptions {
  help: boolean;
  json: boolean;
  join: string | undefined;
  race: TerminalRace;
}

/** The lines a run prints are broken to fit a terminal's window, or at 100 columns into a file or pipe. */
const WIDTH = process.stdout.isTTY ? Math.max(40, Math.min(process.stdout.columns || 100, 100)) : 100;

async function main(argv: string[]): Promise<number> {
  let options: RaceOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const { race } = options;
  if (options.help) {
    for (const line of help(race.lang)) say(line);
    return 0;
  }
  if (options.join !== undefined) {
    try {
      await joinClass(options.join, { lang: race.lang, print: say });
      return 0;
    } catch (error) {
      if (!(error instanceof JoinError || error instanceof InputError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return error instanceof InputError ? 2 : 1;
    }
  }

  const T = phrasesFor(race.lang);
  const cores = availableParallelism();
  const runs: Experiment[] = [];
  for (const counter of race.counters) {
    const params = { counter, threads: race.threads, howMany: race.howMany, sensorWork: race.sensorWork };
    if (!options.json) {
      if (runs.length > 0) say("");
      const name = T.counters.name[counter];
      const header = T.cli.header(name, race.threads, race.howMany, race.sensorWork, process.version, cores);
      for (const line of wrap(header, WIDTH)) say(line);
    }
    const run = await runExperiment({
      ...params,
      trials: race.trials,
      onTrial: (trial) => {
        if (options.json) return;
        say(T.cli.trial(seedSentence(trial, race.lang), trial.lost, trial.lost / trial.expected, trial.elapsedMs));
      },
    });
    runs.push(run);
    if (options.json) say(JSON.stringify(jsonDocument(run, cores)));
  }
  if (!options.json) {
    for (const paragraph of closingReading(machineFacts(race.lang), runs, DEFAULTS)) {
      say("");
      for (const line of wrap(paragraph, WIDTH)) say(line);
    }
  }
  return 0;
}

/** One counter's run, for a program to read: its shape is documented in the README, and tested. */
function jsonDocument(run: Experiment, cores: number) {
  return {
    counter: run.counter,
    threads: run.threads,
    howMany: run.howMany,
    sensorWork: run.sensorWork,
    node: process.version,
    cores,
    trials: run.trials.map(({ expected, found, lost, elapsedMs }) => ({ expected, found, lost, elapsedMs })),
  };
}

// ------------------------------------------------------------------ the flags

function parseOptions(argv: readonly string[]): RaceOptions {
  const flags = new Map<string, Flag>();
  for (const flag of parseFlags(argv, { switches: SWITCHES, short: { h: "help" }, example: EXAMPLE })) {
    flags.set(flag.name, flag);
  }
  const unknown = [...flags.keys()].find((name) => !(FLAGS as readonly string[]).includes(name));
  if (unknown !== undefined) {
    const known = FLAGS.map((name) => `--${name}`);
    const guess = closest(`--${unknown}`, known);
    throw new InputError(
      `--${unknown} is not an option of npm run race${guess ? ` (did you mean ${guess}?)` : ""}; ` +
        `its options: ${known.join(", ")} (npm run race -- --help says what each does)`,
    );
  }
  const lang = flags.has("lang") ? parseLang(flags.get("lang")!) : DEFAULTS.lang;
  const race: TerminalRace = { ...DEFAULTS, lang };
  if (flags.has("help")) return { help: true, json: false, join: undefined, race };

  const join = flags.has("join") ? valueOf(flags.get("join")!, JOIN_VALUE) : undefined;
  if (join !== undefined) {
    // The class runs the lecture's race: a flag that would change it is refused, not ignored.
    const other = [...flags.keys()].find((name) => name !== "join" && name !== "lang");
    if (other !== undefined) {
      throw new InputError(`--${other} cannot be used with --join: a class runs the lecture's parameters`);
    }
  }
  if (flags.has("counter")) race.counters = parseCounters(flags.get("counter")!);
  for (const [name, field, range] of NUMBERS) {
    const flag = flags.get(name);
    if (flag === undefined) continue;
    const rule = `an integer from ${range.min.toLocaleString("en-US")} to ${range.max.toLocaleString("en-US")}`;
    race[field] = parseInteger(
      `--${name}`,
      valueOf(flag, { rule, example: String(DEFAULTS[field]) }),
      range.min,
      range.max,
    );
  }
  try {
    checkRaceParams({ counter: race.counters[0]!, ...race }); // parseCounters gives at least one
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.message.replace(/\bthreads\b/g, "--threads").replace(/\bhowMany\b/g, "--how-many"));
  }
  return { help: false, json: flags.has("json"), join, race };
}

/** `--counter locked`, or several in the order they race: `--counter unsafe,locked`. */
function parseCounters(flag: Flag): CounterKind[] {
  const rule = `one of ${COUNTER_KINDS.join(", ")}, or several joined by commas like unsafe,locked`;
  const text = valueOf(flag, { rule, example: "locked" });
  const counters: CounterKind[] = [];
  for (const part of text.split(",").map((p) => p.trim())) {
    if (!(COUNTER_KINDS as readonly string[]).includes(part)) {
      const guess = part === "" ? undefined : closest(part, COUNTER_KINDS);
      throw new InputError(
        `--counter must be ${rule}, got ${JSON.stringify(part === "" ? text : part)}` +
          (guess ? ` (did you mean ${guess}?)` : ""),
      );
    }
    if (counters.includes(part as CounterKind)) throw new InputError(`--counter names ${part} twice; give each once`);
    counters.push(part as CounterKind);
  }
  return counters;
}

function parseLang(flag: Flag): Lang {
  const text = valueOf(flag, { rule: `one of ${LANGS.join(", ")}`, example: "ko" });
  try {
    return checkLang(text, "--lang");
  } catch (error) {
    const guess = closest(text, LANGS);
    if (!(error instanceof InputError) || guess === undefined) throw error;
    throw new InputError(`${error.message} (did you mean ${guess}?)`);
  }
}

// ------------------------------------------------------------------ --help

/** The help in the reader's language: what the race shows, each option, and commands to try. */
function help(lang: Lang): string[] {
  const T = phrasesFor(lang);
  const H = T.cli.help;
  const command = (change: Partial<TerminalRace>) => raceCommand({ ...DEFAULTS, lang, ...change }, DEFAULTS);
  const choices = COUNTER_KINDS.map((kind) => ({ kind, name: T.counters.name[kind] }));
  const rows: [string, string][] = [
    ["--counter KIND", H.counter(choices, DEFAULTS.counters[0]!)],
    ["--threads N", H.threads(DEFAULTS.threads, LIMITS.threads.min, LIMITS.threads.max)],
    ["--how-many N", H.howMany(DEFAULTS.howMany, LIMITS.howMany.min, LIMITS.howMany.max, MAX_COUNT)],
    ["--sensor-work N", H.sensorWork(DEFAULTS.sensorWork, LIMITS.sensorWork.min, LIMITS.sensorWork.max)],
    ["--trials N", H.trials(DEFAULTS.trials, LIMITS.trials.min, LIMITS.trials.max)],
    ["--json", H.json],
    [`--lang ${LANGS.join("|")}`, H.lang(DEFAULTS.lang, LANGS)],
    ["--join URL", H.join],
    ["-h, --help", H.help],
  ];
  const column = Math.max(...rows.map(([flag]) => flag.length)) + 4;
  const examples: [string, string][] = [
    [command({ trials: 5 }), H.raceExample],
    [command({ counters: ["unsafe", "locked"], trials: 5 }), H.lockExample],
    [`taskset -c 0 ${command({ ...ONE_CORE_RACE, trials: 5 })}`, H.oneCoreExample],
    [
      `npm run race -- --join http://192.168.1.20:8080${CLASS_PATHS.join}?token=…${lang === DEFAULTS.lang ? "" : ` --lang ${lang}`}`,
      H.joinExample,
    ],
  ];
  const usage = `${H.usage} `;
  const under = " ".repeat(displayWidth(usage));
  return [
    ...wrap(H.what(DEFAULTS.threads, DEFAULTS.howMany), WIDTH),
    "",
    `${usage}npm run race -- ${H.optionsWord}`,
    `${under}npm run race -- --join URL [--lang ${LANGS.join("|")}]`,
    `${under}npm run race -- --help`,
    "",
    H.options,
    ...rows.flatMap(([flag, text]) => {
      const [first = "", ...rest] = wrap(text, WIDTH - column);
      return [`  ${flag.padEnd(column - 2)}${first}`, ...rest.map((line) => " ".repeat(column) + line)];
    }),
    "",
    H.examples,
    ...examples.flatMap(([example, text]) => [`  ${example}`, ...wrap(text, WIDTH - 6).map((line) => `      ${line}`)]),
  ];
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
