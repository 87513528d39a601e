// scripts/setup.sh decides by capability, on machines simulated with stubs: a copy of the real
// script in a temporary project, run by bash with a PATH that holds only small stub commands
// (node, npm, python3, id, uname, fc-list, pkg-config, the package managers), each of which
// logs its call. The simulations never install anything and never touch this project's
// node_modules or .venv: the script's copy lives in its own folder, and nothing real is on PATH.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../helpers/jupyter";

const BASH = existsSync("/bin/bash") ? "/bin/bash" : "/usr/bin/bash";
const DIRNAME = ["/usr/bin/dirname", "/bin/dirname"].find((p) => existsSync(p))!;

interface Machine {
  os: "Linux" | "Darwin" | "FreeBSD";
  packageManager: "apt" | "dnf" | "brew" | null;
  root: boolean;
  node: string | null;
  npm: string | null;
  /** python3's version and whether it can make a venv; null: no python3 */
  python: { version: string; venv: boolean } | null;
  /** node_modules/canvas is installed and loads */
  canvasLoads: boolean;
  /** a C++ compiler, make, pkg-config and Cairo/Pango headers */
  buildTools: boolean;
  /** what fontconfig finds; null: no fc-list */
  fonts: { latin: boolean; hangul: boolean } | null;
  chromium: boolean;
}

/** A fresh clone on a Debian machine that has everything: the usual CI machine, as root. */
const DEBIAN: Machine = {
  os: "Linux",
  packageManager: "apt",
  root: true,
  node: "24.22.3",
  npm: "11.6.2",
  python: { version: "3.11.2", venv: true },
  canvasLoads: false,
  buildTools: true,
  fonts: { latin: true, hangul: true },
  chromium: true,
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** every stub command called, "name args", in order */
  calls: string[];
}

function stub(bin: string, name: string, body: string): void {
  const file = path.join(bin, name);
  writeFileSync(file, `#!${BASH}\necho "${name} $*" >>"${path.join(bin, "..", "calls.log")}"\n${body}\n`);
  chmodSync(file, 0o755);
}

