// The deck check's eyes: what the slide on screen holds, measured in the browser as a hall sees
// it at 1280×720. inspectSlide runs inside the deck (page.evaluate of its source text), so it is
// self-contained: no imports, nothing from outside but its one argument.
// The DOM's types for inspectSlide, which runs in the page; the project itself compiles for Node.
/// <reference lib="dom" />
import path from "node:path";
import type { Page } from "./chromium";

/** What a slide may hold and still be read from the back of a hall (STYLE.md, issues 19 and 27). */
export const SLIDE_LIMITS = {
  /** Smallest text, in pixels as drawn at 1280×720. */
  minTextPx: 18,
  /** The smallest the deck's fit() may shrink a slide; a slide that needs more is two slides. */
  minScale: 0.85,
  /** Words of prose, the headline's among them; more is a page's paragraph, or speaker notes. */
  maxWords: 40,
  /** A chart's share of the slide's width or of its height, whichever it fills more. */
  minChart: 0.8,
  /** A table larger than this is the page's; a slide shows its summary. */
  maxTableRows: 8,
  maxTableColumns: 5,
} as const;

/** The limits a stopgap deck (a notebook with no talk: the fixture lesson) is held to: its slides are cut, not composed. */
export const STOPGAP_LIMITS = { ...SLIDE_LIMITS, maxWords: 60 } as const;

/**
 * Shows a deck's slides without reveal's transitions, so a measure or a screenshot finds each
 * part where it comes to rest. A fragment fades in over a fraction of a second (caught mid-way,
 * it is pale grey, and a reviewer reads that as the slide's colour); an arrow slides 10 px as it
 * becomes enabled (caught mid-way, it lies over the slide's edge, where it never rests). Call it
 * before the first Reveal.slide.
 */
export async function holdDeckStill(page: Page): Promise<void> {
  await page.addStyleTag({
    content:
      ".reveal .slides section .fragment, .reveal .controls, .reveal .controls * { transition: none !important; }",
  });
}

/** Words a slide must not show, outside code: the lesson's plumbing, not the lesson (issue 27). */
export const PLUMBING_WORDS: readonly { pattern: string; why: string; onLiveSlides?: boolean }[] = [
  { pattern: "npm run", why: "a command (only the live and class slides may name one)", onLiveSlides: true },
  { pattern: "\\bsrc/", why: "a path in the project" },
  { pattern: "\\bP\\.\\w", why: "a parameter as code (P.…)" },
  { pattern: "\\bseed\\b|시드", why: 'the seed: say "the book"' },
  { pattern: "\\b[Nn]otebook \\d|노트북 \\d", why: 'a notebook by number: say "part N"' },
  { pattern: "\\((main|default), [A-Z][a-z]{2} ", why: "an interpreter's banner" },
];

export interface SlideReport {
  /** "h/v", as reveal.js numbers slides. */
  slide: string;
  /** The deck's fit() scale of this slide, and reveal.js's scale of the whole deck. */
  fitScale: number;
  revealScale: number;
  /** Text drawn smaller than the limit: where, the size as drawn, and the text. */
  smallText: string[];
  words: number;
  /** Text or images under reveal's arrows, the slide number or the deck's links. */
  underControls: string[];
  /** Each chart's width and height as a share of the slide's. */
  charts: { width: number; height: number }[];
  /** The slide's headline (its first h1–h3), or "" when it has none. */
  headline: string;
  /** Each table's rows (in its body) and columns. */
  tables: { rows: number; columns: number }[];
  /** Whether the slide has speaker notes. */
  notes: boolean;
  /** Plumbing the slide shows (PLUMBING_WORDS), and whether it holds a live panel or the class view. */
  plumbing: string[];
  live: boolean;
  /** Code cells whose code shows though they are not tagged teach. */
  untaughtCode: string[];
  /** The slide's prose, its first 80 characters: which slide this is, in a report. */
  text: string;
}

/**
 * The current slide, every fragment shown. Words are counted by whitespace in prose only
 * (code blocks, tables, a drawing's labels, the stepper and the live panels have their own
 * rules; inline code counts): a run of
 * characters between spaces with a letter or digit in it is a word, so a Korean eojeol (a
 * word with its particles, written between spaces) counts as one word, as an English word does.
 */
