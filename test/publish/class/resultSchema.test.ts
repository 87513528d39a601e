// The result schema, field by field: what an honest client sends passes; each way to break
// it is one InputError that names the field, the value and the rule.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  checkClassParams,
  checkResultReport,
  describeParams,
  sameParams,
} from "../../../src/publish/class/resultSchema";
import type { ClassParams, ResultReport } from "../../../src/publish/class/protocol";
import { InputError } from "../../../src/lesson/core/validate";

const PARAMS: ClassParams = { counter: "unsafe", threads: 2, howMany: 1_000, sensorWork: 0, trials: 1 };
const TRIAL = { lost: 12, expected: 2_000, elapsedMs: 3.5, startSkewMs: 0.2, loopMs: 3 };
const VALID: ResultReport = { cores: 8, node: "v24.1.0", platform: "darwin", params: PARAMS, trials: [TRIAL] };

function refused(value: unknown, pattern: RegExp): void {
  assert.throws(
    () => checkResultReport(value),
    (error: unknown) => error instanceof InputError && pattern.test(error.message) && !error.message.includes("\n"),
    pattern.source,
  );
}

test("a valid result passes as it is", () => {
  assert.deepEqual(checkResultReport(structuredClone(VALID)), VALID);
});

test("each field's rule", () => {
  refused(null, /^the result must be an object with cores, node, platform, params, trials, got null$/);
  refused({ ...VALID, name: "alice" }, /^the result has an unknown field "name"/);
  refused({ ...VALID, cores: 0 }, /^cores must be an integer from 1 to 1,024, got 0$/);
  refused({ ...VALID, cores: 2.5 }, /^cores must be an integer/);
  refused({ ...VALID, node: "22" }, /^node must be Node's version as process.version gives it/);
  refused({ ...VALID, node: "v22.1.0; rm -rf /" }, /^node must be/);
  refused({ ...VALID, platform: "alice's mac" }, /^platform must be one of /);
  refused({ ...VALID, params: { ...PARAMS, counter: "fast" } }, /^params\.counter must be one of /);
  refused({ ...VALID, params: { ...PARAMS, threads: 65 } }, /^params\.threads must be an integer from 1 to 64/);
  refused({ ...VALID, params: { ...PARAMS, extra: 1 } }, /^params has an unknown field "extra"/);
  refused({ ...VALID, params: { ...PARAMS, trials: 21 } }, /^params\.trials must be an integer from 1 to 20/);
  refused({ ...VALID, trials: [] }, /^trials must be a list of params\.trials = 1 trials, got 0 trials$/);
  refused({ ...VALID, trials: "many" }, /^trials must be a list/);
  refused(
    { ...VALID, trials: [{ ...TRIAL, expected: 3_000 }] },
    /^trials\[0\]\.expected must be threads × howMany = 2000/,
  );
  refused({ ...VALID, trials: [{ ...TRIAL, lost: 2_001 }] }, /^trials\[0\]\.lost must be an integer from 0 to 2,000/);
  refused({ ...VALID, trials: [{ ...TRIAL, lost: -1 }] }, /^trials\[0\]\.lost must be/);
  refused(
    { ...VALID, trials: [{ ...TRIAL, elapsedMs: Number.POSITIVE_INFINITY }] },
    /^trials\[0\]\.elapsedMs must be a number/,
  );
  refused(
    { ...VALID, trials: [{ ...TRIAL, elapsedMs: 600_001 }] },
    /^trials\[0\]\.elapsedMs must be a number of milliseconds from 0 to 600,000/,
  );
  refused(
    { ...VALID, trials: [{ ...TRIAL, loopMs: 4 }] },
    /^trials\[0\]\.loopMs must be a number of milliseconds from 0 to 3\.5/,
  );
  refused({ ...VALID, trials: [{ ...TRIAL, startSkewMs: "0" }] }, /^trials\[0\]\.startSkewMs must be a number/);
  const { trials, ...noTrials } = VALID;
  assert.ok(trials);
  refused(noTrials, /^the result is missing trials$/);
});

test("params too large for the counter's cell are refused by the engine's own rule", () => {
  assert.throws(
    () => checkClassParams({ ...PARAMS, threads: 64, howMany: 50_000_000 }, "the lecture's parameters"),
    (error: unknown) =>
      error instanceof InputError &&
      /^the lecture.s parameters: threads × howMany = 3,200,000,000 does not fit/.test(error.message),
  );
});

test("sameParams and describeParams", () => {
  assert.ok(sameParams(PARAMS, { ...PARAMS }));
  assert.ok(!sameParams(PARAMS, { ...PARAMS, sensorWork: 1 }));
  assert.equal(describeParams(PARAMS), "counter unsafe, threads 2, howMany 1000, sensorWork 0, trials 1");
});
