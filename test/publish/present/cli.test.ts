// `npm run present` as a lecturer runs it: the built CLI in a child process, on loopback.
// It prints where the lesson is, serves it, and on Ctrl-C (SIGINT) stops and exits by
// itself: nothing left open keeps it alive. A bad flag or folder is one line, exit 2.
import assert from "node:assert/strict";
import { spawn, execFile } from "node:child_process";
import { readFileSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { SessionDocument } from "../../../src/publish/class/session";
import { ROOT } from "../../helpers/jupyter";
import { fakeExport, raw, type FakeExport } from "../../helpers/present";

const PRESENT = path.join(ROOT, "dist", "src", "publish", "present", "cli.js");

let site: FakeExport;
before(() => {
  site = fakeExport();
});
after(() => site.remove());

function present(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [PRESENT, ...args], { timeout: 10_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

test("serves until Ctrl-C, then stops and exits 0 with nothing left open", async () => {
  const child = spawn(process.execPath, [PRESENT, "--out", site.folder, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL in 10 s: ${stdout} ${stderr}`)), 10_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /present: the lesson: (http:\/\/127\.0\.0\.1:(\d+)\/)index\.html/.exec(stdout)?.[1];
      if (found !== undefined && stdout.includes("Ctrl-C stops it")) {
        clearTimeout(timer);
        resolve(found);
      }
    });
  });
  try {
    const port = Number(new URL(url).port);
    const answer = await raw({ port, target: "/index.html" });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers["cross-origin-embedder-policy"], "require-corp");
    // A keep-alive connection left open must not hold the stop up.
    child.kill("SIGINT");
    const timeout = setTimeout(() => child.kill("SIGKILL"), 8_000);
    const code = await exited;
    clearTimeout(timeout);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /present: SIGINT: stopping\npresent: stopped\n$/);
    assert.equal(stderr, "");
    await assert.rejects(raw({ port, target: "/index.html" }), /ECONNREFUSED/);
  } finally {
    child.kill("SIGKILL");
  }
});

test("bad flags: one line naming the flag, exit 2, nothing on stdout", async () => {
  const cases: [string[], RegExp][] = [
    [["--port", "abc"], /^present: --port must be an integer from 0 to 65,535, got "abc"\n$/],
    [["--port", "70000"], /^present: --port must be an integer from 0 to 65,535, got 70,000\n$/],
    [["--port"], /^present: --port needs a value/],
    [
      ["--port", "6000"],
      /^present: --port 6000 is one browsers and fetch refuse to open \(a "bad port"\); choose another/,
    ],
    [["--prot", "8080"], /^present: --prot is not an option of present \(did you mean --port\?\)/],
    [["--threads", "4"], /^present: --threads sets up a class session, so it needs --class\n$/],
    [["--class", "--threads", "0"], /^present: --threads must be an integer from 1 to /],
    [["--class", "--counter", "fast"], /^present: --counter must be one of /],
    [["--class=yes"], /^present: --class takes no value, got "yes"\n$/],
    [["--class", "--host", "8.8.8.8"], /^present: --host must be one of this machine's network addresses/],
    [["stray"], /^present: unexpected argument "stray"/],
  ];
  for (const [args, expected] of cases) {
    const { code, stdout, stderr } = await present("--out", site.folder, ...args);
    assert.equal(code, 2, `${args.join(" ")}: ${stderr}`);
    assert.equal(stdout, "", args.join(" "));
    assert.match(stderr, expected, args.join(" "));
    assert.equal(stderr.trim().split("\n").length, 1, args.join(" "));
  }
});

test("a missing export folder says to run npm run export, in one line", async () => {
  const missing = path.join(site.parent, "no-export-here");
  const { code, stdout, stderr } = await present("--out", missing);
  assert.equal(code, 2);
  assert.equal(stdout, "");
  assert.match(
    stderr,
    /^present: --out must be an export folder, got ".*no-export-here", which does not exist; run npm run export first\n$/,
  );
  // A folder that is not an export (no manifest.json) is refused too, with what an export has.
  const notExport = await present("--out", site.parent);
  assert.equal(notExport.code, 2);
  assert.match(
    notExport.stderr,
    /^present: --out must be an export folder \(one with manifest\.json, as npm run export writes\)/,
  );
});

test("a port already taken: one line, exit 1", async () => {
  const { startPresenter } = await import("../../../src/publish/present/presenter");
  const first = await startPresenter({ folder: site.folder, port: 0 });
  try {
    const { code, stdout, stderr } = await present("--out", site.folder, "--port", String(first.port));
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.equal(stderr, `present: 127.0.0.1:${first.port} is in use by another program; choose another with --port\n`);
  } finally {
    await first.close();
  }
});

test("a class session from start to stop: the join line, a real join, the file kept", async (t) => {
  const args = ["--out", site.folder, "--port", "0", "--class", "--host", "127.0.0.2"];
  const race = ["--threads", "2", "--how-many", "2000", "--sensor-work", "0", "--trials", "2"];
  const child = spawn(process.execPath, [PRESENT, ...args, ...race], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const until = async (pattern: RegExp, what: string): Promise<RegExpExecArray | null> => {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const found = pattern.exec(stdout);
      if (found || child.exitCode !== null) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${what} in 10 s: ${stdout} ${stderr}`);
  };
  try {
    const joinLine = await until(/students join with: npm run race -- --join (\S+)\n/, "join line");
    if (!joinLine && /127\.0\.0\.2.* is not an address of this machine/.test(stderr))
      return t.skip("no 127.0.0.2 here");
    const url = joinLine?.[1];
    assert.ok(url, stderr);
    assert.match(url, /^http:\/\/127\.0\.0\.2:\d+\/class\/join\?token=[0-9a-z]{26}$/);
    assert.match(stdout, /present: class session: counter unsafe, threads 2, howMany 2000, sensorWork 0, trials 2\n/);
    assert.match(stdout, /present: the class page: http:\/\/127\.0\.0\.1:\d+\/class\/\n/);

    const joined = await new Promise<{ code: number | null; out: string }>((resolve) => {
      execFile("npm", ["run", "--silent", "race", "--", "--join", url], { cwd: ROOT, timeout: 60_000 }, (error, out) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, out }),
      );
    });
    assert.equal(joined.code, 0, joined.out);
    await until(/present: #1 joined: \d+ cores?, Node v[\d.]+, \w+; 2 trials, median lost [\d.]+%\n/, "joined line");

    child.kill("SIGINT");
    const timeout = setTimeout(() => child.kill("SIGKILL"), 8_000);
    const code = await exited;
    clearTimeout(timeout);
    assert.equal(code, 0, stderr);
    const kept = /present: 1 result kept in (\S+\.json)\n/.exec(stdout)?.[1];
    assert.ok(kept, stdout);
    const file = JSON.parse(readFileSync(kept, "utf8")) as SessionDocument;
    assert.equal(file.results.length, 1);
    assert.equal(typeof file.endedAt, "string");
    assert.equal(path.dirname(kept), path.join(realpathSync(site.folder), "class-sessions"));
    assert.deepEqual(
      readdirSync(path.dirname(kept)).filter((name) => name.endsWith(".tmp")),
      [],
      "no temporary file left",
    );
  } finally {
    child.kill("SIGKILL");
  }
});