export function inspectSlide(limits: {
  minTextPx: number;
  plumbing: readonly { pattern: string; why: string; onLiveSlides?: boolean }[];
}): SlideReport {
  type RevealApi = { getCurrentSlide(): HTMLElement; getIndices(): { h: number; v?: number } };
  const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
  const slide = reveal.getCurrentSlide();
  const indices = reveal.getIndices();
  const slides = document.querySelector(".reveal .slides") as HTMLElement;
  const revealScale = slides.getBoundingClientRect().width / slides.offsetWidth;
  const fitScale = Number(slide.dataset.fitScale || "1");
  const slideBox = slides.getBoundingClientRect();

  const shown = (el: Element): boolean => {
    if (el.closest("aside.notes, script, style")) return false;
    const style = getComputedStyle(el);
    return style.visibility !== "hidden" && style.display !== "none" && el.getClientRects().length > 0;
  };
  const describe = (el: Element): string => {
    const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/)[0] : "";
    return el.tagName.toLowerCase() + cls;
  };

  // The live panels (the race, the event loop, the class): widgets with rules of their own, named once.
  const panels = "[data-lu-live], [data-lu-event-loop], [data-lu-class]";
  // Every visible text node, with its element.
  const texts: { node: Text; el: Element }[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !(n.textContent || "").trim() || !shown(el)) continue;
    texts.push({ node: n as Text, el });
  }

  // Sizes as drawn: the computed size times every scale between the element and the screen.
  const smallText: string[] = [];
  for (const { node, el } of texts) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = Array.prototype.slice.call(range.getClientRects()) as DOMRect[];
    if (!rects.some((r) => r.width > 0 && r.height > 0)) continue;
    // Everything on a slide is inside the deck's fit box: drawn at fit scale × reveal's scale.
    const px = parseFloat(getComputedStyle(el).fontSize) * fitScale * revealScale;
    if (px < limits.minTextPx - 0.05) {
      const words = (node.textContent || "").trim().slice(0, 30);
      const entry = describe(el) + " " + px.toFixed(1) + " px: " + JSON.stringify(words);
      if (smallText.indexOf(entry) < 0) smallText.push(entry);
    }
  }

  // Words of prose.
  let words = 0;
  const prose: string[] = [];
  for (const { node, el } of texts) {
    // Code, tables, a picture's own labels and the widgets have rules of their own.
    if (el.closest(`pre, table, svg, [data-lu-stepper], ${panels}, .jp-CodeCell .jp-InputArea`)) continue;
    prose.push(node.textContent || "");
  }
  const text = prose.join(" ").replace(/\s+/g, " ").trim();
  for (const token of text.split(" ")) if (/[\p{L}\p{N}]/u.test(token)) words++;

  // What sits over the slide: reveal's arrows, its slide number, the deck's links.
  const overlays: { name: string; box: DOMRect }[] = [];
  document.querySelectorAll(".reveal .controls button, .reveal .slide-number, .deck-links").forEach((el) => {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) overlays.push({ name: describe(el), box });
  });
  const hits = (r: DOMRect, o: DOMRect) =>
    r.left < o.right && r.right > o.left && r.top < o.bottom && r.bottom > o.top && r.width > 0 && r.height > 0;
  const underControls: string[] = [];
  for (const { node, el } of texts) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of Array.prototype.slice.call(range.getClientRects()) as DOMRect[]) {
      const over = overlays.find((o) => hits(r, o.box));
      if (over) {
        underControls.push(
          describe(el) + " under " + over.name + ": " + JSON.stringify((node.textContent || "").trim().slice(0, 30)),
        );
        break;
      }
    }
  }
  // A chart is a PNG on an exported slide, a canvas on a live one (the live race's panel).
  slide.querySelectorAll("img, canvas").forEach((img) => {
    const r = img.getBoundingClientRect();
    const over = overlays.find((o) => hits(r, o.box));
    if (shown(img) && over) underControls.push(img.tagName.toLowerCase() + " under " + over.name);
  });

  const charts: { width: number; height: number }[] = [];
  slide.querySelectorAll("img, canvas").forEach((img) => {
    if (!shown(img)) return;
    const r = img.getBoundingClientRect();
    charts.push({ width: r.width / slideBox.width, height: r.height / slideBox.height });
  });

  const heading = Array.prototype.find.call(slide.querySelectorAll("h1, h2, h3"), shown) as Element | undefined;
  const headline = heading ? (heading.textContent || "").replace("¶", "").trim() : "";
  const tables: { rows: number; columns: number }[] = [];
  slide.querySelectorAll("table").forEach((table) => {
    if (!shown(table) || table.closest(`[data-lu-stepper], ${panels}`)) return;
    const rows = Array.prototype.slice.call(table.querySelectorAll("tr")) as HTMLTableRowElement[];
    const body = rows.filter((row) => !row.closest("thead") && !row.querySelector("th:only-child"));
    const columns = Math.max(0, ...rows.map((row) => row.cells.length));
    tables.push({ rows: table.querySelector("thead") ? body.length : Math.max(0, rows.length - 1), columns });
  });
  const aside = slide.querySelector("aside.notes");
  const notes = !!aside && (aside.textContent || "").trim().length > 0;
  const live = !!slide.querySelector(panels);
  const said: string[] = [];
  for (const { node, el } of texts) {
    if (el.closest("pre, code, [data-lu-stepper], .jp-CodeCell .jp-InputArea")) continue;
    said.push(node.textContent || "");
  }
  const plumbing = limits.plumbing
    .filter(({ pattern, onLiveSlides }) => !(live && onLiveSlides) && new RegExp(pattern).test(said.join(" ")))
    .map(({ why }) => why);

  const untaughtCode: string[] = [];
  slide.querySelectorAll(".jp-CodeCell").forEach((cell) => {
    const input = cell.querySelector(".jp-InputArea");
    if (input && shown(input) && !cell.classList.contains("celltag_teach")) {
      untaughtCode.push(JSON.stringify((input.textContent || "").trim().slice(0, 40)));
    }
  });

  return {
    slide: indices.h + "/" + (indices.v || 0),
    fitScale,
    revealScale,
    smallText,
    words,
    underControls,
    charts,
    headline,
    tables,
    notes,
    plumbing,
    live,
    untaughtCode,
    text: text.slice(0, 80),
  };
}

