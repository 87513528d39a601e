// A lecturer's view of the export, offline in Debian's Chromium: every deck stepped through
// with the keyboard at a projector's 1280×720, the speaker view, and a page printed to PDF.
// Screenshots and the PDF land in artifacts/ to be looked at.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { launchChromium, skipWithoutChromium, watchNetwork, type BrowserContext, type Page } from "../../helpers/chromium";
import { SLIDE_LIMITS, checkEverySlide } from "../../helpers/slideInspection";
import {
  ROOT,
  exportOnce,
  fixtureExportOnce,
  readNotebook,
  skipWithoutVenv,
  type ExportEntry,
  type ExportResult,
} from "../../helpers/jupyter";

const ARTIFACTS = path.join(ROOT, "artifacts", "decks");
const SLIDE = { width: 1280, height: 720 };
/** Below this a slide's text is too small to read from the back of a hall: split the slide. */
const READABLE_SCALE = 0.5;

interface SlideCheck {
  slide: string;
  scale: number;
  overflow: string[];
  images: number;
  /** Korean words the slide breaks across two lines. */
  split: string[];
}

// Runs in a page: the Korean words under \`root\` (outside code and notes) that a line break
// cuts between two of their syllables ("실/행되는"). Korean breaks lines between words, never
// inside one (STYLE.md); a break at punctuation, before "(", is a break between words.
const SPLIT_WORDS = `(root) => {
  const split = [];
  const hangul = (c) => c >= "\\uac00" && c <= "\\ud7a3";
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement || n.parentElement.closest("aside.notes, pre, code, script, style")) continue;
    for (let i = 0; i + 1 < n.data.length; i++) {
      if (!hangul(n.data[i]) || !hangul(n.data[i + 1])) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 2);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) split.push(n.data.slice(Math.max(0, i - 3), i + 5));
    }
  }
  return split;
}`;

// Runs in the deck: where the current slide's content lies against the 1280×720 slide area,
// and any element that would scroll.
const CHECK_SLIDE = `(() => {
  const slide = Reveal.getCurrentSlide();
  const area = document.querySelector(".reveal .slides").getBoundingClientRect();
  const overflow = [];
  for (const el of slide.querySelectorAll("*")) {
    if (el.closest("aside.notes")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const name = el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : "");
    if (r.bottom > area.bottom + 1 || r.right > area.right + 1 || r.top < area.top - 1 || r.left < area.left - 1) {
      overflow.push(name + " spills out of the slide");
    }
    const style = getComputedStyle(el);
    const scrolls = (axis, size, client) => /auto|scroll/.test(style["overflow" + axis]) && el[size] > el[client] + 1;
    if (scrolls("Y", "scrollHeight", "clientHeight") || scrolls("X", "scrollWidth", "clientWidth")) overflow.push(name + " scrolls");
  }
  const { h, v } = Reveal.getIndices();
  return { slide: h + "/" + (v || 0), scale: Number(slide.dataset.fitScale), overflow: overflow.slice(0, 5), images: slide.querySelectorAll("img").length, split: (${SPLIT_WORDS})(slide).slice(0, 5) };
})()`;

const POSITION = `JSON.stringify([Reveal.getIndices().h, Reveal.getIndices().v, Reveal.getIndices().f])`;

/** Opens a deck, steps through every slide and fragment with the space bar, checks each step. */
async function stepThrough(
  page: Page,
  file: string,
): Promise<{ checks: SlideCheck[]; total: number; broken: string[] }> {
  await page.goto(`file://${file}`);
  await page.waitForFunction(`document.body.dataset.deckReady === "true"`, undefined, { timeout: 30_000 });
  const total = await page.evaluate<number>("Reveal.getTotalSlides()");
  const broken = await page.evaluate<string[]>(
    `[...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src.slice(0, 60))`,
  );
  const checks: SlideCheck[] = [];
  for (let step = 0; step < 1000; step++) {
    checks.push(await page.evaluate<SlideCheck>(CHECK_SLIDE));
    if (await page.evaluate<boolean>("Reveal.isLastSlide() && !Reveal.availableFragments().next")) break;
    const before = await page.evaluate<string>(POSITION);
    await page.keyboard.press("Space");
    await page.waitForFunction(`${POSITION} !== ${JSON.stringify(before)}`, undefined, { timeout: 5_000 });
  }
  return { checks, total, broken };
}

function authored(outDir: string, entry: ExportEntry): boolean {
  const nb = readNotebook(path.join(outDir, entry.ipynb));
  return nb.cells.some((c) => (c.metadata.slideshow as { slide_type?: string } | undefined)?.slide_type);
}

