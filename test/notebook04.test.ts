// Notebook 4's key outputs, read from the one export that `npm test` makes (exportOnce).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cellTexts, executedNotebook, exportOnce, skipWithoutVenv, type Notebook } from "./helpers/jupyter";

const NAME = "04-gil-and-the-event-loop.ipynb";

/** What each code cell showed, by cell id. */
function textsById(nb: Notebook): Map<string, string> {
  const ids = nb.cells.filter((cell) => cell.cell_type === "code").map((cell) => cell.id ?? "");
  const texts = cellTexts(nb);
  return new Map(ids.map((id, i) => [id, texts[i]]));
}

function race(text: string, counter: string): { expected: number; found: number; lost: number } {
  const m = new RegExp(`^${counter}: counter should be (\\d+), found (\\d+) \\(lost (-?\\d+),`, "m").exec(text);
  assert.ok(m, `no "${counter}: counter should be …" line in:\n${text}`);
  return { expected: Number(m[1]), found: Number(m[2]), lost: Number(m[3]) };
}

describe(`notebook ${NAME}`, { skip: skipWithoutVenv }, () => {
  test("runs without an error or stderr output", async () => {
    const { entries } = await exportOnce();
    const entry = entries.find((e) => e.notebook === NAME);
    assert.ok(entry, `${NAME} was not exported`);
    assert.deepEqual(entry.problems, []);
  });

  test("the awaited counter loses updates on one thread; the sync and locked ones are exact", async () => {
    const cells = textsById(await executedNotebook(NAME));
    const sync = race(cells.get("race-sync-unsafe")!, "sync");
    const unsafe = race(cells.get("race-sync-unsafe")!, "unsafe");
    const locked = race(cells.get("race-locked")!, "locked");
    assert.equal(sync.lost, 0);
    assert.ok(unsafe.lost > 0, `unsafe lost ${unsafe.lost}`);
    assert.equal(locked.found, locked.expected);
    assert.match(cells.get("race-reading")!, /lost [\d,]+ of [\d,]+ updates on a single thread/);
    assert.match(cells.get("trace-unsafe")!, /A reads 0\nB reads 0\n/);
    assert.match(cells.get("trace-locked")!, /A writes 1\nB reads 1\n/);
  });

  test("every interleaving of the default 2 threads × 1 increment: 20, 18 lose, 2 keep", async () => {
    const cells = textsById(await executedNotebook(NAME));
    const params = cells.get("parameters")!;
    const shape = /^\s+threads\s+(\d+).*\n\s+increments\s+(\d+)/m.exec(params);
    assert.ok(shape, params);
    assert.match(cells.get("table")!, /<table class="interleavings">/);
    if (shape[1] !== "2" || shape[2] !== "1") return; // run with other parameters
    assert.match(cells.get("enumerate")!, /: 20 interleavings, all enumerated/);
    assert.equal((cells.get("table")!.match(/<tr class="lost"/g) ?? []).length, 18);
    assert.match(cells.get("summary")!, /Of the 20 interleavings, 18 lose an update and 2 keep all 2/);
    assert.match(cells.get("unbroken")!, /2 of the 20 schedules .* exactly the schedules that keep every update/);
  });

  test("the seed's Python programs show the version that ran, or say Python is missing", async () => {
    const cells = textsById(await executedNotebook(NAME));
    for (const id of ["seed-unsafe", "seed-locked", "seed-call", "seed-call-fast"]) {
      const text = cells.get(id)!;
      const ran = /^python \d+\.\d+/m.test(text);
      assert.ok(ran || /is not on this machine|could not run the seed/.test(text), `${id}:\n${text}`);
      if (ran) assert.match(text, /^Counter should be \d+, found \d+$/m);
    }
    const locked = cells.get("seed-locked")!;
    if (/^python /m.test(locked)) assert.match(locked, /counted all [\d,]+ on Python/);
  });
});
