import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { EXPORT_OPTIONS, declaration, findEditions, makePlan, type ExportPlan } from "../../../src/publish/export/plan";
import { parseFlags } from "../../../src/lesson/core/flags";
import { checkOverrides, flagName } from "../../../src/publish/export/overrides";
import { NOTEBOOK_PARAMETERS } from "../../../src/lesson/parameters/parameters";
import { InputError } from "../../../src/lesson/core/validate";
import { FIXTURE_NOTEBOOKS, readNotebook, ROOT } from "../../helpers/jupyter";

const ALL = Object.keys(NOTEBOOK_PARAMETERS);
const check = (args: string[], notebooks = ALL) => checkOverrides(parseFlags(args), notebooks, EXPORT_OPTIONS);
const refused = (fn: () => unknown, message: string | RegExp) =>
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    if (typeof message === "string") assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });

describe("flags", () => {
  test("a parameter's flag is its environment name in kebab case", () => {
    assert.equal(flagName("howMany"), "--how-many");
    assert.equal(flagName("threads"), "--threads");
    assert.equal(flagName("costHowMany"), "--cost-how-many");
  });

  test("a flag without a value is refused, naming the flag", () => {
    refused(() => check(["--threads", "--trials", "3"]), "--threads needs a value: --threads VALUE or --threads=VALUE");
    refused(() => check(["--trials"]), /^--trials needs a value/);
    refused(() => check(["--trials="]), /^--trials needs a value/);
  });

});

describe("checkOverrides", () => {
  test("accepted values come back as the environment the kernels get, normalised", () => {
    assert.deepEqual(check(["--how-many", "1e5", "--worker-counts", "1, 2,4", "--python-command", "python3.13"]), [
      { flag: "--how-many", env: "HOW_MANY", value: "100000" },
      { flag: "--worker-counts", env: "WORKER_COUNTS", value: "1,2,4" },
      { flag: "--python-command", env: "PYTHON_COMMAND", value: "python3.13" },
    ]);
    assert.deepEqual(check([]), []);
  });

  test("an unknown flag names itself, suggests a close one, and lists the parameters", () => {
    refused(
      () => check(["--howmany", "20000"], ["01-the-race"]),
      "--howmany is not a parameter of these notebooks (did you mean --how-many?); " +
        "their parameters: --threads, --how-many, --trials, --sensor-work; " +
        "export options: --notebooks, --out, --timeout, --jobs, --lang",
    );
    refused(() => check(["--howMany", "5"]), /did you mean --how-many\?/);
    refused(() => check(["--trails", "5"]), /did you mean --trials\?/);
    refused(() => check(["--ouy", "x"]), /did you mean --out\?/);
    refused(() => check(["--colour", "red"]), /^--colour is not a parameter of these notebooks; their parameters: /);
  });

  test("only the parameters the exported notebooks declare are known", () => {
    assert.deepEqual(check(["--tiny-repetitions", "10"], ["03-distributions"]), [
      { flag: "--tiny-repetitions", env: "TINY_REPETITIONS", value: "10" },
    ]);
    refused(() => check(["--tiny-repetitions", "10"], ["01-the-race"]), /^--tiny-repetitions is not a parameter/);
    refused(
      () => check(["--threads", "4"], []),
      "--threads is not a parameter of these notebooks; their parameters: none; export options: --notebooks, --out, --timeout, --jobs, --lang",
    );
  });

  test("lang is the edition's, never a flag", () => {
    refused(() => check(["--lang", "en"], ["01-the-race"]), /^--lang is not a parameter of these notebooks/);
  });

  test("a bad value names the flag, the value and the rule", () => {
    refused(() => check(["--threads", "0"], ["01-the-race"]), "--threads must be an integer from 1 to 64, got 0");
    refused(() => check(["--threads", "abc"]), '--threads must be an integer from 1 to 64, got "abc"');
    refused(
      () => check(["--worker-counts", "1,x"], ["03-distributions"]),
      '--worker-counts must be a non-empty list of integers from 1 to 64, separated by commas, got "1,x"',
    );
    refused(
      () => check(["--how-many", "2.5"], ["02-the-lock"]),
      "--how-many must be an integer from 1 to 50,000,000, got 2.5",
    );
    refused(() => check(["--sizes", "10,10"], ["03-distributions"]), "--sizes lists 10 twice; give each value once");
    refused(() => check(["--python-command", "  "], ["04-gil-and-the-event-loop"]), /^--python-command needs a value/);
  });

  test("when notebooks' rules differ, the refusal says whose rule it was", () => {
    // howMany: up to 50,000,000 per worker in notebooks 01–03, up to 2,000,000 per task in 04's event loop.
    refused(
      () => check(["--how-many", "3000000"]),
      "--how-many must be an integer from 1 to 2,000,000, got 3,000,000 (in 04-gil-and-the-event-loop)",
    );
    assert.equal(check(["--how-many", "3000000"], ["01-the-race", "02-the-lock"])[0]!.value, "3000000");
    // threads is the workers in 01–03 only: 04's table of schedules has its own scheduleThreads.
    assert.equal(check(["--threads", "20"])[0]!.value, "20");
  });

  test("rules that tie parameters together are checked with the notebook's other values", () => {
    refused(
      () => check(["--threads", "64", "--how-many", "50000000"], ["01-the-race"]),
      /^--threads × --how-many = 3,200,000,000 does not fit the counter's one Int32 cell .*lower --threads or --how-many \(in 01-the-race, with its own values for the rest\)$/,
    );
    refused(
      () => check(["--tasks", "10000"], ["04-gil-and-the-event-loop"]),
      /^--tasks × --how-many must be at most 20,000,000, got 10,000 × 100,000 = 1,000,000,000 \(in 04-gil-and-the-event-loop, with its own values for the rest\)$/,
    );
  });
});

