// Korean charts need Hangul glyphs. Without a Hangul font Pango draws each syllable as a
// "tofu" box (a rectangle with the code point inside), and a Korean lecturer's chart is
// a row of boxes. These tests draw characters in the charts' own font, the way chart.js
// does on node-canvas, and look at the ink: a box is closed on all four sides.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createCanvas } from "canvas";
import { FONT_FAMILY } from "../../../src/lesson/show/chartTheme";
import { lostHistogramChart } from "../../../src/lesson/show/charts";
import { ROOT } from "../../helpers/jupyter";

const SIZE = 200;

/** True when `char`, drawn large in the charts' font, is a closed box: what a missing glyph looks like. */
function drawsAsBox(char: string): boolean {
  const canvas = createCanvas(SIZE, SIZE);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, SIZE, SIZE);
  ctx.fillStyle = "#000";
  ctx.font = `140px "${FONT_FAMILY}"`;
  ctx.textBaseline = "middle";
  ctx.fillText(char, 20, SIZE / 2);
  const { data } = ctx.getImageData(0, 0, SIZE, SIZE);
  const ink = (x: number, y: number) => data[4 * (y * SIZE + x)]! < 128;
  let [left, right, top, bottom] = [SIZE, -1, SIZE, -1];
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++)
      if (ink(x, y))
        [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
  assert.ok(right > left && bottom > top, `nothing was drawn for U+${char.codePointAt(0)!.toString(16)}`);
  // An edge is closed when, along it, a 3-pixel band is inked at ≥ 90% of the positions.
  const band = 3;
  const closed = (along: number, across: (i: number, d: number) => boolean) => {
    let hits = 0;
    for (let i = 0; i < along; i++) if ([0, 1, 2].slice(0, band).some((d) => across(i, d))) hits++;
    return hits >= 0.9 * along;
  };
  const w = right - left + 1;
  const h = bottom - top + 1;
  return (
    closed(w, (i, d) => ink(left + i, top + d)) &&
    closed(w, (i, d) => ink(left + i, bottom - d)) &&
    closed(h, (i, d) => ink(left + d, top + i)) &&
    closed(h, (i, d) => ink(right - d, top + i))
  );
}

test("the box detector sees a missing glyph as a box, and a real letter as no box", () => {
  // U+0378 is unassigned: no font has it, so Pango always draws its box.
  assert.equal(drawsAsBox("\u0378"), true, "a missing glyph must look like a box, or this test proves nothing");
  assert.equal(drawsAsBox("A"), false);
});

test("Hangul in the charts' font is drawn as letters, not boxes (scripts/setup.sh installs fonts-nanum)", () => {
  for (const syllable of ["가", "경", "합", "락", "스", "원", "자", "적"]) {
    assert.equal(
      drawsAsBox(syllable),
      false,
      `${syllable} is drawn as a box: no Hangul font for node-canvas; install fonts-nanum`,
    );
  }
});

test("a chart in Korean renders (kept as artifacts/chart-ko.png to look at)", async () => {
  const png = await lostHistogramChart(
    {
      threads: 4,
      howMany: 100_000,
      expected: 400_000,
      unsafe: [0, 120_000, 95_000, 210_000],
      atomic: [0, 0, 0, 0],
      locked: [0, 0, 0, 0],
    },
    { lang: "ko" },
  );
  const out = path.join(ROOT, "artifacts", "chart-ko.png");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, png);
  assert.equal(png.readUInt32BE(16), 1600);
});
