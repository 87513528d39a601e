// Notebook 4's key outputs, read from the one export that `npm test` makes (exportOnce); cells found by id.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cellById, executedNotebook, exportOnce, skipWithoutVenv } from "../helpers/jupyter";

const NAME = "04-gil-and-the-event-loop.ipynb";

function race(text: string, counter: string): { expected: number; found: number; lost: number } {
  const m = new RegExp(`^${counter}: Counter should be (\\d+), found (\\d+) \\(lost ([\\d,]+),`, "m").exec(text);
  assert.ok(m, `no "${counter}: Counter should be …" line in:\n${text}`);
  return { expected: Number(m[1]), found: Number(m[2]), lost: Number(m[3]!.replaceAll(",", "")) };
}

describe(`notebook ${NAME}`, { skip: skipWithoutVenv }, () => {
  test("runs without an error or stderr output", async () => {
    const { entries } = await exportOnce();
    const entry = entries.find((e) => e.notebook === NAME);
    assert.ok(entry, `${NAME} was not exported`);
    assert.deepEqual(entry.problems, []);
  });

  test("the awaited counter loses updates on one thread; the sync and locked ones are exact", async () => {
    const nb = await executedNotebook(NAME);
    const lines = cellById(nb, "race-lines").text;
    const sync = race(lines, "sync");
    const unsafe = race(lines, "unsafe");
    const locked = race(cellById(nb, "locked-lines").text, "locked");
    assert.equal(sync.lost, 0);
    assert.ok(unsafe.lost > 0, `unsafe lost ${unsafe.lost}`);
    assert.equal(unsafe.lost, unsafe.expected - unsafe.found);
    assert.equal(locked.found, locked.expected);
    assert.ok(
      cellById(nb, "race-reading").text.startsWith(
        `**The awaited counter lost ${unsafe.lost.toLocaleString("en-US")} of ${unsafe.expected.toLocaleString("en-US")} updates on a single thread.**`,
      ),
    );
    assert.match(cellById(nb, "trace-unsafe").text, /'A read 0',\s+'B read 0',\s+'A write 1',\s+'B write 1'/);
    assert.match(cellById(nb, "locked-increment").text, /'A read 0',\s+'A write 1',\s+'B read 1',\s+'B write 2'/);
  });

  test("every interleaving of the default 2 threads × 1 increment: 20, 18 lose, 2 keep", async () => {
    const nb = await executedNotebook(NAME);
    assert.match(
      cellById(nb, "parameters").text,
      /^\s+scheduleThreads\s+2\s+\(default\)\n\s+scheduleIncrements\s+1\s+\(default\)/m,
    );
    assert.equal(
      cellById(nb, "enumerate-reading").text.trim(),
      "2 threads × 1 increment × 3 steps = 6 steps: 20 interleavings, all listed below.",
    );
    const table = cellById(nb, "table").text;
    assert.match(table, /<table class="interleavings">/);
    assert.equal((table.match(/<tr class="lost"/g) ?? []).length, 18);
    assert.match(
      cellById(nb, "summary-reading").text,
      /Of the 20 interleavings, 18 lose an update and 2 keep both updates/,
    );
    assert.match(
      cellById(nb, "unbroken-reading").text,
      /2 of the 20 schedules .* exactly the schedules that keep every update/,
    );
  });

  test("the seed's Python programs show the version that ran, or say Python is missing", async () => {
    const nb = await executedNotebook(NAME);
    for (const id of ["seed-unsafe", "seed-locked", "seed-call", "seed-call-fast"]) {
      const text = cellById(nb, id).text;
      const reading = cellById(nb, `${id}-reading`).text;
      const ran = /^python \d+\.\d+/m.test(text);
      assert.ok(ran || /is not on this machine|could not run the seed/.test(reading), `${id}:\n${text}\n${reading}`);
      if (ran) assert.match(text, /^Counter should be \d+, found \d+$/m);
    }
    if (/^python /m.test(cellById(nb, "seed-locked").text)) {
      assert.match(cellById(nb, "seed-locked-reading").text, /counted all [\d,]+ on Python/);
    }
  });
});
