// The stepper where students meet it: an exported page (the fixture notebook executed on tslab
// and exported like the lesson), a 1280×720 slide, and JupyterLab. Clicks, keys, and no network.
// Screenshots go to artifacts/stepper-page.png and artifacts/stepper-jupyterlab.png.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import {
  launchChromium,
  skipWithoutChromium,
  watchNetwork,
  type Browser,
  type Locator,
  type Page,
} from "../helpers/chromium";
import { ROOT, runExport, skipWithoutVenv } from "../helpers/jupyter";
import { startLab, type Lab } from "../helpers/lab";
import { stepperHtml } from "../../src/lesson/show/stepper/stepper";

const FIXTURES = path.join(ROOT, "test", "fixtures", "stepper");
const NOTEBOOK = "01-stepper.ipynb";
const ARTIFACTS = path.join(ROOT, "artifacts");

const done = (widget: Locator) => widget.locator(":scope[data-done]").waitFor({ timeout: 10_000 });

/** Plays ABABAB by its button, then a keeping schedule, then ABABAB by keys, in the given widget. */
async function playTwoWorkers(page: Page, widget: Locator): Promise<void> {
  await widget.locator("button.lu-sched", { hasText: /^ABABAB$/ }).click();
  await done(widget);
  assert.equal(await widget.locator(".lu-count").innerText(), "1");
  assert.equal(await widget.getAttribute("data-order"), "ABABAB");
  const lost = widget.locator(".lu-log li.lu-lost");
  assert.equal(await lost.count(), 1, "ABABAB loses exactly one update, at one write");
  assert.match(await lost.innerText(), /B writes 1 over A's 1\s*A's update is lost/);
  assert.match(await widget.locator(".lu-status").innerText(), /the count is 1, not 2\. 1 of 2 updates kept, 1 lost/);

  await widget.locator("button.lu-keep").click();
  await done(widget);
  assert.equal(await widget.locator(".lu-count").innerText(), "2");
  assert.match(String(await widget.getAttribute("data-order")), /^(AAABBB|BBBAAA)$/);
  assert.equal(await widget.locator(".lu-log li.lu-lost").count(), 0);
  assert.match(await widget.locator(".lu-status").innerText(), /All 2 updates kept/);

  // The keyboard: reset, then the student schedules ABABAB with the keys alone.
  await widget.locator("button.lu-reset").focus();
  await page.keyboard.press("Enter");
  assert.equal(await widget.getAttribute("data-order"), "");
  for (const key of "ABABAB") await page.keyboard.press(key);
  assert.equal(await widget.getAttribute("data-order"), "ABABAB");
  assert.equal(await widget.locator(".lu-count").innerText(), "1");
  assert.equal(await widget.locator(".lu-log li.lu-lost").count(), 1);
  // Focus stays inside the widget even though the step buttons went disabled.
  assert.equal(await page.evaluate<boolean>(`!!document.activeElement.closest("[data-lu-stepper]")`), true);
}

