/** The title slide: what this run was. */
import { s } from "./format";

export const run = {
  machine: (node: string, cores: number, cpu: string | undefined) =>
    `Node ${node} on ${s(cores, "core")}${cpu ? ` (\`${cpu}\`)` : ""}`,
  onlyMachine: (machine: string) => `**This run:** ${machine}.`,
  withParameters: (machine: string, parameters: readonly string[]) =>
    `**This run:** ${machine}, with ${parameters.join(", ")}.`,
};