/** Runs a copy of scripts/setup.sh (with `args`) on the simulated machine. */
function simulate(machine: Machine, args: string[] = ["--check"]): Run {
  const dir = mkdtempSync(path.join(tmpdir(), "setup-sim-"));
  try {
    const project = path.join(dir, "project");
    mkdirSync(path.join(project, "scripts"), { recursive: true });
    for (const file of ["setup.sh", "capabilities.sh"]) {
      cpSync(path.join(ROOT, "scripts", file), path.join(project, "scripts", file));
    }
    if (machine.canvasLoads) mkdirSync(path.join(project, "node_modules", "canvas"), { recursive: true });
    const bin = path.join(dir, "bin");
    mkdirSync(bin);
    writeFileSync(path.join(dir, "calls.log"), "");
    symlinkSync(DIRNAME, path.join(bin, "dirname"));
    stub(bin, "uname", `echo ${machine.os}`);
    stub(bin, "id", `echo ${machine.root ? 0 : 1000}`);
    if (machine.node !== null) {
      stub(
        bin,
        "node",
        `case "$*" in *canvas*) exit ${machine.canvasLoads ? 0 : 1} ;; *) echo ${machine.node} ;; esac`,
      );
    }
    if (machine.npm !== null) stub(bin, "npm", `[[ $1 == --version ]] && echo ${machine.npm}; exit 0`);
    if (machine.python !== null) {
      stub(bin, "python3", `echo ${machine.python.version} ${machine.python.venv ? "venv" : "no-venv"}`);
    }
    if (machine.buildTools) {
      stub(bin, "c++", "exit 0");
      stub(bin, "make", "exit 0");
      stub(bin, "pkg-config", "exit 0");
    }
    if (machine.fonts !== null) {
      const { latin, hangul } = machine.fonts;
      stub(
        bin,
        "fc-list",
        `case "$*" in *DejaVu*) ${latin ? "echo 'DejaVu Sans'" : ":"} ;; *lang=ko*) ${hangul ? "echo NanumGothic" : ":"} ;; esac`,
      );
    }
    if (machine.chromium) stub(bin, "chromium", "exit 0");
    if (machine.packageManager === "apt") stub(bin, "apt-get", "exit 0");
    if (machine.packageManager === "dnf") stub(bin, "dnf", "exit 0");
    if (machine.packageManager === "brew") stub(bin, "brew", "exit 0");

    const result = spawnSync(BASH, [path.join(project, "scripts", "setup.sh"), ...args], {
      cwd: dir,
      env: { PATH: bin, HOME: dir, LANG: "C.UTF-8" },
      encoding: "utf8",
      timeout: 20_000,
    });
    const calls = readFileSync(path.join(dir, "calls.log"), "utf8").split("\n").filter(Boolean);
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const called = (run: Run, name: string): string[] => run.calls.filter((c) => c.startsWith(`${name} `));

test("Debian as root with everything: nothing to install, set-up goes on", () => {
  const run = simulate(DEBIAN);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /check: nothing to install; set-up would go on/);
  assert.doesNotMatch(run.stdout, /MISSING/);
  assert.deepEqual(called(run, "apt-get"), []);
});

test("no dpkg-query on PATH (macOS with everything): set-up goes on instead of stopping", () => {
  const run = simulate({
    ...DEBIAN,
    os: "Darwin",
    packageManager: "brew",
    root: false,
    fonts: null,
    buildTools: false,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /\(macOS, not root\)/);
  assert.match(run.stdout, /canvas: npm ci will install its prebuilt binary/);
  assert.match(run.stdout, /check: nothing to install/);
  assert.equal(run.stderr, "");
});

test("Debian as root: installs exactly what is missing, by capability, with apt-get", () => {
  const run = simulate({
    ...DEBIAN,
    python: { version: "3.11.2", venv: false },
    buildTools: false,
    fonts: { latin: true, hangul: false },
    chromium: false,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /^check: would run: apt-get update && apt-get install -y python3 python3-venv build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev fonts-nanum chromium$/m,
  );
  assert.deepEqual(called(run, "apt-get"), [], "--check installs nothing");
});

test("Debian as root: when canvas already loads, its build tools are not asked for", () => {
  const run = simulate({ ...DEBIAN, canvasLoads: true, buildTools: false });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /ok +canvas addon loads/);
  assert.match(run.stdout, /check: nothing to install/);
});

test("a non-root user on Debian/Ubuntu (WSL): one message naming each missing capability and the sudo line", () => {
  const run = simulate({
    ...DEBIAN,
    root: false,
    python: { version: "3.12.3", venv: false },
    fonts: { latin: true, hangul: false },
  });
  assert.equal(run.status, 1);
  assert.equal(
    run.stderr,
    [
      "setup: the lesson cannot be set up here yet; missing:",
      "setup:   - Python 3 with venv (found 3.12.3 without it)",
      "setup:   - a Hangul font for charts (the Korean edition draws boxes without one)",
      "setup: on Debian/Ubuntu, run: sudo apt-get install python3 python3-venv fonts-nanum",
      "setup: then run this script again.",
      "",
    ].join("\n"),
  );
  assert.deepEqual(called(run, "apt-get"), []);
});

test("Python without venv stops a non-root user on Fedora with the dnf line", () => {
  const run = simulate({
    ...DEBIAN,
    packageManager: "dnf",
    root: false,
    python: { version: "3.13.1", venv: false },
    buildTools: false,
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /- Python 3 with venv \(found 3.13.1 without it\)/);
  assert.match(run.stderr, /- tools to build the canvas addon: a C\+\+ compiler, make, pkg-config/);
  assert.match(
    run.stderr,
    /on Fedora, run: sudo dnf install python3 gcc-c\+\+ make pkgconf-pkg-config cairo-devel pango-devel libjpeg-turbo-devel giflib-devel librsvg2-devel\n/,
  );
  assert.deepEqual(called(run, "dnf"), []);
});

test("a Node that is too old stops set-up, even as root, before anything is installed", () => {
  const run = simulate({ ...DEBIAN, node: "18.19.1", fonts: { latin: true, hangul: false } });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /- Node.js 22 or 24 \(found 18.19.1\)\n/);
  assert.match(run.stderr, /setup: Node.js: install Node 24 LTS \(or 22\) from https:\/\/nodejs.org\/en\/download/);
  assert.match(run.stderr, /on Debian\/Ubuntu, run: apt-get install fonts-nanum\n/);
  assert.deepEqual(called(run, "apt-get"), []);
});

test("no node at all on macOS: the brew lines, for Node and for Chromium", () => {
  const run = simulate({ ...DEBIAN, os: "Darwin", packageManager: "brew", root: false, node: null, chromium: false });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /- Node.js 22 or 24 \(no node on PATH\)/);
  assert.match(run.stderr, /or: brew install node@24/);
  assert.match(run.stderr, /on macOS, run: brew install --cask chromium\n/);
});

test("Node 20 still sets up, with a note that it has reached its end of life", () => {
  const run = simulate({ ...DEBIAN, node: "20.20.2" });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /ok +Node.js 20.20.2 \(end of life; supported: 22 and 24\)/);
  assert.match(run.stdout, /note: Node 20 reached its end of life in April 2026/);
});