describe("decks in Chromium, offline", { skip: skipWithoutVenv ?? skipWithoutChromium }, () => {
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let context: BrowserContext;
  let fetched: string[];

  before(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: SLIDE });
    fetched = watchNetwork(context);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  const checkDecks = async (exported: ExportResult, label: string) => {
    assert.equal(exported.code, 0, `the ${label} export failed:\n${exported.stderr}`);
    assert.ok(exported.all.length > 0, "no decks");
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    for (const entry of exported.all) {
      const file = path.join(exported.outDir, entry.slides);
      const { checks, total, broken } = await stepThrough(page, file);
      const seen = new Set(checks.map((c) => c.slide));
      assert.equal(seen.size, total, `${entry.slides}: stepped through ${seen.size} of ${total} slides`);
      assert.deepEqual(broken, [], `${entry.slides}: images that did not load`);
      for (const check of checks) {
        assert.deepEqual(check.overflow, [], `${entry.slides} slide ${check.slide} does not fit 1280×720`);
        if (entry.edition === "ko") {
          assert.deepEqual(check.split, [], `${entry.slides} slide ${check.slide} breaks a Korean word across lines`);
        }
      }
      const smallest = Math.min(...checks.map((c) => c.scale));
      if (authored(exported.outDir, entry)) {
        assert.ok(smallest >= READABLE_SCALE, `${entry.slides}: a slide shrinks to ${smallest} to fit; split it`);
      }
      // A few slides to look at: the first, the first with a chart, the most shrunk.
      const name = entry.slides.replace(/\//g, "-").replace(/\.slides\.html$/, "");
      const worth = new Set([0, checks.findIndex((c) => c.images > 0), checks.findIndex((c) => c.scale === smallest)]);
      for (const index of [...worth].filter((i) => i >= 0)) {
        await page.goto(`file://${file}#/${checks[index]!.slide}`);
        await page.waitForFunction(`document.body.dataset.deckReady === "true"`);
        await page.screenshot({
          path: path.join(ARTIFACTS, `${label}-${name}-${checks[index]!.slide.replace("/", "-")}.png`),
        });
      }
    }
    assert.deepEqual(errors, [], "script errors in the decks");
    await page.close();
  };

  test(
    "every deck of the lesson: each slide fits 1280×720, nothing from the network, no broken image",
    { timeout: 180_000 },
    async () => {
      await checkDecks(await exportOnce(), "lesson");
      assert.deepEqual(fetched, [], `the decks asked the network for:\n${fetched.join("\n")}`);
    },
  );

  test(
    "the deck check: every slide of both editions readable from the back of a hall",
    { timeout: 300_000 },
    async () => {
      const exported = await exportOnce();
      assert.equal(exported.code, 0, `the export failed:\n${exported.stderr}`);
      mkdirSync(path.join(ARTIFACTS, "slides"), { recursive: true });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const entry of exported.all) {
        const name = `${entry.edition}-${path.basename(entry.slides, ".slides.html")}`;
        const file = path.join(exported.outDir, entry.slides);
        failures.push(...(await checkEverySlide(page, file, name, path.join(ARTIFACTS, "slides"), { talk: true })));
      }
      await page.close();
      assert.deepEqual(
        failures,
        [],
        `${failures.length} problems on slides (screenshots in artifacts/decks/slides/):\n${failures.join("\n")}`,
      );
    },
  );

  test(
    "every slide of both editions fits a 1920×1080 screen too, as it fits 1280×720",
    { timeout: 300_000 },
    async () => {
      const { outDir, all } = await exportOnce();
      const wide = await browser!.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await wide.newPage();
      const failures: string[] = [];
      for (const entry of all) {
        await page.goto(`file://${path.join(outDir, entry.slides)}`);
        await page.waitForFunction(`document.body.dataset.deckReady === "true"`, undefined, { timeout: 30_000 });
        const slides = await page.evaluate<[number, number][]>(
          `Reveal.getSlides().map((s) => { const i = Reveal.getIndices(s); return [i.h, i.v || 0]; })`,
        );
        for (const [h, v] of slides) {
          await page.evaluate(`Reveal.slide(${h}, ${v}, 1000)`);
          const check = await page.evaluate<SlideCheck>(CHECK_SLIDE);
          const at = `${entry.slides} slide ${check.slide}`;
          if (check.overflow.length > 0) failures.push(`${at}: ${check.overflow.join("; ")}`);
          if (check.scale < SLIDE_LIMITS.minScale) failures.push(`${at}: scaled to ${check.scale}`);
        }
      }
      await wide.close();
      assert.deepEqual(failures, [], `slides that do not fit 1920×1080:\n${failures.join("\n")}`);
    },
  );

  test(
    "the fixture lesson's decks: a long output is scaled to fit, a wide line wraps",
    { timeout: 120_000 },
    async () => {
      const fixture = await fixtureExportOnce();
      await checkDecks(fixture, "fixture");
      const page = await context.newPage();
      await page.goto(`file://${path.join(fixture.outDir, "01-first.slides.html")}`);
      await page.waitForFunction(`document.body.dataset.deckReady === "true"`);
      const scales = await page.evaluate<Record<string, number>>(
        `Object.fromEntries([...document.querySelectorAll("section[data-fit-scale]")].map((s) => [(s.querySelector("h1, h2")?.textContent ?? "").replace("¶", ""), Number(s.dataset.fitScale)]))`,
      );
      assert.ok(scales["A long output"]! < 1, `the thirty-line output was not scaled: ${JSON.stringify(scales)}`);
      assert.equal(scales["A wide line"], 1, "a wide line of code should wrap, not shrink its slide");
      assert.equal(scales["1 · First fixture"], 1);
      assert.deepEqual(fetched, [], `the decks asked the network for:\n${fetched.join("\n")}`);
      await page.close();
    },
  );

  test("Korean pages break lines between words, never inside one, at any width", { timeout: 120_000 }, async () => {
    const { outDir, all } = await exportOnce();
    const korean = all.filter((e) => e.edition === "ko");
    assert.ok(korean.length > 0, "no Korean pages");
    const page = await context.newPage();
    for (const width of [1280, 760, 420]) {
      await page.setViewportSize({ width, height: 900 });
      for (const entry of korean) {
        await page.goto(`file://${path.join(outDir, entry.html)}`);
        const split = await page.evaluate<string[]>(`(${SPLIT_WORDS})(document.body)`);
        assert.deepEqual(split.slice(0, 5), [], `${entry.html} at ${width} px breaks Korean words across lines`);
      }
    }
    await page.screenshot({ path: path.join(ARTIFACTS, "ko-page-narrow.png"), fullPage: false });
    await page.close();
  });

  test("S opens the speaker view with the slide's notes, offline", { timeout: 60_000 }, async () => {
    const { outDir } = await fixtureExportOnce();
    const page = await context.newPage();
    await page.goto(`file://${path.join(outDir, "01-first.slides.html")}`);
    await page.waitForFunction(`document.body.dataset.deckReady === "true"`);
    const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
    await speaker.waitForFunction(`document.body.innerText.includes("Speaker notes: ask the room")`, undefined, {
      timeout: 15_000,
    });
    await speaker.setViewportSize({ width: 1280, height: 800 });
    await speaker.waitForTimeout(500);
    await speaker.screenshot({ path: path.join(ARTIFACTS, "fixture-speaker-view.png") });
    await speaker.close();
    await page.close();
    assert.deepEqual(fetched, [], `the speaker view asked the network for:\n${fetched.join("\n")}`);
  });

  test(
    "a page prints cleanly: no navigation, code wrapped, charts and code cells kept whole",
    { timeout: 60_000 },
    async () => {
      const { outDir, entries } = await exportOnce();
      const entry =
        entries.find((e) => /\bimage\/png\b/.test(readFileSync(path.join(outDir, e.ipynb), "utf8"))) ?? entries[0];
      assert.ok(entry, "the export has no page");
      const page = await context.newPage();
      await page.goto(`file://${path.join(outDir, entry.html)}`);
      await page.emulateMedia({ media: "print" });
      const print = await page.evaluate<{ nav: string[]; wide: string[]; charts: string[]; cells: string[] }>(`({
      nav: [...document.querySelectorAll(".lesson-nav")].map((n) => getComputedStyle(n).display).filter((d) => d !== "none"),
      wide: [...document.querySelectorAll("pre")].filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent.slice(0, 40)),
      charts: [...document.querySelectorAll(".jp-OutputArea-output img")].map((i) => getComputedStyle(i).breakInside).filter((b) => b !== "avoid"),
      cells: [...document.querySelectorAll(".jp-CodeCell")].map((c) => getComputedStyle(c).breakInside).filter((b) => b !== "avoid"),
    })`);
      assert.deepEqual(print.nav, [], "navigation bars print");
      assert.deepEqual(print.wide, [], "code runs past the paper's edge");
      assert.deepEqual(print.charts, [], "a chart may be split across pages");
      assert.deepEqual(print.cells, [], "a code cell may be split from its output across pages");
      const pdf = await page.pdf({
        path: path.join(ROOT, "artifacts", `print-${path.basename(entry.html, ".html")}.pdf`),
        format: "A4",
        printBackground: true,
      });
      assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
      await page.close();
    },
  );
});