describe("the export's plan", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "export-plan-"));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test("a parameters cell declares its notebook and language", () => {
    assert.deepEqual(declaration('const P = parameters("01-the-race", {\n  lang: "ko",\n  threads: 5,\n});'), {
      parameters: "01-the-race",
      lang: "ko",
    });
    assert.deepEqual(declaration("console.log(1)"), { parameters: null, lang: null });
  });

  test("editions: English at the top of the folder, others in language folders", () => {
    assert.deepEqual(
      findEditions(FIXTURE_NOTEBOOKS).map((e) => [e.lang, e.files]),
      [
        ["en", ["01-first.ipynb", "02-second.ipynb"]],
        ["ko", ["01-first.ipynb"]],
      ],
    );
  });

  test("the plan of the fixture lesson: every edition, its options, its overrides", () => {
    const out = path.join(scratch, "out");
    const plan = makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out", out, "--threads=3", "--jobs", "2"]);
    assert.equal(plan.out, out);
    assert.equal(plan.jobs, 2);
    assert.equal(plan.timeout, 120);
    assert.deepEqual(plan.overrides, [{ flag: "--threads", env: "THREADS", value: "3" }]);
    assert.deepEqual(
      plan.editions.map((e) => [e.lang, e.exported, e.notebooks.map((n) => `${n.name}:${n.parameters}:${n.lang}`)]),
      [
        ["en", true, ["01-first.ipynb:01-the-race:en", "02-second.ipynb:null:null"]],
        ["ko", true, ["01-first.ipynb:null:null"]],
      ],
    );
  });

  test("--lang exports one edition; its flags are checked against that edition's notebooks", () => {
    const plan = makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out", path.join(scratch, "o"), "--lang", "ko"]);
    assert.deepEqual(
      plan.editions.map((e) => [e.lang, e.exported]),
      [
        ["en", false],
        ["ko", true],
      ],
    );
    // The Korean fixture declares no parameters, so there is nothing to override.
    refused(
      () => makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--lang", "ko", "--threads", "3"]),
      /^--threads is not a parameter of these notebooks/,
    );
    refused(
      () => makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--lang", "fr"]),
      '--lang must be one of en, ko, got "fr"',
    );
  });

  test("own options are checked too", () => {
    refused(
      () => makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--jobs", "0"]),
      "--jobs must be an integer from 1 to 16, got 0",
    );
    refused(
      () => makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--timeout", "soon"]),
      '--timeout must be an integer from 1 to 86,400, got "soon"',
    );
    refused(() => makePlan(["--notebooks", path.join(scratch, "missing")]), /^--notebooks must be a folder/);
    refused(() => makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out"]), /^--out needs a value/);
  });

  test("--out is never a folder that holds something other than an export", () => {
    const other = path.join(scratch, "documents");
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, "thesis.txt"), "years of work");
    refused(
      () => makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out", other]),
      /holds other files and no export \(no manifest\.json\)/,
    );
    writeFileSync(path.join(other, "manifest.json"), "[]");
    assert.equal(makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out", other]).out, other);
    refused(
      () => makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out", path.join(other, "thesis.txt")]),
      /^--out must be a folder/,
    );
  });

  test("a notebook whose parameters cell names another language than its folder is refused", () => {
    const notebooks = path.join(scratch, "mismatch");
    cpSync(FIXTURE_NOTEBOOKS, notebooks, { recursive: true });
    const file = path.join(notebooks, "ko", "01-first.ipynb");
    const nb = readNotebook(file);
    nb.cells.splice(1, 0, {
      cell_type: "code",
      id: "parameters",
      metadata: { tags: ["parameters"] },
      source:
        'const P = parameters("01-the-race", { lang: "en", threads: 5, howMany: 100_000, trials: 5, sensorWork: 0 });',
      outputs: [],
      execution_count: null,
    });
    writeFileSync(file, JSON.stringify(nb));
    refused(
      () => makePlan(["--notebooks", notebooks]),
      `${path.join("ko", "01-first.ipynb")} says lang: "en" in its parameters cell, but its folder holds the ko edition`,
    );
  });

  test("a parameters cell that does not name its notebook is refused", () => {
    const notebooks = path.join(scratch, "unnamed");
    cpSync(FIXTURE_NOTEBOOKS, notebooks, { recursive: true });
    const file = path.join(notebooks, "01-first.ipynb");
    const nb = readNotebook(file);
    const cell = nb.cells[1];
    assert.ok(cell, "the fixture has no second cell");
    cell.source = "const P = parameters(NAME, { threads: 5 });";
    writeFileSync(file, JSON.stringify(nb));
    refused(
      () => makePlan(["--notebooks", notebooks]),
      '01-first.ipynb: its parameters cell must call parameters("<notebook>", { … }) with the name written out',
    );
  });

  test("the entry prints the plan as JSON, or exits 2 with one line", () => {
    const entry = path.join(ROOT, "dist", "src", "publish", "export", "plan.js");
    const plan = JSON.parse(
      execFileSync("node", [entry, "--notebooks", FIXTURE_NOTEBOOKS, "--out", path.join(scratch, "x")], {
        encoding: "utf8",
      }),
    ) as ExportPlan;
    assert.deepEqual(
      plan.editions.map((e) => e.lang),
      ["en", "ko"],
    );
    const refusedRun = spawnSync("node", [entry, "--notebooks", FIXTURE_NOTEBOOKS, "--how-many", "0"], {
      encoding: "utf8",
    });
    assert.equal(refusedRun.status, 2);
    assert.equal(refusedRun.stdout, "");
    assert.equal(refusedRun.stderr, "export: --how-many must be an integer from 1 to 50,000,000, got 0\n");
  });
});
