/**
 * A notebook's parameters cell, and the parameters every notebook declares.
 *
 * The cell writes the values; each is checked against its rule here before any work
 * starts, and each but `lang` can be overridden from the environment (howMany ←
 * HOW_MANY), which is how `npm run export -- --how-many 1000000` re-runs the lesson
 * without editing a notebook. The resolved values are printed with where each came
 * from, so every exported page records how it was made.
 *
 * NOTEBOOK_PARAMETERS is the one list of what each notebook takes: the parameters cell,
 * the export's override check and the tests all read it.
 */
import { availableParallelism } from "node:os";
import { countInterleavingsExact } from "../analysis/interleavings";
import { TINY_RACE_LIMITS } from "../analysis/tinyRace";
import { MAX_TASKS, checkRaceSize } from "../eventLoop/eventLoopRace";
import { LIMITS, checkRaceParams } from "../engine/limits";
import { LANGS, checkLang, setLessonLang, type Lang } from "../core/lang";
import { parametersReport, type ParamSource } from "../narrate/parametersReport";
import { parametersAccepted, parametersRefused } from "../show/kernelMessages";
import { MAX_PYTHON_HOW_MANY, MAX_PYTHON_THREADS, MAX_SWITCH_INTERVAL_S } from "../python/seedPrograms";
import { InputError, checkInteger, checkIntegerList, describe, parseInteger, parseIntegerList } from "../core/validate";

export type ParamValue = number | string | number[];

/** The rule one parameter follows, and the value its notebook ships with. */
export type ParamSpec =
  | { kind: "int"; min: number; max: number; default: number }
  | { kind: "ints"; min: number; max: number; default: number[] }
  | { kind: "text"; default: string }
  | { kind: "lang"; default: Lang };

const int = (range: { min: number; max: number }, value: number): ParamSpec => ({
  kind: "int",
  ...range,
  default: value,
});
const ints = (range: { min: number; max: number }, value: number[]): ParamSpec => ({
  kind: "ints",
  ...range,
  default: value,
});
const LANG: ParamSpec = { kind: "lang", default: "en" };

/** The interleavings table lists every schedule; past this many it only counts them. */
export const MAX_LISTED_SCHEDULES = 400_000;

interface NotebookParameters {
  specs: Record<string, ParamSpec>;
  /** Rules that tie parameters together (threads × howMany must fit the counter). */
  together?: (values: Record<string, ParamValue>) => void;
}

const race = (v: Record<string, ParamValue>) =>
  checkRaceParams({ counter: "unsafe", threads: v.threads as number, howMany: v.howMany as number });

export const NOTEBOOK_PARAMETERS: Readonly<Record<string, NotebookParameters>> = {
  "01-the-race": {
    specs: {
      lang: LANG,
      threads: int(LIMITS.threads, 5),
      howMany: int(LIMITS.howMany, 100_000),
      trials: int(LIMITS.trials, 5),
      sensorWork: int(LIMITS.sensorWork, 60),
    },
    together: race,
  },
  "02-the-lock": {
    specs: {
      lang: LANG,
      threads: int(LIMITS.threads, 5),
      howMany: int(LIMITS.howMany, 100_000),
      trials: int(LIMITS.trials, 5),
    },
    together: race,
  },
  "03-distributions": {
    specs: {
      lang: LANG,
      threads: int(LIMITS.threads, 4),
      howMany: int(LIMITS.howMany, 100_000),
      sensorWork: int(LIMITS.sensorWork, 60),
      trials: int(LIMITS.trials, 30),
      checkTrials: int(LIMITS.trials, 3),
      workerCounts: ints(LIMITS.threads, [1, 2, 4, 8]),
      sizes: ints(LIMITS.howMany, [100, 1_000, 10_000, 100_000]),
      costWorkerCounts: ints(LIMITS.threads, [1, 2, 4, 8, 16]),
      costHowMany: int(LIMITS.howMany, 50_000),
      costTrials: int(LIMITS.trials, 3),
      tinyRepetitions: int(TINY_RACE_LIMITS.repetitions, 1_000),
    },
    together: (v) => {
      // v holds every parameter declared above.
      race(v);
      for (const threads of v.workerCounts as number[]) race({ threads, howMany: v.howMany! });
      for (const threads of v.costWorkerCounts as number[]) race({ threads, howMany: v.costHowMany! });
      for (const howMany of v.sizes as number[]) race({ threads: v.threads!, howMany });
    },
  },
  "04-gil-and-the-event-loop": {
    specs: {
      lang: LANG,
      tasks: int({ min: 1, max: MAX_TASKS }, 5),
      // This notebook's own bounds, narrower than the library's limits (which say what the
      // library can run): what its event-loop runs and its interleavings table are meant to show.
      howMany: int({ min: 1, max: 2_000_000 }, 100_000),
      scheduleThreads: int({ min: 1, max: 8 }, 2),
      scheduleIncrements: int({ min: 1, max: 8 }, 1),
      pythonHowMany: int({ min: 1, max: MAX_PYTHON_HOW_MANY }, 100_000),
      pythonThreads: int({ min: 1, max: MAX_PYTHON_THREADS }, 5),
      switchMicros: int({ min: 1, max: MAX_SWITCH_INTERVAL_S * 1_000_000 }, 1),
      pythonCommand: { kind: "text", default: "python3" },
    },
    together: (v) => {
      checkRaceSize(v.tasks, v.howMany);
      const [threads, increments] = [v.scheduleThreads as number, v.scheduleIncrements as number];
      const schedules = countInterleavingsExact(threads, increments);
      if (schedules > BigInt(MAX_LISTED_SCHEDULES)) {
        throw new InputError(
          `scheduleThreads = ${threads} and scheduleIncrements = ${increments} make ${schedules.toLocaleString("en-US")} schedules, ` +
            `more than the ${MAX_LISTED_SCHEDULES.toLocaleString("en-US")} the notebook lists; lower one of them`,
        );
      }
    },
  },
};

