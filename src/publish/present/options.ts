/**
 * `npm run present -- [--out DIR] [--port N] [--class [--host ADDR] [--threads N] …]`, checked
 * as a whole before anything listens or is written: an unknown flag, a bad value, a value
 * where none belongs or a class parameter without --class is one line that names the flag,
 * the value and the rule (the CLI exits 2). The folder is checked last, since the rest is
 * cheaper to get wrong.
 */
import path from "node:path";
import { COUNTER_KINDS } from "../../lesson/engine/counters";
import { LIMITS, checkRaceParams } from "../../lesson/engine/limits";
import { closest, parseFlags, valueOf, type Flag } from "../../lesson/core/flags";
import { notebookParameters } from "../../lesson/parameters/parameters";
import { InputError, checkChoice, parseInteger } from "../../lesson/core/validate";
import { projectRoot } from "../../lesson/core/projectRoot";
import { checkHost } from "../class/addresses";
import { CLASS_LIMITS, type ClassParams } from "../class/protocol";
import { checkExportFolder } from "./staticFiles";

export const DEFAULT_PORT = 8080;

/**
 * Ports the Fetch standard calls bad: browsers will not open a page there, nor Node's fetch
 * (the join client), so the presenter refuses them before it listens.
 */
const BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

export const USAGE =
  "usage: npm run present -- [--out DIR] [--port N] [--class [--host ADDR] " +
  "[--counter unsafe] [--threads 5] [--how-many 100000] [--sensor-work 60] [--trials 5]]";

/** Flags that set the class's race, and the parameter each sets. */
const CLASS_FLAGS: Record<string, keyof ClassParams> = {
  "--counter": "counter",
  "--threads": "threads",
  "--how-many": "howMany",
  "--sensor-work": "sensorWork",
  "--trials": "trials",
};
const OWN_FLAGS = ["--out", "--port", "--class", "--host", "--help"];
const ALL_FLAGS = [...OWN_FLAGS, ...Object.keys(CLASS_FLAGS)];

export interface PresentOptions {
  help: boolean;
  /** The export folder, checked, as its real path. */
  out: string;
  port: number;
  /** With --class: the race, and the addresses the room joins at ([] when on no network). */
  class: { params: ClassParams; hosts: string[] } | null;
}

/** Notebook 1's race: the lesson's defaults (src/lesson/parameters/parameters.ts). */
export function defaultClassParams(): ClassParams {
  const { specs } = notebookParameters("01-the-race");
  // Notebook 1 declares each of these as an integer; one renamed there fails here, by name.
  const value = (name: string): number => {
    const spec = specs[name];
    if (spec?.kind !== "int") throw new Error(`notebook 01-the-race declares no integer parameter ${name}`);
    return spec.default;
  };
  return {
    counter: "unsafe",
    threads: value("threads"),
    howMany: value("howMany"),
    sensorWork: value("sensorWork"),
    trials: value("trials"),
  };
}

/** `lan`: this machine's network addresses (addresses.ts), which --host must be one of. */
export function parsePresentArgs(argv: readonly string[], lan: readonly string[]): PresentOptions {
  const flags = new Map<string, Flag>();
  for (const flag of parseFlags(argv)) {
    const typed = `--${flag.name}`;
    if (!ALL_FLAGS.includes(typed)) {
      const guess = closest(typed, ALL_FLAGS);
      throw new InputError(`${typed} is not an option of present${guess ? ` (did you mean ${guess}?)` : ""}; ${USAGE}`);
    }
    flags.set(typed, flag);
  }
  const noValue = (name: string) => {
    const flag = flags.get(name);
    if (flag?.value !== undefined) throw new InputError(`${name} takes no value, got ${JSON.stringify(flag.value)}`);
    return flag !== undefined;
  };
  const text = (name: string) => (flags.has(name) ? valueOf(flags.get(name)!) : undefined);

  const help = noValue("--help");
  const port = parseInteger("--port", text("--port") ?? String(DEFAULT_PORT), 0, 65_535);
  if (BLOCKED_PORTS.has(port)) {
    throw new InputError(
      `--port ${port} is one browsers and fetch refuse to open (a "bad port"); choose another, like ${DEFAULT_PORT}`,
    );
  }
  const isClass = noValue("--class");
  for (const name of ["--host", ...Object.keys(CLASS_FLAGS)]) {
    if (flags.has(name) && !isClass) throw new InputError(`${name} sets up a class session, so it needs --class`);
  }
  const hostText = text("--host");
  const host = hostText === undefined ? undefined : checkHost(hostText, lan);

  const params = defaultClassParams();
  const counter = text("--counter");
  if (counter !== undefined) params.counter = checkChoice("--counter", counter, COUNTER_KINDS);
  const range = {
    threads: LIMITS.threads,
    howMany: LIMITS.howMany,
    sensorWork: LIMITS.sensorWork,
    trials: CLASS_LIMITS.trials,
  };
  for (const [flag, name] of Object.entries(CLASS_FLAGS)) {
    const typed = text(flag);
    if (typed === undefined || name === "counter") continue;
    params[name] = parseInteger(flag, typed, range[name].min, range[name].max);
  }
  if (isClass) {
    try {
      checkRaceParams(params);
    } catch (error) {
      const message = (error as Error).message
        .replace(/\bthreads\b/g, "--threads")
        .replace(/\bhowMany\b/g, "--how-many");
      throw new InputError(message);
    }
  }

  if (help) return { help, out: "", port, class: null };
  const out = checkExportFolder(path.resolve(text("--out") ?? path.join(projectRoot(), "export")));
  return { help, out, port, class: isClass ? { params, hosts: host ? [host] : [...lan] } : null };
}
