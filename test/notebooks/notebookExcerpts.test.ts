// Honest excerpts: every code line a notebook quotes from the project is in the file its prose names,
// so the lesson never shows code that is not the code that ran.
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { NOTEBOOKS_DIR, ROOT, readNotebook } from "../helpers/jupyter";

interface Excerpt {
  notebook: string;
  cell: string;
  language: string;
  /** The last project file the cell's prose names before the excerpt. */
  source: string | undefined;
  lines: string[];
}

const FILE = /`((?:src|python)\/[\w/.-]+\.(?:ts|py))`/g;

function notebooksIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".")) return notebooksIn(full);
    return /^\d\d-.*\.ipynb$/.test(entry.name) ? [full] : [];
  });
}

function excerpts(file: string): Excerpt[] {
  const found: Excerpt[] = [];
  for (const cell of readNotebook(file).cells) {
    if (cell.cell_type !== "markdown") continue;
    const text = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    let source: string | undefined;
    let at = 0;
    for (const fence of text.matchAll(/```(\w+)\n([\s\S]*?)```/g)) {
      for (const named of text.slice(at, fence.index).matchAll(FILE)) source = named[1];
      at = fence.index + fence[0].length;
      found.push({
        notebook: path.relative(NOTEBOOKS_DIR, file),
        cell: cell.id ?? "?",
        language: fence[1]!,
        source,
        lines: fence[2]!.split("\n"),
      });
    }
  }
  return found;
}

/** The code of an excerpt line: a diff's +/- marker and a trailing comment taken off. */
function code(line: string, language: string): string {
  const body = language === "diff" ? line.replace(/^[+ -] ?/, "") : line;
  return body.replace(language === "python" ? /\s+#.*$/ : /\s+\/\/.*$/, "").trim();
}

const all = notebooksIn(NOTEBOOKS_DIR).flatMap(excerpts);

test("the notebooks quote code", () => {
  assert.ok(
    all.filter((e) => e.language === "ts" || e.language === "diff").length >= 5,
    "expected TypeScript excerpts",
  );
});

for (const excerpt of all.filter((e) => e.language === "ts" || e.language === "diff")) {
  test(`${excerpt.notebook} ${excerpt.cell}: the ${excerpt.language} excerpt is in ${excerpt.source}`, () => {
    assert.ok(excerpt.source, "the prose before a TypeScript excerpt must name its src/ file in backticks");
    const file = readFileSync(path.join(ROOT, excerpt.source), "utf8");
    const lines = new Set(file.split("\n").map((line) => code(line, "ts")));
    for (const line of excerpt.lines.map((l) => code(l, excerpt.language)).filter(Boolean)) {
      assert.ok(lines.has(line), `not in ${excerpt.source}: ${line}`);
    }
  });
}

for (const excerpt of all.filter((e) => e.language === "python" && e.source?.startsWith("python/"))) {
  test(`${excerpt.notebook} ${excerpt.cell}: the Python excerpt is in ${excerpt.source}`, () => {
    const file = readFileSync(path.join(ROOT, excerpt.source!), "utf8");
    const lines = new Set(file.split("\n").map((line) => code(line, "python")));
    for (const line of excerpt.lines.map((l) => code(l, "python")).filter(Boolean)) {
      assert.ok(lines.has(line), `not in ${excerpt.source}: ${line}`);
    }
  });
}
