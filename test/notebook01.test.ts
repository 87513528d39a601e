// The race notebook, as the export executed it with its default parameters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { cellOutput, executedNotebook, skipWithoutVenv } from "./helpers/jupyter";

const skip = skipWithoutVenv ?? false;

test("01 runs the seed's race and prints the seed's sentence for every trial", { skip }, async () => {
  const nb = await executedNotebook("01-the-race.ipynb");
  const { text } = cellOutput(nb, 'runExperiment({ counter: "unsafe"');
  const trials = [...text.matchAll(/Counter should be (\d+), found (\d+) {3}\(lost ([\d,]+)\)/g)];
  assert.equal(trials.length, 5, text);
  for (const [, expected, found, lost] of trials) {
    assert.equal(Number(expected), 500_000);
    assert.equal(Number(lost.replaceAll(",", "")), Number(expected) - Number(found));
  }
  const cores = availableParallelism();
  if (cores >= 2) {
    assert.ok(
      trials.some(([, , , lost]) => lost !== "0"),
      `no trial lost an update on ${cores} cores:\n${text}`,
    );
  }
});

test("01 narrates the run from its own numbers", { skip }, async () => {
  const nb = await executedNotebook("01-the-race.ipynb");
  const race = cellOutput(nb, 'runExperiment({ counter: "unsafe"').text;
  const losing = [...race.matchAll(/\(lost ([\d,]+)\)/g)].filter(([, lost]) => lost !== "0").length;
  const reading = cellOutput(nb, "const losing =").text;
  if (losing > 0) assert.match(reading, new RegExp(`\\*\\*${losing} of 5 trials lost updates\\*\\*`));
  else assert.match(reading, /No trial lost an update this time/);
});

test("01 traces a losing schedule and counts every schedule of two increments", { skip }, async () => {
  const nb = await executedNotebook("01-the-race.ipynb");
  assert.match(cellOutput(nb, 'traceOrder("ABABAB"').text, /B<\/td>.*writes 1 over A&#39;s 1: A&#39;s update is lost/s);
  assert.match(
    cellOutput(nb, "summarizeInterleavings({ threads: 2").text,
    /^20 ways to interleave the six steps: 18 lose an update, 2 keep both\./,
  );
  assert.match(cellOutput(nb, "P = parameters(").text, /threads\s+5\s+\(default\)/);
});
