/**
 * Command-line flags as the lesson's commands take them (`npm run export`, `npm run present`,
 * `npm run race`): `--name value` or `--name=value`, each given once, and a typo answered with
 * the flag it most likely meant. Refusals are InputErrors in one line, like every input check.
 */
import { InputError } from "./validate";

/** A flag as typed: `name` without the leading "--"; `value` undefined when none was given. */
export interface Flag {
  name: string;
  value: string | undefined;
}

/** What a command declares about its flags beyond `--name value`. */
export interface FlagSpec {
  /**
   * Flags that take no value (`--json`, `--help`): the argument after one is never its value,
   * so `--json extra` leaves "extra" a stray argument, and `--json=yes` is refused.
   */
  switches?: readonly string[];
  /** One-dash spellings of flags: `{ h: "help" }` reads `-h` as `--help`. */
  short?: Readonly<Record<string, string>>;
  /**
   * The command as a person types it with a flag, like "npm run race -- --trials 5": a stray
   * argument is then answered with it, since npm hands a script only what follows a lone `--`
   * (`npm run race --trials 5` keeps --trials for itself and passes on just "5").
   */
  example?: string;
}

/**
 * Splits `--name value` and `--name=value`. A token starting with "--" (or a declared
 * one-dash flag) is never taken as a value, so `--threads --trials 3` is a missing value,
 * not threads = "--trials"; any other token is, so `--trials -1` reaches the value's check.
 */
export function parseFlags(args: readonly string[], spec: FlagSpec = {}): Flag[] {
  const switches = new Set(spec.switches ?? []);
  const short = spec.short ?? {};
  const shortName = (arg: string) => {
    const letter = /^-([A-Za-z])$/.exec(arg)?.[1];
    return letter !== undefined && Object.hasOwn(short, letter) ? short[letter] : undefined;
  };
  const isFlag = (arg: string) => arg.startsWith("--") || shortName(arg) !== undefined;
  const flags: Flag[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!; // i < args.length
    const long = shortName(arg);
    if (long !== undefined) {
      flags.push({ name: long, value: undefined });
      continue;
    }
    const match = /^--([A-Za-z][A-Za-z0-9_-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      const npm = spec.example ? `; npm passes options on only after a lone --, as in ${spec.example}` : "";
      throw new InputError(
        `unexpected argument ${JSON.stringify(arg)}: options are --name value or --name=value${npm}`,
      );
    }
    const name = match[1]!; // group 1 takes part in every match
    let value = match[2];
    if (switches.has(name)) {
      if (value !== undefined) throw new InputError(`--${name} takes no value, got ${JSON.stringify(value)}`);
    } else if (value === undefined && i + 1 < args.length && !isFlag(args[i + 1]!)) {
      value = args[++i];
    }
    flags.push({ name, value });
  }
  const seen = new Set<string>();
  for (const { name } of flags) {
    if (seen.has(name)) throw new InputError(`--${name} is given twice; give each option once`);
    seen.add(name);
  }
  return flags;
}

/**
 * The flag's value, or an error saying it has none (`--threads` alone, `--threads=`); with
 * `allowed`, the error also says what the value may be and shows one.
 */
export function valueOf(flag: Flag, allowed?: { rule: string; example: string }): string {
  if (flag.value === undefined || flag.value.trim() === "") {
    const how = allowed
      ? `${allowed.rule}, like --${flag.name} ${allowed.example}`
      : `--${flag.name} VALUE or --${flag.name}=VALUE`;
    throw new InputError(`--${flag.name} needs a value: ${how}`);
  }
  return flag.value.trim();
}

/** The candidate a typo most likely meant: same letters (--howMany, --how_many) or a near spelling. */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const bare = (s: string) => s.replace(/^-+/, "").replace(/[-_]/g, "").toLowerCase();
  const same = candidates.find((c) => bare(c) === bare(typed));
  if (same) return same;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(bare(typed), bare(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  // One slip in a short name, two in a longer one; more is a different word.
  const allowed = bare(typed).length <= 4 ? 1 : 2;
  return bestDistance <= allowed ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  // Every i, j below is within the (a.length + 1) × (b.length + 1) table.
  const at = (i: number, j: number) => d[i]![j]!;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
    }
  }
  return at(a.length, b.length);
}
