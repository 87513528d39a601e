// Each notebook's defaults live once, in NOTEBOOK_PARAMETERS; the parameters cell writes them
// out so a lecturer can see and edit them. This test keeps the two the same: a default
// changed in one place and not the other fails here, not in a lecture.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import vm from "node:vm";
import { NOTEBOOK_PARAMETERS } from "../../src/lesson/parameters/parameters";
import { ROOT } from "../helpers/jupyter";

interface Cell {
  cell_type: string;
  metadata: { tags?: string[] };
  source: string | string[];
}

/** What the parameters cell passes to parameters(): run as JavaScript with parameters() capturing it. */
function cellValues(source: string): { notebook: string; values: Record<string, unknown> } {
  let captured: { notebook: string; values: Record<string, unknown> } | undefined;
  const script = source.replace(/^import .*$/gm, "");
  vm.runInNewContext(script, {
    parameters: (notebook: string, values: Record<string, unknown>) => {
      captured = { notebook, values };
      return values;
    },
  });
  assert.ok(captured, "the parameters cell never calls parameters()");
  return captured;
}

const EDITIONS: [string, string][] = [
  ["en", path.join(ROOT, "notebooks")],
  ["ko", path.join(ROOT, "notebooks", "ko")],
];

for (const [lang, dir] of EDITIONS) {
  for (const file of readdirSync(dir).filter((f) => /^\d\d-.+\.ipynb$/.test(f))) {
    test(`${lang}/${file}: its parameters cell writes NOTEBOOK_PARAMETERS' defaults`, () => {
      const nb = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { cells: Cell[] };
      const cells = nb.cells.filter((c) => c.metadata.tags?.includes("parameters"));
      assert.equal(cells.length, 1, "one parameters cell");
      const source = [cells[0]?.source ?? ""].flat().join("");
      const { notebook, values } = cellValues(source);
      assert.equal(notebook, file.replace(/\.ipynb$/, ""));
      const specs = NOTEBOOK_PARAMETERS[notebook]?.specs;
      assert.ok(specs, `${notebook} is in NOTEBOOK_PARAMETERS`);
      const defaults = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default]));
      // JSON round trip: arrays made in the vm context have that context's Array prototype.
      assert.deepEqual(JSON.parse(JSON.stringify(values)), { ...defaults, lang });
    });
  }
}
