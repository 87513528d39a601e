import { test } from "node:test";
import assert from "node:assert/strict";
import { NOTEBOOK_PARAMETERS } from "../src/lesson/parameters/parameters";
import { execFile } from "node:child_process";
import * as path from "node:path";
import { ROOT } from "./helpers/jupyter";

const CLI = path.join(ROOT, "dist", "src", "cli.js");

function race(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

test("default output: one line per trial in the seed's words", async () => {
  const { code, stdout, stderr } = await race(
    "--counter",
    "atomic",
    "--threads",
    "3",
    "--how-many",
    "1000",
    "--trials",
    "2",
  );
  assert.equal(code, 0, stderr);
  const lines = stdout
    .trim()
    .split("\n")
    .filter((line) => line.startsWith("Counter should be"));
  assert.equal(lines.length, 2);
  for (const line of lines) assert.match(line, /^Counter should be 3000, found 3000 /);
});

test("--json prints one document with the trials", async () => {
  const { code, stdout } = await race(
    "--counter",
    "locked",
    "--threads",
    "2",
    "--how-many",
    "5000",
    "--trials",
    "3",
    "--json",
  );
  assert.equal(code, 0);
  const doc = JSON.parse(stdout) as {
    counter: string;
    threads: number;
    howMany: number;
    trials: { expected: unknown; found: unknown; lost: unknown; elapsedMs: unknown }[];
  };
  assert.equal(doc.counter, "locked");
  assert.equal(doc.threads, 2);
  assert.equal(doc.howMany, 5000);
  assert.equal(doc.trials.length, 3);
  for (const trial of doc.trials) {
    assert.deepEqual(Object.keys(trial).sort(), ["elapsedMs", "expected", "found", "lost"]);
    assert.equal(trial.expected, 10_000);
    assert.equal(trial.found, 10_000);
    assert.equal(trial.lost, 0);
    assert.equal(typeof trial.elapsedMs, "number");
  }
});

const bad: [string[], RegExp][] = [
  [["--threads", "0"], /^--threads must be an integer from 1 to 64, got 0$/],
  [["--how-many", "1e9"], /^--how-many must be an integer from 1 to 50,000,000, got 1,000,000,000$/],
  [["--how-many", "lots"], /^--how-many must be an integer from 1 to 50,000,000, got "lots"$/],
  [["--threads", "abc"], /^--threads must be an integer from 1 to 64, got "abc"$/],
  [["--counter", "quick"], /^--counter must be one of unsafe, locked, atomic, got "quick"$/],
  [
    ["--threads", "64", "--how-many", "50000000"],
    /^--threads × --how-many = 3,200,000,000 does not fit the counter's one Int32 cell/,
  ],
  [["--trials=-1"], /^--trials must be an integer from 1 to 10,000, got -1$/],
  [["--trials", "-1"], /^--trials must be an integer from 1 to 10,000, got -1$/],
  [["--threads", "-3"], /^--threads must be an integer from 1 to 64, got -3$/],
  [["--counter", "-x"], /^--counter must be one of unsafe, locked, atomic, got "-x"$/],
  [["--trials", "--json"], /^--trials needs a value, got the flag --json instead$/],
  [["--bogus"], /Unknown option '--bogus'/],
  [["extra"], /^unexpected argument "extra"/],
];

for (const [args, message] of bad) {
  test(`bad input ${args.join(" ")}: exit 2, one line on stderr, nothing on stdout`, async () => {
    const { code, stdout, stderr } = await race(...args, "--json");
    assert.equal(code, 2);
    assert.equal(stdout, "");
    assert.equal(stderr.trim().split("\n").length, 1, stderr);
    assert.match(stderr.trim(), message);
  });
}

test("the race's defaults are notebook 1's: the seed's five workers × 100,000, with its sensor work", async () => {
  const run = await race("--counter", "atomic", "--json");
  assert.equal(run.code, 0, run.stderr);
  const { threads, howMany, sensorWork } = JSON.parse(run.stdout) as {
    threads: number;
    howMany: number;
    sensorWork: number;
  };
  const specs = NOTEBOOK_PARAMETERS["01-the-race"]!.specs;
  assert.deepEqual(
    { threads, howMany, sensorWork },
    { threads: specs.threads!.default, howMany: specs.howMany!.default, sensorWork: specs.sensorWork!.default },
  );
  assert.equal(sensorWork, 60);
});

test("--lang ko prints the book's Korean sentence; a language it does not speak is refused in English", async () => {
  const ko = await race("--counter", "locked", "--threads", "2", "--how-many", "1000", "--lang", "ko");
  assert.equal(ko.code, 0, ko.stderr);
  const lines = ko.stdout.trim().split("\n");
  assert.match(
    lines[0]!,
    /^locked 카운터, 워커 2개 × 증가 1,000번, 증가마다 먼저 센서 읽기: 산술 연산 60회 \(Node v\d+/,
  );
  assert.match(lines[1]!, /^카운터 값은 2000여야 하는데, 실제로는 2000 입니다 {2}\(손실 0 = 0\.0%, [\d.]+ ms\)$/);
  const bad = await race("--lang", "fr");
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, '--lang must be one of en, ko, got "fr"\n');
  assert.equal(bad.stdout, "");
});
