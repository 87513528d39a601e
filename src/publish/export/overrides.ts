/**
 * `npm run export -- --how-many 20000`: overrides typed as flags, checked against the
 * parameters the exported notebooks declare (src/lesson/parameters/parameters.ts) before any kernel starts.
 *
 * A flag is the parameter's environment name in kebab case (howMany ← HOW_MANY ← --how-many).
 * Each value goes through the same parseParam the parameters cell uses, so the export refuses
 * exactly what the notebook would, but in one line that names the flag, and before anything ran.
 */
import {
  NOTEBOOK_PARAMETERS,
  envName,
  notebookParameters,
  parseParam,
  type ParamSpec,
  type ParamValue,
} from "../../lesson/parameters/parameters";
import { closest, valueOf, type Flag } from "../../lesson/core/flags";
import { InputError } from "../../lesson/core/validate";

/** An accepted override: what the kernels get in their environment. */
export interface Override {
  flag: string;
  env: string;
  value: string;
}

/** howMany → --how-many */
export function flagName(param: string): string {
  return `--${envName(param).toLowerCase().replaceAll("_", "-")}`;
}

/** The parameters `notebooks` declare that a flag may override, by flag; `lang` is the edition's, not a flag. */
export function overridableFlags(
  notebooks: readonly string[],
): Map<string, { param: string; specs: Map<string, ParamSpec> }> {
  const flags = new Map<string, { param: string; specs: Map<string, ParamSpec> }>();
  for (const notebook of notebooks) {
    for (const [param, spec] of Object.entries(notebookParameters(notebook).specs)) {
      if (spec.kind === "lang") continue;
      const flag = flagName(param);
      if (!flags.has(flag)) flags.set(flag, { param, specs: new Map() });
      flags.get(flag)!.specs.set(notebook, spec);
    }
  }
  return flags;
}

/**
 * Checks every flag against the parameters `notebooks` declare (keys of NOTEBOOK_PARAMETERS)
 * and returns the environment the kernels get. `otherOptions` (the export's own flags) are
 * only named in messages and suggestions. Throws an InputError naming the flag.
 */
export function checkOverrides(
  flags: readonly Flag[],
  notebooks: readonly string[],
  otherOptions: readonly string[] = [],
): Override[] {
  const known = overridableFlags(notebooks);
  const parsed = new Map<string, Record<string, ParamValue>>(); // notebook → overridden values
  const overrides: Override[] = [];
  for (const flag of flags) {
    const typed = `--${flag.name}`;
    const entry = known.get(typed);
    if (!entry) throw new InputError(unknownFlagMessage(typed, [...known.keys()], otherOptions));
    const text = valueOf(flag);
    let value: ParamValue | undefined;
    const refusals: { notebook: string; error: InputError }[] = [];
    for (const [notebook, spec] of entry.specs) {
      try {
        value = parseParam(spec, typed, text);
        parsed.set(notebook, { ...parsed.get(notebook), [entry.param]: value });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        refusals.push({ notebook, error });
      }
    }
    if (refusals.length > 0) {
      // Rules can differ between notebooks (threads: 1–64, but 1–8 in notebook 04): when some
      // notebook would take the value, say whose rule refused it.
      const { error } = refusals[0]!;
      if (refusals.length === entry.specs.size) throw error;
      throw new InputError(`${error.message} (in ${refusals.map((r) => r.notebook).join(", ")})`);
    }
    overrides.push({ flag: typed, env: envName(entry.param), value: shown(value!) });
  }
  for (const [notebook, values] of parsed) checkTogether(notebook, values);
  return overrides;
}

/** Rules that tie parameters together, with the flags applied over the notebook's shipped values. */
function checkTogether(notebook: string, overridden: Record<string, ParamValue>): void {
  const { specs, together } = NOTEBOOK_PARAMETERS[notebook]!; // parsed holds known notebooks only
  if (!together) return;
  const values = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default]));
  try {
    together({ ...values, ...overridden });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const names = Object.keys(specs).sort((a, b) => b.length - a.length);
    const asFlags = error.message.replace(new RegExp(`\\b(${names.join("|")})\\b`, "g"), (name) => flagName(name));
    throw new InputError(`${asFlags} (in ${notebook}, with its own values for the rest)`);
  }
}

function shown(value: ParamValue): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

function unknownFlagMessage(typed: string, parameters: readonly string[], otherOptions: readonly string[]): string {
  const guess = closest(typed, [...parameters, ...otherOptions]);
  const hint = guess ? ` (did you mean ${guess}?)` : "";
  const params = parameters.length > 0 ? parameters.join(", ") : "none";
  const own = otherOptions.length > 0 ? `; export options: ${otherOptions.join(", ")}` : "";
  return `${typed} is not a parameter of these notebooks${hint}; their parameters: ${params}${own}`;
}
