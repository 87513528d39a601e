import { test } from "node:test";
import assert from "node:assert/strict";
import { envName, resolveParameters } from "../src/params";

test("parameter names map to environment names", () => {
  assert.equal(envName("howMany"), "HOW_MANY");
  assert.equal(envName("threads"), "THREADS");
  assert.equal(envName("workerCounts"), "WORKER_COUNTS");
});

test("defaults stand unless the environment overrides them, parsed like the default", () => {
  const defaults = { threads: 5, howMany: 100_000, counter: "unsafe", workers: [1, 2, 4], json: false };
  const { values, overridden } = resolveParameters(defaults, {
    HOW_MANY: "1e6",
    WORKERS: "1, 8,16",
    JSON: "yes",
    THREADS: "",
  });
  assert.deepEqual(values, { threads: 5, howMany: 1_000_000, counter: "unsafe", workers: [1, 8, 16], json: true });
  assert.deepEqual(overridden, ["howMany", "workers", "json"]);
});

test("an override that is not a number is refused by its environment name", () => {
  assert.throws(() => resolveParameters({ howMany: 10 }, { HOW_MANY: "lots" }), {
    name: "InputError",
    message: 'HOW_MANY must be a number, got "lots"',
  });
  assert.throws(() => resolveParameters({ sizes: [1] }, { SIZES: "1,x" }), {
    message: 'SIZES must be a number, got "x"',
  });
});
