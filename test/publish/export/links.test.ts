import assert from "node:assert/strict";
import { test } from "node:test";
import { rewriteLinks, rewriteNotebookLinks } from "../../../src/publish/export/links";
import { code, markdown, notebook, shown } from "../../helpers/notebooks";

test("links to a notebook go to its page or deck: inline, reference, HTML, with anchors and titles", () => {
  assert.equal(rewriteLinks("[2 · The lock](02-the-lock.ipynb)", ".html"), "[2 · The lock](02-the-lock.html)");
  assert.equal(rewriteLinks('[part](02-the-lock.ipynb#lock "Part")', ".slides.html"), '[part](02-the-lock.slides.html#lock "Part")');
  assert.equal(rewriteLinks("[a](<../01-the-race.ipynb>)", ".html"), "[a](<../01-the-race.html>)");
  assert.equal(rewriteLinks("see [lock]\n\n[lock]: 02-the-lock.ipynb\n", ".html"), "see [lock]\n\n[lock]: 02-the-lock.html\n");
  assert.equal(rewriteLinks(`<a href="03-distributions.ipynb#x">3</a>`, ".slides.html"), `<a href="03-distributions.slides.html#x">3</a>`);
});

test("addresses with a scheme and absolute paths are left alone", () => {
  for (const link of ["[a](https://x.org/n.ipynb)", "[a](/abs/n.ipynb)", `<a href="mailto:x@y.ipynb">m</a>`, "[a](file:n.ipynb)"]) {
    assert.equal(rewriteLinks(link, ".html"), link);
  }
});

test("a notebook's Markdown cells and its Markdown and HTML outputs are rewritten; code is not", () => {
  const nb = notebook(
    markdown("m", ["Next: [2](02-the-lock.ipynb)\n", "and more"] as unknown as string),
    code("c", 'const link = "02-the-lock.ipynb";', [
      shown("text/markdown", "[2](02-the-lock.ipynb)"),
      shown("text/html", '<a href="02-the-lock.ipynb">2</a>'),
      shown("text/plain", "[2](02-the-lock.ipynb)"),
    ]),
  );
  rewriteNotebookLinks(nb, ".html");
  assert.equal(nb.cells[0]!.source, "Next: [2](02-the-lock.html)\nand more");
  assert.equal(nb.cells[1]!.source, 'const link = "02-the-lock.ipynb";');
  const data = nb.cells[1]!.outputs!.map((o) => Object.values(o.data!)[0]);
  assert.deepEqual(data, ["[2](02-the-lock.html)", '<a href="02-the-lock.html">2</a>', "[2](02-the-lock.ipynb)"]);
});
