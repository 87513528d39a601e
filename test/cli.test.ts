// `npm run race` as a person meets it: the built CLI in a child process, its help, its one
// line for each kind of bad flag, real runs of every counter read to the end, and --json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import * as path from "node:path";
import { displayWidth } from "../src/lesson/core/wrap";
import { LIMITS, ONE_CORE_RACE } from "../src/lesson/engine/limits";
import { NOTEBOOK_PARAMETERS } from "../src/lesson/parameters/parameters";
import { ROOT } from "./helpers/jupyter";

const CLI = path.join(ROOT, "dist", "src", "cli.js");
const OPTIONS =
  "--counter, --threads, --how-many, --sensor-work, --trials, --json, --lang, --join, --help " +
  "(npm run race -- --help says what each does)";

function race(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runIn([process.execPath, CLI], args);
}

function runIn(command: string[], args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command[0]!, [...command.slice(1), ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The printed run, in parts: per counter its header and its trials' losses; then the reading's paragraphs. */
function parse(stdout: string) {
  const blocks = stdout.trimEnd().split("\n\n");
  const trialLine = /^(?:Counter should be|카운터 값은) .*\((?:lost|손실) ([\d,]+) = /;
  const counters = blocks
    .filter((block) => block.split("\n").some((line) => trialLine.test(line)))
    .map((block) => {
      const lines = block.split("\n");
      const trials = lines.filter((line) => trialLine.test(line));
      return {
        header: lines.filter((line) => !trialLine.test(line)).join(" "),
        trials,
        losses: trials.map((line) => Number(trialLine.exec(line)![1]!.replaceAll(",", ""))),
      };
    });
  const reading = blocks.slice(counters.length).map((block) => block.split("\n").join(" "));
  return { counters, reading };
}

// ------------------------------------------------------------------ real runs, read to the end

test("the unsafe counter: its trials in the seed's words, then a reading that counts what they lost", async () => {
  const { code, stdout, stderr } = await race("--threads", "3", "--how-many", "20000", "--trials", "3");
  assert.equal(code, 0, stderr);
  assert.equal(stderr, "");
  const { counters, reading } = parse(stdout);
  assert.equal(counters.length, 1);
  const [unsafe] = counters;
  assert.match(
    unsafe!.header,
    /^The unsafe counter, 3 workers × 20,000 increments, sensor work 60 \(Node v\d+\.\d+\.\d+, \d+ cores?\)$/,
  );
  assert.equal(unsafe!.trials.length, 3);
  for (const line of unsafe!.trials) assert.match(line, /^Counter should be 60000, found \d+ {2}\(lost /);
  assert.equal(reading.length, 1);
  const losing = unsafe!.losses.filter((lost) => lost > 0).length;
  // Whatever this machine did, the reading says what the trial lines show.
  if (losing > 0) {
    assert.match(
      reading[0]!,
      new RegExp(`^The unsafe counter lost updates in ${losing} of 3 trials: the median trial lost`),
    );
    assert.match(reading[0]!, /`npm run race -- --counter unsafe,locked --threads 3 --how-many 20000 --trials 3`$/);
  } else {
    assert.match(reading[0]!, /^The unsafe counter lost no update in 3 trials/);
    // On one core, the one-core race; on several, more sensor work and trials at the book's size.
    assert.match(
      reading[0]!,
      /`npm run race -- --threads 3 (--how-many 4000000 --sensor-work 0 --trials 5|--sensor-work 200 --trials 20)`$/,
    );
  }
});

for (const counter of ["locked", "atomic"] as const) {
  test(`the ${counter} counter: every total exact, its cost, and the command that sets it beside the unsafe one`, async () => {
    const { code, stdout, stderr } = await race(
      "--counter",
      counter,
      "--threads",
      "3",
      "--how-many",
      "1000",
      "--trials",
      "2",
    );
    assert.equal(code, 0, stderr);
    const { counters, reading } = parse(stdout);
    assert.match(counters[0]!.header, new RegExp(`^The ${counter} counter, 3 workers × 1,000 increments`));
    assert.deepEqual(counters[0]!.losses, [0, 0]);
    assert.deepEqual(
      counters[0]!.trials.map((line) => line.slice(0, line.indexOf("  ("))),
      ["Counter should be 3000, found 3000", "Counter should be 3000, found 3000"],
    );
    assert.equal(reading.length, 2);
    assert.match(
      reading[0]!,
      new RegExp(
        `^The ${counter} counter kept every update: all 2 trials were exact \\(3,000 of 3,000\\), at [\\d.,]+ ns per increment`,
      ),
    );
    assert.equal(
      reading[1],
      "Run the unsafe counter beside it to see what it saves and at what cost: " +
        `\`npm run race -- --counter unsafe,${counter} --threads 3 --how-many 1000 --trials 2\``,
    );
  });
}

test("several counters race in the order given, and the reading compares each fixed one with the unsafe one", async () => {
  const { code, stdout, stderr } = await race(
    "--counter",
    "atomic,unsafe,locked",
    "--threads",
    "2",
    "--how-many",
    "2000",
    "--trials",
    "2",
  );
  assert.equal(code, 0, stderr);
  const { counters, reading } = parse(stdout);
  assert.deepEqual(
    counters.map((c) => /^The (\w+) counter/.exec(c.header)![1]),
    ["atomic", "unsafe", "locked"],
  );
  assert.equal(reading.length, 3);
  assert.match(
    reading[0]!,
    /^The atomic counter kept every update: .* ns per increment, (?:[\d.]+× |about as much as |less than )the unsafe counter's [\d.,]+ ns in this run\.$/,
  );
  assert.match(reading[1]!, /^The unsafe counter lost (?:updates in|no update)/);
  assert.doesNotMatch(reading[1]!, /would keep/, "the locked counter ran: nothing to suggest");
  assert.match(reading[2]!, /^The locked counter kept every update: .* the unsafe counter's [\d.,]+ ns in this run\.$/);
});

test("--lang ko: the counters' Korean names, the book's Korean sentence, and the reading in Korean", async () => {
  const ko = await race("--counter", "locked", "--threads", "2", "--how-many", "1000", "--lang", "ko");
  assert.equal(ko.code, 0, ko.stderr);
  const { counters, reading } = parse(ko.stdout);
  assert.match(
    counters[0]!.header,
    /^락을 쓰는 카운터, 워커 2개 × 증가 1,000번, 센서 읽기 60회 \(Node v\d+\.\d+\.\d+, 코어 \d+개\)$/,
  );
  assert.match(
    counters[0]!.trials[0]!,
    /^카운터 값은 2000여야 하는데, 실제로는 2000 입니다 {2}\(손실 0 = 0\.0%, [\d.]+ ms\)$/,
  );
  assert.match(
    reading[0]!,
    /^락을 쓰는 카운터는 갱신을 하나도 잃지 않았다\. 한 번의 시행이 정확했고\(2,000 중 2,000\)/,
  );
  assert.match(
    reading[1]!,
    /^락 없는 카운터와 나란히 실행하면 .*`npm run race -- --counter unsafe,locked --threads 2 --how-many 1000 --lang ko`$/,
  );
  assert.doesNotMatch(ko.stdout, /unsafe 카운터|locked 카운터|atomic 카운터/);
});

// That the one-core race does show on one core is oneCoreRace.test.ts's to check.
test("on one core, a run that lost nothing names the one-core race", { skip: !hasTaskset() }, async () => {
  const pinned = (...args: string[]) => runIn(["taskset", "-c", "0", process.execPath, CLI], args);
  const { code, stdout, stderr } = await pinned(
    "--threads",
    "2",
    "--how-many",
    "1000",
    "--sensor-work",
    "0",
    "--trials",
    "2",
  );
  assert.equal(code, 0, stderr);
  const { counters, reading } = parse(stdout);
  assert.match(counters[0]!.header, /\(Node v[\d.]+, 1 core\)$/);
  if (counters[0]!.losses.every((lost) => lost === 0)) {
    assert.match(reading[0]!, /^The unsafe counter lost no update in 2 trials\. With one core its workers never run/);
    assert.match(
      reading[0]!,
      new RegExp(`\`npm run race -- --threads 2 --how-many ${ONE_CORE_RACE.howMany} --sensor-work 0 --trials 5\`$`),
    );
  }
});

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-c", "0", "true"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------ --json

test("--json: one document per counter and per line, in the documented shape, and nothing else", async () => {
  const { code, stdout, stderr } = await race(
    "--counter",
    "locked,atomic",
    "--threads",
    "2",
    "--how-many",
    "5000",
    "--trials",
    "3",
    "--json",
    "--lang",
    "ko",
  );
  assert.equal(code, 0, stderr);
  const lines = stdout.trimEnd().split("\n");
  assert.equal(lines.length, 2, "no header, no sentence, no reading: JSON only, in either language");
  const docs = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(
    docs.map((doc) => doc.counter),
    ["locked", "atomic"],
  );
  for (const doc of docs) {
    assert.deepEqual(Object.keys(doc), ["counter", "threads", "howMany", "sensorWork", "node", "cores", "trials"]);
    assert.equal(doc.threads, 2);
    assert.equal(doc.howMany, 5000);
    assert.equal(doc.sensorWork, 60);
    assert.equal(doc.node, process.version);
    assert.ok(Number.isInteger(doc.cores) && (doc.cores as number) >= 1);
    const trials = doc.trials as Record<string, unknown>[];
    assert.equal(trials.length, 3);
    for (const trial of trials) {
      assert.deepEqual(Object.keys(trial), ["expected", "found", "lost", "elapsedMs"]);
      assert.equal(trial.expected, 10_000);
      assert.equal(trial.found, 10_000);
      assert.equal(trial.lost, 0);
      assert.equal(typeof trial.elapsedMs, "number");
    }
  }
});

test("the race's defaults are notebook 1's: the seed's five workers × 100,000, with its sensor work", async () => {
  const run = await race("--counter", "atomic", "--json");
  assert.equal(run.code, 0, run.stderr);
  const { threads, howMany, sensorWork, trials } = JSON.parse(run.stdout) as {
    threads: number;
    howMany: number;
    sensorWork: number;
    trials: unknown[];
  };
  const specs = NOTEBOOK_PARAMETERS["01-the-race"]!.specs;
  assert.deepEqual(
    { threads, howMany, sensorWork },
    { threads: specs.threads!.default, howMany: specs.howMany!.default, sensorWork: specs.sensorWork!.default },
  );
  assert.equal(sensorWork, 60);
  assert.equal(trials.length, 1);
});

// ------------------------------------------------------------------ bad flags

const RANGE = (flag: string, limits: { min: number; max: number }) =>
  `${flag} must be an integer from ${limits.min.toLocaleString("en-US")} to ${limits.max.toLocaleString("en-US")}`;

const bad: [string[], string | RegExp][] = [
  // Unknown, with and without a suggestion, naming every option.
  [["--bogus"], `--bogus is not an option of npm run race; its options: ${OPTIONS}`],
  [["--threds", "8"], `--threds is not an option of npm run race (did you mean --threads?); its options: ${OPTIONS}`],
  [["--howMany", "8"], /^--howMany is not an option of npm run race \(did you mean --how-many\?\); its options: /],
  [["--trails=3"], /^--trails is not an option of npm run race \(did you mean --trials\?\)/],
  // A missing value, with what it may be.
  [["--threads"], "--threads needs a value: an integer from 1 to 64, like --threads 5"],
  [["--trials", "--json"], "--trials needs a value: an integer from 1 to 10,000, like --trials 1"],
  [["--how-many="], "--how-many needs a value: an integer from 1 to 50,000,000, like --how-many 100000"],
  [
    ["--counter"],
    /^--counter needs a value: one of unsafe, locked, atomic, or several joined by commas .*, like --counter locked$/,
  ],
  [["--lang"], "--lang needs a value: one of en, ko, like --lang ko"],
  [["--join"], /^--join needs a value: the join address the lecturer shows, like --join http:/],
  // A flag given twice.
  [["--threads", "2", "--threads=3"], "--threads is given twice; give each option once"],
  [["--json", "--json"], "--json is given twice; give each option once"],
  // A stray argument, as npm leaves one when the -- is forgotten.
  [
    ["extra"],
    'unexpected argument "extra": options are --name value or --name=value; ' +
      "npm passes options on only after a lone --, as in npm run race -- --trials 5",
  ],
  [["--json", "8"], /^unexpected argument "8": options are --name value/],
  [["-x"], /^unexpected argument "-x"/],
  [["--json=yes"], '--json takes no value, got "yes"'],
  // A bad value or range.
  [["--threads", "0"], `${RANGE("--threads", LIMITS.threads)}, got 0`],
  [["--how-many", "1e9"], `${RANGE("--how-many", LIMITS.howMany)}, got 1,000,000,000`],
  [["--how-many", "lots"], `${RANGE("--how-many", LIMITS.howMany)}, got "lots"`],
  [["--sensor-work", "2000"], `${RANGE("--sensor-work", LIMITS.sensorWork)}, got 2,000`],
  [["--trials=-1"], `${RANGE("--trials", LIMITS.trials)}, got -1`],
  [["--trials", "-1"], `${RANGE("--trials", LIMITS.trials)}, got -1`],
  [["--threads", "-3"], `${RANGE("--threads", LIMITS.threads)}, got -3`],
  [
    ["--threads", "64", "--how-many", "50000000"],
    /^--threads × --how-many = 3,200,000,000 does not fit the counter's one Int32 cell/,
  ],
  [
    ["--counter", "quick"],
    '--counter must be one of unsafe, locked, atomic, or several joined by commas like unsafe,locked, got "quick"',
  ],
  [["--counter", "lockd"], /, got "lockd" \(did you mean locked\?\)$/],
  [["--counter", "unsafe,atomc"], /, got "atomc" \(did you mean atomic\?\)$/],
  [["--counter", "unsafe,"], /^--counter must be one of .*, got "unsafe,"$/],
  [["--counter", "unsafe,unsafe"], "--counter names unsafe twice; give each once"],
  [["--lang", "fr"], '--lang must be one of en, ko, got "fr"'],
  [["--lang", "kr"], '--lang must be one of en, ko, got "kr" (did you mean ko?)'],
  [["--lang", "ko", "--threds", "8"], /^--threds is not an option of npm run race \(did you mean --threads\?\)/],
];

for (const [args, message] of bad) {
  test(`bad input ${args.join(" ")}: exit 2, one line on stderr, nothing on stdout`, async () => {
    const { code, stdout, stderr } = await race(...args);
    assert.equal(code, 2, stderr);
    assert.equal(stdout, "");
    assert.equal(stderr.trim().split("\n").length, 1, stderr);
    if (typeof message === "string") assert.equal(stderr, `${message}\n`);
    else assert.match(stderr.trim(), message);
  });
}

// ------------------------------------------------------------------ --help

test("--help: what the demo shows, each option with its default and range, and commands to try", async () => {
  // Help wins over a value it would explain: `--counter -h` asks what --counter takes.
  for (const args of [["--help"], ["-h"], ["--threads", "0", "--help"], ["--counter", "-h"]]) {
    const { code, stdout, stderr } = await race(...args);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, "");
    const lines = stdout.trimEnd().split("\n");
    assert.match(lines[0]!, /^npm run race shows the book's data race in a terminal: 5 workers each add 1/);
    const option = (flag: string) => {
      const at = lines.findIndex((line) => line.startsWith(`  ${flag} `));
      assert.ok(at >= 0, `${flag} is listed`);
      const text = [lines[at]!];
      for (let i = at + 1; lines[i]?.startsWith("    "); i++) text.push(lines[i]!.trim());
      return text.join(" ");
    };
    assert.match(option("--counter KIND"), /unsafe \(no lock\), locked \(.*\), atomic \(.*\)\. .* Default unsafe\.$/);
    assert.match(option("--threads N"), /Default 5, from 1 to 64\./);
    assert.match(
      option("--how-many N"),
      /Default 100,000, from 1 to 50,000,000, and workers × increments at most 2,147,483,647/,
    );
    assert.match(option("--sensor-work N"), /sensor reading.* Default 60, from 0 to 1,000\./);
    assert.match(option("--trials N"), /Default 1, from 1 to 10,000\./);
    assert.match(option("--json"), /one line of JSON per counter/);
    assert.match(option("--lang en|ko"), /en or ko\. Default en\. A bad option is answered in English/);
    assert.match(option("--join URL"), /lecturer's class/);
    assert.match(option("-h, --help"), /This help\./);
    const examples = lines.slice(lines.indexOf("examples:") + 1).filter((line) => /^ {2}\S/.test(line));
    assert.deepEqual(examples, [
      "  npm run race -- --trials 5",
      "  npm run race -- --counter unsafe,locked --trials 5",
      `  taskset -c 0 npm run race -- --how-many ${ONE_CORE_RACE.howMany} --sensor-work ${ONE_CORE_RACE.sensorWork} --trials 5`,
      "  npm run race -- --join http://192.168.1.20:8080/class/join?token=…",
    ]);
    for (const line of lines) assert.ok(displayWidth(line) <= 100, `wider than 100 columns: ${line}`);
  }
});

test("--help --lang ko: the same help in Korean, its examples keeping --lang ko", async () => {
  const { code, stdout } = await race("--lang", "ko", "--help");
  assert.equal(code, 0);
  const lines = stdout.trimEnd().split("\n");
  assert.match(lines[0]!, /^npm run race는 책의 데이터 경합을 터미널에서 보여 준다\. 워커 5개가/);
  const text = stdout.replace(/\n +/g, " ");
  assert.match(
    text,
    /--counter KIND +워커들이 더할 카운터: unsafe\(락 없는 카운터\), locked\(락을 쓰는 카운터: .*\), atomic\(원자적 카운터: .*\)\. .* 기본값 unsafe\./,
  );
  assert.match(text, /--threads N +동시에 세는 워커 수\. 기본값 5, 1부터 64까지\./);
  assert.match(text, /--how-many N +.* 기본값 100,000, 1부터 50,000,000까지이며, .* 2,147,483,647 이하/);
  assert.match(text, /--sensor-work N +.* 기본값 60, 0부터 1,000까지\./);
  assert.match(text, /--trials N +.* 기본값 1, 1부터 10,000까지\./);
  assert.match(text, /--lang en\|ko +.* en 또는 ko\. 기본값 en\. 잘못된 옵션은 어느 언어로 실행하든 영어 한 줄로/);
  const examples = lines.slice(lines.indexOf("예:") + 1).filter((line) => /^ {2}\S/.test(line));
  assert.equal(examples.length, 4);
  for (const example of examples) assert.match(example, /--lang ko$/);
  assert.match(
    examples[2]!,
    /^ {2}taskset -c 0 npm run race -- --how-many 4000000 --sensor-work 0 --trials 5 --lang ko$/,
  );
  for (const line of lines) assert.ok(displayWidth(line) <= 100, `wider than 100 columns: ${line}`);
});
