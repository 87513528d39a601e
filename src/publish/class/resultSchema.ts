/**
 * The class session's schema, checked field by field: a result a student's machine sends,
 * and the lecture's parameters the join client receives. Both sides of the wire are checked,
 * since neither can trust the other: the server refuses what no honest client sends, and the
 * client refuses parameters that would start more work than the lesson allows.
 *
 * Strict: every field present, no field more (a misspelt or extra field is refused, not
 * ignored), integers where the engine counts, finite times within a trial's limit, and the
 * invariants a real run keeps (lost ≤ expected = threads × howMany; start skew and loop time
 * within the trial's elapsed time). Each refusal is an InputError whose one line names the
 * field, the value and the rule: it is what the server answers with status 400.
 *
 * Why not valibot or zod: tried (valibot 1.x, its strictObject, picklist and integer pipes), each
 * refusal came out in the library's words ("Invalid value: Expected >=1 but received 0"; the
 * cross-field rules at the root, naming no field), and putting the field, the value and the
 * rule back took a message per check and a formatter: more lines than these, plus a dependency.
 */
import { COUNTER_KINDS } from "../../lesson/engine/counters";
import { LIMITS, checkRaceParams } from "../../lesson/engine/limits";
import { InputError, checkChoice, checkInteger, describe } from "../../lesson/core/validate";
import {
  CLASS_LIMITS,
  CLASS_PARAM_NAMES,
  PLATFORMS,
  RESULT_FIELDS,
  TRIAL_FIELDS,
  type ClassParams,
  type ResultReport,
  type TrialReport,
} from "./protocol";

/** Node's version as process.version spells a release: v22.11.0. */
const NODE_VERSION = /^v\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** A plain object with exactly `fields`: a missing field and an extra one are both refused. */
function exactObject(name: string, value: unknown, fields: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${name} must be an object with ${fields.join(", ")}, got ${kindOf(value)}`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!fields.includes(key)) {
      throw new InputError(`${name} has an unknown field ${JSON.stringify(key)}; it has exactly ${fields.join(", ")}`);
    }
  }
  for (const field of fields) {
    if (!Object.hasOwn(record, field)) throw new InputError(`${name} is missing ${field}`);
  }
  return record;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : describe(value);
}

/** Milliseconds: a finite number from `min` to `max`. */
function checkMs(name: string, value: unknown, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > max) {
    throw new InputError(
      `${name} must be a number of milliseconds from 0 to ${max.toLocaleString("en-US")}, got ${describe(value)}`,
    );
  }
  return value;
}

/** The lecture's parameters, as the server sends them or a result repeats them. */
export function checkClassParams(value: unknown, name = "params"): ClassParams {
  const p = exactObject(name, value, CLASS_PARAM_NAMES);
  const params: ClassParams = {
    counter: checkChoice(`${name}.counter`, p.counter, COUNTER_KINDS),
    threads: checkInteger(`${name}.threads`, p.threads, LIMITS.threads.min, LIMITS.threads.max),
    howMany: checkInteger(`${name}.howMany`, p.howMany, LIMITS.howMany.min, LIMITS.howMany.max),
    sensorWork: checkInteger(`${name}.sensorWork`, p.sensorWork, LIMITS.sensorWork.min, LIMITS.sensorWork.max),
    trials: checkInteger(`${name}.trials`, p.trials, CLASS_LIMITS.trials.min, CLASS_LIMITS.trials.max),
  };
  try {
    checkRaceParams(params);
  } catch (error) {
    throw error instanceof InputError ? new InputError(`${name}: ${error.message}`) : error;
  }
  return params;
}

function checkTrial(name: string, value: unknown, expected: number): TrialReport {
  const t = exactObject(name, value, TRIAL_FIELDS);
  if (t.expected !== expected) {
    throw new InputError(`${name}.expected must be threads × howMany = ${expected}, got ${describe(t.expected)}`);
  }
  const lost = checkInteger(`${name}.lost`, t.lost, 0, expected);
  const elapsedMs = checkMs(`${name}.elapsedMs`, t.elapsedMs, CLASS_LIMITS.trialMs);
  // Both are measured from the barrier's release, like elapsedMs, and end before it does.
  const startSkewMs = checkMs(`${name}.startSkewMs`, t.startSkewMs, elapsedMs);
  const loopMs = checkMs(`${name}.loopMs`, t.loopMs, elapsedMs);
  return { lost, expected, elapsedMs, startSkewMs, loopMs };
}

/**
 * A result as a student's machine sends it. Refused unless every field follows its rule;
 * the parameters must be a valid race, and `sameParams` then says whether they are
 * this session's.
 */
export function checkResultReport(value: unknown): ResultReport {
  const r = exactObject("the result", value, RESULT_FIELDS);
  const cores = checkInteger("cores", r.cores, CLASS_LIMITS.cores.min, CLASS_LIMITS.cores.max);
  if (typeof r.node !== "string" || !NODE_VERSION.test(r.node)) {
    throw new InputError(
      `node must be Node's version as process.version gives it (like v22.11.0), got ${kindOf(r.node)}`,
    );
  }
  const platform = checkChoice("platform", r.platform, PLATFORMS);
  const params = checkClassParams(r.params);
  if (!Array.isArray(r.trials) || r.trials.length !== params.trials) {
    const got = Array.isArray(r.trials) ? `${r.trials.length} trials` : kindOf(r.trials);
    throw new InputError(`trials must be a list of params.trials = ${params.trials} trials, got ${got}`);
  }
  const expected = params.threads * params.howMany;
  const trials = r.trials.map((trial, i) => checkTrial(`trials[${i}]`, trial, expected));
  return { cores, node: r.node, platform, params, trials };
}

/** Whether a result ran the session's race; the session keeps only those. */
export function sameParams(a: ClassParams, b: ClassParams): boolean {
  return CLASS_PARAM_NAMES.every((name) => a[name] === b[name]);
}

/** The parameters in one line, as messages show them: counter unsafe, threads 5, … */
export function describeParams(params: ClassParams): string {
  return CLASS_PARAM_NAMES.map((name) => `${name} ${params[name]}`).join(", ");
}
