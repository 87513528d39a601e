// Notebooks are committed clean: no outputs, no execution counts, stable cell ids,
// the tslab kernel, and one parameters cell first (which `npm run export` feeds).
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { NOTEBOOKS_DIR, readNotebook } from "./helpers/jupyter";

const notebooks = readdirSync(NOTEBOOKS_DIR)
  .filter((name) => name.endsWith(".ipynb"))
  .sort();

test("notebooks/ holds notebooks", () => {
  assert.ok(notebooks.length > 0, `no notebooks in ${NOTEBOOKS_DIR}`);
});

for (const name of notebooks) {
  test(`${name} is committed clean, on tslab, with one parameters cell first`, () => {
    const nb = readNotebook(path.join(NOTEBOOKS_DIR, name));

    assert.match(name, /^\d\d-[a-z0-9-]+\.ipynb$/, "name it NN-words-with-dashes.ipynb");
    assert.deepEqual(
      { name: nb.metadata.kernelspec?.name, language: nb.metadata.kernelspec?.language },
      { name: "tslab", language: "typescript" },
      "kernelspec must be tslab (TypeScript)",
    );

    nb.cells.forEach((cell, i) => {
      assert.ok(typeof cell.id === "string" && cell.id !== "", `cell ${i} has no id`);
      if (cell.cell_type === "code") {
        assert.deepEqual(cell.outputs, [], `cell ${i} (${cell.id}) has outputs: clear them before committing`);
        assert.equal(cell.execution_count, null, `cell ${i} (${cell.id}) has an execution_count`);
      }
    });
    const ids = nb.cells.map((cell) => cell.id);
    assert.equal(new Set(ids).size, ids.length, "cell ids must be unique");

    const code = nb.cells.filter((cell) => cell.cell_type === "code");
    const tagged = code.filter((cell) => cell.metadata.tags?.includes("parameters"));
    assert.ok(code.length > 0, "no code cells");
    assert.equal(tagged.length, 1, `exactly one code cell must be tagged "parameters", found ${tagged.length}`);
    assert.equal(tagged[0], code[0], 'the first code cell must be the one tagged "parameters"');
  });
}
