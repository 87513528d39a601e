/**
 * The title slide's line about the run: the machine it ran on (cores, and the CPU's model
 * when the system names one), the Node that ran it, and the notebook's parameters as the
 * parameters cell writes them, so a deck says what it shows without showing that cell.
 */
import { phrases, type Facts } from "./facts";
import { codeNumber } from "./numbers";

export { codeNumber };

/** A parameter's value, as a parameters cell writes it (the shape of parameters' ParamValue). */
export type RunValue = number | string | readonly number[];

/** One parameter as code: `threads=5`, `sizes=[100, 1_000]`, `pythonCommand="python3"`. */
export function parameterCode(name: string, value: RunValue): string {
  const shown = Array.isArray(value)
    ? `[${value.map(codeNumber).join(", ")}]`
    : typeof value === "number"
      ? codeNumber(value)
      : JSON.stringify(value);
  return `\`${name}=${shown}\``;
}

/** The CPU's model as the system names it, or undefined when it names none worth showing. */
export function cpuName(model: string | undefined): string | undefined {
  const name = model?.replace(/\s+/g, " ").trim();
  return name && !/^(unknown|cpu model)?$/i.test(name) ? name : undefined;
}

/** "This run: Node 20.20.2 on 2 cores (`Intel …`); `threads=5`, …" — the edition's lang left out. */
export function thisRun(facts: Facts, values: Readonly<Record<string, RunValue>>): string {
  const T = phrases(facts).run;
  const shown = Object.entries(values).filter(([name]) => name !== "lang");
  const node = facts.node.replace(/^v/, "");
  const machine = T.machine(node, facts.cores, cpuName(facts.cpu));
  return shown.length === 0
    ? T.onlyMachine(machine)
    : T.withParameters(
        machine,
        shown.map(([n, v]) => parameterCode(n, v)),
      );
}

/** "This run: Node 20.20.2 on 2 cores (`Intel …`)": the machine alone, as a title slide says it. */
export function thisMachine(facts: Facts): string {
  return thisRun(facts, {});
}
