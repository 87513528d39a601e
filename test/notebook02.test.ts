// The lock notebook, as the export executed it with its default parameters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cellOutput, executedNotebook, skipWithoutVenv } from "./helpers/jupyter";

const skip = skipWithoutVenv ?? false;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

for (const counter of ["locked", "atomic"]) {
  test(`02: the ${counter} counter is exact in every trial`, { skip }, async () => {
    const nb = await executedNotebook("02-the-lock.ipynb");
    const { text } = cellOutput(nb, `runExperiment({ counter: "${counter}"`);
    const lines = text.trim().split("\n");
    assert.equal(lines.length, 5, text);
    for (const line of lines) assert.equal(line, "Counter should be 500000, found 500000");
  });
}

test("02: a timed lock gives up with its error printed, not raised", { skip }, async () => {
  const nb = await executedNotebook("02-the-lock.ipynb");
  assert.match(
    cellOutput(nb, "held.lockAsync(100)").text,
    /^LockTimeoutError: could not acquire the mutex at index 0 within 100 ms/,
  );
});

test("02: the cost of each counter is a chart, a table and a sentence from the same run", { skip }, async () => {
  const nb = await executedNotebook("02-the-lock.ipynb");
  const chart = cellOutput(nb, "costBarChart(cost");
  assert.equal(chart.pngs.length, 1);
  assert.deepEqual(chart.pngs[0].subarray(0, 8), PNG_SIGNATURE);
  assert.equal(chart.pngs[0].readUInt32BE(16), 1600, "rendered at device pixel ratio 2");

  const table = cellOutput(nb, "const rows =").text;
  const ns = Object.fromEntries(
    [...table.matchAll(/<td[^>]*>(unsafe|atomic|locked)<\/td><td[^>]*>([\d.]+)<\/td>/g)].map(([, c, v]) => [c, v]),
  );
  assert.deepEqual(Object.keys(ns).sort(), ["atomic", "locked", "unsafe"]);
  const sentence = cellOutput(nb, "In this run the lock made").text;
  assert.ok(sentence.includes(`(${ns.locked} ns against ${ns.unsafe} ns)`), `${sentence}\n${JSON.stringify(ns)}`);
});