describe("the stepper in an exported page and on a slide", { skip: skipWithoutVenv ?? skipWithoutChromium }, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "stepper-test-"));
  let browser: Browser | undefined;
  let pageFile = "";

  before(async () => {
    const out = path.join(scratch, "export");
    const run = await runExport(["--notebooks", FIXTURES, "--out", out, "--timeout", "120"]);
    assert.equal(run.code, 0, `export of the fixture failed:\n${run.stderr}\n${run.stdout}`);
    pageFile = path.join(out, NOTEBOOK.replace(/\.ipynb$/, ".html"));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  });

  const newPage = async () => (await browser!.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();

  test("plays by click and by key, marks the lost update, keeps two steppers apart, fetches nothing", async () => {
    const page = await newPage();
    const fetched = watchNetwork(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`file://${pageFile}`);
    const widgets = page.locator("[data-lu-stepper][data-lu-ready]");
    await widgets.first().waitFor({ timeout: 10_000 });
    assert.equal(await widgets.count(), 2, "both steppers' scripts ran");
    const [two, three] = [widgets.nth(0), widgets.nth(1)];

    await playTwoWorkers(page, two);

    // The second stepper is its own: keys go where the focus is.
    await three.locator(".lu-step").first().focus();
    for (const key of "ABCABCABC") await page.keyboard.press(key.toLowerCase());
    assert.equal(await three.getAttribute("data-order"), "ABCABCABC");
    assert.equal(await three.locator(".lu-count").innerText(), "1");
    assert.equal(await three.locator(".lu-log li.lu-lost").count(), 2);
    assert.equal(await two.getAttribute("data-order"), "ABABAB", "keys in one stepper moved the other");
    await three.locator("button.lu-sched", { hasText: /^AAABBBCCC$/ }).click();
    await done(three);
    assert.equal(await three.locator(".lu-count").innerText(), "3");

    mkdirSync(ARTIFACTS, { recursive: true });
    await two.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "stepper-page.png") });
    assert.deepEqual(errors, [], "script errors on the page");
    assert.deepEqual(fetched, [], `the page asked the network for:\n${fetched.join("\n")}`);
    await page.close();
  });

  test("fits a 1280×720 slide, and its keys do not reach the deck", async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    // A deck listens for keys on the document, as reveal.js does; the stepper must keep its own.
    await page.setContent(
      `<!DOCTYPE html><html><body style="margin:0"><section style="width:1280px;height:720px;padding:40px;box-sizing:border-box">` +
        `<h2>Be the scheduler</h2>${stepperHtml({ workers: 3, replayMs: 0 })}</section>` +
        `<script>window.deckKeys = []; document.addEventListener("keydown", (e) => deckKeys.push(e.key));</script></body></html>`,
    );
    const widget = page.locator("[data-lu-stepper][data-lu-ready]").first();
    await widget.waitFor({ timeout: 5_000 });
    await widget.locator(".lu-step").first().focus();
    for (const key of "ABCABCABC") await page.keyboard.press(key);
    await widget.locator("button.lu-random").focus();
    await page.keyboard.press(" ");
    await done(widget);
    const box = await widget.boundingBox();
    assert.ok(box, "no box");
    assert.ok(
      box.x + box.width <= 1280 && box.y + box.height <= 720,
      `the stepper overflows the slide: ${JSON.stringify(box)}`,
    );
    assert.deepEqual(await page.evaluate<string[]>("window.deckKeys"), [], "keys reached the deck");
    await page.screenshot({ path: path.join(ARTIFACTS, "stepper-slide.png") });
    await page.close();
  });

  test("takes the keys when its slide shows; B steps a worker, never pauses the deck; fits; no list styles", async () => {
    const page = await (await browser!.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`file://${pageFile.replace(/\.html$/, ".slides.html")}#/1`);
    await page.waitForFunction(`document.body.dataset.deckReady === "true"`, undefined, { timeout: 30_000 });
    // To the three workers' slide by the deck's own key: the widget there takes the focus.
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(`Reveal.getIndices().h === 2`, undefined, { timeout: 5_000 });
    const three = page.locator("section.present [data-lu-stepper][data-lu-ready]");
    await three.waitFor({ timeout: 5_000 });
    assert.equal(await three.getAttribute("data-workers"), "3");
    assert.equal(
      await page.evaluate<boolean>(`!!document.activeElement.closest("section.present [data-lu-stepper]")`),
      true,
      "the stepper did not take the focus when its slide showed",
    );
    for (const key of "BACBACBAC") await page.keyboard.press(key);
    assert.equal(await three.getAttribute("data-order"), "BACBACBAC");
    assert.equal(await page.evaluate<boolean>("Reveal.isPaused()"), false, "B paused the deck");
    assert.equal(await page.evaluate<number>("Reveal.getIndices().h"), 2, "a worker key moved the deck");

    // Laid out as on a page: the chips in a row, unnumbered; the whole widget on the slide, unscaled.
    const look = await page.evaluate<{
      chips: string[];
      tops: number;
      box: [number, number, number, number];
      scale: string;
      log: string;
    }>(`(() => {
      const w = document.querySelector("section.present [data-lu-stepper]");
      const chips = [...w.querySelectorAll(".lu-prog")][0].children;
      const r = w.getBoundingClientRect();
      return {
        chips: [...chips].map((c) => getComputedStyle(c).display + " " + getComputedStyle(c).listStyleType),
        tops: new Set([...chips].map((c) => Math.round(c.getBoundingClientRect().top))).size,
        box: [r.left, r.top, r.right, r.bottom],
        scale: Reveal.getCurrentSlide().dataset.fitScale,
        log: getComputedStyle(w.querySelector(".lu-log")).overflowY,
      };
    })()`);
    assert.equal(look.tops, 1, `a worker's read, add and write chips stack: ${JSON.stringify(look)}`);
    assert.ok(!look.chips.some((c) => c.startsWith("list-item")), `the chips are list items: ${look.chips.join(", ")}`);
    assert.ok(look.box[0] >= 0 && look.box[1] >= 0 && look.box[2] <= 1280 && look.box[3] <= 720, JSON.stringify(look));
    assert.equal(look.scale, "1.000", "the three-worker stepper needs its slide shrunk");
    assert.equal(look.log, "visible", "the log scrolls");

    // The deck's keys still work from inside the widget, and the next stepper takes the keys in turn.
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(`Reveal.getIndices().h === 1`, undefined, { timeout: 5_000 });
    await page.keyboard.press("b");
    const two = page.locator("section.present [data-lu-stepper]");
    assert.equal(await two.getAttribute("data-order"), "B");
    assert.equal(await page.evaluate<boolean>("Reveal.isPaused()"), false);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(`Reveal.getIndices().h === 2`, undefined, { timeout: 5_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, "stepper-deck.png") });
    assert.deepEqual(errors, [], "script errors in the deck");
    await page.close();
  });

  test("prints one schedule's steps, not a dead widget", async () => {
    const page = await (await browser!.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(`file://${pageFile}`);
    await page.locator("[data-lu-stepper][data-lu-ready]").first().waitFor({ timeout: 10_000 });
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate<string[]>(
      `[...document.querySelector("[data-lu-stepper]").children].filter((c) => getComputedStyle(c).display !== "none" && c.tagName !== "STYLE" && c.tagName !== "SCRIPT").map((c) => c.className)`,
    );
    assert.deepEqual(shown, ["lu-title", "lu-paper"]);
    const paper = await page.locator("[data-lu-stepper] .lu-paper").first().innerText();
    assert.match(paper, /ABABAB/);
    assert.match(paper, /the count is 1, not 2/);
    await page.close();
  });
});

