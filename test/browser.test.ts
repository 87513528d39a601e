// A person's view: JupyterLab from .venv, Debian's Chromium, notebook 01, Run All Cells.
// The outputs must appear with nothing on stderr; a screenshot goes to artifacts/.
import assert from "node:assert/strict";
import { ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import {
  NOTEBOOKS_DIR,
  ROOT,
  VENV_JUPYTER,
  exportOnce,
  jupyterEnv,
  lessonNotebooks,
  skipWithoutVenv,
} from "./helpers/jupyter";

// playwright-core's type declarations need the DOM lib, which this Node project
// leaves out, so it is loaded untyped and described here as far as it is used.
interface Locator {
  first(): Locator;
  waitFor(options?: { timeout?: number }): Promise<void>;
  click(): Promise<void>;
  count(): Promise<number>;
  allInnerTexts(): Promise<string[]>;
}
interface Request {
  url(): string;
}
interface Page {
  keyboard: { press(key: string): Promise<void>; insertText(text: string): Promise<void> };
  goto(url: string): Promise<unknown>;
  on(event: "request", listener: (request: Request) => void): void;
  evaluate<T>(expression: string): Promise<T>;
  locator(selector: string, options?: { hasText?: RegExp }): Locator;
  waitForFunction(expression: string, arg: undefined, options: { timeout: number; polling: number }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  screenshot(options: { path: string }): Promise<unknown>;
}
interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
const { chromium } = require("playwright-core") as {
  chromium: { launchPersistentContext(dir: string, options: object): Promise<BrowserContext> };
};

const SCREENSHOT = path.join(ROOT, "artifacts", "jupyterlab-01.png");
const STDERR_OUTPUT =
  '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"], .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, lab: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (lab.exitCode !== null) throw new Error(`JupyterLab exited (${lab.exitCode}):\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`JupyterLab did not answer ${url} within 60 s:\n${log()}`);
}

describe("JupyterLab in Chromium", { skip: skipWithoutVenv }, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "lab-test-"));
  const notebook = lessonNotebooks().find((name) => name.startsWith("01-"));
  // The English notebook and its Korean twin: the test runs both and must leave both as they were.
  const opened = notebook ? [notebook, `ko/${notebook}`].filter((n) => existsSync(path.join(NOTEBOOKS_DIR, n))) : [];
  const originals = new Map(opened.map((n) => [n, readFileSync(path.join(NOTEBOOKS_DIR, n))]));
  let lab: ChildProcess | undefined;
  let labLog = "";
  let base = "";
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  before(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Autosave off, so running the notebook never writes outputs into notebooks/.
    const settings = path.join(scratch, "settings", "@jupyterlab", "docmanager-extension");
    mkdirSync(settings, { recursive: true });
    writeFileSync(path.join(settings, "plugin.jupyterlab-settings"), JSON.stringify({ autosave: false }));
    lab = spawn(
      VENV_JUPYTER,
      [
        "lab",
        "--no-browser",
        "--allow-root",
        "--ip=127.0.0.1",
        `--port=${port}`,
        "--ServerApp.port_retries=0",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        `--ServerApp.root_dir=${NOTEBOOKS_DIR}`,
        `--LabApp.user_settings_dir=${path.join(scratch, "settings")}`,
        `--LabApp.workspaces_dir=${path.join(scratch, "workspaces")}`,
      ],
      { cwd: ROOT, env: jupyterEnv(), stdio: ["ignore", "pipe", "pipe"] },
    );
    lab.stdout?.on("data", (d) => (labLog += d));
    lab.stderr?.on("data", (d) => (labLog += d));
    await waitForServer(`${base}/api/status`, lab, () => labLog);

    const executablePath = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
    context = await chromium.launchPersistentContext(path.join(scratch, "chromium-profile"), {
      executablePath,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await context.newPage();
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    if (lab && lab.exitCode === null) {
      // Shut the kernels down through the server, then the server itself.
      try {
        const kernels = (await (await fetch(`${base}/api/kernels`)).json()) as { id: string }[];
        await Promise.all(kernels.map((k) => fetch(`${base}/api/kernels/${k.id}`, { method: "DELETE" })));
      } catch {
        // the server is already gone
      }
      const exited = new Promise((resolve) => lab!.once("exit", resolve));
      lab.kill("SIGTERM");
      const timer = setTimeout(() => lab!.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    for (const [name, original] of originals) {
      const now = readFileSync(path.join(NOTEBOOKS_DIR, name));
      if (!now.equals(original)) writeFileSync(path.join(NOTEBOOKS_DIR, name), original);
      assert.ok(now.equals(original), `${name} was modified while the test ran (restored)`);
    }
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Opens a notebook, waits for its kernel, runs every cell, and returns what the outputs say. */
  async function runAll(name: string, screenshot: string): Promise<string> {
    const p = page!;
    // A workspace of its own per notebook: only this notebook's tab is open, so the status bar and
    // the outputs read below are this notebook's.
    const workspace = name.replace(/\W+/g, "-");
    await p.goto(`${base}/lab/workspaces/${workspace}/tree/${name.split("/").map(encodeURIComponent).join("/")}`);
    await p.locator(".jp-Notebook .jp-Cell").first().waitFor({ timeout: 60_000 });
    // Run All before the kernel is connected would ask "Select Kernel" instead.
    await p.waitForFunction(`document.body.innerText.includes("TypeScript | Idle")`, undefined, {
      timeout: 60_000,
      polling: 250,
    });
    await runAllCells("document.querySelectorAll('.jp-OutputArea-output').length > 0");
    await p.waitForTimeout(500); // let the last outputs render before the screenshot
    mkdirSync(path.dirname(screenshot), { recursive: true });
    await p.screenshot({ path: screenshot });

    const stderr = await p.locator(STDERR_OUTPUT).allInnerTexts();
    assert.deepEqual(stderr, [], `stderr output in ${name}:\n${stderr.join("\n")}`);
    const errors = await p.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]').count();
    assert.equal(errors, 0, "error output in the notebook");
    // Narration cells show their sentence with the input collapsed.
    const collapsed = await p.locator(".jp-CodeCell .jp-InputPlaceholder").count();
    assert.ok(collapsed >= 3, `${collapsed} collapsed inputs; notebook 01 has 3 narration cells`);
    return (await p.locator(".jp-OutputArea-output").allInnerTexts()).join("\n");
  }

  /** Run → Run All Cells, then wait until no cell is queued or running and `done` holds. */
  async function runAllCells(done: string): Promise<void> {
    const p = page!;
    await p.locator(".lm-MenuBar-itemLabel", { hasText: /^Run$/ }).click();
    await p.locator(".lm-Menu-itemLabel", { hasText: /^Run All Cells$/ }).click();
    await p.waitForFunction(
      `![...document.querySelectorAll(".jp-CodeCell .jp-InputPrompt")].some((el) => el.textContent.includes("*"))
        && (${done})`,
      undefined,
      { timeout: 150_000, polling: 250 },
    );
  }

  /** Edits threads 5 → 3 in the parameters cell, as a lecturer would, and runs every cell again. */
  async function changeThreadsAndRunAll(sentence: string): Promise<string> {
    const p = page!;
    await p.locator(".jp-CodeCell .cm-content").first().click();
    await p.keyboard.press("Control+a");
    const source = await p.evaluate<string>(`[...document.querySelectorAll(".jp-CodeCell .cm-content")][0].innerText`);
    await p.keyboard.insertText(source.replace("threads: 5,", "threads: 3,"));
    await runAllCells(`document.body.innerText.includes(${JSON.stringify(sentence)})`);
    assert.deepEqual(await p.locator(STDERR_OUTPUT).allInnerTexts(), []);
    return (await p.locator(".jp-OutputArea-output").allInnerTexts()).join("\n");
  }

  test("Run All Cells on notebook 01 shows outputs and no stderr", { timeout: 180_000 }, async () => {
    assert.ok(notebook, "no notebooks/01-*.ipynb");
    const texts = await runAll(notebook, SCREENSHOT);
    assert.match(texts, /Counter should be 500000, found \d+/, "the race's sentence did not appear");
    assert.match(texts, /20 ways to interleave the 6 steps/);
    assert.match(texts, /(trials lost updates|No trial of \d+ lost an update)/, "the race's narration did not appear");
  });

  test("a lecturer changes a parameter in the cell and runs it all again", { timeout: 180_000 }, async () => {
    const texts = await changeThreadsAndRunAll("Counter should be 300000");
    assert.match(texts, /threads\s+3\s+\(in the cell\)/, "the parameters cell labels the edited value");
  });

  test("a Korean lecturer runs ko/01, changes a parameter and runs it again", { timeout: 300_000 }, async () => {
    assert.ok(opened.includes(`ko/${notebook}`), "no Korean twin of notebook 01");
    const texts = await runAll(`ko/${notebook}`, path.join(ROOT, "artifacts", "jupyterlab-ko-01.png"));
    assert.match(
      texts,
      /카운터 값은 500000여야 하는데, 실제로는 \d+ 입니다/,
      "the book's Korean sentence did not appear",
    );
    assert.match(texts, /6단계를 섞는 방법 20가지 중 18가지/);
    assert.match(texts, /(갱신이 사라졌다|갱신을 잃지 않았다)/, "the Korean narration did not appear");
    const again = await changeThreadsAndRunAll("카운터 값은 300000여야 하는데");
    assert.match(again, /threads\s+3\s+\(셀에서 수정\)/);
  });

  test("the exported pages, opened in the browser, fetch nothing from the network", { timeout: 120_000 }, async () => {
    const { outDir, entries } = await exportOnce();
    assert.ok(entries.length > 0, "nothing was exported");
    const p = await context!.newPage();
    const fetched: string[] = [];
    p.on("request", (request) => {
      if (!/^(?:file|data|about):/.test(request.url())) fetched.push(request.url());
    });
    for (const file of ["index.html", ...entries.map((e) => e.html)]) {
      await p.goto(`file://${path.join(outDir, file)}`);
      await p.waitForTimeout(200);
      // Every chart must decode from the page itself: a broken image would mean a missing embed.
      const broken = await p.evaluate<string[]>(
        `[...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src.slice(0, 60))`,
      );
      assert.deepEqual(broken, [], `${file}: images that did not load`);
    }
    assert.deepEqual(fetched, [], `the pages asked the network for:\n${fetched.join("\n")}`);
  });
});
