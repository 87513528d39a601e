/**
 * A notebook's parameters cell: defaults written in the cell, each overridable from the
 * environment (howMany ← HOW_MANY), so `npm run export -- --how-many 1000000` re-runs the
 * lesson with other values without editing a notebook. The resolved values are printed,
 * so every exported page records how it was made.
 */
import { availableParallelism } from "node:os";
import { InputError, parseNumber } from "./validate";

export type ParamValue = number | string | boolean | number[];

export function envName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

export function resolveParameters<T extends Record<string, ParamValue>>(
  defaults: T,
  env: NodeJS.ProcessEnv = process.env,
): { values: T; overridden: string[] } {
  const values: Record<string, ParamValue> = { ...defaults };
  const overridden: string[] = [];
  for (const [name, fallback] of Object.entries(defaults)) {
    const key = envName(name);
    const text = env[key];
    if (text === undefined || text.trim() === "") continue;
    values[name] = parseLike(key, text.trim(), fallback);
    overridden.push(name);
  }
  return { values: values as T, overridden };
}

/** Resolves the parameters and prints them with where each came from. */
export function parameters<T extends Record<string, ParamValue>>(defaults: T, env: NodeJS.ProcessEnv = process.env): T {
  const { values, overridden } = resolveParameters(defaults, env);
  const lines = Object.entries(values).map(([name, value]) => {
    const from = overridden.includes(name) ? `from ${envName(name)}` : "default";
    return `  ${name.padEnd(14)} ${formatValue(value).padStart(12)}   (${from})`;
  });
  console.log(
    `Parameters of this run (Node ${process.version}, ${availableParallelism()} cores):\n${lines.join("\n")}`,
  );
  return values;
}

function parseLike(key: string, text: string, fallback: ParamValue): ParamValue {
  if (typeof fallback === "number") return parseNumber(key, text);
  if (Array.isArray(fallback)) return text.split(",").map((part) => parseNumber(key, part.trim()));
  if (typeof fallback === "boolean") {
    if (/^(1|true|yes|on)$/i.test(text)) return true;
    if (/^(0|false|no|off)$/i.test(text)) return false;
    throw new InputError(`${key} must be true or false, got ${JSON.stringify(text)}`);
  }
  return text;
}

function formatValue(value: ParamValue): string {
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (typeof value === "number") return value.toLocaleString("en-US");
  return String(value);
}