/** The environment variable that overrides a parameter: howMany ← HOW_MANY. */
export function envName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

/** The notebook's parameters, or an error naming the notebooks there are. */
export function notebookParameters(notebook: string): NotebookParameters {
  const found = NOTEBOOK_PARAMETERS[notebook];
  if (!found) {
    throw new InputError(
      `notebook must be one of ${Object.keys(NOTEBOOK_PARAMETERS).join(", ")}, got ${JSON.stringify(notebook)}`,
    );
  }
  return found;
}

/** A value written in a cell, checked against its rule; `name` is what the message calls it. */
export function checkParam(spec: ParamSpec, name: string, value: unknown): ParamValue {
  switch (spec.kind) {
    case "int":
      return checkInteger(name, value, spec.min, spec.max);
    case "ints":
      return checkIntegerList(name, value, spec.min, spec.max);
    case "lang":
      return checkLang(value, name);
    case "text":
      if (typeof value !== "string" || value.trim() === "") {
        throw new InputError(`${name} must be a non-empty text, got ${describe(value)}`);
      }
      return value;
  }
}

/** A value typed by a person (an environment variable, a flag), parsed and checked as `name`. */
export function parseParam(spec: ParamSpec, name: string, text: string): ParamValue {
  switch (spec.kind) {
    case "int":
      return parseInteger(name, text, spec.min, spec.max);
    case "ints":
      return parseIntegerList(name, text, spec.min, spec.max);
    case "lang":
      throw new InputError(
        `${name} cannot be overridden: each edition's notebooks have their language (${LANGS.join(", ")})`,
      );
    case "text":
      return checkParam(spec, name, text.trim());
  }
}

export type { ParamSource };

export interface ResolvedParameters<T> {
  values: T;
  sources: Record<string, ParamSource>;
}

/**
 * Checks a parameters cell's values for `notebook` and applies the environment's
 * overrides. Throws an InputError naming the parameter, the value and the rule.
 */
export function resolveParameters<T extends Record<string, ParamValue>>(
  notebook: string,
  cell: T,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedParameters<T> {
  const { specs, together } = notebookParameters(notebook);
  const declared = Object.keys(specs);
  for (const name of Object.keys(cell)) {
    if (!(name in specs)) {
      throw new InputError(`${name} is not a parameter of ${notebook}; its parameters are ${declared.join(", ")}`);
    }
  }
  const values: Record<string, ParamValue> = {};
  const sources: Record<string, ParamSource> = {};
  for (const name of declared) {
    const spec = specs[name]!; // name is one of Object.keys(specs)
    if (!(name in cell)) throw new InputError(`the parameters cell of ${notebook} is missing ${name}`);
    const text = spec.kind === "lang" ? undefined : env[envName(name)];
    if (text !== undefined && text.trim() !== "") {
      values[name] = parseParam(spec, envName(name), text.trim());
      sources[name] = "env";
    } else {
      values[name] = checkParam(spec, name, cell[name]);
      sources[name] = spec.kind === "lang" ? "edition" : sameValue(values[name], spec.default) ? "default" : "cell";
    }
  }
  together?.(values);
  return { values: values as T, sources };
}

function sameValue(a: ParamValue, b: ParamValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The parameters cell: `const P = parameters("01-the-race", { lang: "en", threads: 5, … })`.
 * Checks every value, applies environment overrides, sets the lesson's language for the
 * narration and charts, and prints what it resolved and where each value came from. In a
 * kernel, a refusal is remembered, so that a later cell says the parameters cell must be
 * fixed first (src/lesson/show/kernelMessages.ts).
 */
export function parameters<T extends Record<string, ParamValue>>(
  notebook: string,
  cell: T,
  env: NodeJS.ProcessEnv = process.env,
): T {
  let resolved: ResolvedParameters<T>;
  try {
    resolved = resolveParameters(notebook, cell, env);
  } catch (error) {
    // The cells below would fail far from the cause (P is undefined): they say this instead.
    if (error instanceof InputError) parametersRefused(notebook, error.message);
    throw error;
  }
  parametersAccepted();
  const { values, sources } = resolved;
  const lang = (values.lang as Lang | undefined) ?? "en";
  setLessonLang(lang);
  const reported = Object.entries(values).map(([name, value]) => ({
    name,
    value,
    source: sources[name] ?? "default",
    envName: envName(name),
  }));
  console.log(parametersReport(reported, lang, { node: process.version, cores: availableParallelism() }));
  return values;
}
