/**
 * The notebooks' rhythm, as a book's: code cells per notebook, the median and 90th
 * percentile of their lengths in lines, the longest line, and how much is narration.
 * `npm run bench -- rhythm`.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { textTable } from "./table";

const NOTEBOOKS = path.join(__dirname, "..", "..", "notebooks");

interface Cell {
  cell_type: string;
  source: string | string[];
  metadata: { tags?: string[] };
}

function notebooks(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() && !e.name.startsWith(".")
        ? notebooks(path.join(dir, e.name), `${prefix}${e.name}/`)
        : /^\d\d-.*\.ipynb$/.test(e.name)
          ? [`${prefix}${e.name}`]
          : [],
    )
    .sort();
}

const at = (sorted: number[], p: number) => sorted[Math.floor(p * (sorted.length - 1))];

function stats(lengths: number[], longest: number, narration: number): string[] {
  const sorted = [...lengths].sort((a, b) => a - b);
  return [
    String(sorted.length),
    String(sorted[Math.floor(sorted.length / 2)]),
    String(at(sorted, 0.9)),
    String(longest),
    String(narration),
  ];
}

export function run(): string {
  const rows: string[][] = [];
  const all: number[] = [];
  let longestAll = 0;
  let narrationAll = 0;
  for (const name of notebooks(NOTEBOOKS)) {
    const { cells } = JSON.parse(readFileSync(path.join(NOTEBOOKS, name), "utf8")) as { cells: Cell[] };
    const code = cells.filter((c) => c.cell_type === "code");
    const lines = code.map((c) =>
      (Array.isArray(c.source) ? c.source.join("") : c.source).replace(/\n+$/, "").split("\n"),
    );
    const lengths = lines.map((l) => l.length);
    const longest = Math.max(...lines.flat().map((l) => l.length));
    const narration = code.filter((c) => c.metadata.tags?.includes("narration")).length;
    rows.push([name, ...stats(lengths, longest, narration)]);
    all.push(...lengths);
    longestAll = Math.max(longestAll, longest);
    narrationAll += narration;
  }
  rows.push(["all", ...stats(all, longestAll, narrationAll)]);
  return (
    "Code cells (target: median ≤ 4 lines, 90% ≤ 9, no line over 100 characters)\n" +
    textTable(["notebook", "code cells", "median lines", "90% within", "longest line", "narration"], rows)
  );
}
