/**
 * What a notebook's parameters cell prints: the machine, then each value and where it came
 * from, so every exported page records how it was made. The parameters layer resolves the
 * values; the words are here, beside every other sentence the lesson prints.
 */
import type { Lang } from "../core/lang";
import { phrasesFor } from "./phrases";

/** Where a value came from: the notebook's default, an edit in the cell, the environment, the edition. */
export type ParamSource = "default" | "cell" | "env" | "edition";

export interface ReportedParameter {
  name: string;
  value: number | string | number[];
  source: ParamSource;
  /** The environment variable that overrides it (HOW_MANY). */
  envName: string;
}

export function parametersReport(
  parameters: readonly ReportedParameter[],
  lang: Lang,
  machine: { node: string; cores: number },
): string {
  const T = phrasesFor(lang);
  const lines = parameters.map(({ name, value, source, envName }) => {
    const shown = Array.isArray(value)
      ? value.map(T.f.int).join(", ")
      : typeof value === "number"
        ? T.f.int(value)
        : value;
    return `  ${name.padEnd(16)} ${shown.padStart(14)}   (${T.params.source(source, envName)})`;
  });
  return `${T.params.title(machine.node, machine.cores)}\n${lines.join("\n")}`;
}
