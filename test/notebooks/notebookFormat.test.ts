// Notebooks are committed clean: no outputs, no execution counts, stable cell ids,
// the tslab kernel, and one parameters cell first (which `npm run export` feeds).
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { LANGS } from "../../src/lesson/core/lang";
import path from "node:path";
import { test } from "node:test";
import { NOTEBOOKS_DIR, readNotebook } from "../helpers/jupyter";

// Every edition: the English notebooks, and each other language's in notebooks/<lang>/.
const notebooks = [
  ...readdirSync(NOTEBOOKS_DIR).filter((name) => name.endsWith(".ipynb")),
  ...LANGS.filter((lang) => lang !== "en" && existsSync(path.join(NOTEBOOKS_DIR, lang))).flatMap((lang) =>
    readdirSync(path.join(NOTEBOOKS_DIR, lang))
      .filter((name) => name.endsWith(".ipynb"))
      .map((name) => `${lang}/${name}`),
  ),
].sort();

test("notebooks/ holds notebooks", () => {
  assert.ok(notebooks.length > 0, `no notebooks in ${NOTEBOOKS_DIR}`);
});

for (const name of notebooks) {
  test(`${name} is committed clean, on tslab, with one parameters cell first`, () => {
    const nb = readNotebook(path.join(NOTEBOOKS_DIR, name));

    assert.match(path.basename(name), /^\d\d-[a-z0-9-]+\.ipynb$/, "name it NN-words-with-dashes.ipynb");
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
    const slug = path.basename(name).replace(/\.ipynb$/, "");
    assert.ok(
      source(tagged[0] ?? code[0]!).includes(`parameters("${slug}", {`),
      `the parameters cell must call parameters("${slug}", { … })`,
    );
    assert.ok(code.length > 0, "no code cells");
    assert.equal(tagged.length, 1, `exactly one code cell must be tagged "parameters", found ${tagged.length}`);
    assert.equal(tagged[0], code[0], 'the first code cell must be the one tagged "parameters"');
  });
}

/**
 * The conventions, one tag each: `parameters` (the one parameters cell), `narration` (a hidden
 * `tell.…` call), `headline` (a narration whose sentence heads a slide of the talk, and is left
 * off the page), `teach` (code that is the point, shown with its code on slides) and `notes`
 * (the lecturer's speaker notes).
 */
const TAGS = ["parameters", "narration", "headline", "teach", "notes"];

for (const name of notebooks) {
  test(`${name}: tags are the conventions' vocabulary; notes are notes; the talk composes the deck`, () => {
    const nb = readNotebook(path.join(NOTEBOOKS_DIR, name));
    for (const cell of nb.cells) {
      const tags = cell.metadata.tags ?? [];
      for (const tag of tags) assert.ok(TAGS.includes(tag), `${cell.id}: tag ${tag} is not one of ${TAGS.join(", ")}`);
      if (tags.includes("teach")) {
        assert.equal(cell.cell_type, "code", `${cell.id}: only code cells teach`);
        assert.deepEqual(tags, ["teach"], `${cell.id}: a teaching cell is neither narration nor parameters`);
        assert.notEqual(slideType(cell), "skip", `${cell.id}: code that teaches is on a slide`);
      }
      const notes = tags.includes("notes") || slideType(cell) === "notes";
      if (notes) {
        assert.equal(cell.cell_type, "markdown", `${cell.id}: speaker notes are markdown`);
        assert.ok(
          tags.includes("notes") && slideType(cell) === "notes",
          `${cell.id}: notes are tagged notes and slide_type notes`,
        );
      }
      if (tags.includes("headline")) {
        assert.deepEqual(tags, ["narration", "headline"], `${cell.id}: a headline is a narration made for a slide`);
      }
    }
    // The lesson's decks are composed by their talks (src/publish/export/talks/, checked by
    // test/publish/export/talks.test.ts): a slide type other than notes would be a second,
    // silent say over the deck.
    const typed = nb.cells.filter((cell) => !["-", "notes"].includes(slideType(cell))).map((cell) => cell.id);
    assert.deepEqual(typed, [], "cells with slide types the talk would ignore");
    assert.ok(
      nb.cells.some((cell) => /^tell\.thisMachine\(\);$/.test(source(cell))),
      "the title slide says what machine this run was on: tell.thisMachine()",
    );
  });
}

function slideType(cell: { metadata: Record<string, unknown> }): string {
  return (cell.metadata.slideshow as { slide_type?: string } | undefined)?.slide_type ?? "-";
}

const SLIDE_TYPES = ["slide", "subslide", "fragment", "-", "skip", "notes"];

for (const name of notebooks) {
  test(`${name}: narration cells are one hidden call each; slides and links are well formed`, () => {
    const nb = readNotebook(path.join(NOTEBOOKS_DIR, name));
    const narration = nb.cells.filter((cell) => cell.metadata.tags?.includes("narration"));
    assert.ok(narration.length > 0, "no cell is tagged narration");
    for (const cell of narration) {
      assert.equal(cell.cell_type, "code", `${cell.id}: narration is a code cell`);
      assert.match(source(cell), /^tell\.\w+\([^;]*\);$/, `${cell.id}: narration is one tell.…(…) call`);
      assert.deepEqual(cell.metadata.jupyter, { source_hidden: true }, `${cell.id}: its input is collapsed`);
    }
    for (const cell of nb.cells) {
      const slide = (cell.metadata.slideshow as { slide_type?: string } | undefined)?.slide_type;
      if (slide !== undefined) assert.ok(SLIDE_TYPES.includes(slide), `${cell.id}: slide_type ${slide}`);
      if (cell.cell_type === "code" && !cell.metadata.tags?.includes("narration")) {
        assert.doesNotMatch(source(cell), /\btell\./, `${cell.id}: a cell that narrates is tagged narration`);
      }
      for (const [, target = ""] of source(cell).matchAll(/\]\(([\w.-]+\.ipynb)\)/g)) {
        assert.ok(
          notebooks.includes(path.join(path.dirname(name), target)),
          `${cell.id} links to ${target}, which is not a notebook here`,
        );
      }
    }
    assert.ok(nb.cells[0]!.cell_type === "markdown" && /^# /.test(source(nb.cells[0]!)), "the first cell is the title");
  });
}

test("code cells keep a book's rhythm: median ≤ 4 lines, 90% ≤ 9, no line over 100 characters", () => {
  const lengths: number[] = [];
  for (const name of notebooks) {
    for (const cell of readNotebook(path.join(NOTEBOOKS_DIR, name)).cells) {
      if (cell.cell_type !== "code") continue;
      const lines = source(cell).replace(/\n+$/, "").split("\n");
      lengths.push(lines.length);
      for (const line of lines) assert.ok(line.length <= 100, `${name} ${cell.id}: ${line.length} characters: ${line}`);
    }
  }
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  const p90 = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  assert.ok(median <= 4, `median code cell is ${median} lines`);
  assert.ok(p90 <= 9, `90% of code cells are within ${p90} lines`);
});

function source(cell: { source: string | string[] }): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}
