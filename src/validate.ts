/** Bad input is refused up front with a message that names the parameter, the value and the rule. */
export class InputError extends RangeError {
  override name = "InputError";
}

export function checkInteger(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError(
      `${name} must be an integer from ${fmt(min)} to ${fmt(max)}, got ${describe(value)}`,
    );
  }
  return value;
}

export function checkChoice<T extends string>(name: string, value: unknown, choices: readonly T[]): T {
  if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
    throw new InputError(`${name} must be one of ${choices.join(", ")}, got ${describe(value)}`);
  }
  return value as T;
}

/**
 * A number typed by a person (a flag, an environment variable): "1e5" and "100_000" are
 * welcome; "lots" is refused by name rather than read as NaN.
 */
export function parseNumber(name: string, text: string | undefined): number {
  const value = Number(String(text).replaceAll("_", ""));
  if (text === undefined || text.trim() === "" || !Number.isFinite(value)) {
    throw new InputError(`${name} must be a number, got ${JSON.stringify(text)}`);
  }
  return value;
}

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

function describe(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? fmt(value) : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}
