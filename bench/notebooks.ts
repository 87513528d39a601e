/**
 * The lesson's own speed, as a lecturer meets it: `npm run export` for every notebook (one
 * run each, then its page and its deck), and re-running notebook 01's parameters and race
 * cells in a live kernel.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { textTable } from "./table";

const ROOT = path.resolve(__dirname, "..", "..");
const PYTHON = path.join(ROOT, ".venv", "bin", "python");

function exec(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(file, args, { cwd: ROOT, timeout: 600_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${path.basename(file)} ${args.join(" ")} failed: ${stderr || error.message}`))
        : resolve(stdout),
    ),
  );
}

export async function run(): Promise<string> {
  if (!existsSync(PYTHON)) return "skipped: .venv is missing (run bash scripts/setup.sh)";
  const out = mkdtempSync(path.join(tmpdir(), "bench-export-"));
  try {
    const started = performance.now();
    const log = await exec(PYTHON, [path.join(ROOT, "scripts", "export.py"), "--out", out]);
    const wall = (performance.now() - started) / 1000;
    const perNotebook = log
      .split("\n")
      .filter((line) => /^export: \w+ +\d\d-/.test(line))
      .map((line) => line.replace(/^export: /, "  "));
    // "kernels started 8.4 s, running 33.9 s, pages and decks 2.6 s": how the export's own time splits.
    const split = /kernels started ([\d.]+) s, running ([\d.]+) s, pages and decks ([\d.]+) s/.exec(log);
    const cells = (
      await exec(PYTHON, [
        path.join(ROOT, "bench", "notebook_cells.py"),
        path.join(ROOT, "notebooks", "01-the-race.ipynb"),
        'counter: "unsafe"',
      ])
    )
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { cell: string; seconds: number[] });
    return [
      `npm run export, every notebook executed once, exported as a page and a deck: ${wall.toFixed(1)} s wall`,
      ...perNotebook,
      split
        ? `  starting the kernels ${split[1]} s; running the notebooks ${split[2]} s; rendering pages and decks ${split[3]} s`
        : "",
      "",
      "notebook 01 in a live tslab kernel (request to idle, compile included)",
      textTable(
        ["cell", "seconds"],
        cells.map((c) => [c.cell, c.seconds.map((s) => s.toFixed(2)).join(", ")]),
      ),
    ].join("\n");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
