// The distributions notebook, as the export executed it with its default parameters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cellOutput, executedNotebook, skipWithoutVenv } from "./helpers/jupyter";

const skip = skipWithoutVenv ?? false;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CHARTS: [string, string][] = [
  ["histogram of lost updates", "lostHistogramChart(hist"],
  ["lost fraction vs workers", "lostVsWorkersChart("],
  ["lost fraction vs increments", "lostVsIncrementsChart("],
  ["cost per increment", "costPerIncrementChart("],
  ["tiny-race outcomes", "outcomeBarChart(tiny.outcomes"],
];

for (const [what, marker] of CHARTS) {
  test(`03 shows the ${what} as one 1600 px PNG`, { skip }, async () => {
    const { pngs } = cellOutput(await executedNotebook("03-distributions.ipynb"), marker);
    assert.equal(pngs.length, 1);
    assert.deepEqual(pngs[0].subarray(0, 8), PNG_SIGNATURE);
    assert.equal(pngs[0].readUInt32BE(16), 1600);
  });
}

test("03's tiny-race table grades every outcome, and its sentence quotes the table", { skip }, async () => {
  const nb = await executedNotebook("03-distributions.ipynb");
  const table = cellOutput(nb, "await tinyRace(").text;
  const cell = (text: string) => text.replace(/<[^>]+>/g, "").trim();
  const rows = [...table.matchAll(/<tr class="(\w+)"[^>]*>(.*?)<\/tr>|<tr>(.*?)<\/tr>/g)]
    .map((m) => [...(m[2] ?? m[3]).matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((td) => cell(td[1])))
    .filter((cells) => cells.length > 0);
  const byCounter = new Map<string, Map<string, { times: number; grade: string }>>();
  for (const [counter, outcome, times, , grade] of rows) {
    if (!byCounter.has(counter)) byCounter.set(counter, new Map());
    byCounter.get(counter)!.set(outcome, { times: Number(times.replaceAll(",", "")), grade });
  }
  assert.deepEqual([...byCounter.keys()].sort(), ["atomic", "locked", "unsafe"]);
  for (const [counter, outcomes] of byCounter) {
    assert.deepEqual([...outcomes.keys()].sort(), ["1", "2"], counter);
    assert.equal(
      outcomes.get("1")!.times + outcomes.get("2")!.times,
      2000,
      `${counter}: outcomes must add up to the repetitions`,
    );
    assert.equal(outcomes.get("2")!.grade, "acceptable");
    assert.equal(outcomes.get("1")!.grade, counter === "unsafe" ? "interesting" : "forbidden");
    if (counter !== "unsafe") assert.equal(outcomes.get("1")!.times, 0, `${counter} lost an update in the tiny race`);
  }
  const lostUnsafe = byCounter.get("unsafe")!.get("1")!.times;
  const sentence = cellOutput(nb, "const unsafeTiny").text;
  if (lostUnsafe > 0) assert.match(sentence, new RegExp(`\\*\\*${lostUnsafe.toLocaleString("en-US")} of 2,000\\*\\*`));
  assert.match(sentence, /no forbidden outcome/);
});

test("03 leaves no worker pool open", { skip }, async () => {
  const nb = await executedNotebook("03-distributions.ipynb");
  assert.equal(cellOutput(nb, "livePoolCount()}").text.trim(), "worker pools still open: 0");
});
