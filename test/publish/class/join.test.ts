// A student joins: the real `npm run race -- --join URL` (the built CLI, in a child process)
// against a presenter on loopback, with a small race. What it sends is what the engine
// measured on this machine, and the session's file holds it, as valid JSON.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
import { after, before, test } from "node:test";
import { parseJoinUrl } from "../../../src/publish/class/join";
import { startPresenter, type Presenter } from "../../../src/publish/present/presenter";
import type { ClassParams } from "../../../src/publish/class/protocol";
import type { SessionDocument } from "../../../src/publish/class/session";
import { InputError } from "../../../src/lesson/core/validate";
import { ROOT } from "../../helpers/jupyter";
import { fakeExport, type FakeExport } from "../../helpers/present";

const PARAMS: ClassParams = { counter: "unsafe", threads: 2, howMany: 2_000, sensorWork: 0, trials: 2 };

let site: FakeExport;
let presenter: Presenter;
let joinUrl: string;

before(async () => {
  site = fakeExport();
  presenter = await startPresenter({ folder: site.folder, port: 0, class: { params: PARAMS, hosts: [] } });
  joinUrl = `${presenter.localUrl}class/join?token=${presenter.session!.token}`;
});

after(async () => {
  await presenter.close();
  site.remove();
});

/** A port nothing listens on: one the system just gave out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `npm run race -- …`, as a student types it, in the lesson's folder. */
function npmRace(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", "race", "--", ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

test("npm run race -- --join runs the lecture's race here and the class keeps its result", async () => {
  const { code, stdout, stderr } = await npmRace("--join", joinUrl);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split("\n");
  assert.match(lines[0]!, new RegExp(`^joining the class at 127\\.0\\.0\\.1:${presenter.port}: `));
  assert.equal(lines.filter((line) => line.startsWith("Counter should be 4000, found ")).length, 2);
  assert.match(lines.at(-1)!, /^sent to 127\.0\.0\.1:\d+: .*; kept as #1 \(1 result in the room\)$/);

  const [kept] = presenter.session!.all;
  assert.equal(presenter.session!.all.length, 1);
  assert.ok(kept);
  assert.equal(kept.cores, availableParallelism());
  assert.match(kept.node, /^v\d+\.\d+\.\d+$/);
  assert.equal(kept.platform, process.platform);
  assert.deepEqual(kept.params, PARAMS);
  assert.equal(kept.trials.length, 2);
  for (const trial of kept.trials) {
    assert.equal(trial.expected, 4_000);
    assert.ok(trial.lost >= 0 && trial.lost <= 4_000);
    assert.ok(trial.elapsedMs > 0);
  }
  // Nothing about who ran it: exactly the schema's fields.
  assert.deepEqual(Object.keys(kept).sort(), ["cores", "id", "node", "params", "platform", "receivedAt", "trials"]);

  await presenter.session!.save();
  const file = JSON.parse(readFileSync(presenter.session!.file, "utf8")) as SessionDocument;
  assert.deepEqual(file.results, [kept]);
});

test("a join that cannot be made says why in one line, and what to do", async () => {
  const closed = await closedPort();
  const wrong = joinUrl.replace(/token=.*/, `token=${"0".repeat(26)}`);
  const cases: [string[], number, RegExp][] = [
    [
      ["--join", wrong],
      1,
      /refused \/class\/params \(403: that is not this session's token.*each session has a new token\n$/,
    ],
    [
      ["--join", `http://127.0.0.1:${closed}/class/join?token=x`],
      1,
      /^cannot reach the class at 127\.0\.0\.1:\d+ \(nothing is listening there\): is the lecturer's npm run present -- --class running/,
    ],
    [
      ["--join", "http://127.0.0.1:6000/class/join?token=x"],
      1,
      /\(that port is one fetch refuses; the lecturer should choose another with --port\)/,
    ],
    [["--join", "not a url"], 2, /^--join must be the join address the lecturer shows/],
    [["--join", `${presenter.localUrl}class/join`], 2, /^--join must be the join address/],
    [
      ["--join", joinUrl, "--threads", "8"],
      2,
      /^--threads cannot be used with --join: a class runs the lecture's parameters\n$/,
    ],
  ];
  for (const [args, status, pattern] of cases) {
    const { code, stdout, stderr } = await npmRace(...args);
    assert.equal(code, status, `${args.join(" ")}: ${stderr}`);
    assert.match(stderr, pattern, args.join(" "));
    assert.equal(stderr.trim().split("\n").length, 1, args.join(" "));
    if (status === 2) assert.equal(stdout, "", args.join(" "));
  }
});

test("parseJoinUrl takes the origin and the token, and refuses anything else", () => {
  assert.deepEqual(parseJoinUrl("http://192.168.1.20:8080/class/join?token=abc"), {
    origin: "http://192.168.1.20:8080",
    token: "abc",
    where: "192.168.1.20:8080",
  });
  for (const bad of ["ftp://host/class/join?token=a", "http://host/class/join", "", 42]) {
    assert.throws(() => parseJoinUrl(bad), InputError, String(bad));
  }
});