test("a Node newer than the tested ones sets up, saying it is untested", () => {
  const run = simulate({ ...DEBIAN, node: "26.1.0" });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /note: Node 26 is not a version the lesson is tested on/);
});

test("npm too old, or Python too old, each stop with its own line", () => {
  const npm = simulate({ ...DEBIAN, npm: "9.2.0" });
  assert.equal(npm.status, 1);
  assert.match(npm.stderr, /- npm 10 or newer \(found 9.2.0\)/);
  const python = simulate({ ...DEBIAN, root: false, python: { version: "3.8.10", venv: true } });
  assert.equal(python.status, 1);
  assert.match(python.stderr, /- Python 3.9 or newer with venv \(found 3.8.10\)/);
});

test("only Chromium missing, not root: set-up goes on, saying how to get the browser tests", () => {
  const run = simulate({ ...DEBIAN, root: false, chromium: false });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /note: npm test's browser tests will be skipped without Chromium; to run them: sudo apt-get install chromium/,
  );
});

test("only canvas's build tools missing, not root: set-up goes on, since its prebuilt binary may download", () => {
  const run = simulate({ ...DEBIAN, root: false, buildTools: false });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /note: if canvas's prebuilt binary cannot be downloaded, npm ci builds it and needs: sudo apt-get install build-essential/,
  );
});

test("no fontconfig on Debian: fontconfig and both fonts are installed", () => {
  const run = simulate({ ...DEBIAN, fonts: null });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /apt-get install -y fontconfig fonts-dejavu-core fonts-nanum$/m);
});

test("a Linux with no known package manager names what is missing", () => {
  const run = simulate({ ...DEBIAN, packageManager: null, python: null });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /- Python 3 with venv \(no python3 on PATH\)/);
  assert.match(run.stderr, /install them with this Linux's package manager/);
});

test("set-up itself (not --check) stops before any work when it may not install", () => {
  const run = simulate({ ...DEBIAN, root: false, python: { version: "3.11.2", venv: false } }, []);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /sudo apt-get install python3 python3-venv/);
  assert.deepEqual(called(run, "npm"), ["npm --version"], "npm ci must not run");
  assert.deepEqual(called(run, "apt-get"), []);
  assert.equal(
    run.calls.some((c) => c.startsWith("python3 -m venv")),
    false,
  );
});

test("set-up itself, as root, runs apt-get for what is missing and stops if it is still missing after", () => {
  const run = simulate({ ...DEBIAN, fonts: { latin: true, hangul: false } }, []);
  assert.deepEqual(called(run, "apt-get"), [
    "apt-get update -q",
    "apt-get install -y -q --no-install-recommends fonts-nanum",
  ]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /- a Hangul font for charts/);
  assert.deepEqual(called(run, "npm"), ["npm --version", "npm --version"], "npm ci must not run");
});

test("set-up refuses an unknown argument in one line", () => {
  const run = simulate(DEBIAN, ["--dry"]);
  assert.equal(run.status, 2);
  assert.equal(
    run.stderr,
    "setup: unknown argument '--dry'; the one option is --check (report what set-up would do, change nothing)\n",
  );
  assert.deepEqual(run.calls, []);
});
