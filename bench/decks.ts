/**
 * npm run bench -- decks: every slide of every deck in an export, both editions, as a lecturer
 * steps through it at 1280×720 (each slide with all its fragments shown), laid out as one
 * contact sheet per deck in artifacts/contact-sheets/<edition>-<deck>.png, and each deck's
 * outline printed: its slides, each slide's headline, its charts, and whether it has notes.
 * Reads export/ (EXPORT_DIR=… for another folder); run `npm run export` first.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createCanvas, loadImage } from "canvas";
import { launchChromium } from "../tools/chromium";

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "artifacts", "contact-sheets");
const SLIDE = { width: 1280, height: 720 };
const COLUMNS = 4;
const THUMB = { width: 480, height: 270 };
const LABEL = 30;

interface SlideSummary {
  at: string;
  headline: string;
  charts: number;
  notes: boolean;
}

const SUMMARY = `(() => {
  const slide = Reveal.getCurrentSlide();
  const { h, v } = Reveal.getIndices();
  const heading = slide.querySelector("h1, h2, h3");
  return {
    at: h + "/" + (v || 0),
    headline: heading ? heading.textContent.replace("¶", "").trim() : "",
    charts: [...slide.querySelectorAll("img, canvas")].filter((i) => i.getBoundingClientRect().width > 200).length,
    notes: !!slide.querySelector("aside.notes") && slide.querySelector("aside.notes").textContent.trim().length > 0,
  };
})()`;

export async function run(): Promise<string> {
  const folder = process.env.EXPORT_DIR ?? path.join(ROOT, "export");
  const manifest = JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8")) as {
    edition: string;
    slides: string;
  }[];
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  const lines: string[] = [];
  try {
    const context = await browser.newContext({ viewport: SLIDE });
    const page = await context.newPage();
    for (const entry of manifest) {
      const name = `${entry.edition}-${path.basename(entry.slides, ".slides.html")}`;
      await page.goto(`file://${path.join(folder, entry.slides)}`);
      await page.waitForFunction(`document.body.dataset.deckReady === "true"`, undefined, { timeout: 30_000 });
      await page.addStyleTag({ content: ".reveal .slides section .fragment { transition: none !important; }" });
      const slides = await page.evaluate<[number, number][]>(
        `Reveal.getSlides().map((s) => { const i = Reveal.getIndices(s); return [i.h, i.v || 0]; })`,
      );
      const rows = Math.ceil(slides.length / COLUMNS);
      const sheet = createCanvas(COLUMNS * THUMB.width, rows * (THUMB.height + LABEL));
      const ctx = sheet.getContext("2d");
      ctx.fillStyle = "#888";
      ctx.fillRect(0, 0, sheet.width, sheet.height);
      const summaries: SlideSummary[] = [];
      for (const [index, [h, v]] of slides.entries()) {
        await page.evaluate(`Reveal.slide(${h}, ${v}, 1000)`);
        await page.evaluate(`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))`);
        const summary = await page.evaluate<SlideSummary>(SUMMARY);
        summaries.push(summary);
        const shot = (await page.screenshot({ path: path.join(OUT, ".slide.png") }), path.join(OUT, ".slide.png"));
        const image = await loadImage(shot);
        const x = (index % COLUMNS) * THUMB.width;
        const y = Math.floor(index / COLUMNS) * (THUMB.height + LABEL);
        ctx.drawImage(image, x + 2, y + LABEL, THUMB.width - 4, THUMB.height - 4);
        ctx.fillStyle = "#fff";
        ctx.font = "18px 'DejaVu Sans', 'NanumGothic'";
        ctx.fillText(`${index + 1}. ${summary.headline}`.slice(0, 48), x + 6, y + 21);
      }
      const file = path.join(OUT, `${name}.png`);
      const { writeFileSync } = await import("node:fs");
      writeFileSync(file, sheet.toBuffer("image/png"));
      const charts = summaries.reduce((n, s) => n + s.charts, 0);
      const noNotes = summaries.filter((s) => !s.notes).length;
      lines.push(
        `${name}: ${summaries.length} slides, ${charts} charts, ${noNotes} without notes → ${path.relative(ROOT, file)}`,
      );
      for (const [i, s] of summaries.entries()) {
        lines.push(
          `  ${String(i + 1).padStart(2)}. ${s.headline || "(no headline)"}${s.charts ? `  [${s.charts} chart]` : ""}${s.notes ? "" : "  (no notes)"}`,
        );
      }
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return lines.join("\n");
}