export interface DeckCheck {
  /** STOPGAP_LIMITS for a deck cut from a notebook with no talk. */
  limits?: typeof SLIDE_LIMITS | typeof STOPGAP_LIMITS;
  /** A composed talk: 12 to 20 slides, each with a headline, notes and nothing a student does not need. */
  talk?: boolean;
}

/**
 * The deck check: every slide of a deck, each with all its fragments shown, measured against
 * the limits and screenshotted into `screenshots` (NAME-h-v.png). Returns what fails, one line each.
 */
export async function checkEverySlide(
  page: Page,
  file: string,
  name: string,
  screenshots: string,
  check: DeckCheck = {},
): Promise<string[]> {
  const L = check.limits ?? SLIDE_LIMITS;
  await page.goto(`file://${file}`);
  await page.waitForFunction(`document.body.dataset.deckReady === "true"`, undefined, { timeout: 30_000 });
  await holdDeckStill(page);
  const slides = await page.evaluate<[number, number][]>(
    `Reveal.getSlides().map((s) => { const i = Reveal.getIndices(s); return [i.h, i.v || 0]; })`,
  );
  const failures: string[] = [];
  if (check.talk && (slides.length < 12 || slides.length > 20)) {
    failures.push(`${name}: ${slides.length} slides; a talk of about 15 minutes has 12 to 20`);
  }
  for (const [h, v] of slides) {
    await page.evaluate(`Reveal.slide(${h}, ${v}, 1000)`);
    await page.evaluate(`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))`);
    const r = await page.evaluate<SlideReport>(
      `(${inspectSlide.toString()})(${JSON.stringify({ ...L, plumbing: PLUMBING_WORDS })})`,
    );
    const at = `${name} slide ${r.slide}`;
    const about = r.text ? ` (${JSON.stringify(r.text.slice(0, 50))}…)` : "";
    if (r.fitScale < L.minScale) failures.push(`${at}: scaled to ${r.fitScale} to fit, below ${L.minScale}${about}`);
    for (const small of r.smallText.slice(0, 3)) failures.push(`${at}: text under ${L.minTextPx} px: ${small}`);
    if (r.words > L.maxWords) failures.push(`${at}: ${r.words} words of prose, more than ${L.maxWords}${about}`);
    for (const under of r.underControls.slice(0, 3)) failures.push(`${at}: ${under}`);
    for (const chart of r.charts) {
      if (Math.max(chart.width, chart.height) < L.minChart) {
        failures.push(
          `${at}: a chart ${Math.round(100 * chart.width)}% of the slide's width and ` +
            `${Math.round(100 * chart.height)}% of its height, under ${100 * L.minChart}% of either`,
        );
      }
    }
    for (const table of r.tables) {
      if (table.rows > L.maxTableRows || table.columns > L.maxTableColumns) {
        failures.push(
          `${at}: a table of ${table.rows} rows × ${table.columns} columns, more than ` +
            `${L.maxTableRows} × ${L.maxTableColumns}: the page keeps the full table${about}`,
        );
      }
    }
    for (const code of r.untaughtCode) failures.push(`${at}: code not tagged teach: ${code}`);
    if (check.talk) {
      if (!r.headline) failures.push(`${at}: no headline${about}`);
      if (!r.notes) failures.push(`${at}: no speaker notes${about}`);
      for (const why of r.plumbing) failures.push(`${at}: ${why}${about}`);
    }
    await page.screenshot({ path: path.join(screenshots, `${name}-${h}-${v}.png`) });
  }
  return failures;
}
