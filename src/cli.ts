/**
 * The race in a terminal:
 *   npm run race -- --counter unsafe|locked|atomic --threads 5 --how-many 100000 [--trials N] [--json] [--lang ko]
 *   npm run race -- --join URL [--lang ko]   (the lecture's race, its result sent to the class: publish/class/join.ts)
 * Bad input: exit code 2, one line on stderr, nothing on stdout. Errors are in English in
 * either language, like every error the lesson raises; --lang changes what a run prints.
 */
import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { runExperiment } from "./lesson/engine/experiment";
import { LIMITS } from "./lesson/engine/limits";
import { checkLang } from "./lesson/core/lang";
import { phrasesFor } from "./lesson/narrate/phrases";
import { seedSentence } from "./lesson/narrate/seedSentence";
import { NOTEBOOK_PARAMETERS } from "./lesson/parameters/parameters";
import { JoinError, joinClass } from "./publish/class/join";
import { InputError, parseInteger } from "./lesson/core/validate";

/** The race's defaults are notebook 1's: the seed's five workers × 100,000, with its sensor work. */
const RACE = NOTEBOOK_PARAMETERS["01-the-race"]!.specs; // a notebook the parameters declare
// Called with names of notebook 1's parameters only.
const DEFAULT = (name: string) => String(RACE[name]!.default);

const USAGE =
  `usage: npm run race -- --counter unsafe|locked|atomic [--threads ${DEFAULT("threads")}] ` +
  `[--how-many ${DEFAULT("howMany")}] [--trials 1] [--sensor-work ${DEFAULT("sensorWork")}] [--json] [--lang en|ko]` +
  ` | --join URL [--lang en|ko]`;

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    // Node's own parse errors run over several lines; the first says what is wrong.
    process.stderr.write(`${(error as Error).message.split("\n")[0]}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.join !== undefined) {
    try {
      await joinClass(options.join, { lang: options.lang, print: (line) => process.stdout.write(`${line}\n`) });
      return 0;
    } catch (error) {
      if (!(error instanceof JoinError || error instanceof InputError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return error instanceof InputError ? 2 : 1;
    }
  }
  let experiment;
  try {
    experiment = await runExperiment(options);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${asFlags(error.message)}\n`);
      return 2;
    }
    throw error;
  }
  if (options.json) {
    const { counter, threads, howMany, sensorWork } = experiment;
    const trials = experiment.trials.map(({ expected, found, lost, elapsedMs }) => ({
      expected,
      found,
      lost,
      elapsedMs,
    }));
    process.stdout.write(`${JSON.stringify({ counter, threads, howMany, sensorWork, trials })}\n`);
    return 0;
  }
  const T = phrasesFor(options.lang).cli;
  const { counter, threads, howMany, sensorWork } = experiment;
  process.stdout.write(`${T.header(counter, threads, howMany, sensorWork, process.version, availableParallelism())}\n`);
  for (const trial of experiment.trials) {
    const sentence = seedSentence(trial, options.lang);
    process.stdout.write(`${T.trial(sentence, trial.lost, trial.lost / trial.expected, trial.elapsedMs)}\n`);
  }
  return 0;
}

const OPTIONS = {
  counter: { type: "string", default: "unsafe" },
  threads: { type: "string", default: DEFAULT("threads") },
  "how-many": { type: "string", default: DEFAULT("howMany") },
  trials: { type: "string", default: "1" },
  "sensor-work": { type: "string", default: DEFAULT("sensorWork") },
  json: { type: "boolean", default: false },
  lang: { type: "string", default: "en" },
  join: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

function isFlag(arg: string): boolean {
  const name = arg.startsWith("--") ? arg.slice(2).split("=")[0]! : arg === "-h" ? "help" : "";
  return Object.hasOwn(OPTIONS, name);
}

/**
 * Node's parseArgs refuses `--trials -1` as "ambiguous" (the value looks like a flag), which
 * says nothing about the value. A string flag followed by something that is not one of our
 * flags takes it as its value, so `-1` reaches the same checks as every other bad value.
 */
function joinDashValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!; // i < argv.length
    const next = argv[i + 1];
    const takesValue = arg.startsWith("--") && OPTIONS[arg.slice(2) as keyof typeof OPTIONS]?.type === "string";
    if (takesValue && next !== undefined && next.startsWith("-")) {
      if (isFlag(next)) throw new InputError(`${arg} needs a value, got the flag ${next} instead`);
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

function parseOptions(argv: string[]) {
  const { values, positionals, tokens } = parseArgs({
    args: joinDashValues(argv),
    strict: true,
    allowPositionals: true,
    options: OPTIONS,
    tokens: true,
  });
  if (positionals.length > 0) throw new InputError(`unexpected argument ${JSON.stringify(positionals[0])}; ${USAGE}`);
  if (values.join !== undefined) {
    // The class runs the lecture's race: a flag that would change it is refused, not ignored.
    const other = tokens.find((t) => t.kind === "option" && !["join", "lang", "help"].includes(t.name));
    if (other?.kind === "option") {
      throw new InputError(`${other.rawName} cannot be used with --join: a class runs the lecture's parameters`);
    }
  }
  return {
    counter: values.counter as "unsafe",
    threads: parseInteger("--threads", values.threads, LIMITS.threads.min, LIMITS.threads.max),
    howMany: parseInteger("--how-many", values["how-many"], LIMITS.howMany.min, LIMITS.howMany.max),
    trials: parseInteger("--trials", values.trials, LIMITS.trials.min, LIMITS.trials.max),
    sensorWork: parseInteger("--sensor-work", values["sensor-work"], LIMITS.sensorWork.min, LIMITS.sensorWork.max),
    json: values.json,
    lang: checkLang(values.lang, "--lang"),
    join: values.join,
    help: values.help,
  };
}

const FLAGS = {
  counter: "--counter",
  threads: "--threads",
  howMany: "--how-many",
  trials: "--trials",
  sensorWork: "--sensor-work",
} as const;

/** The library names its parameters; the terminal user typed flags, so name those. */
function asFlags(message: string): string {
  return message
    .replace(/^counter\b/, FLAGS.counter)
    .replace(/\b(threads|howMany|trials|sensorWork)\b/g, (name) => FLAGS[name as keyof typeof FLAGS]);
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
