// A person's view: JupyterLab from .venv, Debian's Chromium, notebook 01, Run All Cells.
// The outputs must appear with nothing on stderr; a screenshot goes to artifacts/.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { launchChromium, skipWithoutChromium, watchNetwork, type Browser, type Page } from "../helpers/chromium";
import { NOTEBOOKS_DIR, ROOT, exportOnce, lessonNotebooks, skipWithoutVenv } from "../helpers/jupyter";
import { startLab, type Lab } from "../helpers/lab";

const SCREENSHOT = path.join(ROOT, "artifacts", "jupyterlab-01.png");
const STDERR_OUTPUT =
  '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"], .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]';

describe("JupyterLab in Chromium", { skip: skipWithoutVenv ?? skipWithoutChromium }, () => {
  const notebook = lessonNotebooks().find((name) => name.startsWith("01-"));
  // The English notebook and its Korean twin: the test runs both and must leave both as they were.
  const opened = notebook ? [notebook, `ko/${notebook}`].filter((n) => existsSync(path.join(NOTEBOOKS_DIR, n))) : [];
  const originals = new Map(opened.map((n) => [n, readFileSync(path.join(NOTEBOOKS_DIR, n))]));
  let lab: Lab | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  before(async () => {
    lab = await startLab(NOTEBOOKS_DIR);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await lab?.stop();
    for (const [name, original] of originals) {
      const now = readFileSync(path.join(NOTEBOOKS_DIR, name));
      if (!now.equals(original)) writeFileSync(path.join(NOTEBOOKS_DIR, name), original);
      assert.ok(now.equals(original), `${name} was modified while the test ran (restored)`);
    }
  });

  /** Opens a notebook, waits for its kernel, runs every cell, and returns what the outputs say. */
  async function runAll(name: string, screenshot: string): Promise<string> {
    const p = page!;
    // A workspace of its own per notebook: only this notebook's tab is open, so the status bar and
    // the outputs read below are this notebook's.
    await p.goto(lab!.url(name));
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
    return outputsText();
  }

  /**
   * Every output's text. textContent, not innerText: JupyterLab skips rendering the cells out
   * of view (content-visibility), and innerText is empty for an element that was not rendered.
   */
  async function outputsText(): Promise<string> {
    return page!.evaluate<string>(
      `[...document.querySelectorAll(".jp-OutputArea-output")].map((el) => el.textContent).join("\\n")`,
    );
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
    await runAllCells(`document.body.textContent.includes(${JSON.stringify(sentence)})`);
    assert.deepEqual(await p.locator(STDERR_OUTPUT).allInnerTexts(), []);
    return outputsText();
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
    assert.match(texts, /6단계를 늘어놓는 순서 20가지 중 18가지/);
    assert.match(texts, /(갱신이 사라졌다|갱신을 잃지 않았다)/, "the Korean narration did not appear");
    const again = await changeThreadsAndRunAll("카운터 값은 300000여야 하는데");
    assert.match(again, /threads\s+3\s+\(셀에서 수정\)/);
  });

  test("the exported pages, opened in the browser, fetch nothing from the network", { timeout: 120_000 }, async () => {
    const { outDir, entries } = await exportOnce();
    assert.ok(entries.length > 0, "nothing was exported");
    const p = await (await browser!.newContext({})).newPage();
    const fetched = watchNetwork(p);
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
