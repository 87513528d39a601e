import { test } from "node:test";
import assert from "node:assert/strict";
import {
  NOTEBOOK_PARAMETERS,
  envName,
  parseParam,
  resolveParameters,
  type ParamSpec,
  type ParamValue,
} from "../../../src/lesson/parameters/parameters";
import { lessonLang } from "../../../src/lesson/core/lang";
import { parameters } from "../../../src/lesson/parameters/parameters";

const defaultsOf = (notebook: string): Record<string, ParamValue> =>
  Object.fromEntries(Object.entries(NOTEBOOK_PARAMETERS[notebook]!.specs).map(([name, spec]) => [name, spec.default]));

test("parameter names map to environment names", () => {
  assert.equal(envName("howMany"), "HOW_MANY");
  assert.equal(envName("threads"), "THREADS");
  assert.equal(envName("workerCounts"), "WORKER_COUNTS");
});

test("every notebook's shipped values pass its own rules and are labelled default", () => {
  for (const notebook of Object.keys(NOTEBOOK_PARAMETERS)) {
    const { values, sources } = resolveParameters(notebook, defaultsOf(notebook), {});
    assert.deepEqual(values, defaultsOf(notebook), notebook);
    for (const [name, source] of Object.entries(sources)) {
      assert.equal(source, name === "lang" ? "edition" : "default", `${notebook}.${name}`);
    }
  }
});

test("a value edited in the cell is labelled so; an environment override names its variable", () => {
  const cell: Record<string, ParamValue> = { ...defaultsOf("01-the-race"), threads: 8 };
  const { values, sources } = resolveParameters("01-the-race", cell, { HOW_MANY: "1e6", TRIALS: "" });
  assert.equal(values.threads, 8);
  assert.equal(values.howMany, 1_000_000);
  assert.equal(values.trials, 5, "an empty variable is no override");
  assert.deepEqual(sources, {
    lang: "edition",
    threads: "cell",
    howMany: "env",
    trials: "default",
    sensorWork: "default",
  });
});

test("a bad value in the cell is refused in one line naming the parameter, the value and the rule", () => {
  const cell = { ...defaultsOf("01-the-race"), threads: 0 };
  assert.throws(() => resolveParameters("01-the-race", cell, {}), {
    name: "InputError",
    message: "threads must be an integer from 1 to 64, got 0",
  });
  assert.throws(() => resolveParameters("01-the-race", { ...defaultsOf("01-the-race"), lang: "fr" }, {}), {
    message: 'lang must be one of en, ko, got "fr"',
  });
  assert.throws(() => resolveParameters("03-distributions", { ...defaultsOf("03-distributions"), sizes: [] }, {}), {
    message: "sizes must be a non-empty list of integers from 1 to 50,000,000, got []",
  });
});

test("rules that tie parameters together are checked too", () => {
  assert.throws(
    () =>
      resolveParameters(
        "04-gil-and-the-event-loop",
        { ...defaultsOf("04-gil-and-the-event-loop"), tasks: 100, howMany: 1_000_000 },
        {},
      ),
    { message: "tasks × howMany must be at most 20,000,000, got 100 × 1,000,000 = 100,000,000" },
  );
  assert.throws(
    () => resolveParameters("01-the-race", { ...defaultsOf("01-the-race"), threads: 64, howMany: 40_000_000 }, {}),
    /^InputError: threads × howMany = 2,560,000,000 does not fit/,
  );
  assert.throws(
    () =>
      resolveParameters(
        "04-gil-and-the-event-loop",
        { ...defaultsOf("04-gil-and-the-event-loop"), scheduleThreads: 4, scheduleIncrements: 2 },
        {},
      ),
    /^InputError: scheduleThreads = 4 and scheduleIncrements = 2 make 2,308,743,493,056 schedules, more than the 400,000 the notebook lists/,
  );
});

test("an unknown or missing parameter, or an unknown notebook, is named", () => {
  assert.throws(() => resolveParameters("01-the-race", { ...defaultsOf("01-the-race"), howmany: 5 }, {}), {
    message: "howmany is not a parameter of 01-the-race; its parameters are lang, threads, howMany, trials, sensorWork",
  });
  const { trials: _, ...missing } = defaultsOf("01-the-race");
  assert.throws(() => resolveParameters("01-the-race", missing, {}), {
    message: "the parameters cell of 01-the-race is missing trials",
  });
  assert.throws(() => resolveParameters("09-nothing", {}, {}), /^InputError: notebook must be one of 01-the-race, /);
});

test("overrides are parsed like their parameter and refused by their variable's name", () => {
  const ints: ParamSpec = { kind: "ints", min: 1, max: 64, default: [1] };
  assert.deepEqual(parseParam(ints, "WORKER_COUNTS", "1, 8,16"), [1, 8, 16]);
  assert.throws(() => parseParam(ints, "WORKER_COUNTS", "1,x"), {
    message: 'WORKER_COUNTS must be a non-empty list of integers from 1 to 64, separated by commas, got "1,x"',
  });
  assert.throws(() => resolveParameters("01-the-race", defaultsOf("01-the-race"), { HOW_MANY: "lots" }), {
    message: 'HOW_MANY must be an integer from 1 to 50,000,000, got "lots"',
  });
  assert.throws(() => resolveParameters("01-the-race", defaultsOf("01-the-race"), { THREADS: "0" }), {
    message: "THREADS must be an integer from 1 to 64, got 0",
  });
});

test("the language is the edition's: the environment does not change it (LANG is the shell's locale)", () => {
  const { values, sources } = resolveParameters("02-the-lock", defaultsOf("02-the-lock"), { LANG: "C.UTF-8" });
  assert.equal(values.lang, "en");
  assert.equal(sources.lang, "edition");
});

test("the parameters cell sets the lesson's language and prints its report", () => {
  const log = console.log;
  const lines: string[] = [];
  console.log = (text: string) => void lines.push(text);
  try {
    const P = parameters("02-the-lock", defaultsOf("02-the-lock"), {});
    assert.equal(P.threads, 5);
  } finally {
    console.log = log;
  }
  assert.equal(lessonLang(), "en");
  assert.match(lines[0]!, /^Parameters of this run \(Node v\d+/);
});
