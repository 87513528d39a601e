import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { declarationOf, editionFolder, titleOf, upFrom, type NotebookJson } from "../../../src/publish/export/editions";
import { InputError } from "../../../src/lesson/core/validate";

const notebook = (...cells: NotebookJson["cells"]): NotebookJson => ({ cells });

describe("editions", () => {
  test("English exports to the top of the folder, another language to its own folder", () => {
    assert.equal(editionFolder("en"), "");
    assert.equal(editionFolder("ko"), "ko/");
    assert.equal(upFrom("en"), "");
    assert.equal(upFrom("ko"), "../");
  });

  test("a notebook's title is its first heading without the #s, else the file's stem", () => {
    const titled = notebook(
      { cell_type: "code", source: "# not a heading: code" },
      { cell_type: "markdown", source: ["Some words\n", "## 1 · The race  \n", "# later"] },
    );
    assert.equal(titleOf(titled, "01-the-race"), "1 · The race");
    assert.equal(titleOf(notebook({ cell_type: "markdown", source: "no heading" }), "01-the-race"), "01-the-race");
  });

  test("the parameters cell (tagged parameters) declares the notebook and language", () => {
    const declared = notebook(
      { cell_type: "code", source: 'parameters("02-the-lock", {})' },
      {
        cell_type: "code",
        metadata: { tags: ["parameters"] },
        source: ['const P = parameters("01-the-race", {\n', '  lang: "ko",\n', "});"],
      },
    );
    assert.deepEqual(declarationOf(declared, "x.ipynb"), { parameters: "01-the-race", lang: "ko" });
    assert.deepEqual(declarationOf(notebook({ cell_type: "code", source: "1" }), "x.ipynb"), {
      parameters: null,
      lang: null,
    });
  });

  test("a parameters cell that does not write its notebook's name out is refused, naming the file", () => {
    const unnamed = notebook({
      cell_type: "code",
      metadata: { tags: ["parameters"] },
      source: "const P = parameters(NAME, {})",
    });
    assert.throws(
      () => declarationOf(unnamed, "ko/01-x.ipynb"),
      (error: unknown) =>
        error instanceof InputError && /^ko\/01-x\.ipynb: its parameters cell must call/.test(error.message),
    );
  });
});
