/** What the parameters cell prints. */
import { s } from "./format";

export const params = {
  title: (node: string, cores: number) => `Parameters of this run (Node ${node}, ${s(cores, "core")}):`,
  source: (source: "default" | "cell" | "env" | "edition", envName: string) =>
    source === "default"
      ? "default"
      : source === "cell"
        ? "in the cell"
        : source === "env"
          ? `from ${envName}`
          : "this edition",
};
