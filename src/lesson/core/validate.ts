/**
 * Every input check in the lesson, in one place: bad input is refused up front with an
 * InputError whose message names the parameter, the value and the rule.
 */
import { InputError } from "./errors";

export { InputError };

/**
 * Array.isArray for a value typed as a readonly array that may not be one at run time (a
 * notebook passes anything): Array.isArray itself would narrow it to any[] (TypeScript #17002).
 */
export function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

export function checkInteger(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${name} must be an integer from ${fmt(min)} to ${fmt(max)}, got ${describe(value)}`);
  }
  return value;
}

export function checkChoice<T extends string>(name: string, value: unknown, choices: readonly T[]): T {
  if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
    throw new InputError(`${name} must be one of ${choices.join(", ")}, got ${describe(value)}`);
  }
  return value as T;
}

/** A non-empty list of distinct integers, each within [min, max]. */
export function checkIntegerList(name: string, values: unknown, min: number, max: number): number[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new InputError(
      `${name} must be a non-empty list of integers from ${fmt(min)} to ${fmt(max)}, got ${Array.isArray(values) ? "[]" : describe(values)}`,
    );
  }
  const seen = new Set<number>();
  return values.map((value, i) => {
    const n = checkInteger(`${name}[${i}]`, value, min, max);
    if (seen.has(n)) throw new InputError(`${name} lists ${fmt(n)} twice; give each value once`);
    seen.add(n);
    return n;
  });
}

/** A list of distinct choices; `nonEmpty` refuses []. */
export function checkChoiceList<T extends string>(
  name: string,
  values: unknown,
  choices: readonly T[],
  nonEmpty = false,
): T[] {
  if (!Array.isArray(values) || (nonEmpty && values.length === 0)) {
    throw new InputError(
      `${name} must be a ${nonEmpty ? "non-empty " : ""}list drawn from ${choices.join(", ")}, got ${Array.isArray(values) ? "[]" : describe(values)}`,
    );
  }
  const seen = new Set<T>();
  return values.map((value, i) => {
    const choice = checkChoice(`${name}[${i}]`, value, choices);
    if (seen.has(choice)) throw new InputError(`${name} lists "${choice}" twice; give each once`);
    seen.add(choice);
    return choice;
  });
}

/**
 * A wait in milliseconds: a number ≥ 0, or Infinity for "no limit". Both locks take their
 * timeouts through this one check, so they accept and refuse the same values.
 */
export function checkTimeoutMs(name: string, value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
    throw new InputError(
      `${name} must be a number of milliseconds ≥ 0, or Infinity for no limit, got ${describe(value)}`,
    );
  }
  return value;
}

export function checkFunction<T>(name: string, value: unknown, shape: string): T {
  if (typeof value !== "function") throw new InputError(`${name} must be a function ${shape}, got ${typeof value}`);
  return value as T;
}

/**
 * An integer typed by a person, refused with its rule: `--threads abc` is told
 * "--threads must be an integer from 1 to 64, got "abc"", the same words as a 0 would get.
 */
export function parseInteger(name: string, text: string | undefined, min: number, max: number): number {
  const value = Number(String(text).replaceAll("_", ""));
  const typed = text === undefined || text.trim() === "" || !Number.isFinite(value) ? text : value;
  return checkInteger(name, typed, min, max);
}

/** A comma-separated list of integers typed by a person ("1,2,4"), refused as a whole with its rule. */
export function parseIntegerList(name: string, text: string | undefined, min: number, max: number): number[] {
  const parts = String(text)
    .split(",")
    .map((part) => part.trim());
  const values = parts.map((part) => Number(part.replaceAll("_", "")));
  if (text === undefined || parts.some((part, i) => part === "" || !Number.isFinite(values[i]))) {
    throw new InputError(
      `${name} must be a non-empty list of integers from ${fmt(min)} to ${fmt(max)}, separated by commas, got ${describe(text)}`,
    );
  }
  return checkIntegerList(name, values, min, max);
}

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

export function describe(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? fmt(value) : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(", ")}]`;
  return String(value);
}
