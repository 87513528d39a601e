import { test } from "node:test";
import assert from "node:assert/strict";
import { workerLetter } from "../../../src/lesson/narrate/workerName";

test("workers are named A … Z, then AA, AB, …, as far as the engine's 64", () => {
  assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 63].map(workerLetter), ["A", "B", "Z", "AA", "AB", "AZ", "BA", "BL"]);
  const names = Array.from({ length: 64 }, (_, w) => workerLetter(w));
  assert.equal(new Set(names).size, 64);
  for (const name of names) assert.match(name, /^[A-Z]+$/);
});
