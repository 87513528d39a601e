// The race notebook, as the export executed it with its default parameters; cells found by id.
import { test } from "node:test";
import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { cellById, executedNotebook, skipWithoutVenv } from "../helpers/jupyter";

const skip = skipWithoutVenv ?? false;
const NAME = "01-the-race.ipynb";

function trials(text: string): { expected: number; found: number }[] {
  return [...text.matchAll(/^Counter should be (\d+), found (\d+)$/gm)].map(([, expected, found]) => ({
    expected: Number(expected),
    found: Number(found),
  }));
}

test("01 runs the seed's race and prints the seed's sentence for every trial", { skip }, async () => {
  const nb = await executedNotebook(NAME);
  const runs = trials(cellById(nb, "race-run").text);
  assert.equal(runs.length, 5, cellById(nb, "race-run").text);
  for (const { expected, found } of runs) {
    assert.equal(expected, 500_000);
    assert.ok(found <= expected && found > 0, `found ${found}`);
  }
  // On 2 or more cores a trial at these defaults lost updates in every one of 1,000 trials
  // of one pool and in the first trial of 30 fresh processes, quiet and with one core held by
  // another busy process (npm run bench -- reliability, README): taking p ≥ 0.99 per trial,
  // all 5 trials keeping everything has probability ≤ 0.01^5 = 1e-10.
  const cores = availableParallelism();
  if (cores >= 2) {
    assert.ok(
      runs.some((r) => r.found < r.expected),
      `no trial lost an update on ${cores} cores`,
    );
  }
});

test("01 narrates the run from its own numbers", { skip }, async () => {
  const nb = await executedNotebook(NAME);
  const runs = trials(cellById(nb, "race-run").text);
  const losing = runs.filter((r) => r.found < r.expected);
  const reading = cellById(nb, "race-reading").text;
  if (losing.length > 0) {
    const worst = Math.max(...losing.map((r) => (r.expected - r.found) / r.expected));
    assert.ok(
      reading.startsWith(
        `**${losing.length} of 5 trials lost updates**; the worst trial lost ${(100 * worst).toFixed(1)}%`,
      ),
      reading,
    );
  } else {
    assert.match(reading, /^\*\*No trial of 5 lost an update this time/);
  }
});

test("01 traces a losing schedule and counts every schedule of two increments", { skip }, async () => {
  const nb = await executedNotebook(NAME);
  assert.match(cellById(nb, "schedule-trace").text, /B<\/td>.*writes 1 over A&#39;s 1: A&#39;s update is lost/s);
  assert.equal(
    cellById(nb, "schedules-reading").text.trim(),
    "**20 ways to interleave the 6 steps: 18 lose an update, 2 keep every one.**",
  );
  assert.equal(cellById(nb, "one-thread").text.trim(), "Counter should be 500000, found 500000");
  assert.match(cellById(nb, "parameters").text, /threads\s+5\s+\(default\)/);
});

/** The timing table's rows: each trial's cells as written, then the median row's. */
function timingRows(html: string): { trials: string[][]; median: string[] | undefined } {
  const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)]
    .map((row) => [...row[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1]!))
    .filter((cells) => cells.length > 0);
  return { trials: rows.filter((r) => /^\d+$/.test(r[0]!)), median: rows.find((r) => r[0] === "median") };
}

/** The middle of five numbers written as the table writes them: "1,234" is 1234. */
const middle = (cells: string[]) =>
  [...cells].sort((a, b) => Number(a.replace(/,/g, "")) - Number(b.replace(/,/g, "")))[2]!;

test("01 reads a worker's loop against a time slice, from the same trials as its table", { skip }, async () => {
  const nb = await executedNotebook(NAME);
  const { trials: rows, median } = timingRows(cellById(nb, "timing").text);
  assert.equal(rows.length, 5, cellById(nb, "timing").text);
  assert.ok(median, "the table ends with the trials' median");
  // The median row is the middle trial's loop, written as that trial's row writes it.
  assert.equal(median[3], middle(rows.map((r) => r[3]!)));
  const reading = cellById(nb, "loop-reading").text;
  assert.match(
    reading,
    new RegExp(`^A worker's loop of 100,000 increments, each after reading the sensor \\(60 rounds`),
  );
  assert.ok(reading.includes(`lasted a median ${median[3]} ms over the trials, first increment to last`), reading);
});

test("01 ran on the Node that runs these tests (the kernel is the first node on PATH)", { skip }, async () => {
  // CI runs the suite once per Node by putting it first on PATH; this is what shows the
  // notebooks really ran on that Node, not on another one the machine has.
  const nb = await executedNotebook(NAME);
  assert.match(
    cellById(nb, "parameters").text,
    new RegExp(`^Parameters of this run \\(Node ${process.version.replace(/\./g, "\\.")}, `),
  );
});

test("01's barrier table and its reading come from the same trials, as the table writes them", { skip }, async () => {
  const nb = await executedNotebook(NAME);
  const table = cellById(nb, "timing").text;
  const { trials: rows, median } = timingRows(table);
  assert.equal(rows.length, 5, table);
  assert.ok(median, "the table ends with the trials' median");
  assert.equal(median[1], middle(rows.map((r) => r[1]!)));
  assert.equal(median[2], middle(rows.map((r) => r[2]!)));
  const reading = cellById(nb, "timing-reading").text;
  assert.ok(
    reading.includes(`started a median ${median[1]} ms after the release, and counting took a median ${median[2]} ms`),
    reading,
  );
  // The workers' start-up is the table's caption and the reading's, in the same digits.
  const startUp = /started once in ([\d.,]+) ms before the first trial/.exec(table)?.[1];
  assert.ok(startUp, table);
  assert.ok(reading.includes(`Starting the 5 workers took ${startUp} ms, once, before the first trial`), reading);
});
