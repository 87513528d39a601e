import { test } from "node:test";
import assert from "node:assert/strict";
import { checkRaceParams, checkTrials } from "../../../src/lesson/engine/limits";
import { runExperiment } from "../../../src/lesson/engine/experiment";
import { InputError } from "../../../src/lesson/core/validate";
import { livePoolCount } from "../../../src/lesson/engine/interrupt";

const seed = { counter: "unsafe", threads: 5, howMany: 100_000 } as const;

const refused: [string, object, RegExp][] = [
  ["no threads", { threads: 0 }, /^threads must be an integer from 1 to 64, got 0$/],
  ["too many threads", { threads: 65 }, /^threads must be an integer from 1 to 64, got 65$/],
  ["fractional threads", { threads: 2.5 }, /^threads must be an integer from 1 to 64, got 2.5$/],
  ["threads as text", { threads: "5" }, /^threads must be an integer from 1 to 64, got "5"$/],
  ["a billion increments", { howMany: 1e9 }, /^howMany must be an integer from 1 to 50,000,000, got 1,000,000,000$/],
  ["NaN increments", { howMany: NaN }, /^howMany must be an integer from 1 to 50,000,000, got NaN$/],
  ["an unknown counter", { counter: "fast" }, /^counter must be one of unsafe, locked, atomic, got "fast"$/],
  ["negative sensor work", { sensorWork: -1 }, /^sensorWork must be an integer from 0 to 1,000, got -1$/],
  [
    "a count past Int32",
    { threads: 64, howMany: 40_000_000 },
    /^threads × howMany = 2,560,000,000 does not fit the counter's one Int32 cell \(it holds at most 2,147,483,647\)/,
  ],
];

for (const [what, change, message] of refused) {
  test(`refused up front: ${what}`, async () => {
    const params = { ...seed, ...change } as Parameters<typeof checkRaceParams>[0];
    const named = (error: unknown) => error instanceof InputError && message.test(error.message);
    assert.throws(() => checkRaceParams(params), named);
    await assert.rejects(runExperiment(params), named);
    assert.equal(livePoolCount(), 0, "no pool may be opened for bad input");
  });
}

test("trials are checked too", () => {
  assert.throws(() => checkTrials(0), {
    name: "InputError",
    message: /^trials must be an integer from 1 to 10,000, got 0$/,
  });
  assert.equal(checkTrials(100), 100);
});

test("the largest count that fits is accepted", () => {
  assert.deepEqual(checkRaceParams({ counter: "atomic", threads: 43, howMany: 49_941_476 }), {
    counter: "atomic",
    threads: 43,
    howMany: 49_941_476,
    sensorWork: 0,
  });
});
