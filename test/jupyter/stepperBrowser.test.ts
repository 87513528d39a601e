// The stepper where students meet it: an exported page (the fixture notebook executed on tslab
// and exported like the lesson), a 1280×720 slide, and JupyterLab. Clicks, keys, and no network;
// the locked stepper, whose sleeping worker runs nothing; every challenge met with the keyboard
// alone on the deck's slides. Screenshots go to artifacts/stepper-*.png.
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

/** A challenge's item in the widget, found by its id: data-met holds the schedule that met it. */
const challenge = (widget: Locator, id: string) => widget.locator(`[data-lu-challenge="${id}"]`);

/**
 * The locked stepper by keys: A takes the lock, B finds it held and sleeps, and B's key then runs
 * nothing, which meets "try to lose an update"; A's unlock wakes B, and every update is kept.
 */
async function playLocked(page: Page, widget: Locator): Promise<void> {
  for (const key of "ABB") await page.keyboard.press(key);
  assert.equal(await widget.getAttribute("data-order"), "AB", "a sleeping worker's key adds no step");
  assert.deepEqual(
    [
      await widget.getAttribute("data-word"),
      await widget.getAttribute("data-holder"),
      await widget.getAttribute("data-sleeping"),
    ],
    ["2", "A", "B"],
  );
  const b = widget.locator(".lu-step").nth(1);
  assert.match(await b.innerText(), /^B ▸ waits for A$/);
  assert.equal(await b.getAttribute("aria-disabled"), "true");
  assert.equal(
    await widget.locator(".lu-status").innerText(),
    "B waits: A holds the lock. Only another worker can take a step.",
  );
  assert.match(await widget.locator(".lu-word-state").innerText(), /held, someone may wait/);
  const goal = challenge(widget, "lock-lose");
  assert.equal(await goal.getAttribute("data-met"), "AB");
  assert.match(
    await goal.locator(".lu-verdict").innerText(),
    /^You tried B while A held the lock: it could only wait\./,
  );
  for (const key of "AAAA") await page.keyboard.press(key);
  assert.match(await widget.locator(".lu-log li").nth(-1).innerText(), /^A unlocks: word 2 → 0, wakes B$/);
  assert.equal(await widget.getAttribute("data-sleeping"), "");
  for (const key of "BBBBB") await page.keyboard.press(key);
  assert.equal(await widget.getAttribute("data-order"), "ABAAAABBBBB");
  assert.equal(await widget.locator(".lu-count").innerText(), "2");
  assert.equal(
    await widget.locator(".lu-status").innerText(),
    "Done: the count is 2. All 2 updates kept, and the lock made B wait once.",
  );
}

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
    assert.equal(await widgets.count(), 3, "every stepper's script ran");
    const [two, three, locked] = [widgets.nth(0), widgets.nth(1), widgets.nth(2)];

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

    // A replay is the widget's play, not the student's: it meets no challenge.
    assert.equal(await challenge(three, "keep-all").getAttribute("data-met"), null);

    await locked.locator(".lu-step").first().focus();
    await playLocked(page, locked);
    assert.equal(await three.getAttribute("data-order"), "AAABBBCCC", "keys in one stepper moved another");

    mkdirSync(ARTIFACTS, { recursive: true });
    await locked.screenshot({ path: path.join(ARTIFACTS, "stepper-locked-page.png") });
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

  test("on the deck's 1280×720 slides the keyboard alone meets every challenge, and each widget fits", async () => {
    const page = await (await browser!.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`file://${pageFile.replace(/\.html$/, ".slides.html")}#/1`);
    await page.waitForFunction(`document.body.dataset.deckReady === "true"`, undefined, { timeout: 30_000 });
    const present = page.locator("section.present [data-lu-stepper][data-lu-ready]");
    const hunt = async (keys: string, id: string) => {
      await page.keyboard.press("r");
      assert.equal(await present.getAttribute("data-order"), "", "R started the play over");
      for (const key of keys) await page.keyboard.press(key);
      assert.equal(await present.getAttribute("data-order"), keys);
      assert.equal(await challenge(present, id).getAttribute("data-met"), keys, id);
    };
    const fits = async (h: number) => {
      const look = await page.evaluate<{ box: number[]; scale: string }>(`(() => {
        const r = document.querySelector("section.present [data-lu-stepper]").getBoundingClientRect();
        return { box: [r.left, r.top, r.right, r.bottom], scale: Reveal.getCurrentSlide().dataset.fitScale };
      })()`);
      assert.ok(
        look.box[0]! >= 0 && look.box[1]! >= 0 && look.box[2]! <= 1280 && look.box[3]! <= 720,
        JSON.stringify(look),
      );
      assert.equal(look.scale, "1.000", `slide ${h}: the stepper needs its slide shrunk`);
      assert.equal(await page.evaluate<number>("Reveal.getIndices().h"), h, "a key moved the deck");
      assert.equal(await page.evaluate<boolean>("Reveal.isPaused()"), false, "a key paused the deck");
    };

    // Two workers: keep only 1 update, then keep both; R starts each play over.
    await present.waitFor({ timeout: 5_000 });
    await hunt("ABABAB", "lose-one");
    await hunt("AAABBB", "keep-all");
    assert.equal(await challenge(present, "lose-one").getAttribute("data-met"), "ABABAB", "a met challenge stays met");
    await fits(1);

    // Three workers: lose exactly 2, then keep all 3.
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(`Reveal.getIndices().h === 2`, undefined, { timeout: 5_000 });
    await hunt("ABCABCABC", "lose-two");
    await hunt("CCCAAABBB", "keep-all");
    await fits(2);

    // Against the lock: try to lose an update, and see why no schedule can.
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(`Reveal.getIndices().h === 3`, undefined, { timeout: 5_000 });
    await present.waitFor({ timeout: 5_000 });
    assert.equal(await present.getAttribute("data-counter"), "locked");
    await page.keyboard.press("a");
    await page.keyboard.press("b");
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "stepper-deck-locked-waits.png") });
    await page.keyboard.press("b");
    assert.equal(await challenge(present, "lock-lose").getAttribute("data-met"), "AB");
    await page.screenshot({ path: path.join(ARTIFACTS, "stepper-deck-locked-why.png") });
    await page.keyboard.press("r");
    await playLocked(page, present);
    await fits(3);
    await page.screenshot({ path: path.join(ARTIFACTS, "stepper-deck-locked-done.png") });
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
    const locked = await page.locator("[data-lu-stepper][data-counter=locked] .lu-paper").innerText();
    assert.match(locked, /Schedule ABAAAABBBBB/);
    assert.match(locked, /finds the lock held by A: word 1 → 2, sleeps/);
    assert.match(locked, /All 2 updates kept, and the lock made B wait once\./);
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
      await widgets.nth(2).waitFor({ timeout: 120_000 });
      const cells = await page.locator(".jp-Notebook .jp-Cell").count();

      const two = widgets.nth(0);
      await two.scrollIntoViewIfNeeded();
      await playTwoWorkers(page, two);
      // In command mode A, B and C would insert or copy cells; inside the stepper they step workers.
      assert.equal(await page.locator(".jp-Notebook .jp-Cell").count(), cells, "a key press reached the notebook");

      const locked = widgets.nth(2);
      await locked.scrollIntoViewIfNeeded();
      await locked.locator(".lu-step").first().focus();
      await playLocked(page, locked);
      assert.equal(await page.locator(".jp-Notebook .jp-Cell").count(), cells, "a key press reached the notebook");

      mkdirSync(ARTIFACTS, { recursive: true });
      await two.screenshot({ path: path.join(ARTIFACTS, "stepper-jupyterlab.png") });
      await locked.screenshot({ path: path.join(ARTIFACTS, "stepper-jupyterlab-locked.png") });
      await page.close();
    },
  );
});