describe("the stepper in JupyterLab", { skip: skipWithoutVenv ?? skipWithoutChromium }, () => {
  const original = readFileSync(path.join(FIXTURES, NOTEBOOK));
  let lab: Lab | undefined;
  let browser: Browser | undefined;

  before(async () => {
    lab = await startLab(FIXTURES);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await lab?.stop();
    const now = readFileSync(path.join(FIXTURES, NOTEBOOK));
    if (!now.equals(original)) writeFileSync(path.join(FIXTURES, NOTEBOOK), original);
    assert.ok(now.equals(original), `${NOTEBOOK} was modified while the test ran (restored)`);
  });

  test(
    "an output made in the session runs its script; clicks and keys work and the notebook keeps its keys",
    { timeout: 180_000 },
    async () => {
      const page = await (await browser!.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
      await page.goto(lab!.url(NOTEBOOK));
      await page.locator(".jp-Notebook .jp-Cell").first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(`document.body.innerText.includes("TypeScript | Idle")`, undefined, {
        timeout: 60_000,
        polling: 250,
      });
      await page.locator(".lm-MenuBar-itemLabel", { hasText: /^Run$/ }).click();
      await page.locator(".lm-Menu-itemLabel", { hasText: /^Run All Cells$/ }).click();
      const widgets = page.locator(".jp-OutputArea-output [data-lu-stepper][data-lu-ready]");
      await widgets.nth(1).waitFor({ timeout: 120_000 });
      const cells = await page.locator(".jp-Notebook .jp-Cell").count();

      const two = widgets.nth(0);
      await two.scrollIntoViewIfNeeded();
      await playTwoWorkers(page, two);
      // In command mode A, B and C would insert or copy cells; inside the stepper they step workers.
      assert.equal(await page.locator(".jp-Notebook .jp-Cell").count(), cells, "a key press reached the notebook");

      mkdirSync(ARTIFACTS, { recursive: true });
      await two.screenshot({ path: path.join(ARTIFACTS, "stepper-jupyterlab.png") });
      await page.close();
    },
  );
});
