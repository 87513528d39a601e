// The lock notebook, as the export executed it with its default parameters; cells found by id.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DESCRIPTION, readText } from "../../src/lesson/show/charts/pngText";
import { cellById, executedNotebook, skipWithoutVenv } from "../helpers/jupyter";

const skip = skipWithoutVenv ?? false;
const NAME = "02-the-lock.ipynb";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

for (const counter of ["locked", "atomic"]) {
  test(`02: the ${counter} counter is exact in every trial`, { skip }, async () => {
    const { text } = cellById(await executedNotebook(NAME), `${counter}-run`);
    const lines = text.trim().split("\n");
    assert.equal(lines.length, 5, text);
    for (const line of lines) assert.equal(line, "Counter should be 500000, found 500000");
  });
}

test("02: the locked run is narrated as exact", { skip }, async () => {
  const nb = await executedNotebook(NAME);
  assert.equal(
    cellById(nb, "locked-reading").text.trim(),
    "**All 5 trials are exact**, as in the book's locked run (500000 of 500000).",
  );
});

test("02: tryLock and unlock move the lock word; a timed lock gives up with its error", { skip }, async () => {
  const nb = await executedNotebook(NAME);
  assert.match(cellById(nb, "try-lock").text, /first: true,\s+word: 1,\s+again: false,\s+afterUnlock: 0/);
  assert.equal(
    cellById(nb, "held-error").text.trim(),
    "**The timed attempt gave up after 100 ms with a `LockTimeoutError`**: the lock was still held by someone else.",
  );
});

test("02: the locked stepper, two workers, whose challenge is to lose an update", { skip }, async () => {
  const { text } = cellById(await executedNotebook(NAME), "lock-stepper-widget");
  assert.match(text, /<div class="lu-stepper" data-lu-stepper="" data-workers="2" data-counter="locked"/);
  assert.match(text, /data-lu-challenge="lock-lose"/);
  assert.match(text, /Schedule ABAAAABBBBB/, "its printed still");
});

test("02: the cost of each counter is a chart, a table and a sentence from the same run", { skip }, async () => {
  const nb = await executedNotebook(NAME);
  const chart = cellById(nb, "cost-chart");
  assert.equal(chart.pngs.length, 1);
  assert.deepEqual(chart.pngs[0]!.subarray(0, 8), PNG_SIGNATURE);
  assert.equal(chart.pngs[0]!.readUInt32BE(16), 1600, "rendered at device pixel ratio 2");

  const table = cellById(nb, "cost-table").text;
  const rows = Object.fromEntries(
    [
      ...table.matchAll(
        /<td[^>]*>(unsafe|atomic|locked)<\/td><td[^>]*>([\d.,]+)<\/td><td[^>]*>([\d.]*×)<\/td><td[^>]*>([\d,]+)<\/td>/g,
      ),
    ].map(
      ([, c = "", ns = "", times = "", lost = ""]) =>
        [c, { ns, times, lost: Number(lost.replaceAll(",", "")) }] as const,
    ),
  ) as Record<"unsafe" | "atomic" | "locked", { ns: string; times: string; lost: number }>; // its keys are asserted next
  assert.deepEqual(Object.keys(rows).sort(), ["atomic", "locked", "unsafe"]);
  const sentence = cellById(nb, "cost-reading").text;
  assert.ok(sentence.includes(`(${rows.locked.ns} ns against ${rows.unsafe.ns} ns)`), `${sentence}\n${table}`);
  assert.ok(sentence.includes(`(${rows.atomic.ns} ns)`), sentence);
  // A ratio the sentence states is the table's, as the table writes it.
  if (/as slow as/.test(sentence)) assert.ok(sentence.includes(`${rows.locked.times} as slow`), sentence);
  // The chart writes the same numbers on its bars, and its description lists them.
  const description = readText(chart.pngs[0]!, DESCRIPTION) ?? "";
  for (const kind of ["unsafe", "atomic", "locked"] as const) {
    assert.ok(description.includes(`${kind}: ${rows[kind].ns} ns`), description);
  }
  assert.equal(rows.locked.lost + rows.atomic.lost, 0);
  if (rows.unsafe.lost > 0) {
    assert.ok(
      sentence.includes(`Only the unsafe counter lost anything: ${rows.unsafe.lost.toLocaleString("en-US")} update`),
      sentence,
    );
  } else {
    assert.match(sentence, /No counter lost an update this time/);
  }
});
